"""Checklist templates: the shipped default, admins' TOML/YAML files, and one-line errors."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.checklists.templates import MAX_ITEMS, TemplateError, load_template, parse_template
from bot.settings import SettingsError

GOOD_TOML = """
name = "sales"
it_owners = ["caoyang"]
escalate_days_before = 1

[[items]]
key = "customers"
owner = "member"
due = -2
title = { zh = "交接客户", en = "Hand over customers" }
detail = { zh = "交给{successor}", en = "to {successor}" }

[[items]]
key = "laptop"
owner = "it"
due = 0
title = { zh = "归还电脑", en = "Return the laptop" }
"""


def test_the_default_covers_the_wecom_work_and_the_usual_steps() -> None:
    t = load_template(None)
    keys = [i.key for i in t.items]
    assert keys == ["customers", "groups", "notes", "files", "knowledge", "approvals", "equipment", "access"]
    assert [i.owner for i in t.items].count("member") == 5
    assert [i.owner for i in t.items].count("manager") == 2
    assert [i.owner for i in t.items].count("it") == 1
    assert all(i.title.zh and i.title.en for i in t.items)
    assert t.it_owners == () and t.escalate_days_before == 2
    assert all(i.due <= 0 for i in t.items)


def test_an_admin_file_in_toml_and_yaml(tmp_path: Path) -> None:
    toml = tmp_path / "c.toml"
    toml.write_text(GOOD_TOML, encoding="utf-8")
    t = load_template(toml)
    assert t.name == "sales" and t.it_owners == ("caoyang",) and [i.key for i in t.items] == ["customers", "laptop"]
    yaml_file = tmp_path / "c.yaml"
    yaml_file.write_text(
        "name: sales\nitems:\n  - key: customers\n    owner: manager\n    due: -1\n"
        "    title: {zh: 交接客户, en: Hand over customers}\n",
        encoding="utf-8",
    )
    y = load_template(yaml_file)
    assert y.items[0].owner == "manager" and y.items[0].detail.zh == ""


@pytest.mark.parametrize(
    ("text", "message"),
    [
        (GOOD_TOML.replace('owner = "it"', 'owner = "boss"'),
         "item 2 (laptop): owner 'boss' is not one of member, manager, hr, it"),
        (GOOD_TOML.replace('key = "laptop"', 'key = "customers"'), "item 2 (customers): the key is used twice"),
        (GOOD_TOML.replace("due = 0", 'due = "monday"'), "item 2 (laptop): due must be a whole number"),
        (GOOD_TOML.replace(', en = "Return the laptop"', ""), "item 2 (laptop): title.en is missing"),
        (GOOD_TOML.replace("{successor}", "{boss}"), "item 1 (customers): detail.zh has an unknown placeholder"),
        (GOOD_TOML.replace('it_owners = ["caoyang"]', 'it_owners = "caoyang"'), "it_owners: must be a list"),
        (GOOD_TOML.replace("escalate_days_before = 1", "escalate = 1"), "top level: unknown field 'escalate'"),
        ('name = "x"\n', "items: the template needs at least one [[items]] entry"),
        ("name = \n", "not valid TOML"),
        ("".join(f'[[items]]\nkey = "k{n}"\nowner = "member"\ndue = 0\ntitle = {{ zh = "a", en = "b" }}\n'
                 for n in range(MAX_ITEMS + 1)), f"{MAX_ITEMS + 1} items; the checklist card holds at most 20"),
    ],
)
def test_bad_files_stop_startup_with_one_line(tmp_path: Path, text: str, message: str) -> None:
    path = tmp_path / "bad.toml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(TemplateError) as caught:
        load_template(path)
    line = str(caught.value)
    assert "\n" not in line and line.startswith(f"checklist template {path}: ") and message in line
    assert isinstance(caught.value, SettingsError)


def test_missing_file_and_wrong_suffix(tmp_path: Path) -> None:
    with pytest.raises(TemplateError, match="cannot read it"):
        load_template(tmp_path / "nope.toml")
    with pytest.raises(TemplateError, match=r"use a \.toml, \.yaml or \.yml file"):
        load_template(tmp_path / "x.json")


def test_parse_template_yaml_error_is_one_line() -> None:
    with pytest.raises(TemplateError) as caught:
        parse_template("items: [unclosed", source="t.yaml", fmt="yaml")
    assert "\n" not in str(caught.value) and "not valid YAML" in str(caught.value)


def test_the_feature_refuses_to_start_with_a_bad_template(tmp_path: Path) -> None:
    from bot.checklists.feature import ChecklistFeature
    from bot.clock import ManualClock
    from bot.sandbox import SandboxWorld
    from tests.support.stack import DEMO_START, stack_settings

    path = tmp_path / "bad.toml"
    path.write_text(GOOD_TOML.replace('owner = "it"', 'owner = "boss"'), encoding="utf-8")
    world = SandboxWorld.demo(ManualClock(DEMO_START))
    settings = stack_settings(world, "http://127.0.0.1:9", HANDOVER_CHECKLIST_TEMPLATE=str(path))
    with pytest.raises(TemplateError, match="owner 'boss'"):
        ChecklistFeature().services({"settings": settings})
