"""Two colleagues many of the language tests name: 温倩 (Wendy Wen) and 罗晓波 (Bob Luo), as the directory's
matcher knows them."""

from __future__ import annotations

import pytest

from bot.directory.matcher import NameMatcher
from bot.directory.models import DirectoryMember

_TWO = (DirectoryMember(userid="wenqian", name="温倩", english_name="Wendy Wen"),
        DirectoryMember(userid="luoxiaobo", name="罗晓波", english_name="Bob Luo"))
WEN_AND_LUO = NameMatcher.build(list(_TWO), version=1)


def with_a_third(member: DirectoryMember) -> NameMatcher:
    """The two colleagues and one more, for a message that names three people."""
    return NameMatcher.build([*_TWO, member], version=1)


# the two and 何云 (Cloud He): a giver and two receivers for a split
WITH_CLOUD_HE = with_a_third(DirectoryMember(userid="heyun", name="何云", english_name="Cloud He"))
# a sentence read with the two colleagues' directory and by name shapes alone
WITH_AND_WITHOUT_DIRECTORY = pytest.mark.parametrize("people", [WEN_AND_LUO, None])
