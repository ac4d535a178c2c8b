"""离职继承 / 在职继承 rules, results over world time, and group transfers."""

from __future__ import annotations

from typing import Any

from bot.sandbox import SandboxWorld

from .conftest import Api, customers_of

DAY = 86400


def resigned(takeover: str, ids: list[str], handover: str = "zhangwei") -> dict[str, Any]:
    return {"handover_userid": handover, "takeover_userid": takeover, "external_userid": ids}


def codes(data: dict[str, Any]) -> list[int]:
    assert data["errcode"] == 0, data
    return [c["errcode"] for c in data["customer"]]


async def test_resigned_transfer_waits_24h_then_completes(api: Api, world: SandboxWorld) -> None:
    ids = [i for i in customers_of(world, "zhangwei") if world.corp.customers[i].followed_by("lina") is None][
        :3
    ]
    submitted = world.now()
    assert codes(await api.post("externalcontact/resigned/transfer_customer", resigned("lina", ids))) == [
        0,
        0,
        0,
    ]
    unassigned = await api.post("externalcontact/get_unassigned_list", {})
    assert not set(ids) & {r["external_userid"] for r in unassigned["info"]}  # left when the transfer started
    body = {"handover_userid": "zhangwei", "takeover_userid": "lina"}
    waiting = await api.post("externalcontact/resigned/transfer_result", body)
    assert [(c["status"], c["takeover_time"]) for c in waiting["customer"]] == [(2, int(submitted + DAY))] * 3
    world.advance(DAY - 1)
    assert {
        c["status"] for c in (await api.post("externalcontact/resigned/transfer_result", body))["customer"]
    } == {2}
    world.advance(1)
    done = await api.post("externalcontact/resigned/transfer_result", body)
    assert {(c["status"], c["takeover_time"]) for c in done["customer"]} == {(1, int(submitted + DAY))}
    for eid in ids:
        assert [f.userid for f in world.corp.customers[eid].follow] == ["lina"]


async def test_resigned_with_active_handover_is_40097(api: Api, world: SandboxWorld) -> None:
    ids = customers_of(world, "chenjing")[:1]
    data = await api.post("externalcontact/resigned/transfer_customer", resigned("lina", ids, "chenjing"))
    assert data["errcode"] == 40097


async def test_more_than_100_ids_is_40058(api: Api, world: SandboxWorld) -> None:
    ids = customers_of(world, "zhangwei")[:101]
    assert (await api.post("externalcontact/resigned/transfer_customer", resigned("lina", ids)))[
        "errcode"
    ] == 40058
    ok = await api.post("externalcontact/resigned/transfer_customer", resigned("lina", ids[:100]))
    assert codes(ok) == [0] * 100


async def test_customer_not_of_handover_40131_and_unknown_40096(api: Api, world: SandboxWorld) -> None:
    other = customers_of(world, "chenjing")[0]
    data = await api.post("externalcontact/resigned/transfer_customer", resigned("lina", [other, "wmGhost"]))
    assert codes(data) == [40131, 40096]


async def test_already_in_transfer_flow_is_40100(api: Api, world: SandboxWorld) -> None:
    ids = customers_of(world, "zhangwei")[:2]
    assert codes(await api.post("externalcontact/resigned/transfer_customer", resigned("lina", ids))) == [
        0,
        0,
    ]
    again = await api.post("externalcontact/resigned/transfer_customer", resigned("zhoujie", ids))
    assert codes(again) == [40100, 40100]
    assert len(world.transfers) == 2


async def test_takeover_eligibility_per_customer(api: Api, world: SandboxWorld) -> None:
    ids = customers_of(world, "zhangwei")[:1]
    world.member("zhoujie").banned = True
    expected = {"zhenghao": 40098, "guotao": 84074, "qinlang": 41054, "tiantian": 41054, "zhoujie": 40143}
    for takeover, code in expected.items():
        data = await api.post("externalcontact/resigned/transfer_customer", resigned(takeover, ids))
        assert codes(data) == [code], takeover
    assert world.transfers == []


async def test_deleted_or_unknown_takeover_is_40003(api: Api, world: SandboxWorld) -> None:
    world.delete_member("lilei")
    ids = customers_of(world, "zhangwei")[:1]
    for takeover in ("lilei", "ghost"):
        data = await api.post("externalcontact/resigned/transfer_customer", resigned(takeover, ids))
        assert data["errcode"] == 40003


async def test_takeover_outside_visibility_is_60011(api: Api, world: SandboxWorld) -> None:
    world.member("lina").visible = False
    ids = customers_of(world, "zhangwei")[:1]
    assert (await api.post("externalcontact/resigned/transfer_customer", resigned("lina", ids)))[
        "errcode"
    ] == 60011


