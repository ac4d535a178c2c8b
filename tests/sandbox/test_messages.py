"""message/send, template cards, update_template_card, media/upload."""

from __future__ import annotations

from typing import Any

import aiohttp

from bot.sandbox import SandboxWorld

from .conftest import Api

AGENT = 1000002


def text(touser: str, content: str = "你好") -> dict[str, Any]:
    return {"touser": touser, "msgtype": "text", "agentid": AGENT, "text": {"content": content}}


def button_card(task_id: str = "ho_1042_ab", **over: Any) -> dict[str, Any]:
    card: dict[str, Any] = {
        "card_type": "button_interaction",
        "main_title": {"title": "客户交接审批 H-1042"},
        "task_id": task_id,
        "button_list": [
            {"text": "同意", "style": 1, "key": "approve:1042"},
            {"text": "拒绝", "style": 2, "key": "reject:1042"},
        ],
    }
    card.update(over)
    return card


def card_msg(touser: str, card: dict[str, Any]) -> dict[str, Any]:
    return {"touser": touser, "msgtype": "template_card", "agentid": AGENT, "template_card": card}


async def test_text_to_several_users_reports_invalid_lowercased(api: Api, world: SandboxWorld) -> None:
    data = await api.post("message/send", text("lina|NoSuchUser|zhangwei|liuqiang"))
    assert data["errcode"] == 0 and data["msgid"]
    assert data["invaliduser"] == "nosuchuser|zhangwei"  # zhangwei was deleted
    assert world.delivered("lina")[0].content == "你好"
    assert world.delivered("liuqiang")[0].msgid == data["msgid"]


async def test_all_recipients_invalid_is_81013(api: Api) -> None:
    assert (await api.post("message/send", text("ghost|zhangwei")))["errcode"] == 81013


async def test_wrong_agentid_is_40056(api: Api) -> None:
    body = text("lina")
    body["agentid"] = 42
    assert (await api.post("message/send", body))["errcode"] == 40056


async def test_unknown_msgtype_is_40008(api: Api) -> None:
    body = {"touser": "lina", "msgtype": "hologram", "agentid": AGENT}
    assert (await api.post("message/send", body))["errcode"] == 40008


async def test_text_longer_than_2048_bytes_is_truncated(api: Api, world: SandboxWorld) -> None:
    await api.post("message/send", text("lina", "交" * 1000))  # 3000 bytes
    content = world.delivered("lina")[0].content
    assert content is not None and content.startswith("交") and len(content.encode()) <= 2048


async def test_more_than_30_per_minute_to_a_member_are_dropped_silently(
    api: Api, world: SandboxWorld
) -> None:
    codes = [(await api.post("message/send", text("lina", f"m{i}")))["errcode"] for i in range(32)]
    assert codes == [0] * 32
    inbox = world.inbox("lina")
    assert [m.dropped for m in inbox] == [False] * 30 + [True, True]
    assert len(world.delivered("lina")) == 30
    world.advance(61)
    await api.post("message/send", text("lina", "later"))
    assert world.inbox("lina")[-1].dropped is False


async def test_markdown_and_textcard(api: Api, world: SandboxWorld) -> None:
    md = {"touser": "lina", "msgtype": "markdown", "agentid": AGENT, "markdown": {"content": "**H-1042**"}}
    assert (await api.post("message/send", md))["errcode"] == 0
    tc: dict[str, Any] = {
        "touser": "lina",
        "msgtype": "textcard",
        "agentid": AGENT,
        "textcard": {"title": "交接", "description": "完成"},
    }
    assert (await api.post("message/send", tc))["errcode"] == 40063  # url is required
    tc["textcard"]["url"] = "https://example.com/h/1042"
    assert (await api.post("message/send", tc))["errcode"] == 0
    assert [m.msgtype for m in world.delivered("lina")] == ["markdown", "textcard"]


