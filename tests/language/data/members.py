"""What make_directory.py and extend_directory.py share: departments, positions, and how a member
record of WeCom `user/list` shape is written."""

import random
import re

DEPTS = {
    2: ["销售经理", "客户经理", "大客户销售"],
    3: ["后端工程师", "产品经理", "测试工程师"],
    4: ["HRBP", "招聘专员"],
    5: ["客服主管", "客户成功经理"],
    6: ["会计", "财务经理"],
    7: ["市场专员", "品牌经理"],
}
EN_POS = {
    2: "Account Manager",
    3: "Software Engineer",
    4: "HR Business Partner",
    5: "Customer Success Manager",
    6: "Accountant",
    7: "Marketing Specialist",
}
COMPOUND = {"欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "尉迟", "令狐", "慕容", "夏侯", "歐陽"}


def is_latin(n: str) -> bool:
    return not re.search(r"[\u3400-\u9fff]", n)


def is_userid(n: str) -> bool:
    return is_latin(n) and (n == n.lower()) and " " not in n


def free_userid(base: str, used: set[str]) -> str:
    """`base` cleaned to [a-z0-9.], with 01, 02 … appended until no member has it."""
    base = re.sub(r"[^a-z0-9.]", "", base)
    u, i = base, 1
    while u in used:
        u = f"{base}{i:02d}"
        i += 1
    return u


def record(u: str, name: str, dept: int, status: int, en: str | None, rng: random.Random) -> dict[str, object]:
    m: dict[str, object] = {
        "userid": u,
        "name": name,
        "department": [dept],
        "main_department": dept,
        "position": EN_POS[dept] if is_latin(name) else rng.choice(DEPTS[dept]),
        "gender": rng.choice(["1", "2"]),
        "email": f"{u}@example.com",
        "alias": en if en and en != name else "",
        "status": status,
    }
    if en:
        m["english_name"] = en
    return m
