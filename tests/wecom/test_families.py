"""Typed API families against the scripted server: pagination, transfers, messages, media."""

from __future__ import annotations

import pytest
from aiohttp import web

from bot.wecom import ButtonInteractionCard, WeComClient
from bot.wecom.cards import Button, MainTitle
from tests.wecom.fake import Call, FakeWeCom, cursor_pages


async def test_group_chats_are_paged_through_1000_plus_items(fake: FakeWeCom, client: WeComClient) -> None:
    chats = [{"chat_id": f"wr{i}", "status": 1} for i in range(2345)]
    fake.handlers["externalcontact/groupchat/list"] = cursor_pages(chats, "group_chat_list", 1000)
    got = [c async for c in client.iter_group_chats(owners=["zhangwei"], status_filter=1)]
    assert [c.chat_id for c in got] == [c["chat_id"] for c in chats]
    calls = fake.calls_to("externalcontact/groupchat/list")
    assert len(calls) == 3
    assert calls[0].json == {
        "status_filter": 1,
        "cursor": "",
        "limit": 1000,
        "owner_filter": {"userid_list": ["zhangwei"]},
    }


async def test_unassigned_list_stops_at_is_last(fake: FakeWeCom, client: WeComClient) -> None:
    rows = [
        {"handover_userid": "zw", "external_userid": f"wm{i}", "dimission_time": 1700000000}
        for i in range(1500)
    ]

    def handler(call: Call) -> dict[str, object]:
        start = int(call.json["cursor"] or 0)
        end = min(start + call.json["page_size"], len(rows))
        # the platform may hand out a cursor even on the last page; is_last wins
        return {"info": rows[start:end], "is_last": end >= len(rows), "next_cursor": str(end)}

    fake.handlers["externalcontact/get_unassigned_list"] = handler
    got = [u async for u in client.iter_unassigned()]
    assert len(got) == 1500 and got[-1].external_userid == "wm1499"
    assert fake.count("externalcontact/get_unassigned_list") == 2


async def test_customers_by_user_and_transfer_results_are_paged(fake: FakeWeCom, client: WeComClient) -> None:
    rows = [
        {
            "external_contact": {"external_userid": f"wm{i}", "name": f"C{i}"},
            "follow_info": {"userid": "zw", "tag_id": ["t"]},
        }
        for i in range(250)
    ]
    fake.handlers["externalcontact/batch/get_by_user"] = cursor_pages(rows, "external_contact_list", 100)
    details = [d async for d in client.iter_customers_by_user(["zw"])]
    assert len(details) == 250 and details[7].follow_user[0].tag_id == ["t"]
    assert fake.calls_to("externalcontact/batch/get_by_user")[0].json["limit"] == 100

    results = [{"external_userid": f"wm{i}", "status": 1 + i % 4, "takeover_time": 0} for i in range(1200)]
    fake.handlers["externalcontact/resigned/transfer_result"] = cursor_pages(results, "customer", 1000)
    got = [r async for r in client.iter_transfer_results("zw", "ln", resigned=True)]
    assert [r.status for r in got[:4]] == [1, 2, 3, 4] and len(got) == 1200
    assert fake.count("externalcontact/transfer_result") == 0


async def test_a_repeating_cursor_is_an_error_not_an_endless_loop(
    fake: FakeWeCom, client: WeComClient
) -> None:
    fake.handlers["externalcontact/groupchat/list"] = lambda call: {
        "group_chat_list": [],
        "next_cursor": "same",
    }
    with pytest.raises(Exception, match="cursor repeated"):
        _ = [c async for c in client.iter_group_chats(owners=None)]
    assert fake.count("externalcontact/groupchat/list") == 2


async def test_more_than_100_ids_are_refused_before_any_call(fake: FakeWeCom, client: WeComClient) -> None:
    ids = [f"wm{i}" for i in range(101)]
    with pytest.raises(ValueError):
        await client.transfer_resigned_customers("zw", "ln", ids)
    with pytest.raises(ValueError):
        await client.transfer_onjob_customers("zw", "ln", ids, "hi")
    with pytest.raises(ValueError):
        await client.transfer_resigned_groups(ids, "ln")
    with pytest.raises(ValueError):
        await client.transfer_onjob_groups(ids, "ln")
    with pytest.raises(ValueError):
        _ = [c async for c in client.iter_customers_by_user(ids)]
    with pytest.raises(ValueError):
        _ = [c async for c in client.iter_group_chats(owners=ids)]
    with pytest.raises(ValueError):
        await client.transfer_onjob_customers("zw", "ln", ["wm1"], "x" * 201)
    assert fake.calls == []
    assert await client.transfer_resigned_customers("zw", "ln", []) == []


async def test_already_in_transfer_counts_as_started(fake: FakeWeCom, client: WeComClient) -> None:
    codes = {"wm0": 0, "wm1": 40100, "wm2": 40129, "wm3": 40099, "wm4": 40096}
    fake.handlers["externalcontact/resigned/transfer_customer"] = lambda call: {
        "customer": [{"external_userid": e, "errcode": codes[e]} for e in call.json["external_userid"]]
    }
    outcomes = await client.transfer_resigned_customers("zw", "ln", list(codes))
    assert {o.external_userid: o.started for o in outcomes} == {
        "wm0": True,
        "wm1": True,
        "wm2": True,
        "wm3": False,
        "wm4": False,
    }
    assert fake.calls_to("externalcontact/resigned/transfer_customer")[0].json == {
        "handover_userid": "zw",
        "takeover_userid": "ln",
        "external_userid": list(codes),
    }


