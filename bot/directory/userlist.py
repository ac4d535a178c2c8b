"""Members from a JSON list as WeCom `user/list` returns them (`wecom-handover parse --directory`,
the language benches). Departments are kept as ids; names of departments are not in user/list."""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

from bot.directory.models import DirectoryMember, status_from_code


def members_from_user_list(users: Iterable[Mapping[str, Any]]) -> list[DirectoryMember]:
    members = []
    for user in users:
        departments = [int(d) for d in user.get("department") or []]
        status = status_from_code(int(user["status"]) if user.get("status") is not None else None)
        members.append(
            DirectoryMember(
                userid=str(user["userid"]),
                name=str(user.get("name") or ""),
                alias=user.get("alias") or None,
                english_name=user.get("english_name") or None,
                departments=departments,
                main_department=user.get("main_department") or (departments[0] if departments else None),
                position=str(user.get("position") or ""),
                direct_leaders=list(user.get("direct_leader") or []),
                status=status,
            )
        )
    return members


def load_user_list(path: Path) -> list[DirectoryMember]:
    """A file holding either the list itself or a whole `user/list` answer ({"userlist": [...]})."""
    raw = json.loads(path.read_text(encoding="utf-8"))
    users = raw.get("userlist", []) if isinstance(raw, dict) else raw
    return members_from_user_list(users)
