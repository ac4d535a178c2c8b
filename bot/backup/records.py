"""From what the platform returns to the backup's records: tag ids resolved through the tag library."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Protocol

from storage.backup import BackedUpCustomer, BackedUpTag

PERSONAL_TAG = 2  # follow_user.tags[].type: 1 corp, 2 personal, 3 rule group


class TagLike(Protocol):
    @property
    def id(self) -> str: ...
    @property
    def name(self) -> str: ...


class TagGroupLike(Protocol):
    @property
    def group_name(self) -> str: ...
    @property
    def tag(self) -> Sequence[TagLike]: ...


class NamedTagLike(Protocol):
    @property
    def group_name(self) -> str: ...
    @property
    def tag_name(self) -> str: ...
    @property
    def type(self) -> int | None: ...


class FollowLike(Protocol):
    @property
    def userid(self) -> str: ...
    @property
    def remark(self) -> str: ...
    @property
    def createtime(self) -> int: ...
    @property
    def add_way(self) -> int | None: ...
    @property
    def tag_id(self) -> Sequence[str]: ...
    @property
    def tags(self) -> Sequence[NamedTagLike]: ...


class ContactLike(Protocol):
    @property
    def external_userid(self) -> str: ...
    @property
    def name(self) -> str: ...
    @property
    def corp_name(self) -> str: ...


class DetailLike(Protocol):
    @property
    def external_contact(self) -> ContactLike: ...
    @property
    def follow_user(self) -> Sequence[FollowLike]: ...


def tag_library(groups: Sequence[TagGroupLike]) -> dict[str, BackedUpTag]:
    return {t.id: BackedUpTag(group=g.group_name, name=t.name) for g in groups for t in g.tag}


def record(contact: ContactLike, follow: FollowLike, tags: Sequence[BackedUpTag]) -> BackedUpCustomer:
    return BackedUpCustomer(
        external_userid=contact.external_userid,
        name=contact.name,
        corp_name=contact.corp_name,
        remark=follow.remark,
        tags=list(tags),
        createtime=follow.createtime,
        add_way=follow.add_way,
    )


def from_batch_row(detail: DetailLike, library: Mapping[str, BackedUpTag]) -> tuple[str, BackedUpCustomer, list[str]]:
    """A batch/get_by_user row → (follower, record, tag ids the library does not know)."""
    follow = detail.follow_user[0]
    known = [library[t] for t in follow.tag_id if t in library]
    unknown = [t for t in follow.tag_id if t not in library]
    return follow.userid, record(detail.external_contact, follow, known), unknown


def from_detail(detail: DetailLike, userid: str) -> BackedUpCustomer | None:
    """externalcontact/get (tags come with their names) → the record as ``userid`` follows them."""
    follow = next((f for f in detail.follow_user if f.userid == userid), None)
    if follow is None:
        return None
    tags = [BackedUpTag(group=t.group_name, name=t.tag_name) for t in follow.tags if t.type != PERSONAL_TAG]
    return record(detail.external_contact, follow, tags)
