"""Splitting one member's customers among several successors (issue #19 part 3), as the reader hears it.

Slots per the shared label schema: ``handover`` (one source), ``takeovers`` (receivers in the order
named; ``takeover`` stays empty), ``split`` ("even" | "by_tag"), ``tag`` (by_tag: as written),
``scope`` and, when the request says where the groups go, ``groups_to``. Read with the directory's
matcher (the chat path) and without one (name shapes), like every other reader test.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from bot.directory.matcher import NameMatcher
from bot.directory.models import DirectoryMember
from bot.language import parse

TODAY = dt.date(2026, 11, 26)
C, CG = ["customers"], ["customers", "groups"]

MEMBERS = [
    DirectoryMember(userid="zhangwei", name="张伟", english_name="Zhang Wei", status="departed"),
    DirectoryMember(userid="wanglei", name="王磊", english_name="Wang Lei"),
    DirectoryMember(userid="yangyang", name="杨洋", english_name="Yang Yang"),
    DirectoryMember(userid="lina", name="李娜", english_name="Li Na"),
    DirectoryMember(userid="chenjing", name="陈静"),
]
PEOPLE = NameMatcher.build(MEMBERS, version=1)
WANG_YANG = ["王磊", "杨洋"]


def read(text: str, people: NameMatcher | None = PEOPLE) -> tuple[str, dict[str, Any]]:
    intent = parse(text, today=TODAY, people=people)
    return intent.intent, {k: v for k, v in intent.slots.items() if v is not None}


def even(source: str, takeovers: list[str], scope: list[str] = C, **more: Any) -> dict[str, Any]:
    return {"handover": source, "takeovers": takeovers, "split": "even", "scope": scope, **more}


def by_tag(source: str, takeovers: list[str], tag: str, scope: list[str] = C, **more: Any) -> dict[str, Any]:
    return {"handover": source, "takeovers": takeovers, "split": "by_tag", "tag": tag, "scope": scope, **more}


SPLITS: list[tuple[str, dict[str, Any]]] = [
    # evenly, Chinese
    ("把张伟的客户平均分给王磊和杨洋", even("张伟", WANG_YANG)),
    ("张伟的客户王磊杨洋一人一半", even("张伟", WANG_YANG)),
    ("张伟的客户均分给王磊、杨洋", even("张伟", WANG_YANG)),
    ("张伟离职了，他的客户平均分配给王磊和杨洋", even("张伟", WANG_YANG)),
    ("把張偉的客戶平均分給王磊和楊洋", even("张伟", WANG_YANG)),
    ("张伟名下的客户分给王磊和杨洋，一人一半", even("张伟", WANG_YANG)),
    ("张伟的客户对半分给王磊和杨洋", even("张伟", WANG_YANG)),
    ("把张伟的客户平均分给王磊、杨洋和李娜", even("张伟", ["王磊", "杨洋", "李娜"])),
    ("把张伟的客户和客户群平分给王磊和杨洋", even("张伟", WANG_YANG, CG)),
    ("把张伟的客户和客户群平均分给王磊和杨洋，群给杨洋", even("张伟", WANG_YANG, CG, groups_to="杨洋")),
    # evenly, English
    ("split Zhang Wei's customers between Wang Lei and Yang Yang", even("Zhang Wei", ["Wang Lei", "Yang Yang"])),
    ("Divide Zhang Wei's clients evenly between Wang Lei and Yang Yang",
     even("Zhang Wei", ["Wang Lei", "Yang Yang"])),
    ("Please split Zhang Wei's customers 50/50 between Wang Lei and Yang Yang",
     even("Zhang Wei", ["Wang Lei", "Yang Yang"])),
    ("split Zhang Wei's customers and groups between Wang Lei and Yang Yang, groups to Yang Yang",
     even("Zhang Wei", ["Wang Lei", "Yang Yang"], CG, groups_to="Yang Yang")),
    # by tag, Chinese
    ("张伟的VIP客户给李娜，其他给王磊", by_tag("张伟", ["李娜", "王磊"], "VIP")),
    ("张伟的VIP客户给李娜，其他的给王磊", by_tag("张伟", ["李娜", "王磊"], "VIP")),
    ("张伟的A类客户转给李娜，其余的给王磊", by_tag("张伟", ["李娜", "王磊"], "A类")),
    ("把张伟的重点客户交接给李娜，剩下的客户给王磊", by_tag("张伟", ["李娜", "王磊"], "重点客户")),
    ("张伟带VIP标签的客户给李娜，其他客户给王磊", by_tag("张伟", ["李娜", "王磊"], "VIP")),
    # by tag, English
    ("Zhang Wei's A类 customers to Li Na, the rest to Wang Lei", by_tag("Zhang Wei", ["Li Na", "Wang Lei"], "A类")),
    ("hand Zhang Wei's VIP clients to Li Na and everything else to Wang Lei",
     by_tag("Zhang Wei", ["Li Na", "Wang Lei"], "VIP")),
    ("Zhang Wei's customers tagged VIP go to Li Na, the others to Wang Lei",
     by_tag("Zhang Wei", ["Li Na", "Wang Lei"], "VIP")),
]


@pytest.mark.parametrize(("text", "slots"), SPLITS)
def test_split_with_the_directory(text: str, slots: dict[str, Any]) -> None:
    assert read(text) == ("handover", slots)


# Without a directory the recognizer's name shapes find the people ("王磊杨洋" run together is
# left to the directory: two surnames in a four-character run are not two names by shape alone).
@pytest.mark.parametrize(("text", "slots"), [(t, s) for t, s in SPLITS if "王磊杨洋" not in t])
def test_split_by_name_shapes(text: str, slots: dict[str, Any]) -> None:
    assert read(text, people=None) == ("handover", slots)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # one receiver: an ordinary handover, no split slots
        ("把张伟的客户交接给李娜", ("handover", {"handover": "张伟", "takeover": "李娜", "scope": C})),
        ("split Zhang Wei's customers with Wang Lei", None),
        # not customers
        ("把蛋糕平均分给王磊和杨洋", ("unknown", {})),
        ("split the bill between Wang Lei and Yang Yang", ("unknown", {})),
        ("张伟的奖金平均分给王磊和杨洋", ("unknown", {})),
    ],
)
def test_not_a_split(text: str, expected: tuple[str, dict[str, Any]] | None) -> None:
    intent, slots = read(text)
    assert "split" not in slots and "takeovers" not in slots
    if expected is not None:
        assert (intent, slots) == expected


def test_split_needs_two_receivers() -> None:
    """"张伟的客户平均分给王磊" names one receiver: not a split (nothing to divide)."""
    _, slots = read("张伟的客户平均分给王磊")
    assert "takeovers" not in slots


def test_the_source_is_never_a_receiver() -> None:
    """Only the one whose customers they are is the source, wherever he is named."""
    intent, slots = read("王磊和杨洋平均分张伟的客户")
    assert intent == "handover"
    assert slots["handover"] == "张伟" and slots["takeovers"] == WANG_YANG and slots["split"] == "even"


@pytest.mark.parametrize("people", [PEOPLE, None])
def test_the_rest_to_someone_is_never_all_to_the_first(people: NameMatcher | None) -> None:
    """A request handing "the rest" to someone that does not read as a split is not understood,
    rather than read as a handover of everything to the first person named."""
    assert read("把陈静的客户交接给李娜，其他的给王磊看看", people=people) == ("unknown", {})


def test_a_tag_that_looks_like_a_name_is_not_a_receiver() -> None:
    text = "Move Zhang Wei's customers tagged Tier 1 to Li Na and everyone else to Wang Lei"
    assert read(text, people=None) == ("handover", by_tag("Zhang Wei", ["Li Na", "Wang Lei"], "Tier 1"))


# --- phrasings nobody tuned for: one mechanism each (bot/language/split.py's lexicons and markers) --
ZW, WL, YY, LN = "Zhang Wei", "Wang Lei", "Yang Yang", "Li Na"
PHENOMENA: list[tuple[str, dict[str, Any]]] = [
    # even cues beyond 平均分: 平摊, 各接一半, 一半…另一半, 三分之一, 一分为二, 分三份, 五五分, share, three ways
    ("张伟的客户让王磊和杨洋平摊", even("张伟", WANG_YANG)),
    ("张伟的所有客户，王磊和杨洋各接一半", even("张伟", WANG_YANG)),
    ("张伟的客户分一半给王磊，另一半给杨洋", even("张伟", WANG_YANG)),
    ("张伟的客户一半给王磊，一半给杨洋", even("张伟", WANG_YANG)),
    ("张伟的客户，王磊、杨洋、李娜各三分之一", even("张伟", ["王磊", "杨洋", "李娜"])),
    ("张伟的客户一分为二，给王磊和杨洋", even("张伟", WANG_YANG)),
    ("张伟的客户分三份给王磊、杨洋、李娜", even("张伟", ["王磊", "杨洋", "李娜"])),
    ("张伟名下客户五五分给王磊和杨洋", even("张伟", WANG_YANG)),
    ("Wang Lei and Yang Yang share Zhang Wei's customers", even(ZW, [WL, YY])),
    ("Split Zhang Wei's customers three ways: Wang Lei, Yang Yang and Li Na", even(ZW, [WL, YY, LN])),
    ("Divide Zhang Wei's book between Wang Lei and Yang Yang", even(ZW, [WL, YY])),
    # receivers joined by 同 (Cantonese), 跟, 与, &, /
    ("張偉啲客一人一半俾王磊同楊洋", even("张伟", WANG_YANG)),
    ("张伟的客户平均分给王磊跟杨洋", even("张伟", WANG_YANG)),
    ("张伟的客户平分给王磊&杨洋", even("张伟", WANG_YANG)),
    ("张伟的客户平均分给王磊/杨洋", even("张伟", WANG_YANG)),
    ("张伟的客户 → 王磊 / 杨洋 平分", even("张伟", WANG_YANG)),
    # the source by its marker: the leaver, "the customers of X", "For X:", receivers named first
    ("张伟离职，客户由王磊和杨洋平分", even("张伟", WANG_YANG)),
    ("佢走咗，張偉啲客平分俾王磊同楊洋", even("张伟", WANG_YANG)),
    ("Split the customers of Zhang Wei between Wang Lei and Yang Yang", even(ZW, [WL, YY])),
    ("For Zhang Wei: VIP customers to Li Na, all other customers to Wang Lei", by_tag(ZW, [LN, WL], "VIP")),
    ("Li Na gets Zhang Wei's VIP customers, Wang Lei gets the rest", by_tag(ZW, [LN, WL], "VIP")),
    ("customers tagged SMB from Zhang Wei go to Li Na; the others to Wang Lei", by_tag(ZW, [LN, WL], "SMB")),
    ("Zhang Wei is leaving. Her Tier-1 customers go to Li Na and the others go to Wang Lei",
     by_tag(ZW, [LN, WL], "Tier-1")),
    # "the rest" words: 剩低 (Cantonese), 另外的, 非VIP的, 不带的, 没打标签的, bare "rest"
    ("張偉啲重點客戶交俾李娜，剩低嘅俾王磊", by_tag("张伟", ["李娜", "王磊"], "重点客户")),
    ("张伟的VIP客户给李娜，另外的给王磊", by_tag("张伟", ["李娜", "王磊"], "VIP")),
    ("张伟的客户，VIP的给李娜，非VIP的给王磊", by_tag("张伟", ["李娜", "王磊"], "VIP")),
    ("张伟的客户中带VIP标签的转给李娜，不带的转给王磊", by_tag("张伟", ["李娜", "王磊"], "VIP")),
    ("张伟打了金卡标签的客户转给李娜，没打标签的转给王磊", by_tag("张伟", ["李娜", "王磊"], "金卡")),
    ("Zhang Wei's VIP customers → Li Na; rest → Wang Lei", by_tag(ZW, [LN, WL], "VIP")),
    # tags by shape: after the customers word, quoted, X类 after 客户中, lower-case vip, -tagged, key accounts
    ("张伟的客户里，VIP给李娜，其他的给王磊", by_tag("张伟", ["李娜", "王磊"], "VIP")),
    ("张伟的客户VIP的给李娜其他的给王磊", by_tag("张伟", ["李娜", "王磊"], "VIP")),
    ("张伟的客户：重点客户→李娜，其余→王磊", by_tag("张伟", ["李娜", "王磊"], "重点客户")),
    ("张伟的客户中A类的交接给李娜，其它的交接给王磊", by_tag("张伟", ["李娜", "王磊"], "A类")),
    ("张伟的客户，vip的转给李娜，其余转给王磊", by_tag("张伟", ["李娜", "王磊"], "vip")),
    ("张伟的「金牌」客户给李娜，其他的给王磊", by_tag("张伟", ["李娜", "王磊"], "金牌")),
    ("张伟名下标签为KA的客户给李娜，余下的给王磊", by_tag("张伟", ["李娜", "王磊"], "KA")),
    ("Zhang Wei's customers with the tag \"Gold\" to Li Na, all others to Wang Lei", by_tag(ZW, [LN, WL], "Gold")),
    ("Gold-tagged customers of Zhang Wei go to Li Na; the remaining customers go to Wang Lei",
     by_tag(ZW, [LN, WL], "Gold")),
    ("VIP customers of Zhang Wei to Li Na, the rest to Wang Lei", by_tag(ZW, [LN, WL], "VIP")),
    ("Zhang Wei's key accounts go to Li Na; everyone else to Wang Lei", by_tag(ZW, [LN, WL], "key account")),
    ("Zhang Wei's customers tagged Key Account go to Li Na, the rest to Wang Lei",
     by_tag(ZW, [LN, WL], "Key Account")),
    # receivers by their markers: 由/让/for/by/across/-, or a taking word after the list (各接一半, will share)
    ("张伟的客户请帮忙均摊给王磊和杨洋", even("张伟", WANG_YANG)),
    ("张伟所有的客户和客户群，王磊杨洋对半分掉", even("张伟", WANG_YANG, CG)),
    ("Hi, can you divide up Zhang Wei's customers evenly for Wang Lei and Yang Yang? thanks", even(ZW, [WL, YY])),
    ("Zhang Wei's customers should be shared equally by Wang Lei and Yang Yang", even(ZW, [WL, YY])),
    ("Zhang Wei's customers - split them evenly across Wang Lei and Yang Yang", even(ZW, [WL, YY])),
    # the groups said to go with the first receiver: said so (groups_to), as the handler reads it anyway
    ("张伟的VIP客户和客户群给李娜，普通客户给王磊", by_tag("张伟", ["李娜", "王磊"], "VIP", CG, groups_to="李娜")),
    ("张伟的客户和群平分给王磊和杨洋，群的话给杨洋", even("张伟", WANG_YANG, CG, groups_to="杨洋")),
    ("@张伟 的客户 平均分给 @王磊 @杨洋", even("张伟", WANG_YANG)),
    ("张伟离职交接：客户平均分配至王磊、杨洋", even("张伟", WANG_YANG)),
    ("张伟的客户及客户群平均分配给王磊、杨洋，客户群统一给杨洋", even("张伟", WANG_YANG, CG, groups_to="杨洋")),
    ("Zhang Wei's VIP customers go to Li Na, and everybody else goes to Wang Lei", by_tag(ZW, [LN, WL], "VIP")),
    ("For Zhang Wei's customers: tag \"Key Account\" -> Li Na, others -> Wang Lei",
     by_tag(ZW, [LN, WL], "Key Account")),
    # more even words: 均匀, 每人一半, 五五开, 50%…50%, down the middle, fifty-fifty, equal shares
    ("张伟的客户均匀分配给王磊和杨洋", even("张伟", WANG_YANG)),
    ("张伟的客户王磊杨洋每人一半", even("张伟", WANG_YANG)),
    ("张伟的客户五五开，王磊和杨洋", even("张伟", WANG_YANG)),
    ("张伟的客户50%给王磊，50%给杨洋", even("张伟", WANG_YANG)),
    ("Split Zhang Wei's customers down the middle between Wang Lei and Yang Yang", even(ZW, [WL, YY])),
    ("Zhang Wei's clients: fifty-fifty to Wang Lei and Yang Yang", even(ZW, [WL, YY])),
    ("Give Zhang Wei's customers to Wang Lei and Yang Yang in equal shares", even(ZW, [WL, YY])),
    # an arrow from the source, no customers word; the leaver named by a form field
    ("张伟 → 王磊 / 杨洋 平分", even("张伟", WANG_YANG)),
    ("Zhang Wei -> Wang Lei + Yang Yang (split evenly)", even(ZW, [WL, YY])),
    ("离职人：张伟，客户平均分给王磊、杨洋", even("张伟", WANG_YANG)),
    # more rest words and tag frames: 不是X的, 除了X以外的, 没有X标签的, non-X, not tagged, what's left;
    # 标记为 / 贴了 (synonyms of 标签为 / 打了), "with the X tag", "labelled X"
    ("张伟的客户，VIP的给李娜，不是VIP的给王磊", by_tag("张伟", ["李娜", "王磊"], "VIP")),
    ("张伟的VIP客户给李娜，除了VIP以外的给王磊", by_tag("张伟", ["李娜", "王磊"], "VIP")),
    ("张伟带VIP标签的客户给李娜，没有VIP标签的给王磊", by_tag("张伟", ["李娜", "王磊"], "VIP")),
    ("Zhang Wei's VIP customers to Li Na, non-VIP to Wang Lei", by_tag(ZW, [LN, WL], "VIP")),
    ("Zhang Wei's customers tagged Gold to Li Na, anything not tagged Gold to Wang Lei",
     by_tag(ZW, [LN, WL], "Gold")),
    ("Zhang Wei's VIP clients go to Li Na and whatever is left goes to Wang Lei", by_tag(ZW, [LN, WL], "VIP")),
    ("张伟标记为重点的客户给李娜，其余给王磊", by_tag("张伟", ["李娜", "王磊"], "重点")),
    ("张伟贴了VIP标签的客户给李娜，其他的给王磊", by_tag("张伟", ["李娜", "王磊"], "VIP")),
    ("Zhang Wei's customers with the Gold tag go to Li Na, the rest to Wang Lei", by_tag(ZW, [LN, WL], "Gold")),
    ("Zhang Wei's customers labelled Enterprise go to Li Na, the rest to Wang Lei",
     by_tag(ZW, [LN, WL], "Enterprise")),
    # chatty, the leaver's time words, 予, 放X那, 这边, VIPs, "X tagged", taking verbs, "all her other customers"
    ("张伟下个月离职了，她手上的客户比较多，我想让王磊和杨洋平均分一下，可以吗", even("张伟", WANG_YANG)),
    ("張偉的客戶請平均分配予王磊及楊洋", even("张伟", WANG_YANG)),
    ("张伟的客户、客户群均分给王磊和杨洋，群聊放杨洋那", even("张伟", WANG_YANG, CG, groups_to="杨洋")),
    ("Zhang Wei leaving -> customers 50/50 Wang Lei & Yang Yang", even(ZW, [WL, YY])),
    ("张伟这边VIP客户交给李娜，剩下的客户交给王磊", by_tag("张伟", ["李娜", "王磊"], "VIP")),
    ("Zhang Wei: VIPs go to Li Na, other customers go to Wang Lei", by_tag(ZW, [LN, WL], "VIP")),
    ("Zhang Wei's customers - Gold tagged to Li Na, untagged to Wang Lei", by_tag(ZW, [LN, WL], "Gold")),
    ("Zhang Wei's strategic customers go to Li Na; all her other customers go to Wang Lei",
     by_tag(ZW, [LN, WL], "strategic")),
    ("张伟的VIP客户：李娜负责；其他客户：王磊负责", by_tag("张伟", ["李娜", "王磊"], "VIP")),
    # 瓜分 and 同埋 (Cantonese "and"), 剩返 (Cantonese "the rest"), 小客户 against 大客户, 【VIP】, /split
    ("王磊同埋杨洋瓜分张伟的客户", even("张伟", WANG_YANG)),
    ("張偉啲VIP客俾李娜，剩返嘅俾王磊", by_tag("张伟", ["李娜", "王磊"], "VIP")),
    ("张伟的大客户给李娜，小客户给王磊", by_tag("张伟", ["李娜", "王磊"], "大客户")),
    ("张伟的【VIP】客户给李娜，其余给王磊", by_tag("张伟", ["李娜", "王磊"], "VIP")),
    ("/split 张伟 王磊 杨洋", even("张伟", WANG_YANG)),
    # typed fast or in a second language: 合 for 和, no possessive, "same number each", 接手人是, 50% each,
    # 冇标签 (Cantonese: untagged), "Platinum-tagged", bare "other"
    ("张伟的客户平均份给王磊合杨洋", even("张伟", WANG_YANG)),
    ("pls split zhang wei customers to Wang Lei and Yang Yang evenly", even("zhang wei", [WL, YY])),
    ("Zhang Wei customer divide to Wang Lei and Yang Yang, same number each", even(ZW, [WL, YY])),
    ("张伟离职，客户要平均分配，接手人是王磊和杨洋", even("张伟", WANG_YANG)),
    ("张伟的客户交接：王磊50%，杨洋50%", even("张伟", WANG_YANG)),
    ("Wang Lei and Yang Yang each take half of Zhang Wei's customers", even(ZW, [WL, YY])),
    ("張偉的客戶，有VIP標籤的轉給李娜，冇標籤的轉給王磊", by_tag("张伟", ["李娜", "王磊"], "VIP")),
    ("Zhang Wei's Platinum-tagged clients should go to Li Na while the remaining clients go to Wang Lei",
     by_tag(ZW, [LN, WL], "Platinum")),
    ("Zhang Wei VIP clients to Li Na, other to Wang Lei", by_tag(ZW, [LN, WL], "VIP")),
    # the groups named first, their receiver's verb after ("群那边杨洋接"); ", and" lists; 带"X"标签
    ("张伟的客户跟群平均分给王磊、杨洋，群那边杨洋接", even("张伟", WANG_YANG, CG, groups_to="杨洋")),
    ("Zhang Wei's clients should be divided among Wang Lei, Yang Yang, and Li Na equally", even(ZW, [WL, YY, LN])),
    ("张伟的客户里带“高价值”标签的给李娜，剩下的给王磊", by_tag("张伟", ["李娜", "王磊"], "高价值")),
    # lines, emoji arrows, 【】 headings, "(groups → X)", groups left alone, "X — Gold customers: A; all others: B"
    ("张伟离职\n客户：王磊、杨洋平分", even("张伟", WANG_YANG)),
    ("张伟的客户 ➡️ 王磊 + 杨洋（平均）", even("张伟", WANG_YANG)),
    ("【交接】张伟：VIP客户给李娜；非VIP给王磊", by_tag("张伟", ["李娜", "王磊"], "VIP")),
    ("Zhang Wei: customers and groups evenly to Wang Lei and Yang Yang (groups → Yang Yang)",
     even(ZW, [WL, YY], CG, groups_to=YY)),
    ("张伟的客户王磊和杨洋平分，群不用动", even("张伟", WANG_YANG)),
    ("Zhang Wei — Gold customers: Li Na; all others: Wang Lei", by_tag(ZW, [LN, WL], "Gold")),
    # "customers and chats", "spread … over", "50% A", 群组由X接手, 得唔得, "give A X's …", "Gold ones", A级
    ("Zhang Wei's customers and chats split evenly between Wang Lei and Yang Yang, chats to Yang Yang",
     even(ZW, [WL, YY], CG, groups_to=YY)),
    ("Spread Zhang Wei's customers evenly over Wang Lei, Yang Yang and Li Na", even(ZW, [WL, YY, LN])),
    ("Zhang Wei's customers: 50% Wang Lei, 50% Yang Yang", even(ZW, [WL, YY])),
    ("張偉的客戶及群組平均分給王磊與楊洋，群組由楊洋接手", even("张伟", WANG_YANG, CG, groups_to="杨洋")),
    ("張偉啲客，王磊同楊洋一人一半得唔得", even("张伟", WANG_YANG)),
    ("Give Li Na all of Zhang Wei's VIP customers and give the rest to Wang Lei", by_tag(ZW, [LN, WL], "VIP")),
    ("Zhang Wei's customers - Gold ones to Li Na, non-Gold ones to Wang Lei", by_tag(ZW, [LN, WL], "Gold")),
    ("張偉嘅A級客俾李娜，其餘俾王磊", by_tag("张伟", ["李娜", "王磊"], "A级")),
    # receivers in the next sentence after "evenly."; "按VIP标签" with 有/没VIP的; "VIPs should go to"
    ("Divide Zhang Wei's clients evenly. Wang Lei and Yang Yang.", even(ZW, [WL, YY])),
    ("张伟名下客户按VIP标签拆分：有VIP的给李娜，没VIP的给王磊", by_tag("张伟", ["李娜", "王磊"], "VIP")),
    ("Zhang Wei's VIP customers should go to Li Na, and Wang Lei can take the others", by_tag(ZW, [LN, WL], "VIP")),
    # typos in the customers word (课户, custmers, cusomers); "VIP那部分给"
    ("张伟的课户平均分给王磊和杨洋", even("张伟", WANG_YANG)),
    ("张伟的custmers平均分给王磊和杨洋", even("张伟", WANG_YANG)),
    ("split Zhang Wei's cusomers evenly between Wang Lei and Yang Yang", even(ZW, [WL, YY])),
    ("张伟的客户里VIP那部分给李娜，剩余部分给王磊", by_tag("张伟", ["李娜", "王磊"], "VIP")),
    ("Zhang Wei's VIPs should go to Li Na, and Wang Lei can take the others", by_tag(ZW, [LN, WL], "VIP")),
    # code-mixing: English words run into Chinese
    ("把Zhang Wei的clients split给Wang Lei和Yang Yang", even(ZW, [WL, YY])),
    ("Zhang Wei的VIP客户给Li Na，the rest给Wang Lei", by_tag(ZW, [LN, WL], "VIP")),
    ("把Zhang Wei的VIP customers给Li Na，其他的给Wang Lei", by_tag(ZW, [LN, WL], "VIP")),
    # where the groups go: after the receiver, 也, "going to"
    ("Split Zhang Wei's customers and groups between Wang Lei and Yang Yang; Yang Yang takes the groups",
     even(ZW, [WL, YY], CG, groups_to=YY)),
    ("Split Zhang Wei's customers and groups evenly between Wang Lei and Yang Yang, with the groups going to "
     "Yang Yang", even(ZW, [WL, YY], CG, groups_to=YY)),
    ("张伟的VIP客户给李娜，其余客户给王磊，群也给王磊", by_tag("张伟", ["李娜", "王磊"], "VIP", CG, groups_to="王磊")),
    ("張偉啲客戶同群平均分俾王磊同楊洋", even("张伟", WANG_YANG, CG)),
]


@pytest.mark.parametrize(("text", "slots"), PHENOMENA)
def test_split_phenomena_with_the_directory(text: str, slots: dict[str, Any]) -> None:
    assert read(text) == ("handover", slots)


# By shapes alone two names run together (王磊杨洋) are one run, and a lower-case Latin name is a word.
_SHAPE_LIMITS = ("王磊杨洋", "zhang wei")


@pytest.mark.parametrize(("text", "slots"), [(t, s) for t, s in PHENOMENA if not any(x in t for x in _SHAPE_LIMITS)])
def test_split_phenomena_by_name_shapes(text: str, slots: dict[str, Any]) -> None:
    assert read(text, people=None) == ("handover", slots)


def test_a_receiver_the_directory_lacks_is_still_a_receiver() -> None:
    """The directory knows 张伟 and 王磊 but not 黄蓉: she is read by her shape and named as
    written (the directory then says it does not know her), not dropped into a one-person handover."""
    assert read("张伟的客户平均分给王磊和黄蓉") == ("handover", even("张伟", ["王磊", "黄蓉"]))


NEAR_MISSES = [
    "张伟和李娜的客户都给王磊",  # two sources, one receiver
    "张伟的客户给王磊，杨洋的客户给李娜",  # two handovers
    "Hand Zhang Wei's customers to Wang Lei, and Yang Yang's customers to Li Na",
    "张伟的客户给王磊，王磊的客户给杨洋",  # a chain
    "张伟的VIP客户都转给李娜",  # one receiver, a tag
    "张伟的VIP客户转给李娜，请王磊审批",  # a tag, one receiver, an approver
    "把张伟的客户转给王磊，其他的事情找杨洋",  # "其他" not customers
    "张伟的客户全部给王磊，剩下的离职手续杨洋跟进",
    "Zhang Wei's customers go to Wang Lei; Yang Yang keeps the rest of his work",
    "张伟的客户有一半是VIP，全部转给王磊吧",  # 一半 once, one receiver
    "分给我一半的预算",
    "预算平均分给王磊和杨洋",
    "王磊和杨洋平分了奖金",
    "Split the workload evenly between Wang Lei and Yang Yang",
    "Can you split the report into two files for Wang Lei and Yang Yang?",
    "张伟离职，客户给王磊，群也给王磊",
    "Give all of Zhang Wei's customers to Wang Lei and cc Yang Yang",
    # named, but not where anything is handed to them
    "张伟的客户一半是李娜介绍的，一半是杨洋介绍的，都转给王磊",
    "Please share Zhang Wei's customer list with Wang Lei and Li Na",
    "把张伟的VIP客户给李娜，其他的问王磊",
    "Zhang Wei's VIP customers should go to Li Na; ask Wang Lei about the others",
    "张伟的客户平均每个月流失多少？王磊和杨洋想知道",
    "Zhang Wei's VIP customers to Li Na, Wang Lei will review the rest later",
    "王磊和杨洋平分这个季度的目标",
    "是不是可以把张伟的客户交接给王磊，杨洋不是这个组的",  # 是不是 / 不是X的 is no "the rest"
    "Zhang Wei's customers to Li Na; Wang Lei and Yang Yang split the admin work",  # split, but not customers
]


def test_two_classes_handed_out_is_not_everything_to_the_first() -> None:
    """"A类的给李娜，B类C类都给王磊" names no single tag and "the rest": not understood, rather than
    every customer to 李娜."""
    assert read("张伟的客户分一下，A类的给李娜，B类C类都给王磊") == ("unknown", {})


@pytest.mark.parametrize(
    "text",
    [
        "张伟的客户和群都给王磊，剩下的工作交给杨洋",
        "把张伟的客户转给王磊，剩下的交接事项杨洋负责",
        "Zhang Wei's customers go to Wang Lei; Yang Yang will handle the rest of the paperwork",
    ],
)
def test_the_rest_of_something_else_is_never_a_split(text: str) -> None:
    """"The rest" of the work or the paperwork is not the customers: never a split, and never the
    one who does the paperwork as the receiver (not understood rather than the wrong person)."""
    intent, slots = read(text)
    assert "split" not in slots and "takeovers" not in slots
    assert intent == "unknown" or slots.get("takeover") in ("王磊", "Wang Lei")


@pytest.mark.parametrize("people", [PEOPLE, None])
@pytest.mark.parametrize("text", NEAR_MISSES)
def test_near_misses_are_never_splits(text: str, people: NameMatcher | None) -> None:
    _, slots = read(text, people=people)
    # never several receivers; "张伟的VIP客户都转给李娜" may be marked tag_only (the bot then asks)
    assert slots.get("split") in (None, "tag_only") and "takeovers" not in slots


@pytest.mark.parametrize(("text", "tag"), [
    ("张伟的VIP客户给李娜", "VIP"),
    ("把张伟的A类客户交接给李娜", "A类"),
    ("张伟的重点客户交给李娜", "重点客户"),
    ("Zhang Wei's VIP customers to Li Na", "VIP"),
    ("Zhang Wei's customers tagged Gold go to Li Na", "Gold"),
    ("张伟带“KA”标签的客户转给李娜", "KA"),
])
def test_only_the_tagged_part_to_one_receiver_is_marked_tag_only(text: str, tag: str) -> None:
    got = parse(text, today=TODAY)
    assert got.intent == "handover" and got.slots["split"] == "tag_only" and got.slots["tag"] == tag
    assert got.slots["takeovers"] is None


@pytest.mark.parametrize("text", [
    "把张伟的客户交接给李娜", "把张伟的微信客户交接给李娜", "张伟的全部客户给李娜",
    "Zhang Wei's WeChat customers to Li Na",
    "「张伟」的客户，交接给「李娜」", "\"Zhang Wei\" clients to \"Li Na\"", "[zhangwei] 的客户群 转给 [lina]",
    "hand over Zhang Wei's clients to Li Na",
])
def test_a_whole_book_or_a_quoted_name_is_no_tag(text: str) -> None:
    got = parse(text, today=TODAY)
    assert got.intent == "handover" and got.slots["split"] is None and got.slots["tag"] is None


@pytest.mark.parametrize("people", [PEOPLE, None], ids=["directory", "no-directory"])
@pytest.mark.parametrize(
    ("text", "tag"),
    [
        ("张伟的陪练客户，标了包年的给李娜，其余的给杨洋", "包年"),
        ("张伟的家教客户里打了「重点班」标签的转给李娜，剩下的转给杨洋", "重点班"),
        ("张伟的团课客户，标签是“晨练”的给李娜，其他的都给杨洋", "晨练"),
        ("张伟的 tutoring 客户 split 一下：tag 是 老会员 的给李娜，剩下的给杨洋", "老会员"),
        ("Zhang Wei's piano students tagged Grade Eight go to Li Na, the rest to Yang Yang", "Grade Eight"),
        ("张伟的琴行客户 with tag Key Account go to Li Na, the rest to Yang Yang", "Key Account"),
    ],
)
def test_the_tag_named_as_one_wins_over_the_trades_noun(text: str, tag: str, people: NameMatcher | None) -> None:
    got = parse(text, today=TODAY, people=people)
    assert (got.intent, got.slots["split"], got.slots["tag"]) == ("handover", "by_tag", tag)


@pytest.mark.parametrize("people", [PEOPLE, None], ids=["directory", "no-directory"])
@pytest.mark.parametrize(
    "text",
    [
        "张伟的会员客户，李娜跟杨洋一人一半，会员群莫动",
        "张伟啲学员李娜同杨洋一人一半，上课群唔使分",
        "Zhang Wei's piano students, split them evenly between Li Na and Yang Yang. His chats stay put",
    ],
)
def test_a_split_keeps_back_the_groups_said_to_stay(text: str, people: NameMatcher | None) -> None:
    got = parse(text, today=TODAY, people=people)
    assert (got.intent, got.slots["split"], got.slots["scope"]) == ("handover", "even", C)
