"""Two colleagues many of the language tests name: 温倩 (Wendy Wen) and 罗晓波 (Bob Luo), as the directory's
matcher knows them."""

from __future__ import annotations

from bot.directory.matcher import NameMatcher
from bot.directory.models import DirectoryMember

WEN_AND_LUO = NameMatcher.build([
    DirectoryMember(userid="wenqian", name="温倩", english_name="Wendy Wen"),
    DirectoryMember(userid="luoxiaobo", name="罗晓波", english_name="Bob Luo"),
], version=1)
