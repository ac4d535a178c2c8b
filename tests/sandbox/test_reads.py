"""Directory and 客户联系 reads, including cursor paging over 1,000+ items."""

from __future__ import annotations

from bot.clock import ManualClock
from bot.sandbox import SandboxWorld, create_sandbox_api
from bot.sandbox.org import Corp, Customer, Department, FollowUser, GroupChat, Member

from .conftest import START, AiohttpClient, Api, customers_of


async def test_department_list_is_recursive_and_simplelist_has_ids(api: Api) -> None:
    full = await api.get("department/list")
    assert {d["name"] for d in full["department"]} >= {
        "销售一部",
        "销售二部",
        "客服部",
        "技术部",
        "人力资源部",
        "管理层",
    }
    sub = await api.get("department/list", id=3)
    assert [d["id"] for d in sub["department"]] == [3]
    simple = await api.get("department/simplelist")
    assert {"id": 3, "parentid": 1, "order": 3} in simple["department_id"]
    assert (await api.get("department/list", id=999))["errcode"] == 60123


async def test_user_get_fields(api: Api) -> None:
    data = await api.get("user/get", userid="liuqiang")
    assert data["errcode"] == 0 and data["name"] == "刘强" and data["alias"] == "Leo Liu"
    assert data["department"] == [3] and data["status"] == 1 and data["is_leader_in_dept"] == [1]
    lina = await api.get("user/get", userid="lina")
    assert lina["direct_leader"] == ["liuqiang"]


async def test_user_get_deleted_is_60111(api: Api) -> None:
    assert (await api.get("user/get", userid="zhangwei"))["errcode"] == 60111
    assert (await api.get("user/get", userid="nobody"))["errcode"] == 60111


async def test_user_get_outside_visibility_is_60011(api: Api, world: SandboxWorld) -> None:
    world.member("huyue").visible = False
    assert (await api.get("user/get", userid="huyue"))["errcode"] == 60011


async def test_user_simplelist_and_list_do_not_recurse_and_skip_deleted(api: Api) -> None:
    root = await api.get("user/simplelist", department_id=1)
    assert root["errcode"] == 0 and root["userlist"] == []
    sales1 = await api.get("user/simplelist", department_id=3)
    ids = {u["userid"] for u in sales1["userlist"]}
    assert "lina" in ids and "zhangwei" not in ids
    full = await api.get("user/list", department_id=5)
    names = {u["userid"]: u["name"] for u in full["userlist"]}
    assert names["zhangwei3"] == "章伟" and names["lilei"] == "李雷"


async def test_follow_user_list(api: Api) -> None:
    data = await api.get("externalcontact/get_follow_user_list")
    assert "lina" in data["follow_user"] and "guotao" not in data["follow_user"]
    assert "zhangwei" not in data["follow_user"]


async def test_external_list_and_its_errors(api: Api, world: SandboxWorld) -> None:
    data = await api.get("externalcontact/list", userid="chenjing")
    assert len(data["external_userid"]) == 80
    assert (await api.get("externalcontact/list", userid="songjia"))["errcode"] == 84061
    assert (await api.get("externalcontact/list", userid="guotao"))["errcode"] == 84074
    assert (await api.get("externalcontact/list", userid="zhangwei"))["errcode"] == 60111
    assert (await api.get("externalcontact/list", userid="ghost"))["errcode"] == 40003


async def test_external_get(api: Api, world: SandboxWorld) -> None:
    eid = customers_of(world, "chenjing")[0]
    data = await api.get("externalcontact/get", external_userid=eid)
    assert data["external_contact"]["external_userid"] == eid
    assert data["follow_user"][0]["userid"] in ("chenjing", "liuqiang")
    assert (await api.get("externalcontact/get", external_userid="wmNope"))["errcode"] == 40096


