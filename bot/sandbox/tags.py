"""The corp tag library of get_corp_tag_list (doc 92117): groups with their tags, corp tags only.

The library is ``corp.tag_groups``; a tag that followers carry but the library lacks (test corps
that only put tags on customers) is listed under its group too, so every tag id a member's
customers show can be resolved. Filters: ``group_id`` wins over ``tag_id`` when both are given;
with neither, everything (doc: "若tag_id和group_id均为空，则返回所有标签").
"""

from __future__ import annotations

import hashlib

from bot.sandbox.world import JSON, SandboxWorld


def group_id_for(name: str) -> str:
    return "etSbxGrp" + hashlib.sha1(name.encode()).hexdigest()[:12]  # noqa: S324 (ids only)


def _library(world: SandboxWorld) -> list[JSON]:
    groups: dict[str, JSON] = {}
    for g in world.corp.tag_groups:
        groups[str(g["group_name"])] = {**g, "tag": [dict(t) for t in g.get("tag", [])]}
    known = {str(t["id"]) for g in groups.values() for t in g["tag"]}
    for c in world.corp.customers.values():
        for f in c.follow:
            for t in f.tags:
                tid = str(t.get("tag_id", ""))
                if not tid or tid in known or t.get("type", 1) != 1:
                    continue
                known.add(tid)
                name = str(t.get("group_name", ""))
                group = groups.setdefault(name, {"group_id": group_id_for(name), "group_name": name,
                                                 "order": len(groups) + 1, "tag": []})
                group["tag"].append({"id": tid, "name": str(t.get("tag_name", "")), "order": len(group["tag"]) + 1})
    return list(groups.values())


def tag_library(world: SandboxWorld, *, tag_ids: list[str], group_ids: list[str]) -> list[JSON]:
    out = []
    for g in _library(world):
        tags = [{"id": t["id"], "name": t["name"], "create_time": int(t.get("create_time", 0)),
                 "order": int(t.get("order", 0)), "deleted": False} for t in g["tag"]]
        if group_ids:
            if g["group_id"] not in group_ids:
                continue
        elif tag_ids:
            tags = [t for t in tags if t["id"] in tag_ids]
            if not tags:
                continue
        out.append({"group_id": g["group_id"], "group_name": g["group_name"],
                    "create_time": int(g.get("create_time", 0)), "order": int(g.get("order", 0)),
                    "deleted": False, "tag": tags})
    return out
