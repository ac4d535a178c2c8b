"""Customer-contact reads (API.md §7, §8.1 get_unassigned_list)."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

from pydantic import BaseModel, ConfigDict, Field

from bot.wecom.core import WeComCore
from bot.wecom.errors import WeComAPIError
from bot.wecom.pagination import Page, iter_cursor

MAX_IDS_PER_CALL = 100
GROUPCHAT_PAGE = 1000
BATCH_CUSTOMER_PAGE = 100
UNASSIGNED_PAGE = 1000
NO_RELATIONSHIP = 84061


class _Read(BaseModel):
    model_config = ConfigDict(frozen=True, extra="ignore")


class Tag(_Read):
    group_name: str = ""
    tag_name: str = ""
    tag_id: str | None = None
    type: int | None = None


class FollowUser(_Read):
    """A member following the customer (externalcontact/get ``follow_user`` or batch ``follow_info``)."""

    userid: str
    remark: str = ""
    description: str = ""
    createtime: int = 0
    tags: list[Tag] = Field(default_factory=list)  # externalcontact/get
    tag_id: list[str] = Field(default_factory=list)  # batch/get_by_user
    remark_corp_name: str = ""
    remark_mobiles: list[str] = Field(default_factory=list)
    oper_userid: str = ""
    add_way: int | None = None
    state: str = ""


class ExternalContact(_Read):
    external_userid: str
    name: str = ""
    position: str = ""
    avatar: str = ""
    corp_name: str = ""
    corp_full_name: str = ""
    type: int | None = None  # 1 WeChat user, 2 WeCom user
    gender: int | None = None
    unionid: str | None = None


class CustomerDetail(_Read):
    external_contact: ExternalContact
    follow_user: list[FollowUser] = Field(default_factory=list)


class FollowRow(_Read):
    """One batch/get_by_user row as it comes (one customer as one follower sees them), validated in
    one step: a full backup reads 200,000 of these, and three models per row cost twice the CPU."""

    external_contact: ExternalContact
    follow_info: FollowUser | None = None

    @property
    def follow_user(self) -> list[FollowUser]:
        return [self.follow_info] if self.follow_info is not None else []


class GroupChatRef(_Read):
    chat_id: str
    status: int = 0  # 0 normal, 1 离职待继承, 2 离职继承中, 3 离职继承完成


class GroupChatMember(_Read):
    userid: str
    type: int = 1  # 1 member, 2 external
    unionid: str | None = None
    join_time: int = 0
    join_scene: int | None = None
    invitor: dict[str, str] | None = None
    group_nickname: str = ""
    name: str = ""


class GroupChatAdmin(_Read):
    userid: str


class GroupChat(_Read):
    chat_id: str
    name: str = ""
    owner: str = ""
    create_time: int = 0
    notice: str = ""
    member_list: list[GroupChatMember] = Field(default_factory=list)
    admin_list: list[GroupChatAdmin] = Field(default_factory=list)
    member_version: str | None = None


class CorpTag(_Read):
    id: str
    name: str = ""
    deleted: bool = False


class CorpTagGroup(_Read):
    """get_corp_tag_list ``tag_group`` (corp tags only; personal tags are not in the library)."""

    group_id: str = ""
    group_name: str = ""
    deleted: bool = False
    tag: list[CorpTag] = Field(default_factory=list)


class UnassignedCustomer(_Read):
    handover_userid: str
    external_userid: str
    dimission_time: int = 0


def _list(data: dict[str, Any], field: str) -> list[Any]:
    value = data.get(field)
    return value if isinstance(value, list) else []


def check_id_cap(ids: list[str], what: str) -> None:
    """The platform takes at most 100 ids per call; the caller batches (ValueError otherwise)."""
    if len(ids) > MAX_IDS_PER_CALL:
        raise ValueError(f"at most {MAX_IDS_PER_CALL} {what} per call (got {len(ids)}); batch them")


class ContactsMixin(WeComCore):
    async def list_follow_users(self) -> list[str]:
        """Members configured for customer contact (within the app's visibility)."""
        data = await self.call("GET", "externalcontact/get_follow_user_list")
        return [str(u) for u in _list(data, "follow_user")]

    async def corp_tags(self) -> list[CorpTagGroup]:
        """The corp's whole tag library (get_corp_tag_list with no filter returns every tag)."""
        data = await self.call("POST", "externalcontact/get_corp_tag_list", json_body={})
        return [CorpTagGroup.model_validate(g) for g in _list(data, "tag_group")]

    async def list_customers(self, userid: str) -> list[str]:
        """external_userids of one member's customers. A member without customers is answered
        with 84061 by the platform; that is returned as an empty list."""
        try:
            data = await self.call("GET", "externalcontact/list", params={"userid": userid})
        except WeComAPIError as exc:
            if exc.errcode == NO_RELATIONSHIP:
                return []
            raise
        return [str(u) for u in _list(data, "external_userid")]

    async def get_customer(self, external_userid: str) -> CustomerDetail:
        """One customer with ALL followers (paged by the platform beyond 500)."""
        contact: dict[str, Any] | None = None
        followers: list[FollowUser] = []

        async def fetch(cursor: str) -> Page[FollowUser]:
            nonlocal contact
            params = {"external_userid": external_userid}
            if cursor:
                params["cursor"] = cursor
            data = await self.call("GET", "externalcontact/get", params=params)
            if contact is None:
                contact = data.get("external_contact") or {}
            items = [FollowUser.model_validate(f) for f in _list(data, "follow_user")]
            return Page(items, str(data.get("next_cursor") or ""))

        async for follower in iter_cursor(fetch, endpoint="externalcontact/get"):
            followers.append(follower)
        return CustomerDetail(
            external_contact=ExternalContact.model_validate(contact or {}), follow_user=followers
        )

    async def iter_customers_by_user(self, userids: list[str]) -> AsyncIterator[FollowRow]:
        """batch/get_by_user over ≤ 100 members: one row per (customer, follower); ``follow_user``
        holds that one follower, like externalcontact/get's list."""
        if not userids:
            return
        check_id_cap(userids, "userids")

        async def fetch(cursor: str) -> Page[FollowRow]:
            body = {"userid_list": list(userids), "cursor": cursor, "limit": BATCH_CUSTOMER_PAGE}
            data = await self.call("POST", "externalcontact/batch/get_by_user", json_body=body)
            rows = _list(data, "external_contact_list")
            items = [FollowRow.model_validate(r) for r in rows if isinstance(r, dict) and r.get("external_contact")]
            return Page(items, str(data.get("next_cursor") or ""))

        async for item in iter_cursor(fetch, endpoint="externalcontact/batch/get_by_user"):
            yield item

    async def iter_group_chats(
        self, *, owners: list[str] | None = None, status_filter: int = 0
    ) -> AsyncIterator[GroupChatRef]:
        """groupchat/list. Resigned owners' groups are listed only when named in ``owners``."""
        if owners is not None:
            check_id_cap(owners, "owners")

        async def fetch(cursor: str) -> Page[GroupChatRef]:
            body: dict[str, Any] = {"status_filter": status_filter, "cursor": cursor, "limit": GROUPCHAT_PAGE}
            if owners:
                body["owner_filter"] = {"userid_list": list(owners)}
            data = await self.call("POST", "externalcontact/groupchat/list", json_body=body)
            items = [GroupChatRef.model_validate(g) for g in _list(data, "group_chat_list")]
            return Page(items, str(data.get("next_cursor") or ""))

        async for item in iter_cursor(fetch, endpoint="externalcontact/groupchat/list"):
            yield item

    async def get_group_chat(self, chat_id: str, *, need_name: bool = True) -> GroupChat:
        body = {"chat_id": chat_id, "need_name": 1 if need_name else 0}
        data = await self.call("POST", "externalcontact/groupchat/get", json_body=body)
        return GroupChat.model_validate(data.get("group_chat") or {})

    async def iter_unassigned(self) -> AsyncIterator[UnassignedCustomer]:
        """Customers of members already deleted from the directory (离职待分配), all pages."""

        async def fetch(cursor: str) -> Page[UnassignedCustomer]:
            body = {"cursor": cursor, "page_size": UNASSIGNED_PAGE}
            data = await self.call("POST", "externalcontact/get_unassigned_list", json_body=body)
            items = [UnassignedCustomer.model_validate(i) for i in _list(data, "info")]
            return Page(items, str(data.get("next_cursor") or ""), is_last=bool(data.get("is_last")))

        async for item in iter_cursor(fetch, endpoint="externalcontact/get_unassigned_list"):
            yield item