async def test_media_upload_then_file_message_and_expiry(api: Api, world: SandboxWorld) -> None:
    token = await api.token()
    form = aiohttp.FormData()
    form.add_field("media", b"col1,col2\nwm1,refused\n", filename="report.csv", content_type="text/csv")
    resp = await api.client.post(
        "/cgi-bin/media/upload", params={"access_token": token, "type": "file"}, data=form
    )
    up = await resp.json()
    assert up["errcode"] == 0 and up["type"] == "file" and isinstance(up["created_at"], str)
    assert world.calls_to("media/upload")[-1].body["media"]["filename"] == "report.csv"
    body = {"touser": "wangfang", "msgtype": "file", "agentid": AGENT, "file": {"media_id": up["media_id"]}}
    assert (await api.post("message/send", body))["errcode"] == 0
    assert world.delivered("wangfang")[0].card == {"media_id": up["media_id"], "filename": "report.csv"}
    world.advance(3 * 86400)
    assert (await api.post("message/send", body))["errcode"] == 40007


async def test_media_upload_rejects_tiny_files_40006(api: Api) -> None:
    token = await api.token()
    form = aiohttp.FormData()
    form.add_field("media", b"abc", filename="x.txt")
    resp = await api.client.post(
        "/cgi-bin/media/upload", params={"access_token": token, "type": "file"}, data=form
    )
    assert (await resp.json())["errcode"] == 40006


async def test_media_upload_file_size_bounds(api: Api) -> None:
    """More than 5 bytes and at most 20 MB for a file (doc 90253); outside that 40006."""
    token = await api.token()
    for size, errcode in ((5, 40006), (6, 0), (20 << 20, 0), ((20 << 20) + 1, 40006)):
        form = aiohttp.FormData()
        form.add_field("media", b"x" * size, filename="audit.xlsx")
        resp = await api.client.post("/cgi-bin/media/upload", params={"access_token": token, "type": "file"},
                                     data=form)  # fmt: skip
        assert (await resp.json())["errcode"] == errcode, size


async def test_duplicate_check_suppresses_identical_request(api: Api, world: SandboxWorld) -> None:
    body = {**text("lina"), "enable_duplicate_check": 1, "duplicate_check_interval": 600}
    first = await api.post("message/send", body)
    second = await api.post("message/send", body)
    assert first["msgid"] == second["msgid"] and len(world.inbox("lina")) == 1
    world.advance(601)
    await api.post("message/send", body)
    assert len(world.inbox("lina")) == 2


async def test_each_duplicate_check_keeps_its_own_interval(api: Api, world: SandboxWorld) -> None:
    """A later send with a short interval does not end an earlier one's longer window."""
    long = {**text("lina"), "enable_duplicate_check": 1, "duplicate_check_interval": 3600}
    await api.post("message/send", long)
    await api.post("message/send", {**text("lina"), "text": {"content": "other"}, "enable_duplicate_check": 1,
                                    "duplicate_check_interval": 60})  # fmt: skip
    world.advance(120)
    await api.post("message/send", {**text("lina"), "text": {"content": "third"}, "enable_duplicate_check": 1,
                                    "duplicate_check_interval": 60})  # fmt: skip
    await api.post("message/send", long)  # still inside its hour: dropped
    assert len(world.inbox("lina")) == 3
    world.advance(3600)
    await api.post("message/send", long)
    assert len(world.inbox("lina")) == 4


# ----------------------------------------------------------------------------- template cards
async def test_button_card_returns_response_code_and_is_stored(api: Api, world: SandboxWorld) -> None:
    data = await api.post("message/send", card_msg("liuqiang|sunhong", button_card()))
    assert data["errcode"] == 0 and data["response_code"]
    copy_ = world.card_copy("liuqiang", "ho_1042_ab")
    assert copy_ is not None and copy_.card is not None
    assert copy_.card["main_title"]["title"] == "客户交接审批 H-1042"
    assert copy_.response_code == data["response_code"]
    assert len(world.cards_for("sunhong")) == 1