async def test_onjob_transfer_and_group_transfers(fake: FakeWeCom, client: WeComClient) -> None:
    fake.handlers["externalcontact/transfer_customer"] = lambda call: {
        "customer": [{"external_userid": e, "errcode": 0} for e in call.json["external_userid"]]
    }
    fake.handlers["externalcontact/groupchat/onjob_transfer"] = lambda call: {
        "failed_chat_list": [{"chat_id": "wr2", "errcode": 90504, "errmsg": "owner unchanged"}]
    }
    out = await client.transfer_onjob_customers("cj", "ln", ["wm1"], "您好，我是李娜")
    assert out[0].started
    assert (
        fake.calls_to("externalcontact/transfer_customer")[0].json["transfer_success_msg"] == "您好，我是李娜"
    )
    failures = await client.transfer_onjob_groups(["wr1", "wr2"], "ln")
    assert [(f.chat_id, f.errcode) for f in failures] == [("wr2", 90504)]


async def test_send_text_and_card_wire_format(fake: FakeWeCom, client: WeComClient) -> None:
    fake.handlers["message/send"] = lambda call: {
        "msgid": "m1",
        "invaliduser": "ghost|gone",
        "unlicenseduser": "",
        "response_code": "rc1",
    }
    result = await client.send_text(["zhangwei", "lina"], "你好" * 1200)
    assert result.invaliduser == ["ghost", "gone"] and result.unlicenseduser == []
    body = fake.calls_to("message/send")[0].json
    assert body["touser"] == "zhangwei|lina" and body["msgtype"] == "text" and body["agentid"] == 1000002
    assert len(body["text"]["content"].encode()) <= 2048 and body["text"]["content"].endswith("…")

    card = ButtonInteractionCard(
        main_title=MainTitle(title="客户交接审批"),
        task_id="ho_8f3a2c_01",
        button_list=[
            Button(text="同意", key="approve:8f3a2c", style=1),
            Button(text="拒绝", key="reject:8f3a2c"),
        ],
    )
    sent = await client.send_template_card("manager1", card)
    assert sent.response_code == "rc1" and sent.msgid == "m1"
    assert fake.calls_to("message/send")[1].json["template_card"] == card.to_api()

    fake.handlers["message/update_template_card"] = lambda call: {"invaliduser": []}
    await client.update_template_card("rc2", atall=True, replace_name="已同意 · 刘强")
    assert fake.calls_to("message/update_template_card")[0].json == {
        "agentid": 1000002,
        "response_code": "rc2",
        "atall": 1,
        "button": {"replace_name": "已同意 · 刘强"},
    }
    with pytest.raises(ValueError):
        await client.update_template_card("rc3")
    with pytest.raises(ValueError):
        await client.send_text([], "nobody")


async def test_upload_media_sends_multipart(fake: FakeWeCom, client: WeComClient) -> None:
    seen: dict[str, object] = {}

    async def parse(call: Call) -> dict[str, object]:
        seen["type"] = call.query["type"]
        seen["body"] = call.body
        return {"type": "file", "media_id": "MEDIA1", "created_at": "1"}

    fake.handlers["media/upload"] = parse
    media_id = await client.upload_media("交接报告.csv", b"a,b\n1,2\n")
    assert media_id == "MEDIA1" and seen["type"] == "file"
    body = seen["body"]
    assert isinstance(body, bytes)
    assert 'name="media"; filename="交接报告.csv"; filelength=8'.encode() in body and b"a,b\n1,2\n" in body
    with pytest.raises(ValueError):
        await client.upload_media("tiny.txt", b"1234")


async def test_multipart_body_parses_with_a_standard_reader(
    aiohttp_server: object, client: WeComClient
) -> None:
    from bot.wecom.media import multipart_body

    async def handler(request: web.Request) -> web.Response:
        form = await request.post()
        field = form["media"]
        assert isinstance(field, web.FileField)
        return web.Response(text=f"{field.filename}:{field.file.read().decode()}")

    app = web.Application()
    app.router.add_post("/", handler)
    server = await aiohttp_server(app)  # type: ignore[operator]
    boundary = "b0undary"
    async with client._session.post(
        server.make_url("/"),
        data=multipart_body("r.csv", b"hello", boundary),
        headers={"Content-Type": f"multipart/form-data; boundary={boundary}"},
    ) as resp:
        assert await resp.text() == "r.csv:hello"


async def test_directory_reads(fake: FakeWeCom, client: WeComClient) -> None:
    fake.handlers["user/list"] = lambda call: {
        "userlist": [
            {
                "userid": "zw",
                "name": "张伟",
                "alias": "Zhang",
                "position": "销售",
                "department": [2],
                "direct_leader": ["lq"],
                "status": 5,
                "unknown_field": 1,
            }
        ]
    }
    fake.handlers["department/list"] = lambda call: {"department": [{"id": 1, "name": "总部", "parentid": 0}]}
    [member] = await client.list_department_members(2)
    assert (member.name, member.alias, member.direct_leader, member.status) == ("张伟", "Zhang", ["lq"], 5)
    assert fake.calls_to("user/list")[0].query["department_id"] == "2"
    assert (await client.list_departments())[0].name == "总部"
    assert "id" not in fake.calls_to("department/list")[0].query


async def test_list_customers_without_customers_is_empty(fake: FakeWeCom, client: WeComClient) -> None:
    from tests.wecom.fake import errcode

    fake.script("externalcontact/list", errcode(84061, "not external contact"))
    assert await client.list_customers("newbie") == []
    fake.handlers["externalcontact/list"] = lambda call: {"external_userid": ["wm1", "wm2"]}
    assert await client.list_customers("zw") == ["wm1", "wm2"]
