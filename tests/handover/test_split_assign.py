"""Who gets whom in a split (bot/handover/split.py), on books built by hand."""

from __future__ import annotations

from collections import Counter

from bot.backup.book import Book
from bot.handover.split import assign_by_tag, assign_even, tag_matches
from storage.backup import BackedUpCustomer, BackedUpTag

VIP = BackedUpTag(group="客户等级", name="VIP")


def customer(eid: str, createtime: int, *tags: BackedUpTag) -> BackedUpCustomer:
    return BackedUpCustomer(external_userid=eid, createtime=createtime, tags=list(tags))


def test_even_is_round_robin_by_createtime_then_undated_by_id() -> None:
    known = {c.external_userid: c for c in [customer("c", 30), customer("a", 10), customer("b", 20)]}
    book = Book("backup", ["z", "c", "a", "y", "b"], known)  # z, y: not in the backup
    got = assign_even(book, 3)
    assert got.parts == {"a": 0, "b": 1, "c": 2, "y": 0, "z": 1}
    assert got.counts == (2, 2, 1) and got.ordered_by == "createtime"


def test_even_without_backup_is_by_id() -> None:
    got = assign_even(Book("missing", ["b", "a", "c", "d"]), 2)
    assert got.parts == {"a": 0, "b": 1, "c": 0, "d": 1} and got.ordered_by == "id"


def test_by_tag_tagged_first_rest_second_unknown_counted() -> None:
    other_group_vip = BackedUpTag(group="x", name="vip")
    known = {"a": customer("a", 1, VIP), "b": customer("b", 2), "c": customer("c", 3, other_group_vip)}
    got = assign_by_tag(Book("backup", ["a", "b", "c", "d"], known), "VIP", name="张伟", rest="王磊", lang="zh")
    assert not isinstance(got, str)
    assert got.parts == {"a": 0, "b": 1, "c": 0, "d": 1} and got.counts == (2, 2) and got.untagged_unknown == 1


def test_by_tag_refusals_say_why() -> None:
    book = Book("live", ["a"], {"a": customer("a", 1, VIP)})
    assert assign_by_tag(Book("missing", ["a"]), "VIP", name="张伟", rest="王磊", lang="zh") == (
        "张伟已离职，且没有客户备份，无法知道哪些客户带“VIP”标签。可以改为平均分配。")
    assert assign_by_tag(book, "A类", name="张伟", rest="王磊", lang="zh") == (
        "张伟的客户里没有带“A类”标签的。他的客户带有这些标签：VIP。")
    assert assign_by_tag(book, "VIP", name="张伟", rest="王磊", lang="en") == (
        "All of 张伟's customers are tagged “VIP”; there are none left for 王磊.")


def test_tag_names_and_groups() -> None:
    assert tag_matches("vip", VIP) and tag_matches("客户等级:VIP", VIP)
    assert not tag_matches("其他:VIP", VIP) and not tag_matches("A类", VIP)
    assert Counter(assign_even(Book("live", [str(i) for i in range(250)]), 2).parts.values()) == {0: 125, 1: 125}
