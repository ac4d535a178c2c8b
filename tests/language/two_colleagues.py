"""Two colleagues many of the language tests name: 温倩 (Wendy Wen) and 罗晓波 (Bob Luo), as the directory's
matcher knows them."""

from __future__ import annotations

from bot.directory.matcher import NameMatcher
from bot.directory.models import DirectoryMember

_TWO = (DirectoryMember(userid="wenqian", name="温倩", english_name="Wendy Wen"),
        DirectoryMember(userid="luoxiaobo", name="罗晓波", english_name="Bob Luo"))
WEN_AND_LUO = NameMatcher.build(list(_TWO), version=1)


def with_a_third(member: DirectoryMember) -> NameMatcher:
    """The two colleagues and one more, for a message that names three people."""
    return NameMatcher.build([*_TWO, member], version=1)
