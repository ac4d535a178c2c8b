from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from bot.directory.describe import describe, display_name
from bot.directory.names import english_display_name
from tests.directory.people import LEFT_NOV_20, NOW, SHANGHAI, people

BY_ID = {m.userid: m for m in people()}


def test_departed_member_in_chinese() -> None:
    line = describe(BY_ID["zhangwei"], "zh", customers=250, groups=12, tz=SHANGHAI)
    assert line == "张伟 zhangwei · 销售一部 · 已离职（11月20日）· 250 位客户 · 12 个客户群"


def test_active_member_in_chinese() -> None:
    line = describe(BY_ID["zhangwei2"], "zh", customers=0, tz=SHANGHAI)
    assert line == "张伟 zhangwei2 · 技术部 · 在职 · 0 位客户"


def test_departed_member_in_english_uses_the_counted_customers_by_default() -> None:
    line = describe(BY_ID["zhangwei"], "en", tz=SHANGHAI)
    assert line == "Zhang Wei (zhangwei, Sales 1, left on Nov 20) · 250 customers"


def test_english_name_and_singulars() -> None:
    line = describe(BY_ID["lina"], "en", customers=1, groups=1, tz=SHANGHAI)
    assert line == "Lina Li (lina, Sales 1) · 1 customer · 1 customer group"


def test_department_without_english_name_falls_back_to_chinese() -> None:
    assert describe(BY_ID["wangfang"], "en", tz=SHANGHAI) == "Wang Fang (wangfang, 人力资源部)"


def test_known_only_member() -> None:
    ghost = BY_ID["wx_ghost01"]
    assert describe(ghost, "zh", tz=SHANGHAI) == "wx_ghost01（仅知账号）· 已离职（11月20日）· 3 位客户"
    assert describe(ghost, "en", tz=SHANGHAI) == "wx_ghost01 (name unknown, left on Nov 20) · 3 customers"


def test_statuses() -> None:
    assert "未激活" in describe(BY_ID["tangyue"], "zh", tz=SHANGHAI)
    assert "not activated" in describe(BY_ID["tangyue"], "en", tz=SHANGHAI)
    assert "已禁用" in describe(BY_ID["zhaomin"], "zh", tz=SHANGHAI)
    assert "不在应用可见范围" in describe(BY_ID["songjiang"], "zh", tz=SHANGHAI)


def test_the_year_is_shown_for_another_year() -> None:
    next_year = datetime(2025, 2, 1, tzinfo=SHANGHAI).timestamp()
    assert "2024年11月20日" in describe(BY_ID["zhangwei"], "zh", tz=SHANGHAI, now=next_year)
    assert "left on Nov 20, 2024" in describe(BY_ID["zhangwei"], "en", tz=SHANGHAI, now=next_year)
    assert "（11月20日）" in describe(BY_ID["zhangwei"], "zh", tz=SHANGHAI, now=NOW)


def test_dates_are_local() -> None:
    # 18:30 on Nov 20 in Shanghai is 00:30 on Nov 21 at UTC+14.
    assert datetime.fromtimestamp(LEFT_NOV_20, SHANGHAI).day == 20
    assert "11月21日" in describe(BY_ID["zhangwei"], "zh", tz=ZoneInfo("Pacific/Kiritimati"))


@pytest.mark.parametrize(
    ("name", "english"),
    [("张伟", "Zhang Wei"), ("曾小凡", "Zeng Xiaofan"), ("欧阳娜娜", "Ouyang Nana"), ("吕布", "Lü Bu"),
     ("单田芳", "Shan Tianfang"), ("John Smith", "John Smith")],
)
def test_english_display_name(name: str, english: str) -> None:
    assert english_display_name(name) == english


def test_display_name_prefers_english_name_then_latin_alias() -> None:
    assert display_name(BY_ID["lina"], "en") == "Lina Li"
    assert display_name(BY_ID["liuqiang"], "en") == "Leo"
    assert display_name(BY_ID["wangxiaoming"], "en") == "Wang Xiaoming"  # alias 小王 is not Latin
    assert display_name(BY_ID["liuqiang"], "zh") == "刘强"
