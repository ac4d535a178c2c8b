"""The built-in demo corp (deterministic for a given seed), the cast of shared/STORIES.md.

- 王芳 wangfang, 唐悦 tangyue: HR admins (``DEMO_ADMINS``).
- 张伟 zhangwei (销售一部): 250 customers (5 of them tagged VIP), 12 groups, leader 刘强. His departure (2026-11-20) is
  *pending*: the runner applies it with ``world.delete_member("zhangwei", at=ZHANGWEI_DIMISSION_TIME)``
  (or ``world.apply_pending_departures()``) so a bot can first sync him while active;
  ``SandboxWorld.demo(departed=True)`` applies it immediately.
- 张伟 zhangwei2 (技术部, 0 customers) and 章伟 zhangwei3 (客服部) make the name ambiguous.
- 李娜 lina "Lina Li", 李雷 lilei "Lei Li", 刘强 liuqiang "Leo Liu" (销售一部 manager),
  孙红 sunhong (销售总监, second-level approver), 陈静 chenjing (80 customers, 3 groups, leaving
  next week), 周杰 zhoujie (销售二部), 赵敏 zhaomin (497 customers, cap 500 → a big handover to her
  ends in 40099 / status 4), 郑浩 zhenghao (not real-name verified), 郭涛 guotao (not enabled for
  customer contact), 田甜 tiantian (disabled, still owns 6 customers and a group), 秦朗 qinlang (not activated).
"""

from __future__ import annotations

import hashlib
import random
from datetime import datetime, timedelta, timezone

from bot.clock import ManualClock
from bot.sandbox.org import (
    STATUS_DISABLED,
    STATUS_NOT_ACTIVATED,
    Corp,
    Customer,
    Department,
    FollowUser,
    GroupChat,
    GroupMember,
    Member,
)
from bot.sandbox.world import SandboxCredentials, SandboxWorld

BEIJING = timezone(timedelta(hours=8))
ZHANGWEI_DIMISSION_TIME = int(datetime(2026, 11, 20, 18, 0, tzinfo=BEIJING).timestamp())
DEMO_ADMINS = ("wangfang", "tangyue")
DEMO_CORP_ID = "wwsandboxdemo0001"
_EPOCH = int(datetime(2023, 1, 1, tzinfo=BEIJING).timestamp())

# (userid, name, english/alias, dept, position, leader, customers, overrides)
_PEOPLE: list[tuple[str, str, str, int, str, str, int, dict[str, object]]] = [
    ("gaofeng", "高峰", "Frank Gao", 2, "总经理", "", 15, {}),
    ("sunhong", "孙红", "Helen Sun", 2, "销售总监", "gaofeng", 20, {}),
    ("liuqiang", "刘强", "Leo Liu", 3, "销售一部经理", "sunhong", 45, {}),
    ("zhangwei", "张伟", "", 3, "销售代表", "liuqiang", 250, {}),
    ("lina", "李娜", "Lina Li", 3, "高级销售代表", "liuqiang", 120, {}),
    ("chenjing", "陈静", "", 3, "销售代表", "liuqiang", 80, {}),
    ("wanglei", "王磊", "", 3, "销售代表", "liuqiang", 40, {}),
    ("yangyang", "杨洋", "Sunny Yang", 3, "销售代表", "liuqiang", 30, {}),
    ("huangli", "黄丽", "", 3, "销售助理", "liuqiang", 12, {}),
    ("xuming", "徐明", "", 3, "销售代表", "liuqiang", 25, {}),
    ("machao", "马超", "", 3, "销售代表", "liuqiang", 18, {}),
    ("wulei", "吴磊", "Ray Wu", 4, "销售二部经理", "sunhong", 35, {}),
    ("zhoujie", "周杰", "Jay Zhou", 4, "销售代表", "wulei", 60, {}),
    ("zhaomin", "赵敏", "", 4, "销售代表", "wulei", 497, {"customer_cap": 500}),
    ("zhenghao", "郑浩", "", 4, "销售代表", "wulei", 0, {"real_name_verified": False}),
    ("hejing", "何静", "", 4, "销售代表", "wulei", 22, {}),
    ("luobin", "罗斌", "", 4, "销售代表", "wulei", 16, {}),
    ("liangshuang", "梁爽", "", 4, "销售代表", "wulei", 14, {}),
    ("songjia", "宋佳", "", 4, "销售助理", "wulei", 0, {}),
    ("qinlang", "秦朗", "", 4, "销售代表", "wulei", 0, {"status": STATUS_NOT_ACTIVATED}),
    ("linfeng", "林峰", "", 5, "客服部经理", "gaofeng", 10, {}),
    ("lilei", "李雷", "Lei Li", 5, "客服专员", "linfeng", 15, {}),
    ("zhangwei3", "章伟", "", 5, "客服专员", "linfeng", 12, {}),
    ("huyue", "胡月", "", 5, "客服专员", "linfeng", 9, {}),
    ("zhulin", "朱琳", "", 5, "客服专员", "linfeng", 8, {}),
    ("guotao", "郭涛", "", 5, "客服专员", "linfeng", 0, {"customer_contact_enabled": False}),
    ("heping", "何平", "", 5, "客服专员", "linfeng", 6, {}),
    ("tiantian", "田甜", "", 5, "客服专员", "linfeng", 0, {"status": STATUS_DISABLED}),
    ("xuqiang", "许强", "Kevin Xu", 6, "技术部经理", "gaofeng", 0, {"customer_contact_enabled": False}),
    ("zhangwei2", "张伟", "", 6, "后端工程师", "xuqiang", 0, {"customer_contact_enabled": False}),
    ("dengchao", "邓超", "", 6, "前端工程师", "xuqiang", 0, {"customer_contact_enabled": False}),
    ("fengxue", "冯雪", "", 6, "测试工程师", "xuqiang", 0, {"customer_contact_enabled": False}),
    ("caoyang", "曹阳", "", 6, "运维工程师", "xuqiang", 0, {"customer_contact_enabled": False}),
    ("pengfei", "彭飞", "", 6, "后端工程师", "xuqiang", 0, {"customer_contact_enabled": False}),
    ("zengli", "曾丽", "", 6, "产品经理", "xuqiang", 0, {"customer_contact_enabled": False}),
    ("wangfang", "王芳", "Fiona Wang", 7, "HRBP", "hanmei", 0, {}),
    ("tangyue", "唐悦", "Tina Tang", 7, "HR专员", "hanmei", 0, {}),
    ("hanmei", "韩梅", "May Han", 7, "人力资源部经理", "gaofeng", 0, {}),
]