async def test_text_notice_without_action_menu_has_no_response_code(api: Api) -> None:
    card = {
        "card_type": "text_notice",
        "main_title": {"title": "提醒"},
        "card_action": {"type": 1, "url": "https://example.com"},
    }
    data = await api.post("message/send", card_msg("chenjing", card))
    assert data["errcode"] == 0 and "response_code" not in data


async def test_text_notice_requires_card_action(api: Api) -> None:
    card = {"card_type": "text_notice", "main_title": {"title": "提醒"}}
    assert (await api.post("message/send", card_msg("chenjing", card)))["errcode"] == 40063


async def test_task_id_charset_and_length(api: Api) -> None:
    assert (await api.post("message/send", card_msg("lina", button_card("ho 1042"))))["errcode"] == 40058
    assert (await api.post("message/send", card_msg("lina", button_card("a" * 129))))["errcode"] == 40058
    assert (await api.post("message/send", card_msg("lina", button_card("a@b-c_" + "d" * 122))))[
        "errcode"
    ] == 0


async def test_task_id_is_unique_per_app(api: Api) -> None:
    assert (await api.post("message/send", card_msg("lina", button_card("ho_x"))))["errcode"] == 0
    assert (await api.post("message/send", card_msg("sunhong", button_card("ho_x"))))["errcode"] == 40058


async def test_interactive_card_needs_task_id(api: Api) -> None:
    card = button_card()
    del card["task_id"]
    assert (await api.post("message/send", card_msg("lina", card)))["errcode"] == 40063


async def test_button_card_needs_main_title(api: Api) -> None:
    card = button_card(main_title={"desc": "no title"})
    assert (await api.post("message/send", card_msg("lina", card)))["errcode"] == 40063


async def test_button_list_at_most_6_with_unique_short_keys(api: Api) -> None:
    seven = [{"text": f"b{i}", "key": f"k{i}"} for i in range(7)]
    assert (await api.post("message/send", card_msg("lina", button_card(button_list=seven))))[
        "errcode"
    ] == 40058
    dup = [{"text": "a", "key": "k"}, {"text": "b", "key": "k"}]
    assert (await api.post("message/send", card_msg("lina", button_card(button_list=dup))))[
        "errcode"
    ] == 40058
    long = [{"text": "a", "key": "k" * 1025}]
    assert (await api.post("message/send", card_msg("lina", button_card(button_list=long))))[
        "errcode"
    ] == 40058
    ok = [{"text": "a", "key": "k" * 1024}]
    assert (await api.post("message/send", card_msg("lina", button_card(button_list=ok))))["errcode"] == 0


async def test_vote_card_needs_checkbox_and_submit_button(api: Api) -> None:
    card: dict[str, Any] = {
        "card_type": "vote_interaction",
        "main_title": {"title": "离职清单"},
        "task_id": "cl_1",
    }
    assert (await api.post("message/send", card_msg("chenjing", card)))["errcode"] == 40063
    card["checkbox"] = {
        "question_key": "items",
        "mode": 1,
        "option_list": [{"id": "o1", "text": "交接客户", "is_checked": False}],
    }
    assert (await api.post("message/send", card_msg("chenjing", card)))["errcode"] == 40063
    card["submit_button"] = {"text": "提交", "key": "submit_cl_1"}
    data = await api.post("message/send", card_msg("chenjing", card))
    assert data["errcode"] == 0 and data["response_code"]


async def test_multiple_interaction_select_list(api: Api) -> None:
    sel = {"question_key": "q", "title": "接替人", "option_list": [{"id": "lina", "text": "李娜"}]}
    card = {
        "card_type": "multiple_interaction",
        "main_title": {"title": "选择"},
        "task_id": "mi_1",
        "select_list": [sel, dict(sel)],
        "submit_button": {"text": "提交", "key": "s"},
    }
    assert (await api.post("message/send", card_msg("lina", card)))[
        "errcode"
    ] == 40058  # duplicate question_key
    card["select_list"] = [sel]
    assert (await api.post("message/send", card_msg("lina", card)))["errcode"] == 0