async def test_batch_get_by_user_pages_with_cursor(api: Api, world: SandboxWorld) -> None:
    seen: list[str] = []
    cursor = ""
    while True:
        data = await api.post(
            "externalcontact/batch/get_by_user",
            {"userid_list": ["chenjing", "lina"], "cursor": cursor, "limit": 100},
        )
        assert data["errcode"] == 0 and len(data["external_contact_list"]) <= 100
        seen += [
            f"{x['follow_info']['userid']}:{x['external_contact']['external_userid']}"
            for x in data["external_contact_list"]
        ]
        cursor = data["next_cursor"]
        if not cursor:
            break
    assert len(seen) == len(set(seen)) == 80 + 120 + 10  # lina shares 10 of zhangwei's customers
    assert "tag_id" in data["external_contact_list"][0]["follow_info"]


async def test_batch_get_by_user_limits(api: Api) -> None:
    many = [f"u{i}" for i in range(101)]
    assert (await api.post("externalcontact/batch/get_by_user", {"userid_list": many}))["errcode"] == 40058
    # doc 92994: a limit over 100 is read as 100 ("超过最大值时取最大值"), not refused
    over = await api.post("externalcontact/batch/get_by_user", {"userid_list": ["lina"], "limit": 101})
    assert over["errcode"] == 0 and len(over["external_contact_list"]) == 100 and over["next_cursor"]
    body = {"userid_list": ["lina"], "limit": 0}
    assert (await api.post("externalcontact/batch/get_by_user", body))["errcode"] == 40058
    assert (await api.post("externalcontact/batch/get_by_user", {"userid_list": []}))["errcode"] == 40063


async def test_corp_tag_library_resolves_every_tag_id_a_member_sees(api: Api) -> None:
    library = await api.post("externalcontact/get_corp_tag_list", {})
    assert library["errcode"] == 0
    names = {t["id"]: (g["group_name"], t["name"]) for g in library["tag_group"] for t in g["tag"]}
    assert names["etSbxVip"] == ("VIP", "VIP") and names["etSbxLevelA"] == ("客户等级", "A类")
    rows = await api.post("externalcontact/batch/get_by_user", {"userid_list": ["lina"], "limit": 100})
    seen = {t for r in rows["external_contact_list"] for t in r["follow_info"]["tag_id"]}
    assert seen and seen <= names.keys()
    only = await api.post("externalcontact/get_corp_tag_list", {"group_id": ["etSbxGrpVip"], "tag_id": ["etSbxLevelA"]})
    assert [g["group_name"] for g in only["tag_group"]] == ["VIP"]  # group_id wins over tag_id
    one = await api.post("externalcontact/get_corp_tag_list", {"tag_id": ["etSbxLevelA"]})
    assert [[t["name"] for t in g["tag"]] for g in one["tag_group"]] == [["A类"]]


async def test_groupchat_list_hides_resigned_owners_unless_named(api: Api, world: SandboxWorld) -> None:
    everyone = await api.post("externalcontact/groupchat/list", {"limit": 1000})
    zhangwei_chats = {g.chat_id for g in world.corp.groups.values() if g.owner == "zhangwei"}
    assert len(zhangwei_chats) == 12
    assert not zhangwei_chats & {c["chat_id"] for c in everyone["group_chat_list"]}
    named = await api.post(
        "externalcontact/groupchat/list",
        {"limit": 1000, "status_filter": 1, "owner_filter": {"userid_list": ["zhangwei"]}},
    )
    assert {c["chat_id"] for c in named["group_chat_list"]} == zhangwei_chats
    assert {c["status"] for c in named["group_chat_list"]} == {1}