_DEPARTMENTS = [
    (1, "星河贸易", "Xinghe Trading", 0), (2, "管理层", "Management", 1), (3, "销售一部", "Sales 1", 1),
    (4, "销售二部", "Sales 2", 1), (5, "客服部", "Support", 1), (6, "技术部", "Engineering", 1),
    (7, "人力资源部", "HR", 1),
]
_LEADERS = {2: "gaofeng", 3: "liuqiang", 4: "wulei", 5: "linfeng", 6: "xuqiang", 7: "hanmei"}
_GROUPS = {"zhangwei": 12, "chenjing": 3, "lina": 4, "zhoujie": 3, "liuqiang": 2, "wulei": 2, "zhaomin": 2}

_SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏"
_GIVEN = ("伟 芳 娜 敏 静 丽 强 磊 军 洋 勇 艳 杰 娟 涛 明 超 秀英 霞 平 刚 桂英 建华 文 华 红 玉兰 辉 鑫 宇 "
          "浩然 思远 子涵 欣怡").split()
_COMPANIES = ["华润建材", "东方物流", "蓝海科技", "金桥贸易", "恒通电子", "鼎盛餐饮", "瑞丰医药",
              "北辰家居", "远航汽配", "嘉禾教育", "天成印务", "锦程旅游", "万象传媒", "沃土农业", "", "", ""]
_TAGS = [
    {"group_name": "客户等级", "tag_name": "A类", "type": 1, "tag_id": "etSbxLevelA"},
    {"group_name": "客户等级", "tag_name": "B类", "type": 1, "tag_id": "etSbxLevelB"},
    {"group_name": "来源", "tag_name": "展会", "type": 1, "tag_id": "etSbxSrcFair"},
]
# The important-customer rule's showcase (HANDOVER_IMPORTANT_TAGS=VIP in the sandbox): a few of 张伟's
# customers are VIPs, so his handover names them and needs the second approver for that reason too.
_VIP = {"group_name": "VIP", "tag_name": "VIP", "type": 1, "tag_id": "etSbxVip"}
ZHANGWEI_VIPS = 5
_TAG_GROUPS = [
    {"group_id": "etSbxGrpLevel", "group_name": "客户等级", "order": 1,
     "tag": [{"id": "etSbxLevelA", "name": "A类", "order": 1}, {"id": "etSbxLevelB", "name": "B类", "order": 2}]},
    {"group_id": "etSbxGrpSource", "group_name": "来源", "order": 2,
     "tag": [{"id": "etSbxSrcFair", "name": "展会", "order": 1}]},
    {"group_id": "etSbxGrpVip", "group_name": "VIP", "order": 3,
     "tag": [{"id": "etSbxVip", "name": "VIP", "order": 1}]},
]


def _hid(prefix: str, *parts: object) -> str:
    return prefix + hashlib.sha1(":".join(map(str, parts)).encode()).hexdigest()[:28]  # noqa: S324 (ids only)


