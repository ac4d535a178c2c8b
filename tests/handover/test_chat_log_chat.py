"""A chat or a form pasted to the bot through the real chat path (encrypted callbacks, the demo directory):
the turns or the fields settle who gives and who receives, and the preview names them; "我" is the sender."""

from __future__ import annotations

import pytest

from tests.handover.conftest import assert_files_directly
from tests.support.stack import Stack


@pytest.mark.parametrize(
    ("text", "handover", "takeover", "head"),
    [
        ("【聊天记录】\n陈静：我下个月调去分公司\n刘强：那你的客户给何静吧\n陈静：好的\n@助手 照上面办",
         "chenjing", "hejing", "交接预览"),
        ("[11-24 09:15] 陈静：我月底走\n[11-24 09:16] 刘强：客户给李娜吧\n麻烦按上面转一下",
         "chenjing", "lina", "交接预览"),
        ("Chen Jing 10:32\nI'm leaving at the end of the month, my clients should go to Li Na\nLi Na 10:35\n"
         "sure, happy to take them\n@bot please do as above", "chenjing", "lina", "Preview"),
    ],
)
async def test_a_pasted_chat_files_the_preview_it_settles(
    hstack: Stack, text: str, handover: str, takeover: str, head: str
) -> None:
    await assert_files_directly(hstack, text, handover, takeover, head)


@pytest.mark.parametrize(
    ("text", "handover", "takeover", "head"),
    [
        ("新负责人\t原负责人\n李娜\t陈静", "chenjing", "lina", "交接预览"),
        ("1. 接收员工：何静\n2. 离职员工：陈静\n3. 交接范围：客户", "chenjing", "hejing", "交接预览"),
        ("Current owner: Chen Jing\nNew owner: Lina Li\nScope: accounts", "chenjing", "lina", "Preview"),
    ],
)
async def test_a_pasted_form_files_the_preview_its_fields_say(
    hstack: Stack, text: str, handover: str, takeover: str, head: str
) -> None:
    await assert_files_directly(hstack, text, handover, takeover, head)


@pytest.mark.parametrize("text", ["陈静的客户转给我吧", "陈静离职了，她的客户我来接"])
async def test_the_sender_named_as_me_receives(hstack: Stack, text: str) -> None:
    # 王芳 types it: "我" is the sender, looked up by their own userid, not a member called 我
    await assert_files_directly(hstack, text, "chenjing", "wangfang", "交接预览")
