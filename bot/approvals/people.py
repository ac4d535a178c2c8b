"""Names and departments of the people in a job, read from the directory snapshot."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import datetime, tzinfo

from bot.approvals import texts
from bot.directory.describe import display_name
from bot.directory.models import DirectoryMember
from bot.texts import Lang
from storage.directory import DirectoryStore


class People:
    """A small per-call view of the directory: who is who, in one language."""

    def __init__(self, members: dict[str, DirectoryMember], lang: Lang) -> None:
        self._members = members
        self.lang: Lang = lang

    @classmethod
    async def load(cls, directory: DirectoryStore, userids: Iterable[str], lang: Lang) -> People:
        return cls(await directory.get_many(list(dict.fromkeys(u for u in userids if u))), lang)

    def member(self, userid: str) -> DirectoryMember | None:
        return self._members.get(userid)

    def name(self, userid: str) -> str:
        m = self._members.get(userid)
        return display_name(m, self.lang) if m is not None else userid

    def names(self, userids: Sequence[str], *, sep: str | None = None) -> str:
        joiner = texts.LIST_SEP(self.lang) if sep is None else sep
        return joiner.join(self.name(u) for u in userids)

    def either(self, userids: Sequence[str]) -> str:
        return self.names(userids, sep=texts.OR_SEP(self.lang))

    def with_department(self, userid: str) -> str:
        """张伟（销售一部，已离职） / Zhang Wei (Sales 1, left)."""
        m = self._members.get(userid)
        if m is None:
            return userid
        name = display_name(m, self.lang)
        dept = m.main_department_name(self.lang)
        if dept:
            return (texts.PERSON_DEPT_LEFT if m.departed else texts.PERSON_DEPT)(self.lang, name=name, dept=dept)
        return texts.PERSON_LEFT(self.lang, name=name) if m.departed else name


def when(ts: float, tz: tzinfo, *, now: float | None = None) -> str:
    """ "14:02" on the same day as ``now``, else "11-25 14:02"."""
    moment = datetime.fromtimestamp(ts, tz)
    if now is not None and datetime.fromtimestamp(now, tz).date() == moment.date():
        return moment.strftime("%H:%M")
    return moment.strftime("%m-%d %H:%M")


def stamp(ts: float, tz: tzinfo) -> str:
    """Always with the day: "11-25 14:02" (cards stay on screen for days)."""
    return datetime.fromtimestamp(ts, tz).strftime("%m-%d %H:%M")
