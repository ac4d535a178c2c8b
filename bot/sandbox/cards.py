"""template_card validation (API.md §4.1–4.4). Missing required fields → 40063, bad values →
40058 [unverified: the docs do not name the errcodes for card validation]. Length figures the docs
only *recommend* ("建议不超过") are not enforced; hard limits are."""

from __future__ import annotations

import re
from typing import Any

from bot.sandbox.world import JSON, ApiError

CARD_TYPES = {"text_notice", "news_notice", "button_interaction", "vote_interaction", "multiple_interaction"}
ALWAYS_INTERACTIVE = {"button_interaction", "vote_interaction", "multiple_interaction"}
TASK_ID = re.compile(r"^[0-9A-Za-z_\-@]{1,128}$")
KEY_MAX_BYTES = 1024
OPTION_ID_MAX_BYTES = 128


def _bad(msg: str) -> ApiError:
    return ApiError(40058, f"invalid template_card: {msg}")


def _missing(msg: str) -> ApiError:
    return ApiError(40063, f"missing template_card field: {msg}")


def _obj(card: JSON, key: str, *, required: bool = False) -> JSON:
    value = card.get(key)
    if value is None:
        if required:
            raise _missing(key)
        return {}
    if not isinstance(value, dict):
        raise _bad(f"{key} must be an object")
    return value


def _list(card: JSON, key: str, lo: int, hi: int, *, required: bool = False) -> list[JSON]:
    value = card.get(key)
    if value is None or value == []:
        if required:
            raise _missing(key)
        return []
    if not isinstance(value, list) or not all(isinstance(v, dict) for v in value):
        raise _bad(f"{key} must be a list of objects")
    if not lo <= len(value) <= hi:
        raise _bad(f"{key} must have {lo}..{hi} items")
    return value


def _key(value: Any, where: str) -> str:
    if not isinstance(value, str) or not value:
        raise _missing(f"{where}.key")
    if len(value.encode()) > KEY_MAX_BYTES:
        raise _bad(f"{where}.key longer than {KEY_MAX_BYTES} bytes")
    return value


def _unique(values: list[str], where: str) -> None:
    if len(set(values)) != len(values):
        raise _bad(f"duplicate {where}")


def _options(items: list[JSON], where: str, *, need_checked: bool = False) -> None:
    ids = []
    for opt in items:
        oid = opt.get("id")
        if not isinstance(oid, str) or not oid:
            raise _missing(f"{where}.option_list.id")
        if len(oid.encode()) > OPTION_ID_MAX_BYTES:
            raise _bad(f"{where} option id longer than {OPTION_ID_MAX_BYTES} bytes")
        if not opt.get("text"):
            raise _missing(f"{where}.option_list.text")
        if need_checked and "is_checked" not in opt:
            raise _missing(f"{where}.option_list.is_checked")
        ids.append(oid)
    _unique(ids, f"{where} option ids")


def _title(card: JSON) -> None:
    if not _obj(card, "main_title", required=True).get("title"):
        raise _missing("main_title.title")


def is_interactive(card: JSON) -> bool:
    return card.get("card_type") in ALWAYS_INTERACTIVE or bool(card.get("action_menu"))


def validate_card(card: Any, *, need_task_id: bool = True) -> JSON:
    """Checks a template_card; returns it. ``need_task_id=False`` for update replacements."""
    if not isinstance(card, dict):
        raise _missing("template_card")
    card_type = card.get("card_type")
    if not card_type:
        raise _missing("card_type")
    if card_type not in CARD_TYPES:
        raise _bad(f"unknown card_type {card_type!r}")
    task_id = card.get("task_id")
    if task_id is not None and (not isinstance(task_id, str) or not TASK_ID.match(task_id)):
        raise _bad("task_id: 1..128 of [0-9A-Za-z_-@]")
    if is_interactive(card) and need_task_id and not task_id:
        raise _missing("task_id")
    menu = _obj(card, "action_menu")
    if menu:
        actions = _list(menu, "action_list", 1, 3, required=True)
        _unique([_key(a.get("key"), "action_menu.action_list") for a in actions], "action_menu keys")
    _list(card, "horizontal_content_list", 1, 6)
    _list(card, "jump_list", 1, 3)
    if card_type in ("text_notice", "news_notice"):
        action = _obj(card, "card_action", required=True)
        if action.get("type") not in (1, 2):
            raise _bad("card_action.type must be 1 or 2")
        if action.get("type") == 1 and not action.get("url"):
            raise _missing("card_action.url")
        if action.get("type") == 2 and not action.get("appid"):
            raise _missing("card_action.appid")
        has_text = _obj(card, "main_title").get("title") or card.get("sub_title_text")
        if card_type == "text_notice" and not has_text:
            raise _missing("main_title.title or sub_title_text")
        if card_type == "news_notice":
            _title(card)
    elif card_type == "button_interaction":
        _title(card)
        buttons = _list(card, "button_list", 1, 6, required=True)
        keys = []
        for b in buttons:
            if not b.get("text"):
                raise _missing("button_list.text")
            if b.get("type", 0) == 1:
                if not b.get("url"):
                    raise _missing("button_list.url")
            else:
                keys.append(_key(b.get("key"), "button_list"))
        _unique(keys, "button keys")
        selection = _obj(card, "button_selection")
        if selection:
            _key(selection.get("question_key"), "button_selection.question_key")
            _options(_list(selection, "option_list", 1, 10, required=True), "button_selection")
    elif card_type == "vote_interaction":
        _title(card)
        box = _obj(card, "checkbox", required=True)
        _key(box.get("question_key"), "checkbox.question_key")
        if box.get("mode", 0) not in (0, 1):
            raise _bad("checkbox.mode must be 0 or 1")
        _options(_list(box, "option_list", 1, 20, required=True), "checkbox", need_checked=True)
        _key(_obj(card, "submit_button", required=True).get("key"), "submit_button")
    elif card_type == "multiple_interaction":
        _title(card)
        selectors = _list(card, "select_list", 1, 3, required=True)
        qkeys = []
        for sel in selectors:
            qkeys.append(_key(sel.get("question_key"), "select_list.question_key"))
            _options(_list(sel, "option_list", 1, 10, required=True), "select_list")
        _unique(qkeys, "select_list question keys")
        _key(_obj(card, "submit_button", required=True).get("key"), "submit_button")
    return card
