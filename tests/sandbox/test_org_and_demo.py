"""The demo cast and ``load_org`` from JSON/TOML."""

from __future__ import annotations

import json
from pathlib import Path

from bot.clock import ManualClock
from bot.sandbox import SandboxWorld, load_org
from bot.sandbox.demo import DEMO_ADMINS
from bot.sandbox.org import corp_to_dict

from .conftest import START


def test_demo_cast_matches_the_stories() -> None:
    world = SandboxWorld.demo(ManualClock(START), seed=1)
    members = world.corp.members
    assert 35 <= len(members) <= 45 and DEMO_ADMINS == ("wangfang", "tangyue")
    assert [m.userid for m in members.values() if m.name == "张伟"] == ["zhangwei", "zhangwei2"]
    assert members["zhangwei3"].name == "章伟" and members["zhangwei3"].department == [5]
    assert members["zhangwei"].direct_leader == ["liuqiang"] and not members["zhangwei"].deleted
    assert world.customer_count("zhangwei") == 250 and world.customer_count("zhangwei2") == 0
    assert sum(g.owner == "zhangwei" for g in world.corp.groups.values()) == 12
    assert (
        world.customer_count("chenjing") == 80
        and sum(g.owner == "chenjing" for g in world.corp.groups.values()) == 3
    )
    assert members["lina"].english_name == "Lina Li" and members["liuqiang"].english_name == "Leo Liu"
    assert not members["zhenghao"].real_name_verified and not members["guotao"].customer_contact_enabled
    assert world.customer_count("zhaomin") == members["zhaomin"].customer_cap - 3
    departed = SandboxWorld.demo(ManualClock(START), seed=1, departed=True)
    assert departed.member("zhangwei").deleted and departed.pending_departures == {}


def test_demo_is_deterministic_per_seed() -> None:
    a = corp_to_dict(SandboxWorld.demo(ManualClock(START), seed=4).corp)
    b = corp_to_dict(SandboxWorld.demo(ManualClock(START), seed=4).corp)
    c = corp_to_dict(SandboxWorld.demo(ManualClock(START), seed=5).corp)
    assert a == b and a != c


def test_load_org_json_round_trip(tmp_path: Path) -> None:
    corp = SandboxWorld.demo(ManualClock(START), seed=1).corp
    path = tmp_path / "org.json"
    path.write_text(json.dumps(corp_to_dict(corp), ensure_ascii=False), encoding="utf-8")
    loaded = load_org(path)
    assert corp_to_dict(loaded) == corp_to_dict(corp)


def test_load_org_toml(tmp_path: Path) -> None:
    path = tmp_path / "org.toml"
    path.write_text(
        """
corp_id = "wwtoml"
name = "示例"

[[departments]]
id = 1
name = "总部"

[[members]]
userid = "amy"
name = "艾米"
department = [1]
english_name = "Amy"

[[members]]
userid = "bob"
name = "鲍勃"
department = [1]
deleted = true
dimission_time = 1790000000

[[customers]]
external_userid = "wmA"
name = "客户甲"
follow = [{ userid = "bob", remark = "老客户" }]
""",
        encoding="utf-8",
    )
    corp = load_org(path)
    world = SandboxWorld(corp, ManualClock(START))
    assert world.member("amy").english_name == "Amy" and world.member("bob").deleted
    assert corp.customers["wmA"].follow[0].remark == "老客户"
    assert world.corp.corp_id == world.credentials.corp_id == "wwtoml"