# ----------------------------------------------------------------------------- update_template_card
async def test_update_replace_name_atall_greys_every_copy(api: Api, world: SandboxWorld) -> None:
    sent = await api.post("message/send", card_msg("liuqiang|sunhong", button_card()))
    code, _ = world.register_click("liuqiang", "ho_1042_ab", "approve:1042")
    data = await api.post(
        "message/update_template_card",
        {"atall": 1, "agentid": AGENT, "response_code": code, "button": {"replace_name": "已同意 · 刘强"}},
    )
    assert data["errcode"] == 0 and data["invaliduser"] == []
    for user in ("liuqiang", "sunhong"):
        copy_ = world.card_copy(user, "ho_1042_ab")
        assert copy_ is not None and copy_.card is not None
        assert copy_.card["replace_text"] == "已同意 · 刘强"
    assert sent["response_code"] != code


async def test_response_code_is_single_use_60140(api: Api, world: SandboxWorld) -> None:
    sent = await api.post("message/send", card_msg("liuqiang", button_card()))
    body = {
        "atall": 1,
        "agentid": AGENT,
        "response_code": sent["response_code"],
        "button": {"replace_name": "x"},
    }
    assert (await api.post("message/update_template_card", body))["errcode"] == 0
    assert (await api.post("message/update_template_card", body))["errcode"] == 60140


async def test_response_code_expires_after_72h_60140(api: Api, world: SandboxWorld) -> None:
    sent = await api.post("message/send", card_msg("liuqiang", button_card()))
    world.advance(72 * 3600)
    body = {
        "atall": 1,
        "agentid": AGENT,
        "response_code": sent["response_code"],
        "button": {"replace_name": "x"},
    }
    assert (await api.post("message/update_template_card", body))["errcode"] == 60140


async def test_update_userids_only_touches_those_copies(api: Api, world: SandboxWorld) -> None:
    sent = await api.post("message/send", card_msg("liuqiang|sunhong", button_card()))
    new = button_card(main_title={"title": "已同意"}, button_list=[{"text": "已处理", "key": "done"}])
    del new["task_id"]
    data = await api.post(
        "message/update_template_card",
        {
            "userids": ["sunhong", "Outsider"],
            "agentid": AGENT,
            "response_code": sent["response_code"],
            "template_card": new,
        },
    )
    assert data["errcode"] == 0 and data["invaliduser"] == ["outsider"]
    sun = world.card_copy("sunhong", "ho_1042_ab")
    liu = world.card_copy("liuqiang", "ho_1042_ab")
    assert sun is not None and sun.card is not None and sun.card["main_title"]["title"] == "已同意"
    assert sun.card["task_id"] == "ho_1042_ab"
    assert (
        liu is not None and liu.card is not None and liu.card["main_title"]["title"] == "客户交接审批 H-1042"
    )


async def test_click_code_without_targets_updates_the_clicker_only(api: Api, world: SandboxWorld) -> None:
    await api.post("message/send", card_msg("liuqiang|sunhong", button_card()))
    code, card_type = world.register_click("sunhong", "ho_1042_ab", "reject:1042")
    assert card_type == "button_interaction"
    body = {"agentid": AGENT, "response_code": code, "button": {"replace_name": "已拒绝"}}
    assert (await api.post("message/update_template_card", body))["errcode"] == 0
    sun = world.card_copy("sunhong", "ho_1042_ab")
    liu = world.card_copy("liuqiang", "ho_1042_ab")
    assert sun is not None and sun.card is not None and sun.card.get("replace_text") == "已拒绝"
    assert liu is not None and liu.card is not None and "replace_text" not in liu.card


async def test_update_with_unknown_code_is_60140(api: Api) -> None:
    body = {"atall": 1, "agentid": AGENT, "response_code": "bogus", "button": {"replace_name": "x"}}
    assert (await api.post("message/update_template_card", body))["errcode"] == 60140