async def test_cap_40099_at_submission_and_status_4_at_completion(api: Api, world: SandboxWorld) -> None:
    ids = customers_of(world, "zhangwei")[:100]
    data = await api.post("externalcontact/resigned/transfer_customer", resigned("zhaomin", ids))
    assert codes(data) == [0] * 100  # 497 < 500 at submission
    world.advance(DAY)
    result = await api.post(
        "externalcontact/resigned/transfer_result",
        {"handover_userid": "zhangwei", "takeover_userid": "zhaomin"},
    )
    statuses = [c["status"] for c in result["customer"]]
    assert statuses.count(1) == 3 and statuses.count(4) == 97
    assert world.customer_count("zhaomin") == 500
    assert [e.fields["FailReason"] for e in world.outbox] == ["customer_limit_exceed"] * 97
    more = await api.post("externalcontact/resigned/transfer_customer", resigned("zhaomin", ids[3:4]))
    assert codes(more) == [40099]


async def test_refusal_gives_status_3_and_queues_transfer_fail(api: Api, world: SandboxWorld) -> None:
    world.refusal_rate = 1.0
    ids = customers_of(world, "zhangwei")[:2]
    await api.post("externalcontact/resigned/transfer_customer", resigned("zhoujie", ids))
    world.advance(DAY)
    result = await api.post(
        "externalcontact/resigned/transfer_result",
        {"handover_userid": "zhangwei", "takeover_userid": "zhoujie"},
    )
    assert [(c["status"], c["takeover_time"]) for c in result["customer"]] == [(3, 0), (3, 0)]
    assert [(e.fields["UserID"], e.fields["FailReason"]) for e in world.outbox] == [
        ("zhoujie", "customer_refused")
    ] * 2
    back = await api.post("externalcontact/get_unassigned_list", {})
    assert set(ids) <= {r["external_userid"] for r in back["info"]}  # refused customers can be reassigned


async def test_refusals_are_seeded(clock: Any) -> None:
    def run() -> list[bool]:
        w = SandboxWorld.demo(clock, seed=3, departed=True, refusal_rate=0.3)
        tok = w.call(
            "gettoken", "GET", {"corpid": w.credentials.corp_id, "corpsecret": w.credentials.secret}, {}
        )
        w.call(
            "externalcontact/resigned/transfer_customer",
            "POST",
            {"access_token": tok["access_token"]},
            resigned("zhoujie", customers_of(w, "zhangwei")[:50]),
        )
        return [t.will_refuse for t in w.transfers]

    first = run()
    assert first == run() and 0 < sum(first) < 50


async def test_transfer_result_without_records_is_empty(api: Api) -> None:
    data = await api.post(
        "externalcontact/transfer_result", {"handover_userid": "lina", "takeover_userid": "zhoujie"}
    )
    assert data["errcode"] == 0 and data["customer"] == [] and data["next_cursor"] == ""


# ----------------------------------------------------------------------------- on-job
def onjob(takeover: str, ids: list[str], handover: str = "chenjing", msg: str = "") -> dict[str, Any]:
    return {**resigned(takeover, ids, handover), "transfer_success_msg": msg}


async def test_onjob_transfer_moves_relationship_after_24h(api: Api, world: SandboxWorld) -> None:
    ids = customers_of(world, "chenjing")[20:22]
    assert codes(await api.post("externalcontact/transfer_customer", onjob("lina", ids))) == [0, 0]
    assert world.corp.customers[ids[0]].followed_by("chenjing") is not None
    world.advance(DAY)
    for eid in ids:
        assert world.corp.customers[eid].followed_by("chenjing") is None
        assert world.corp.customers[eid].followed_by("lina") is not None
    assert (await api.post("externalcontact/transfer_customer", onjob("zhoujie", ids[:1])))["customer"][0][
        "errcode"
    ] == 40131


async def test_onjob_needs_active_handover(api: Api, world: SandboxWorld) -> None:
    ids = customers_of(world, "zhangwei")[:1]
    assert (await api.post("externalcontact/transfer_customer", onjob("lina", ids, "zhangwei")))[
        "errcode"
    ] == 60111


async def test_onjob_same_member_is_40130(api: Api, world: SandboxWorld) -> None:
    ids = customers_of(world, "chenjing")[:1]
    assert codes(await api.post("externalcontact/transfer_customer", onjob("chenjing", ids))) == [40130]


async def test_onjob_success_msg_at_most_200_chars(api: Api, world: SandboxWorld) -> None:
    ids = customers_of(world, "chenjing")[:1]
    body = onjob("lina", ids, msg="您" * 201)
    assert (await api.post("externalcontact/transfer_customer", body))["errcode"] == 40058
    body = onjob("lina", ids, msg="您" * 200)
    assert codes(await api.post("externalcontact/transfer_customer", body)) == [0]


