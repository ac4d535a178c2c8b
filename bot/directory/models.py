"""Directory records as stored in Redis and handed to the resolver. No I/O here."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict

MemberStatus = Literal["active", "disabled", "inactive", "departed"]

# user/get `status`: 1 activated, 2 disabled, 4 not activated, 5 exited the corp.
_STATUS_CODES: dict[int, MemberStatus] = {1: "active", 2: "disabled", 4: "inactive", 5: "departed"}


def status_from_code(code: int | None) -> MemberStatus:
    """Map a WeCom status code; unknown codes count as not activated (not usable as takeover)."""
    if code is None:
        return "active"
    return _STATUS_CODES.get(code, "inactive")


class Department(BaseModel):
    model_config = ConfigDict(frozen=True)

    id: int
    name: str
    parent_id: int | None = None
    name_en: str | None = None


class DirectoryMember(BaseModel):
    """One member as the bot knows them.

    Departed members are kept: the API stops answering for them, and they are exactly the people
    whose customers need a new owner.
    """

    model_config = ConfigDict(frozen=True)

    userid: str
    name: str = ""  # empty only for members known only by id
    english_name: str | None = None
    alias: str | None = None
    departments: list[int] = []
    main_department: int | None = None
    # Aligned with ``departments``; resolved at sync time so display needs no extra lookup.
    department_names: list[str] = []
    department_names_en: list[str | None] = []
    position: str = ""
    direct_leaders: list[str] = []
    status: MemberStatus = "active"
    departed_at: float | None = None
    # In get_follow_user_list (configured for customer contact); None = not known.
    customer_contact: bool | None = None
    # A departed member seen only in get_unassigned_list: userid and nothing else.
    known_only_by_id: bool = False
    # Customers waiting in get_unassigned_list at the last sync; None = not known.
    unassigned_customers: int | None = None
    # Set when a full sync no longer listed a member that we had no evidence of leaving: the
    # member moved out of the app's visibility, or was deleted without an event reaching us.
    out_of_visibility_since: float | None = None

    @property
    def departed(self) -> bool:
        return self.status == "departed"

    @property
    def display_name(self) -> str:
        return self.name or self.userid

    def main_department_index(self) -> int | None:
        if not self.departments:
            return None
        if self.main_department is not None and self.main_department in self.departments:
            return self.departments.index(self.main_department)
        return 0

    def main_department_name(self, lang: str = "zh") -> str | None:
        i = self.main_department_index()
        if i is None or i >= len(self.department_names):
            return None
        if lang == "en" and i < len(self.department_names_en):
            english = self.department_names_en[i]
            if english:
                return english
        return self.department_names[i] or None
