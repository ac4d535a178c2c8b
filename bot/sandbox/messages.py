"""message/send, message/update_template_card, media/upload (API.md §4–5).

Decisions [unverified]: a reused task_id → 40058 "task_id already exists" (undocumented errcode);
a wrong agentid → 40056; an update_template_card call that names no recipients updates the
clicker's copy for a click-issued code and every recipient for a send-issued code.
"""

from __future__ import annotations

import base64
import copy
import json
from typing import Any

from bot.sandbox.cards import is_interactive, validate_card
from bot.sandbox.endpoints import Req, as_int, as_str, ok, optional_int, require, route
from bot.sandbox.world import (
    JSON,
    MEDIA_TTL,
    ApiError,
    CardRecord,
    DeliveredMessage,
    MediaRecord,
    SandboxWorld,
)

MSGTYPES = {"text", "image", "voice", "video", "file", "textcard", "news", "mpnews", "markdown",
            "miniprogram_notice", "template_card"}
SUPPORTED = {"text", "markdown", "textcard", "template_card", "file"}
TEXT_MAX_BYTES = 2048
MEDIA_TYPES = {"image": 10 << 20, "voice": 2 << 20, "video": 10 << 20, "file": 20 << 20}


def _truncate_bytes(text: str, limit: int) -> str:
    raw = text.encode()
    return raw[:limit].decode("utf-8", errors="ignore") if len(raw) > limit else text


def _check_agent(world: SandboxWorld, body: JSON) -> None:
    agentid = as_int(require(body, "agentid"), "agentid")
    if agentid != world.credentials.agent_id:
        raise ApiError(40056, "invalid agentid")


def _recipients(world: SandboxWorld, body: JSON) -> tuple[list[str], list[str], list[str]]:
    """(valid userids, invalid users lower-cased, invalid parties)."""
    touser = str(body.get("touser") or "")
    toparty = str(body.get("toparty") or "")
    totag = str(body.get("totag") or "")
    if not (touser or toparty or totag):
        raise ApiError(40063, "missing parameter: touser/toparty/totag")
    valid: list[str] = []
    invalid: list[str] = []
    invalid_party: list[str] = []
    if touser == "@all":
        valid = [u for u, m in world.corp.members.items() if world.is_present(u) and m.status == 1]
        return valid, invalid, invalid_party
    users = [u for u in touser.split("|") if u]
    if len(users) > 1000:
        raise ApiError(40032, "invalid userid list size")
    for u in users:
        (valid if world.is_present(u) and world.member(u).status != 2 else invalid).append(u)
    for part in (p for p in toparty.split("|") if p):
        if not part.isdigit() or int(part) not in world.corp.departments:
            invalid_party.append(part)
            continue
        ids = {d.id for d in world.corp.subtree(int(part))}
        valid += [m.userid for m in world.corp.members.values()
                  if world.is_present(m.userid) and m.status != 2 and ids & set(m.department)]
    seen: set[str] = set()
    valid = [u for u in valid if not (u in seen or seen.add(u))]  # type: ignore[func-returns-value]
    return valid, [u.lower() for u in invalid], invalid_party


def _payload(world: SandboxWorld, body: JSON, msgtype: str) -> tuple[str | None, JSON | None]:
    section = body.get(msgtype)
    if not isinstance(section, dict):
        raise ApiError(40063, f"missing parameter: {msgtype}")
    if msgtype in ("text", "markdown"):
        content = as_str(require(section, "content"), "content")
        return _truncate_bytes(content, TEXT_MAX_BYTES), None
    if msgtype == "textcard":
        title = as_str(require(section, "title"), "title")
        desc = as_str(require(section, "description"), "description")
        url = as_str(require(section, "url"), "url")
        if len(title) > 128 or len(desc) > 512 or len(url.encode()) > 2048:
            raise ApiError(40058, "textcard field too long")
        return None, copy.deepcopy(section)
    if msgtype == "file":
        media_id = as_str(require(section, "media_id"), "media_id")
        media = world.media.get(media_id)
        if media is None or media.created_at + MEDIA_TTL <= world.now():
            raise ApiError(40007, "invalid media_id")
        return None, {"media_id": media_id, "filename": media.filename}
    card = validate_card(section)
    return None, copy.deepcopy(card)