def build_demo_corp(seed: int = 1) -> Corp:
    rnd = random.Random(f"sandbox-demo-{seed}")
    corp = Corp(corp_id=DEMO_CORP_ID, name="星河贸易", tag_groups=[dict(g) for g in _TAG_GROUPS])
    for dept_id, name, name_en, parent in _DEPARTMENTS:
        leader = _LEADERS.get(dept_id)
        corp.add_department(Department(dept_id, name, parent, name_en, dept_id, [leader] if leader else []))
    for userid, name, english, dept, position, leader, _, overrides in _PEOPLE:
        member = Member(userid=userid, name=name, department=[dept], position=position, english_name=english,
                        alias=english, direct_leader=[leader] if leader else [],
                        is_leader_in_dept=[1 if _LEADERS.get(dept) == userid else 0],
                        last_login=_EPOCH + 3 * 365 * 86400)
        for key, value in overrides.items():
            setattr(member, key, value)
        corp.add_member(member)
    n = 0
    own: dict[str, list[Customer]] = {}
    for userid, _, _, _, _, _, count, _ in _PEOPLE:
        for _ in range(count):
            n += 1
            company = rnd.choice(_COMPANIES)
            name = rnd.choice(_SURNAMES) + rnd.choice(_GIVEN)
            customer = Customer(
                external_userid=_hid("wmSbx", seed, n), name=name, corp_name=company,
                type=2 if company and rnd.random() < 0.3 else 1, gender=rnd.choice((1, 2)),
                position=rnd.choice(("采购经理", "总经理", "行政主管", "", "")),
            )
            customer.follow.append(_follow(rnd, userid, name, company))
            corp.add_customer(customer)
            own.setdefault(userid, []).append(customer)
    for customer in own["zhangwei"][20:20 + ZHANGWEI_VIPS]:
        follow = customer.followed_by("zhangwei")
        assert follow is not None
        follow.tags.append(dict(_VIP))
    # Shared customers: the takeover is sometimes already a friend (no add_external_contact).
    for customer in own["zhangwei"][:10]:
        customer.follow.append(_follow(rnd, "lina", customer.name, customer.corp_name))
    for customer in own["zhangwei"][10:15] + own["chenjing"][:5]:
        customer.follow.append(_follow(rnd, "liuqiang", customer.name, customer.corp_name))
    g = 0
    for owner, count in _GROUPS.items():
        pool = own[owner]
        for i in range(count):
            g += 1
            members = rnd.sample(pool, k=min(len(pool), rnd.randint(3, 8)))
            created = _EPOCH + rnd.randint(0, 700) * 86400
            chat = GroupChat(chat_id=_hid("wrSbx", seed, g), owner=owner, create_time=created,
                             name=f"{corp.members[owner].name}的客户群{i + 1}")
            chat.members.append(GroupMember(owner, 1, created, 1, owner, corp.members[owner].name))
            for c in members:
                chat.members.append(GroupMember(c.external_userid, 2, created + 3600, 1, owner, c.name))
            corp.add_group(chat)
    _disabled_owner(corp, seed)
    return corp


TIANTIAN_CUSTOMERS = 6


def _disabled_owner(corp: Corp, seed: int) -> None:
    """田甜 tiantian's account was disabled (status 2) while she still had customers and one group:
    what the monthly permission audit must name. A random stream of her own, so the rest of the
    demo (ids, names, groups) is unchanged."""
    rnd = random.Random(f"sandbox-demo-{seed}-tiantian")
    mine: list[Customer] = []
    for i in range(TIANTIAN_CUSTOMERS):
        company = rnd.choice(_COMPANIES)
        name = rnd.choice(_SURNAMES) + rnd.choice(_GIVEN)
        customer = Customer(external_userid=_hid("wmSbx", seed, "tiantian", i), name=name, corp_name=company,
                            type=1, gender=rnd.choice((1, 2)), position="")
        customer.follow.append(_follow(rnd, "tiantian", name, company))
        corp.add_customer(customer)
        mine.append(customer)
    created = _EPOCH + 400 * 86400
    chat = GroupChat(chat_id=_hid("wrSbx", seed, "tiantian"), owner="tiantian", create_time=created,
                     name="田甜的客户群1")
    chat.members.append(GroupMember("tiantian", 1, created, 1, "tiantian", "田甜"))
    for c in mine[:4]:
        chat.members.append(GroupMember(c.external_userid, 2, created + 3600, 1, "tiantian", c.name))
    corp.add_group(chat)


def _follow(rnd: random.Random, userid: str, name: str, company: str) -> FollowUser:
    tags = [dict(t) for t in rnd.sample(_TAGS, k=rnd.randint(0, 2))]
    return FollowUser(userid=userid, remark=f"{name}-{company}" if company else name,
                      createtime=_EPOCH + rnd.randint(0, 1000) * 86400, tags=tags,
                      add_way=rnd.choice((1, 2, 3)), oper_userid=userid, remark_corp_name=company)


def build_demo_world(clock: ManualClock, *, seed: int = 1, departed: bool = False,
                     refusal_rate: float = 0.03) -> SandboxWorld:
    world = SandboxWorld(build_demo_corp(seed), clock, seed=seed, refusal_rate=refusal_rate,
                         credentials=SandboxCredentials(corp_id=DEMO_CORP_ID))
    world.pending_departures["zhangwei"] = ZHANGWEI_DIMISSION_TIME
    if departed:
        world.delete_member("zhangwei", at=ZHANGWEI_DIMISSION_TIME)
    return world