async def test_groupchat_list_limit_and_cursor(api: Api) -> None:
    assert (await api.post("externalcontact/groupchat/list", {"limit": 0}))["errcode"] == 40058
    assert (await api.post("externalcontact/groupchat/list", {"limit": 1001}))["errcode"] == 40058
    assert (await api.post("externalcontact/groupchat/list", {}))["errcode"] == 40063
    first = await api.post("externalcontact/groupchat/list", {"limit": 5})
    rest = await api.post("externalcontact/groupchat/list", {"limit": 1000, "cursor": first["next_cursor"]})
    ids = [c["chat_id"] for c in first["group_chat_list"] + rest["group_chat_list"]]
    assert len(ids) == len(set(ids)) == 17 and rest["next_cursor"] == ""


async def test_groupchat_list_without_owner_filter_over_1000_members_is_81017(
    api: Api, world: SandboxWorld
) -> None:
    world.limits.visible_members_for_unfiltered_groupchat_list = 10
    assert (await api.post("externalcontact/groupchat/list", {"limit": 10}))["errcode"] == 81017
    body = {"limit": 10, "owner_filter": {"userid_list": ["lina"]}}
    assert (await api.post("externalcontact/groupchat/list", body))["errcode"] == 0


async def test_groupchat_get(api: Api, world: SandboxWorld) -> None:
    chat = next(g for g in world.corp.groups.values() if g.owner == "chenjing")
    data = await api.post("externalcontact/groupchat/get", {"chat_id": chat.chat_id, "need_name": 1})
    g = data["group_chat"]
    assert g["owner"] == "chenjing" and g["member_list"][0]["userid"] == "chenjing"
    assert all("name" in m for m in g["member_list"])
    assert (await api.post("externalcontact/groupchat/get", {"chat_id": "wrNope"}))["errcode"] == 40050


def big_world(clock: ManualClock, n: int = 1200) -> SandboxWorld:
    corp = Corp("wwbig", "Big")
    corp.add_department(Department(1, "Root"))
    corp.add_member(Member("gone", "离开", [1], deleted=True, dimission_time=int(START) - 86400))
    corp.add_member(Member("stay", "留下", [1]))
    corp.add_group(GroupChat("wr1", "g", "gone", status=1))
    for i in range(n):
        corp.add_customer(Customer(f"wm{i:05d}", f"客户{i}", follow=[FollowUser("gone")]))
    return SandboxWorld(corp, clock, refusal_rate=0.0)


async def test_unassigned_list_pages_1200_customers(
    aiohttp_client: AiohttpClient, clock: ManualClock
) -> None:
    world = big_world(clock)
    api = Api(await aiohttp_client(create_sandbox_api(world)), world)
    pages = []
    cursor = ""
    while True:
        data = await api.post("externalcontact/get_unassigned_list", {"cursor": cursor, "page_size": 500})
        pages.append(data["info"])
        cursor = data["next_cursor"]
        if data["is_last"]:
            assert cursor == ""
            break
    assert [len(p) for p in pages] == [500, 500, 200]
    ids = [row["external_userid"] for page in pages for row in page]
    assert len(set(ids)) == 1200 and pages[0][0]["handover_userid"] == "gone"
    default = await api.post("externalcontact/get_unassigned_list", {})
    assert len(default["info"]) == 1000 and default["is_last"] is False
    assert (await api.post("externalcontact/get_unassigned_list", {"page_size": 1001}))["errcode"] == 40058


async def test_unassigned_cursor_survives_transfers_between_pages(
    aiohttp_client: AiohttpClient, clock: ManualClock
) -> None:
    world = big_world(clock, 300)
    api = Api(await aiohttp_client(create_sandbox_api(world)), world)
    first = await api.post("externalcontact/get_unassigned_list", {"page_size": 100})
    moved = [r["external_userid"] for r in first["info"]]
    data = await api.post(
        "externalcontact/resigned/transfer_customer",
        {"handover_userid": "gone", "takeover_userid": "stay", "external_userid": moved},
    )
    assert {c["errcode"] for c in data["customer"]} == {0}
    second = await api.post(
        "externalcontact/get_unassigned_list", {"page_size": 100, "cursor": first["next_cursor"]}
    )
    assert second["info"][0]["external_userid"] == "wm00100"