@route("message/send", "POST")
def message_send(world: SandboxWorld, req: Req) -> JSON:
    body = req.body
    msgtype = as_str(require(body, "msgtype"), "msgtype")
    if msgtype not in MSGTYPES:
        raise ApiError(40008, "invalid message type")
    _check_agent(world, body)
    if msgtype not in SUPPORTED:
        raise ApiError(40008, f"msgtype {msgtype} not simulated by the sandbox")
    content, card = _payload(world, body, msgtype)
    valid, invalid, invalid_party = _recipients(world, body)
    task_id = card.get("task_id") if msgtype == "template_card" and card else None
    if task_id and task_id in world.cards:
        raise ApiError(40058, "task_id already exists")
    if not valid:
        raise ApiError(81013, "user & party & tag all invalid")
    extra: JSON = {}
    if invalid:
        extra["invaliduser"] = "|".join(invalid)
    if invalid_party:
        extra["invalidparty"] = "|".join(invalid_party)
    dup_key = _duplicate_key(world, body)
    if dup_key is not None and dup_key in world.duplicate_checks:
        return ok(msgid=world.duplicate_checks[dup_key][1], **extra)
    msgid = world.next_id("msg")
    response_code = None
    if msgtype == "template_card" and card is not None and is_interactive(card):
        assert task_id is not None
        response_code = world.issue_response_code(task_id).code
        world.cards[task_id] = CardRecord(task_id, str(card["card_type"]), copy.deepcopy(card), valid,
                                          msgid, world.now())
    for userid in valid:
        delivered = world.member_send_allowed(userid)  # 30/min, 1000/h: excess silently dropped
        world.inboxes.setdefault(userid, []).append(DeliveredMessage(
            msgtype=msgtype, msgid=msgid, sent_at=world.now(), content=content,
            card=copy.deepcopy(card), task_id=task_id, response_code=response_code, dropped=not delivered))
    if dup_key is not None:
        interval = min(optional_int(body.get("duplicate_check_interval"), "duplicate_check_interval", 1800), 4 * 3600)
        world.duplicate_checks[dup_key] = (world.now() + interval, msgid)  # each send keeps its own interval
    fields: JSON = {"invaliduser": "", "invalidparty": "", "invalidtag": "", "unlicenseduser": "",
                    **extra, "msgid": msgid}
    if response_code:
        fields["response_code"] = response_code
    return ok(**fields)


def _duplicate_key(world: SandboxWorld, body: JSON) -> str | None:
    if optional_int(body.get("enable_duplicate_check"), "enable_duplicate_check", 0) != 1:
        return None
    now = world.now()
    for key, (until, _) in list(world.duplicate_checks.items()):
        if until <= now:
            del world.duplicate_checks[key]
    return json.dumps(body, sort_keys=True, ensure_ascii=False)


@route("message/update_template_card", "POST")
def update_template_card(world: SandboxWorld, req: Req) -> JSON:
    body = req.body
    _check_agent(world, body)
    code = as_str(require(body, "response_code"), "response_code")
    rec = world.response_codes.get(code)
    if rec is None or rec.used or rec.issued_at + world.limits.response_code_ttl <= world.now():
        raise ApiError(60140, "invalid response_code")
    card_rec = world.cards.get(rec.task_id)
    if card_rec is None:
        raise ApiError(60140, "invalid response_code")
    button = body.get("button")
    new_card: Any = body.get("template_card")
    if not button and not new_card:
        raise ApiError(40063, "missing parameter: button or template_card")
    if new_card is not None:
        new_card = copy.deepcopy(validate_card(new_card, need_task_id=False))
        new_card.setdefault("task_id", rec.task_id)
    replace_name = ""
    if button:
        if not isinstance(button, dict) or not button.get("replace_name"):
            raise ApiError(40063, "missing parameter: button.replace_name")
        if card_rec.card_type not in ("button_interaction", "vote_interaction", "multiple_interaction"):
            raise ApiError(40058, "button.replace_name needs an interactive card")
        replace_name = as_str(button["replace_name"], "button.replace_name")
    targets, invalid = _update_targets(world, body, card_rec, rec.userid)
    rec.used = True
    for userid in targets:
        for msg in world.inboxes.get(userid, []):
            if msg.task_id != rec.task_id or msg.card is None:
                continue
            if new_card is not None:
                msg.card = copy.deepcopy(new_card)
            if replace_name:
                msg.card["replace_text"] = replace_name
    return ok(invaliduser=invalid)


def _update_targets(world: SandboxWorld, body: JSON, card: CardRecord,
                    clicker: str | None) -> tuple[list[str], list[str]]:
    if optional_int(body.get("atall"), "atall", 0) == 1:
        return list(card.recipients), []
    userids = body.get("userids") or []
    partyids = body.get("partyids") or []
    if not isinstance(userids, list) or not isinstance(partyids, list):
        raise ApiError(40058, "userids/partyids must be arrays")
    if len(userids) > 1000 or len(partyids) > 100:
        raise ApiError(40058, "too many userids/partyids")
    targets: list[str] = []
    invalid: list[str] = []
    for u in userids:
        (targets if isinstance(u, str) and u in card.recipients else invalid).append(str(u))
    for p in partyids:
        ids = {d.id for d in world.corp.subtree(as_int(p, "partyids"))}
        targets += [u for u in card.recipients if ids & set(world.member(u).department)]
    if not userids and not partyids:
        targets = [clicker] if clicker else list(card.recipients)
    return targets, [u.lower() for u in invalid]


@route("media/upload", "POST")
def media_upload(world: SandboxWorld, req: Req) -> JSON:
    media_type = req.query.get("type", "")
    if media_type not in MEDIA_TYPES:
        raise ApiError(40005, "invalid media type")
    data = req.body.get("media")
    if not isinstance(data, dict) or not isinstance(data.get("content"), bytes):
        raise ApiError(40063, "missing parameter: media")
    content: bytes = data["content"]
    if len(content) <= 5 or len(content) > MEDIA_TYPES[media_type]:  # "size必须大于5个字节"; file ≤ 20 MB
        raise ApiError(40006, "invalid file size")
    media_id = "3" + world.next_id("m")
    world.media[media_id] = MediaRecord(media_id, media_type, str(data.get("filename") or "file"),
                                        base64.b64encode(content).decode(), world.now())
    return ok(type=media_type, media_id=media_id, created_at=str(int(world.now())))
