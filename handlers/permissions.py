"""The permission audit on request: "权限审计" / "run the permission audit" — HR admins only.

The answer is the audit's message in the asker's language and its XLSX file, to the asker. The
run is keyed by the chat event, so a re-delivered event sends the same report, once.
"""

from __future__ import annotations

from bot.dispatcher import Context
from bot.models.events import dedupe_key
from bot.permissions import report
from bot.permissions.deliver import PermissionAudit
from bot.routing import Router
from bot.settings import Settings
from bot.texts import T

router = Router("permissions")

ONLY_ADMINS = T(zh="抱歉，权限审计只有 HR 管理员可以发起。如需了解，请联系 HR 管理员。",
                en="Sorry, only HR admins can run the permission audit. Please ask one of them.")


@router.intent("audit")
async def run_permission_audit(ctx: Context, settings: Settings, permission_audit: PermissionAudit) -> None:
    if ctx.user not in settings.admins:  # authorization at the point of action
        await ctx.say(ONLY_ADMINS)
        return
    run_id = "chat:" + dedupe_key(ctx.event)
    findings = await permission_audit.settled(run_id, actor=ctx.user)
    await ctx.reply(report.message(findings, settings.tz, ctx.lang))
    await permission_audit.send_file(run_id, [ctx.user], findings, ctx.lang)
