"""Directory reads (API.md §6): departments and members within the app's visibility."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, ConfigDict, Field

from bot.wecom.core import WeComCore


class _Read(BaseModel):
    # Tolerant of fields we do not model; immutable once read.
    model_config = ConfigDict(frozen=True, extra="ignore")


class Department(_Read):
    id: int
    name: str = ""
    name_en: str = ""
    parentid: int = 0
    order: int = 0
    department_leader: list[str] = Field(default_factory=list)


class Member(_Read):
    """user/get and user/list objects. ``status``: 1 active, 2 disabled, 4 not activated, 5 exited."""

    userid: str
    name: str = ""
    alias: str = ""
    position: str = ""
    department: list[int] = Field(default_factory=list)
    main_department: int | None = None
    is_leader_in_dept: list[int] = Field(default_factory=list)
    direct_leader: list[str] = Field(default_factory=list)
    status: int = 1
    english_name: str = ""
    open_userid: str | None = None


class SimpleMember(_Read):
    userid: str
    name: str = ""
    department: list[int] = Field(default_factory=list)
    open_userid: str | None = None


def _items(data: dict[str, Any], field: str) -> list[Any]:
    value = data.get(field)
    return value if isinstance(value, list) else []


class DirectoryMixin(WeComCore):
    async def list_departments(self, id: int | None = None) -> list[Department]:
        """The department ``id`` and all below it (every visible one when ``id`` is None)."""
        params = {"id": id} if id is not None else None
        data = await self.call("GET", "department/list", params=params)
        return [Department.model_validate(d) for d in _items(data, "department")]

    async def list_department_members(self, department_id: int) -> list[Member]:
        """Full member objects of one department (no recursion: walk departments yourself)."""
        data = await self.call("GET", "user/list", params={"department_id": department_id})
        return [Member.model_validate(m) for m in _items(data, "userlist")]

    async def simple_list_members(self, department_id: int) -> list[SimpleMember]:
        data = await self.call("GET", "user/simplelist", params={"department_id": department_id})
        return [SimpleMember.model_validate(m) for m in _items(data, "userlist")]

    async def get_user(self, userid: str) -> Member:
        """One member; resigned/deleted/invisible members raise WeComAPIError 60111 (or 60011)."""
        data = await self.call("GET", "user/get", params={"userid": userid})
        return Member.model_validate(data)