async def test_onjob_at_most_two_transfers_per_customer_in_90_days(api: Api, world: SandboxWorld) -> None:
    eid = customers_of(world, "chenjing")[30]
    assert codes(await api.post("externalcontact/transfer_customer", onjob("lina", [eid]))) == [0]
    world.advance(DAY)
    assert codes(await api.post("externalcontact/transfer_customer", onjob("zhoujie", [eid], "lina"))) == [0]
    world.advance(DAY)
    assert codes(await api.post("externalcontact/transfer_customer", onjob("wanglei", [eid], "zhoujie"))) == [
        40128
    ]
    world.advance(89 * DAY)
    assert codes(await api.post("externalcontact/transfer_customer", onjob("wanglei", [eid], "zhoujie"))) == [
        0
    ]


# ----------------------------------------------------------------------------- groups
def zhangwei_chats(world: SandboxWorld) -> list[str]:
    return sorted(g.chat_id for g in world.corp.groups.values() if g.owner == "zhangwei")


async def test_groupchat_transfer_of_resigned_owner(api: Api, world: SandboxWorld) -> None:
    chats = zhangwei_chats(world)
    data = await api.post("externalcontact/groupchat/transfer", {"chat_id_list": chats, "new_owner": "lina"})
    assert data["errcode"] == 0 and data["failed_chat_list"] == []
    assert {world.corp.groups[c].owner for c in chats} == {"lina"}
    listed = await api.post("externalcontact/groupchat/list", {"limit": 100, "status_filter": 3})
    assert {c["chat_id"] for c in listed["group_chat_list"]} == set(chats)
    again = await api.post(
        "externalcontact/groupchat/transfer", {"chat_id_list": chats[:1], "new_owner": "lina"}
    )
    assert [f["errcode"] for f in again["failed_chat_list"]] == [90508]


async def test_groupchat_transfer_per_chat_errors(api: Api, world: SandboxWorld) -> None:
    active_chat = next(g.chat_id for g in world.corp.groups.values() if g.owner == "chenjing")
    full = zhangwei_chats(world)[0]
    world.corp.groups[full].full = True
    data = await api.post(
        "externalcontact/groupchat/transfer",
        {"chat_id_list": [active_chat, "wrGhost", full], "new_owner": "lina"},
    )
    assert [(f["chat_id"], f["errcode"]) for f in data["failed_chat_list"]] == [
        (active_chat, 90500),
        ("wrGhost", 90501),
        (full, 90503),
    ]


async def test_groupchat_transfer_new_owner_must_be_eligible(api: Api, world: SandboxWorld) -> None:
    chats = zhangwei_chats(world)[:1]
    data = await api.post(
        "externalcontact/groupchat/transfer", {"chat_id_list": chats, "new_owner": "zhenghao"}
    )
    assert data["errcode"] == 40098
    data = await api.post(
        "externalcontact/groupchat/transfer", {"chat_id_list": chats * 101, "new_owner": "lina"}
    )
    assert data["errcode"] == 40058


async def test_groupchat_daily_limit_per_original_owner(api: Api, world: SandboxWorld) -> None:
    world.limits.groups_per_owner_per_day = 10
    chats = zhangwei_chats(world)
    data = await api.post("externalcontact/groupchat/transfer", {"chat_id_list": chats, "new_owner": "lina"})
    assert [f["errcode"] for f in data["failed_chat_list"]] == [45009, 45009]
    world.advance(DAY)
    data = await api.post(
        "externalcontact/groupchat/transfer", {"chat_id_list": chats[10:], "new_owner": "lina"}
    )
    assert data["failed_chat_list"] == []


async def test_onjob_group_transfer_rules(api: Api, world: SandboxWorld) -> None:
    chat = next(g.chat_id for g in world.corp.groups.values() if g.owner == "chenjing")
    resigned_chat = zhangwei_chats(world)[0]
    data = await api.post(
        "externalcontact/groupchat/onjob_transfer",
        {"chat_id_list": [chat, resigned_chat], "new_owner": "lina"},
    )
    assert [(f["chat_id"], f["errcode"]) for f in data["failed_chat_list"]] == [(resigned_chat, 90502)]
    assert world.corp.groups[chat].owner == "lina"
    same = await api.post(
        "externalcontact/groupchat/onjob_transfer", {"chat_id_list": [chat], "new_owner": "lina"}
    )
    assert [f["errcode"] for f in same["failed_chat_list"]] == [90504]
    second = await api.post(
        "externalcontact/groupchat/onjob_transfer", {"chat_id_list": [chat], "new_owner": "zhoujie"}
    )
    assert second["failed_chat_list"] == []
    third = await api.post(
        "externalcontact/groupchat/onjob_transfer", {"chat_id_list": [chat], "new_owner": "lina"}
    )
    assert [f["errcode"] for f in third["failed_chat_list"]] == [40128]
