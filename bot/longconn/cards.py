"""Template cards over the bot's connection, for members who have messaged the bot.

A card goes out with ``aibot_send_msg`` (single chats only), one push per member and one task_id
for all copies. A click on it arrives with a req_id that may update the card once, within 5 s
(``aibot_respond_update_msg``, ``userids`` = every copy): that freezes them all. A click that came
through the app, or an update that missed the window, leaves the copies clickable — their holders
get a message saying who decided instead (the click itself is refused by the job's state anyway).
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from typing import Any

from bot.longconn.channel import BotChannel
from bot.longconn.client import NotConnected
from storage.reached import CardCopies

log = logging.getLogger(__name__)


class BotCards:
    def __init__(self, channel: BotChannel, copies: CardCopies) -> None:
        self.channel = channel
        self.copies = copies

    async def send(self, task_id: str, userids: Sequence[str], card: dict[str, Any]) -> list[str]:
        """Push ``card`` to each member who has messaged the bot; returns the others (the app's)."""
        if not self.channel.live():
            return list(userids)
        reached = await self.channel.reached.which(list(userids))
        bot = [u for u in userids if reached.get(u)]
        await self.copies.add(task_id, bot)  # before the push: a click on a copy must find the others
        missed: list[str] = []
        for userid in bot:
            try:
                code = await self.channel.push_card(userid, card)
            except NotConnected:
                code = -1
            except (ConnectionError, TimeoutError):  # the answer was lost: the copy may be out, keep it
                log.warning("card %s to %s: no answer on the long connection; not sent again", task_id, userid)
                code = 0
            if code != 0:
                missed.append(userid)
        await self.copies.remove(task_id, missed)
        if missed:
            log.info("card %s: %s not reached over the long connection; through the app's message/send",
                     task_id, missed)
        return [u for u in userids if u not in bot or u in missed]

    async def freeze(self, task_id: str, card: dict[str, Any], click_req: str) -> tuple[list[str], list[str]]:
        """Update every copy on the click's req_id. Returns (the copies' holders, those whose copy
        could not be updated — to be told who decided)."""
        holders = await self.copies.holders(task_id)
        if not holders:
            return [], []
        if click_req and self.channel.live():
            try:
                if await self.channel.update_card(click_req, card, holders) == 0:
                    return holders, []
            except (NotConnected, ConnectionError, TimeoutError):
                pass
            log.info("card %s: the click's 5 s update window was missed; its holders get a message", task_id)
        return holders, holders
