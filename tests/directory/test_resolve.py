"""Resolution table over the fixed test directory."""

from __future__ import annotations

import pytest

from bot.directory.resolve import DirectoryIndex, Role, match_choice, parse_choice_number, resolve
from tests.directory.people import SALES, SUPPORT, TECH, member, people

INDEX = DirectoryIndex.build(people(), version=1)
THE_ZHANGS = {"zhangwei", "zhangwei2", "zhangwei3"}

# mention, role, status, first candidate (None: don't care), candidate set (None: don't care), match kind
CASES: list[tuple[str, Role, str, str | None, set[str] | None, str | None]] = [
    # userid, case-insensitive
    ("zhangwei2", "any", "unique", "zhangwei2", None, "userid"),
    ("ZHANGWEI2", "any", "unique", "zhangwei2", None, "userid"),
    ("wx_ghost01", "handover", "unique", "wx_ghost01", None, "userid"),
    # a userid that is also two other people's pinyin: asked, the userid first
    ("zhangwei", "any", "ambiguous", "zhangwei", THE_ZHANGS, "userid"),
    # Chinese names: homonyms asked, the homophone 章伟 not included
    ("张伟", "any", "ambiguous", None, {"zhangwei", "zhangwei2"}, "name"),
    ("张伟", "handover", "ambiguous", "zhangwei", {"zhangwei", "zhangwei2"}, "name"),
    ("张 伟", "any", "ambiguous", None, {"zhangwei", "zhangwei2"}, "name"),
    ("章伟", "any", "unique", "zhangwei3", None, "name"),
    ("李娜", "any", "unique", "lina", None, "name"),
    ("孙红", "any", "unique", "sunhong", None, "name"),
    # full pinyin, both orders, tones, spacing, ü spellings; 张伟/章伟 sound the same
    ("zhang wei", "any", "ambiguous", None, THE_ZHANGS, "pinyin"),
    ("Wei Zhang", "any", "ambiguous", None, THE_ZHANGS, "pinyin"),
    ("zhāng wěi", "handover", "ambiguous", "zhangwei", THE_ZHANGS, "pinyin"),
    ("li na", "any", "unique", "lina", None, None),
    ("Na Li", "any", "unique", "lina", None, None),
    ("Chen Jing", "any", "unique", "chenjing", None, "pinyin"),
    ("chenjing", "any", "unique", "chenjing", None, "userid"),
    ("Jie Zhou", "takeover", "unique", "zhoujie", None, None),
    ("Zeng Xiaofan", "any", "unique", "zengxiaofan", None, "pinyin"),
    ("ceng xiaofan", "any", "unique", "zengxiaofan", None, "pinyin"),
    ("Ouyang Nana", "any", "unique", "ouyangnana", None, "pinyin"),
    ("lu bu", "any", "unique", "lvbu", None, "pinyin"),
    ("Lyu Bu", "any", "unique", "lvbu", None, "pinyin"),
    ("lǚ bù", "any", "unique", "lvbu", None, "pinyin"),
    ("wang xiaoming", "any", "unique", "wangxiaoming", None, "pinyin"),
    ("Xiaoming Wang", "any", "unique", "wangxiaoming", None, "pinyin"),
    # English names and aliases
    ("Lina Li", "any", "unique", "lina", None, "english"),
    ("Li Lina", "any", "unique", "lina", None, "english"),
    ("Leo", "takeover", "unique", "liuqiang", None, "english"),
    ("John Smith", "any", "unique", "jsmith", None, "english"),
    ("John", "any", "unique", "jsmith", None, "english_part"),
    ("小王", "any", "unique", "wangxiaoming", None, "alias"),
    # partial: surname or given name only
    ("Zhang", "any", "ambiguous", None, THE_ZHANGS, "surname"),
    ("Zhang", "handover", "unique", "zhangwei", None, "surname"),  # the one who left with customers
    ("Li", "any", "ambiguous", None, {"lina", "lilei", "qianli"}, "surname"),  # 钱力's given name too
    ("Li", "takeover", "ambiguous", None, {"lina", "lilei", "qianli"}, "surname"),
    ("张", "any", "ambiguous", None, {"zhangwei", "zhangwei2"}, "surname"),
    ("张", "takeover", "unique", "zhangwei2", {"zhangwei", "zhangwei2"}, "surname"),
    ("张总", "any", "ambiguous", None, {"zhangwei", "zhangwei2"}, "surname"),
    ("王总", "any", "ambiguous", None, {"wangfang", "wangxiaoming"}, "surname"),
    ("Mr. Zhou", "any", "unique", "zhoujie", None, "surname"),
    ("Nana", "any", "unique", "ouyangnana", None, "given"),
    ("迪丽热巴", "any", "unique", "dlrb", None, "given"),
    ("Dilireba", "any", "unique", "dlrb", None, "given"),
    ("伟", "any", "ambiguous", None, THE_ZHANGS, "given"),
    # Cantonese / Wade-Giles surnames
    ("Lina Lee", "any", "unique", "lina", None, "english"),
    ("Cheung Wei", "any", "ambiguous", None, THE_ZHANGS, "pinyin"),
    # typos and homophones: only when nothing matches exactly
    ("zhagnwei", "any", "ambiguous", None, THE_ZHANGS, "fuzzy"),
    ("wangfnag", "any", "unique", "wangfang", None, "fuzzy"),
    ("chen jnig", "any", "unique", "chenjing", None, "fuzzy"),
    ("Jon Smith", "any", "unique", "jsmith", None, "fuzzy"),
    ("王方", "any", "unique", "wangfang", None, "homophone"),
    ("张玮", "any", "ambiguous", None, THE_ZHANGS, "homophone"),
    # takeover: departed, disabled, not activated, invisible ones are listed but not plausible
    ("李娜", "takeover", "unique", "lina", None, "name"),
    ("何静", "takeover", "unique", "hejing", None, "name"),
    ("赵敏", "takeover", "unique", "zhaomin", None, "name"),
    ("唐悦", "takeover", "unique", "tangyue", None, "name"),
    ("宋江", "takeover", "unique", "songjiang", None, "name"),
    ("钱力", "takeover", "unique", "qianli", None, "name"),
    # nothing
    ("Bob Dylan", "any", "none", None, set(), None),
    ("", "any", "none", None, set(), None),
]


