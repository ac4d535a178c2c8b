"""Short replies with words beside their cue that no rule knows (rules/loose_replies.py), on sentences written
for this file: a word of thanks in the writer's language, a particle, a reason. And what they must not take:
greetings, counts ("3个客户"), a quarter ("第3季度"), an errand, a question about leave."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.language import parse, says_yes

TODAY = dt.date(2026, 11, 26)  # a Thursday


@pytest.mark.parametrize(
    ("text", "intent", "slots"),
    [
        ("Remind me on Friday, asante sana rafiki", "snooze", {"until": "2026-11-27"}),
        ("Remind me next Monday pls, terima kasih banyak", "snooze", {"until": "2026-11-30"}),
        ("12月3号再提醒我哈，这几天忙", "snooze", {"until": "2026-12-03"}),
        ("Number 3 bhai", "choose", {"choice": 3}),
        ("the second one, merci beaucoup", "choose", {"choice": 2}),
        ("第二个嘛，嘿嘿", "choose", {"choice": 2}),
        ("Sawa, confirm", "confirm", {}),
        ("好嘞好嘞，就这么提交吧", "confirm", {}),
        ("Hapana, don't submit", "deny", {}),
        ("先莫提交，等哈", "deny", {}),
        ("Ne ne, not this one", "deny", {}),
        ("伓使提交，先等一下", "deny", {}),  # Minnan 伓使: no need to
    ],
)
def test_a_reply_beside_unknown_words_is_read(text: str, intent: str, slots: dict[str, object]) -> None:
    reading = parse(text, today=TODAY)
    assert reading.intent == intent, reading
    assert {k: v for k, v in reading.slots.items() if v is not None} == slots


@pytest.mark.parametrize(
    "text",
    ["早上好", "3个客户投诉了", "第3季度的报表做完了吗", "把投影仪交给行政部", "who approved my leave",
     "lol ok bye", "下午3点开会"],
)
def test_what_only_looks_like_a_reply_is_not_one(text: str) -> None:
    assert parse(text, today=TODAY).intent not in ("confirm", "deny", "choose", "snooze")


def test_a_dialog_takes_a_loose_yes_and_not_a_loose_no() -> None:
    assert says_yes("Sawa, confirm")
    assert not says_yes("Hapana, don't confirm")
    assert not says_yes("早上好")
    assert not says_yes("伓使提交，先等一下")  # a no in Minnan beside 提交 is no yes
    assert not says_yes("先等等再提交吧")  # nor is a wait
