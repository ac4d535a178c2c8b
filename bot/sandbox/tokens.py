"""gettoken: one token per secret, 7200 s of world time; the same token is returned while valid."""

from __future__ import annotations

from bot.sandbox.endpoints import Req, ok, route
from bot.sandbox.world import JSON, ApiError, SandboxWorld


@route("gettoken", "GET", scope="none")
def gettoken(world: SandboxWorld, req: Req) -> JSON:
    corpid = req.query.get("corpid", "")
    secret = req.query.get("corpsecret", "")
    if not corpid:
        raise ApiError(41002, "corpid missing")
    if not secret:
        raise ApiError(41004, "corpsecret missing")
    creds = world.credentials
    if corpid != creds.corp_id:
        raise ApiError(40013, "invalid corpid")
    if secret == creds.secret:
        kind = "app"
    elif secret == creds.contacts_secret:
        kind = "contacts"
    else:
        raise ApiError(40001, "invalid credential")
    rec = world.issue_token(kind)
    return ok(access_token=rec.token, expires_in=max(1, int(rec.expires_at - world.now())))