@pytest.mark.parametrize(("mention", "role", "status", "first", "expected", "kind"), CASES)
def test_resolution_table(
    mention: str, role: Role, status: str, first: str | None, expected: set[str] | None, kind: str | None
) -> None:
    result = INDEX.resolve(mention, role=role)
    got = [c.member.userid for c in result.candidates]
    assert result.status == status, (mention, got, [c.reason for c in result.candidates])
    if first is not None:
        assert got[0] == first
    if expected is not None:
        assert set(got) == expected
    if kind is not None:
        assert result.candidates[0].match == kind


def test_len_cases() -> None:
    assert len(CASES) >= 40


@pytest.mark.parametrize("mention", ["何静", "赵敏", "唐悦", "宋江", "钱力"])
def test_takeover_lists_unusable_members_with_a_reason(mention: str) -> None:
    result = INDEX.resolve(mention, role="takeover")
    best = result.candidates[0]
    assert best.plausible is False
    assert "take over" in best.reason or "customer contact" in best.reason
    assert INDEX.resolve(mention, role="handover").candidates[0].plausible is True


def test_takeover_puts_the_active_namesake_first_and_flags_the_departed_one() -> None:
    result = INDEX.resolve("张", role="takeover")
    by_id = {c.member.userid: c for c in result.candidates}
    assert result.best is not None and result.best.member.userid == "zhangwei2"
    assert by_id["zhangwei"].plausible is False
    assert "departed" in by_id["zhangwei"].reason


def test_ranking_userid_over_name_over_pinyin_over_partial_over_fuzzy() -> None:
    scores = {
        kind: INDEX.resolve(mention).candidates[0].score
        for kind, mention in [
            ("userid", "zhangwei2"), ("name", "章伟"), ("pinyin", "Chen Jing"), ("partial", "Nana"),
            ("fuzzy", "wangfnag"),
        ]
    }
    assert scores["userid"] > scores["name"] > scores["pinyin"] > scores["partial"] > scores["fuzzy"]


def test_fuzzy_is_not_used_when_something_matches_exactly() -> None:
    result = INDEX.resolve("Li", role="any")
    assert all(c.match != "fuzzy" for c in result.candidates)
    assert "lvbu" not in {c.member.userid for c in result.candidates}


def test_unknown_name_gets_up_to_three_suggestions() -> None:
    result = INDEX.resolve("李小娜")
    assert result.status == "none"
    assert not result.candidates
    assert 1 <= len(result.suggestions) <= 3
    assert result.suggestions[0].member.userid == "lina"


@pytest.mark.parametrize(("mention", "closest"), [("zhou jia", "zhoujie"), ("Chen Ming", "chenjing")])
def test_a_changed_letter_is_another_name_only_suggested(mention: str, closest: str) -> None:
    result = INDEX.resolve(mention)
    assert result.status == "none"
    assert result.suggestions[0].member.userid == closest


def test_candidates_are_capped_but_total_counts_all() -> None:
    result = INDEX.resolve("zhang wei", limit=2)
    assert len(result.candidates) == 2
    assert result.total == 3


