"""``WeComClient``: the only way the product talks to the WeCom server API.

The HTTP core (``call``, ``get_token``, retries, limits) is ``bot.wecom.core.WeComCore``; each
API family adds its typed methods as a mixin. Construct one per (corp, app secret) in the
composition root with a caller-owned ``aiohttp.ClientSession``.
"""

from __future__ import annotations

from bot.wecom.contacts import ContactsMixin
from bot.wecom.directory import DirectoryMixin
from bot.wecom.media import MediaMixin
from bot.wecom.messages import MessagesMixin
from bot.wecom.transfers import TransfersMixin


class WeComClient(MessagesMixin, MediaMixin, DirectoryMixin, ContactsMixin, TransfersMixin):
    """See the family mixins for the typed methods and ``WeComCore.call`` for the raw call."""
