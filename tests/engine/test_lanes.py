"""A split job's lanes (bot/engine/lanes.py): the snapshot part by part, batches within one part."""

from __future__ import annotations

from bot.engine.lanes import Lanes
from bot.engine.reasons import NOT_IN_SPLIT
from bot.models.jobs import JobSplit, SplitPart
from tests.engine.conftest import draft


def split_job(groups_to: str | None = None) -> Lanes:
    split = JobSplit(mode="even", groups_to=groups_to, parts=[
        SplitPart(takeover="wanglei", count=2, greeting="王磊为您服务"), SplitPart(takeover="yangyang", count=2)])
    job = draft(takeover="wanglei", split=split, transfer_success_msg="默认")
    return Lanes(job, {"a": 0, "b": 1, "c": 0, "d": 1})


def test_order_cut_and_receivers() -> None:
    lanes = split_job()
    ordered, skipped = lanes.order(["a", "b", "x", "c", "d"])
    assert ordered == ["a", "c", "b", "d"]
    assert {f: it.r for f, it in skipped.items()} == {"c:x": NOT_IN_SPLIT}
    assert lanes.cut(ordered) == ["a", "c"] and lanes.cut(ordered[2:]) == ["b", "d"]
    assert lanes.takeover("c", ["c", "a"]) == "wanglei" and lanes.takeover("c", ["d"]) == "yangyang"
    assert lanes.takeover("g", ["chat"]) == "wanglei"
    assert lanes.receiver_of("b") == "yangyang" and lanes.receiver_of("x") is None
    assert lanes.greeting("wanglei") == "王磊为您服务" and lanes.greeting("yangyang") == "默认"


def test_groups_to_the_named_successor_and_plain_jobs_unchanged() -> None:
    assert split_job("yangyang").takeover("g", ["chat"]) == "yangyang"
    plain = Lanes(draft(), {})
    assert plain.order(["b", "a"]) == (["b", "a"], {}) and plain.cut(["b", "a"]) == ["b", "a"]
    assert plain.takeover("c", ["b"]) == "lina" and plain.receiver_of("b") is None