@pytest.mark.parametrize("mention", ["黃詩涵", "黄诗涵", "黄詩涵"])
def test_a_name_in_traditional_characters_is_one_name_in_either_script(mention: str) -> None:
    """The reader hands over mentions in simplified characters ("黃詩涵" arrives as 黄诗涵); a member whose
    directory name is traditional is still that name, not a homophone tied with 黄思涵 (chat bench, dev2)."""
    members = [*people(), member("huangshihan", "黃詩涵", **SALES), member("huangsihan", "黄思涵", **TECH),
               member("chenjing2", "陈静", **SUPPORT)]
    for role in ("handover", "takeover"):
        found = resolve(mention, members, role=role)
        assert found.status == "unique", found
        assert (found.candidates[0].member.userid, found.candidates[0].match) == ("huangshihan", "name")
    assert resolve("陳靜", members, role="takeover").total == 2  # a traditional mention of a simplified name


def test_module_level_resolve_matches_the_index() -> None:
    assert resolve("Lina Li", people()).candidates[0].member.userid == "lina"


@pytest.mark.parametrize("mention", ["Khun Nok", "Pak Nok", "P'Nok", "anh Nok", "Mr. Nok Suwan"])
def test_a_title_before_a_latin_name_is_dropped(mention: str) -> None:
    # how colleagues across South-East Asia name each other; the reader keeps the title as written
    members = [member("noks", "诺可", english_name="Nok Suwan", alias="Nok"), member("lina", "李娜")]
    assert [c.member.userid for c in resolve(mention, members).candidates][:1] == ["noks"]


# --- match_choice -------------------------------------------------------------------------

TWO_ZHANGS = INDEX.resolve("张伟", role="handover").candidates  # zhangwei (departed) first
TWO_LIS = INDEX.resolve("Li", role="takeover").candidates[:2]  # lina, lilei


@pytest.mark.parametrize(
    ("answer", "expected"),
    [
        ("1", "zhangwei"),
        ("2", "zhangwei2"),
        ("２", "zhangwei2"),
        ("第2个", "zhangwei2"),
        ("第二个", "zhangwei2"),
        ("选1", "zhangwei"),
        ("No. 2", "zhangwei2"),
        ("#1", "zhangwei"),
        ("the second one", "zhangwei2"),
        ("zhangwei2", "zhangwei2"),
        ("技术部的那个", "zhangwei2"),
        ("销售一部", "zhangwei"),
        ("离职的那个", "zhangwei"),
        ("在职的", "zhangwei2"),
        ("3", None),
        ("0", None),
        ("张伟", None),
        ("随便", None),
    ],
)
def test_match_choice_between_two_zhang_wei(answer: str, expected: str | None) -> None:
    picked = match_choice(answer, TWO_ZHANGS)
    assert (picked.userid if picked else None) == expected


@pytest.mark.parametrize(
    ("answer", "expected"),
    [
        ("李娜", "lina"), ("Li Lei", "lilei"), ("lina", "lina"), ("Lina Li", "lina"), ("Li", None),
        ("李", None),
    ],
)
def test_match_choice_with_a_fuller_name(answer: str, expected: str | None) -> None:
    picked = match_choice(answer, TWO_LIS)
    assert (picked.userid if picked else None) == expected


def test_match_choice_accepts_plain_members() -> None:
    members = [c.member for c in TWO_LIS]
    assert match_choice("2", members) == members[1]


@pytest.mark.parametrize(
    ("text", "n"),
    [
        ("3", 3), ("第十个", 10), ("十二", 12), ("二十一", 21), ("3号", 3), ("first", 1), ("hello", None),
        ("2a", None),
    ],
)
def test_parse_choice_number(text: str, n: int | None) -> None:
    assert parse_choice_number(text) == n


def test_common_names_ranked_at_build_give_the_same_answer_as_ranking_now() -> None:
    """A surname many members share is ranked once when the index is built (speed); the answer is
    the one ranking it on the spot gives, whatever the spelling's case, for every role."""
    from bot.directory.models import DirectoryMember

    members = [DirectoryMember(userid=f"wang{i}", name=f"王{chr(0x4e00 + i)}{chr(0x4e10 + i)}") for i in range(40)]
    members.append(DirectoryMember(userid="wangleft", name="王离", status="departed"))
    index = DirectoryIndex.build(members, version=1)
    for mention in ("Wang", "wang", "王"):
        for role in ("handover", "takeover", "any"):
            fresh = index._resolve(mention, role, 10)  # the uncached path
            assert index.resolve(mention, role=role) == fresh
            assert fresh.status == "ambiguous" and fresh.total == 41
    assert index.resolve("Wang", role="any") is index.resolve("wang", role="any")  # ranked once
