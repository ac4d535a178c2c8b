"""Help, and the answer to anything not understood."""

from __future__ import annotations

from bot import texts
from bot.dispatcher import Context
from bot.routing import Router

router = Router("common")


@router.intent("help")
async def show_help(ctx: Context) -> None:
    await ctx.say(texts.HELP)


@router.intent("unknown", "choose", "confirm", "deny")
async def not_understood(ctx: Context) -> None:
    await ctx.say(texts.NOT_UNDERSTOOD, help=texts.HELP(ctx.lang))
