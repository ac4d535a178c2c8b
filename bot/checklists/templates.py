"""Checklist templates: the shipped default (default_template.toml) or the admins' own file
(``HANDOVER_CHECKLIST_TEMPLATE``, TOML or YAML with the same fields; see the default for them).

A bad file stops startup with one line naming the file, the item and the problem.
"""

from __future__ import annotations

import re
import tomllib
from importlib import resources
from pathlib import Path
from typing import Any, get_args

import yaml
from pydantic import BaseModel, ConfigDict

from bot.settings import SettingsError
from storage.checklists import OwnerRole

MAX_ITEMS = 20  # the checklist card's checkbox holds at most 20 options (API.md §4.4)
MAX_DUE_SPAN = 60
_KEY = re.compile(r"^[A-Za-z0-9_\-]{1,32}$")
_USERID = re.compile(r"^[A-Za-z0-9_.@\-]{1,64}$")
_ROLES: tuple[str, ...] = get_args(OwnerRole)
_TOP_FIELDS = frozenset({"name", "escalate_days_before", "it_owners", "items"})
_ITEM_FIELDS = frozenset({"key", "owner", "due", "title", "detail"})


class TemplateError(SettingsError):
    """The checklist template is unusable; the message is one line naming file, item, problem."""


class Bilingual(BaseModel):
    model_config = ConfigDict(frozen=True)

    zh: str
    en: str


class TemplateItem(BaseModel):
    model_config = ConfigDict(frozen=True)

    key: str
    owner: OwnerRole
    due: int  # working days relative to the last day
    title: Bilingual
    detail: Bilingual = Bilingual(zh="", en="")


class Template(BaseModel):
    model_config = ConfigDict(frozen=True)

    name: str
    escalate_days_before: int = 2
    it_owners: tuple[str, ...] = ()
    items: tuple[TemplateItem, ...]
    source: str = "default"


def load_template(path: Path | None) -> Template:
    """The admins' template at ``path``, or the shipped default when ``path`` is None."""
    if path is None:
        text = resources.files("bot.checklists").joinpath("default_template.toml").read_text(encoding="utf-8")
        return parse_template(text, source="default_template.toml", fmt="toml")
    suffix = path.suffix.lower()
    if suffix not in (".toml", ".yaml", ".yml"):
        raise TemplateError(f"checklist template {path}: use a .toml, .yaml or .yml file")
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise TemplateError(f"checklist template {path}: cannot read it ({exc.strerror or exc})") from None
    return parse_template(text, source=str(path), fmt="toml" if suffix == ".toml" else "yaml")


def parse_template(text: str, *, source: str, fmt: str) -> Template:
    try:
        data: Any = tomllib.loads(text) if fmt == "toml" else yaml.safe_load(text)
    except (tomllib.TOMLDecodeError, yaml.YAMLError) as exc:
        first = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        raise TemplateError(f"checklist template {source}: not valid {fmt.upper()} ({first})") from None
    return _validate(data, source)


def _fail(source: str, where: str, problem: str) -> TemplateError:
    return TemplateError(f"checklist template {source}: {where}: {problem}")


def _validate(data: Any, source: str) -> Template:
    if not isinstance(data, dict):
        raise _fail(source, "top level", "expected a table of settings with [[items]]")
    unknown = sorted(set(data) - _TOP_FIELDS)
    if unknown:
        raise _fail(source, "top level", f"unknown field {unknown[0]!r} (known: {', '.join(sorted(_TOP_FIELDS))})")
    name = data.get("name", Path(source).stem)
    if not isinstance(name, str) or not name.strip():
        raise _fail(source, "name", "must be a non-empty string")
    escalate = data.get("escalate_days_before", 2)
    if not isinstance(escalate, int) or isinstance(escalate, bool) or not 0 <= escalate <= MAX_DUE_SPAN:
        raise _fail(source, "escalate_days_before", f"must be a whole number of working days 0..{MAX_DUE_SPAN}")
    it_owners = data.get("it_owners", [])
    if not isinstance(it_owners, list) or not all(isinstance(u, str) and _USERID.match(u) for u in it_owners):
        raise _fail(source, "it_owners", 'must be a list of userids, e.g. it_owners = ["caoyang"]')
    raw_items = data.get("items")
    if not isinstance(raw_items, list) or not raw_items:
        raise _fail(source, "items", "the template needs at least one [[items]] entry")
    if len(raw_items) > MAX_ITEMS:
        raise _fail(source, "items", f"{len(raw_items)} items; the checklist card holds at most {MAX_ITEMS}")
    items: list[TemplateItem] = []
    seen: set[str] = set()
    for index, raw in enumerate(raw_items, start=1):
        item = _item(raw, index, source)
        if item.key in seen:
            raise _fail(source, f"item {index} ({item.key})", "the key is used twice")
        seen.add(item.key)
        items.append(item)
    return Template(
        name=name.strip(), escalate_days_before=escalate, it_owners=tuple(it_owners), items=tuple(items),
        source=source,
    )


def _item(raw: Any, index: int, source: str) -> TemplateItem:
    where = f"item {index}"
    if not isinstance(raw, dict):
        raise _fail(source, where, "expected a table with key, owner, due, title")
    key = raw.get("key")
    if isinstance(key, str) and _KEY.match(key):
        where = f"item {index} ({key})"
    else:
        raise _fail(source, where, "key must be 1-32 letters, digits, _ or -")
    unknown = sorted(set(raw) - _ITEM_FIELDS)
    if unknown:
        raise _fail(source, where, f"unknown field {unknown[0]!r} (known: {', '.join(sorted(_ITEM_FIELDS))})")
    owner = raw.get("owner")
    if owner not in _ROLES:
        raise _fail(source, where, f"owner {owner!r} is not one of {', '.join(_ROLES)}")
    due = raw.get("due")
    if not isinstance(due, int) or isinstance(due, bool) or not -MAX_DUE_SPAN <= due <= MAX_DUE_SPAN:
        raise _fail(source, where, f"due must be a whole number of working days from the last day (-3, 0, …), "
                                   f"within ±{MAX_DUE_SPAN}")
    title = _bilingual(raw.get("title"), source, where, "title", required=True)
    detail = _bilingual(raw.get("detail"), source, where, "detail", required=False)
    for lang, text in (("zh", detail.zh), ("en", detail.en)):
        try:
            text.format(member="", successor="")
        except (KeyError, IndexError, ValueError) as exc:
            raise _fail(source, where, f"detail.{lang} has an unknown placeholder ({exc}); "
                                       "use {member} or {successor}") from None
    return TemplateItem(key=key, owner=owner, due=due, title=title, detail=detail)


def _bilingual(raw: Any, source: str, where: str, field: str, *, required: bool) -> Bilingual:
    if raw is None and not required:
        return Bilingual(zh="", en="")
    if not isinstance(raw, dict):
        raise _fail(source, where, f"{field} must have zh and en texts, e.g. {field} = {{ zh = \"…\", en = \"…\" }}")
    texts: dict[str, str] = {}
    for lang in ("zh", "en"):
        value = raw.get(lang)
        if not isinstance(value, str) or (required and not value.strip()):
            raise _fail(source, where, f"{field}.{lang} is missing")
        texts[lang] = value.strip()
    return Bilingual(**texts)
