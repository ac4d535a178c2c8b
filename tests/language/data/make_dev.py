"""Build dev.jsonl: hand-written free paraphrases (dev_free.txt) + templates x names.

Deterministic (fixed seed). Sentences that also occur in heldout.jsonl are dropped; the script
fails if any remain. Run: python3 tests/language/data/make_dev.py
"""

import json
import random
import re
from pathlib import Path

HERE = Path(__file__).parent
R = random.Random(20261126)

ZH = [
    "孟凡",
    "邹静怡",
    "范冰",
    "苏哲",
    "尹超",
    "潘婷",
    "汪洋",
    "田甜",
    "熊猛",
    "纪伟",
    "舒畅",
    "毛毅",
    "欧阳菲菲",
    "司马云",
    "上官晴",
    "诸葛瑾",
    "东方明",
    "皇甫婧",
    "尉迟峰",
    "令狐静",
    "慕容晓",
    "夏侯琳",
    "张伟",
    "章伟",
    "陈静",
    "何静",
    "李娜",
    "王芳",
    "叶青",
    "左岸",
    "齐心",
    "宋雨",
    "柏杨",
    "阎宁",
    "向阳",
    "金鑫",
    "关羽",
    "卓越",
]
EN = [
    "Jessica Wu",
    "Michael Zhou",
    "Ouyang Feifei",
    "Sima Yun",
    "Shangguan Qing",
    "Zhuge Jin",
    "Chen Jing",
    "He Jing",
    "Li Na",
    "Zhang Wei",
    "Wang Fang",
    "Tom Hardy",
    "Laura Chen",
    "Kevin Ng",
    "Sophia Lam",
    "Daniel Kwok",
    "Yuki Tanaka",
    "Arjun Mehta",
    "Nora Fan",
    "Peter Ye",
]
IDS = ["zhangwei01", "lina", "chenjing", "hejing02", "wangfang", "ouyangfeifei", "simayun", "jessica.wu"]

ZH_N = [
    ("客户", "c"),
    ("外部联系人", "c"),
    ("微信客户", "c"),
    ("客户资源", "c"),
    ("客户群", "g"),
    ("群", "g"),
    ("群聊", "g"),
    ("客户和客户群", "cg"),
    ("客户及客户群", "cg"),
    ("客户跟群", "cg"),
    ("所有客户和群", "cg"),
]
EN_N = [
    ("customers", "c"),
    ("clients", "c"),
    ("contacts", "c"),
    ("external contacts", "c"),
    ("accounts", "c"),
    ("group chats", "g"),
    ("customer groups", "g"),
    ("customers and group chats", "cg"),
    ("clients and groups", "cg"),
]
SC = {"c": ["customers"], "g": ["groups"], "cg": ["customers", "groups"]}

ZH_H = [
    "{A}的{N}交接给{B}",
    "把{A}的{N}转给{B}",
    "{A}离职了，{N}转交给{B}",
    "{B}接手{A}的{N}",
    "{A}的{N}由{B}接管",
    "将{A}名下的{N}移交{B}",
    "{A}的{N}划给{B}",
    "{A}的{N}分给{B}吧",
    "{A}的{N}拨给{B}",
    "{A}的{N}挪给{B}",
    "{A}的{N}过给{B}",
    "麻烦把{A}的{N}交接给{B}，谢谢",
    "{A}要走了，{N}给{B}",
    "{A}那边的{N}让{B}接一下",
    "请把{A}的{N}都交给{B}负责",
    "{A}的{N}，转{B}",
    "{A}里职，{N}交结给{B}",
    "{A}的{N}转移给{B}名下",
    "{A} 的 {N} 交接 {B}",
    "帮我把{A}的{N}交接给{B}好吗？",
    "{A}的{N}轉給{B}",
    "{A}離職，{N}移交給{B}",
]
ZH_H_ALL = ["{A}全部转给{B}", "{A}的全部交接给{B}", "把{A}的所有东西都移交给{B}"]
ZH_SLASH = [
    "/handover {A} → {B}",
    "/handover {A} -> {B}",
    "/handover {A} => {B}",
    "{A} ➡️ {B}",
    "交接：{A} → {B}",
    "{A}→{B}",
]
EN_H = [
    "transfer {A}'s {N} to {B}",
    "Hand over {A}'s {N} to {B}",
    "{B} should take over {A}'s {N}",
    "{B} will take over {A}'s {N}",
    "move {A}'s {N} to {B}",
    "Give {A}'s {N} to {B}.",
    "please reassign {A}'s {N} to {B}",
    "{A}'s {N} should go to {B}",
    "{A}'s {N} are to be handed to {B}",
    "can you move {A}'s {N} over to {B}?",
    "pass {A}'s {N} to {B}",
    "I need {A}'s {N} handed over to {B}",
    "{A} is leaving — please transfer their {N} to {B}",
    "please transfer {N} of {A} to {B}",
    "{A}'s {N} → {B}",
    "{A} {N} give to {B} please",
    "{B} is going to take {A}'s {N}",
    "Could {B} take over {A}'s {N}?",
]
EN_H_ALL = ["move everything from {A} to {B}", "give all of {A}'s stuff to {B}", "{A}: everything goes to {B}"]
MIX_H = ["{A}的 {N} 转给 {B}", "把{A}的{N} handover 给{B}", "{A} 的 {N} 交接给 {B}"]


def poss(x):
    return x + "'s"


def jobs(n, en=False):
    zh = [f"H-{n}", f"H{n}", f"#{n}", f"{n}号任务", f"任务{n}", f"H-{n}号交接单"]
    e = [f"H-{n}", f"job {n}", f"#{n}", f"job #{n}", f"H{n}"]
    return R.choice(e if en else zh)


def fw(s):  # full-width digits and letters
    return "".join(chr(ord(c) + 0xFEE0) if c.isascii() and c.isalnum() else ("－" if c == "-" else c) for c in s)


out = []


def add(text, intent, slots, note, lang=None):
    if lang is None:
        lang = "zh" if re.search(r"[\u3400-\u9fff]", text) else "en"
    out.append({"text": text, "intent": intent, "slots": slots, "note": note, "lang": lang})


def two(pool):
    a, b = R.sample(pool, 2)
    return a, b


# ---- handover
for t in ZH_H:
    for _ in range(9):
        a, b = two(ZH)
        n, s = R.choice(ZH_N)
        note = "voice-error" if "交结" in t else "traditional" if ("轉" in t or "離" in t) else "gen-zh"
        add(t.format(A=a, B=b, N=n), "handover", {"handover": a, "takeover": b, "scope": SC[s]}, note)
for t in ZH_H_ALL:
    for _ in range(6):
        a, b = two(ZH)
        add(t.format(A=a, B=b), "handover", {"handover": a, "takeover": b, "scope": SC["cg"]}, "gen-zh-all")
for t in ZH_SLASH:
    for _ in range(6):
        a, b = two(ZH + IDS)
        add(t.format(A=a, B=b), "handover", {"handover": a, "takeover": b, "scope": SC["c"]}, "gen-slash")
for t in EN_H:
    for _ in range(8):
        a, b = two(EN + IDS)
        n, s = R.choice(EN_N)
        if "their" in t or "give to" in t:
            n, s = R.choice([x for x in EN_N if x[1] == "c"])
        note = "gen-en-nonnative" if ("give to" in t or "of {A}" in t) else "gen-en"
        add(t.format(A=a, B=b, N=n), "handover", {"handover": a, "takeover": b, "scope": SC[s]}, note)
for t in EN_H_ALL:
    for _ in range(6):
        a, b = two(EN)
        add(t.format(A=a, B=b), "handover", {"handover": a, "takeover": b, "scope": SC["cg"]}, "gen-en-all")
for t in MIX_H:
    for _ in range(8):
        a = R.choice(ZH + EN + IDS)
        b = R.choice(ZH + EN + IDS)
        if a == b:
            continue
        n, s = R.choice(EN_N[:7] if R.random() < 0.5 else ZH_N)
        add(t.format(A=a, B=b, N=n), "handover", {"handover": a, "takeover": b, "scope": SC[s]}, "gen-code-mix")
for _ in range(12):
    j = R.randint(2, 3000)
    b = R.choice(ZH)
    add(
        R.choice([f"H-{j} 失败的重新交接给{b}", f"{j}号任务里没转成功的客户再转给{b}"]),
        "handover",
        {"takeover": b, "job": str(j)},
        "gen-retry",
    )
    b = R.choice(EN)
    add(
        R.choice([f"retry the failures of H-{j} with {b}", f"job {j} failed ones: hand them to {b}"]),
        "handover",
        {"takeover": b, "job": str(j)},
        "gen-retry",
    )

# ---- status
ZH_S = ["{J}进度怎么样了", "查一下{J}的进度", "{J}到哪一步了", "{J}现在什么状态", "{J}完成了没", "{J}還在跑嗎"]
ZH_SM = ["{A}的交接进度", "{A}的客户转完了吗", "{A}那边交接得怎么样了", "{A}的交接完成了没有"]
EN_S = ["status of {J}", "how is {J} going?", "any update on {J}", "where are we with {J}", "is {J} done yet?"]
EN_SM = ["{A}'s handover status", "is {A}'s transfer done?", "how far along is {A}'s handover?"]
for _ in range(30):
    n = R.randint(1, 4000)
    add(R.choice(ZH_S).format(J=jobs(n)), "status", {"job": str(n)}, "gen-zh")
for _ in range(8):
    n = R.randint(1, 4000)
    add(f"{fw('H-' + str(n))}进度？", "status", {"job": str(n)}, "gen-fullwidth")
for _ in range(25):
    n = R.randint(1, 4000)
    add(R.choice(EN_S).format(J=jobs(n, True)), "status", {"job": str(n)}, "gen-en")
for _ in range(8):
    n = R.randint(1, 4000)
    add(f"/status H-{n}", "status", {"job": str(n)}, "gen-slash")
for _ in range(22):
    a = R.choice(ZH)
    add(R.choice(ZH_SM).format(A=a), "status", {"member": a}, "gen-zh")
for _ in range(16):
    a = R.choice(EN)
    add(R.choice(EN_SM).format(A=a), "status", {"member": a}, "gen-en")

# ---- list
LISTS = {
    "all": [
        "列出所有交接任务",
        "全部交接任务",
        "所有的交接单列一下",
        "看看现在有哪些交接",
        "交接任务清单发我",
        "/list",
        "list all jobs",
        "show all handover jobs",
        "what jobs are there",
        "list every transfer",
        "所有任務",
        "all handovers please",
    ],
    "pending_approvals": [
        "待我审批的",
        "有哪些待我审批的",
        "等我审批的交接",
        "我需要批的有哪些",
        "待审批列表",
        "what's waiting for my approval",
        "pending my approval",
        "approvals waiting on me",
        "anything for me to approve?",
        "待我審批的交接",
        "我有几个要审批",
    ],
    "my_requests": [
        "我发起的交接",
        "我提交的交接单",
        "我申请的交接有哪些",
        "我提的交接进展",
        "my requests",
        "the handovers I filed",
        "show the jobs I requested",
        "what have I submitted",
        "我提交過的交接",
        "jobs I asked for",
    ],
}
for w, ts in LISTS.items():
    for t in ts:
        add(t, "list", {"which": w}, "gen-list")
        for p in (
            ["麻烦", "帮我看下", "请"]
            if re.search(r"[\u4e00-\u9fff]", t) and not t.startswith("/")
            else ["hey, ", "please, "]
        ):
            if R.random() < 0.6:
                add(p + t, "list", {"which": w}, "gen-list-prefix")

# ---- cancel
ZH_C = ["取消{J}", "{J}不要了，取消", "撤销{J}", "{J}作废", "把{J}撤回", "{J}别做了", "{J}取消掉吧", "撤銷{J}"]
EN_C = ["cancel {J}", "please cancel {J}", "abort {J}", "call off {J}", "{J}: cancel it", "kill {J}"]
for _ in range(35):
    n = R.randint(1, 4000)
    add(R.choice(ZH_C).format(J=jobs(n)), "cancel", {"job": str(n)}, "gen-zh")
for _ in range(30):
    n = R.randint(1, 4000)
    add(R.choice(EN_C).format(J=jobs(n, True)), "cancel", {"job": str(n)}, "gen-en")
for _ in range(8):
    n = R.randint(1, 4000)
    add(f"/cancel H-{n}", "cancel", {"job": str(n)}, "gen-slash")
for t in [
    "不做了，取消",
    "刚才那个交接取消",
    "交接不要了",
    "先别转了，取消吧",
    "cancel it",
    "cancel the handover",
    "don't transfer, cancel",
    "forget the handover, cancel it",
]:
    add(t, "cancel", {}, "gen-noid")

# ---- records
ZH_R = ["{A}的交接记录", "查{A}的转移历史", "{A}的客户都转给谁了", "{A}以前的交接记录", "{A}的移交記錄"]
EN_R = [
    "history of {A}",
    "{A}'s transfer records",
    "what happened to {A}'s customers?",
    "who got {A}'s clients",
    "show {A}'s handover history",
]
for _ in range(30):
    a = R.choice(ZH)
    add(R.choice(ZH_R).format(A=a), "records", {"member": a}, "gen-zh")
for _ in range(25):
    a = R.choice(EN)
    add(R.choice(EN_R).format(A=a), "records", {"member": a}, "gen-en")
for _ in range(15):
    n = R.randint(1, 4000)
    if R.random() < 0.5:
        add(
            R.choice(["{J}的交接明细", "{J}转了哪些客户", "{J}的交接记录"]).format(J=jobs(n)),
            "records",
            {"job": str(n)},
            "gen-zh",
        )
    else:
        add(
            R.choice(["records for {J}", "what was transferred in {J}", "transfer log of {J}"]).format(J=jobs(n, True)),
            "records",
            {"job": str(n)},
            "gen-en",
        )

# ---- offboard
ZH_D = [
    ("明天", "2026-11-27"),
    ("后天", "2026-11-28"),
    ("下周一", "2026-11-30"),
    ("下周五", "2026-12-04"),
    ("12月5日", "2026-12-05"),
    ("12月18号", "2026-12-18"),
    ("2027年1月8日", "2027-01-08"),
    ("月底", None),
]
EN_D = [
    ("tomorrow", "2026-11-27"),
    ("on Monday", "2026-11-30"),
    ("on Dec 5", "2026-12-05"),
    ("on December 18", "2026-12-18"),
    ("on 2026-12-31", "2026-12-31"),
    ("on January 8, 2027", "2027-01-08"),
    ("at the end of the month", None),
]
for _ in range(40):
    a = R.choice(ZH)
    d, iso = R.choice(ZH_D)
    sl = {"member": a}
    if iso:
        sl["last_day"] = iso
    if R.random() < 0.4:
        s = R.choice([x for x in ZH if x != a])
        sl["successor"] = s
        t = R.choice([f"{a}{d}离职，接替人{s}，开始离职清单", f"{a}{d}最后一天，由{s}接替，启动离职流程"])
    else:
        t = R.choice(
            [
                f"{a}{d}离职，开始离职清单",
                f"{a}{d}走，帮忙开个离职清单",
                f"给{a}建离职清单，{d}离职",
                f"{a}{d}離職，開始離職清單",
            ]
        )
    add(t, "offboard", sl, "gen-zh")
for _ in range(30):
    a = R.choice(EN)
    d, iso = R.choice(EN_D)
    sl = {"member": a}
    if iso:
        sl["last_day"] = iso
    if R.random() < 0.4:
        s = R.choice([x for x in EN if x != a])
        sl["successor"] = s
        t = R.choice(
            [
                f"{a} leaves {d}, {s} takes over — start offboarding",
                f"start offboarding for {a}, last day {d.replace('on ', '')}, successor {s}",
            ]
        )
    else:
        t = R.choice(
            [
                f"start offboarding for {a}, leaving {d}",
                f"{a} is leaving {d}; open the offboarding checklist",
                f"kick off {poss(a)} offboarding, last day {d.replace('on ', '')}",
            ]
        )
    add(t, "offboard", sl, "gen-en")

# ---- checklist
CN = "零一二三四五六七八九十"


def cn(i):
    return CN[i] if i <= 10 else "十" + CN[i - 10]


for _ in range(35):
    i = R.randint(1, 12)
    t = R.choice(
        [
            f"第{i}项完成",
            f"清单第{i}项已完成",
            f"清单{i} done",
            f"tick {i}",
            f"✅ {i}",
            f"第{cn(i)}项做完了",
            f"mark item {i} done",
            f"item {i} is done",
            f"{i}号事项完成了",
            f"第{i}項完成",
        ]
    )
    add(t, "checklist", {"action": "done", "item": i}, "gen-checklist")
for _ in range(20):
    i = R.randint(1, 12)
    t = R.choice(
        [
            f"第{i}项没做完",
            f"撤销第{i}项",
            f"第{i}项取消勾选",
            f"untick {i}",
            f"undo item {i}",
            f"item {i} isn't done yet",
            f"第{cn(i)}项还没完成",
        ]
    )
    add(t, "checklist", {"action": "undo", "item": i}, "gen-checklist")
for t in [
    "我的清单",
    "我的离职清单",
    "看看清单",
    "show my checklist",
    "my offboarding checklist",
    "what's left on my list",
    "清单还剩哪些",
    "我的離職清單",
]:
    add(t, "checklist", {"action": "show"}, "gen-checklist")
for _ in range(8):
    a = R.choice(ZH + EN)
    add(
        R.choice([f"{a}的离职清单", f"看下{a}的清单"])
        if re.search(r"[\u4e00-\u9fff]", a)
        else f"show {poss(a)} checklist",
        "checklist",
        {"action": "show", "member": a},
        "gen-checklist",
    )

# ---- snooze / confirm / deny / choose / help
for d, iso in [
    ("明天", "2026-11-27"),
    ("后天", "2026-11-28"),
    ("下周一", "2026-11-30"),
    ("下周五", "2026-12-04"),
    ("12月1日", "2026-12-01"),
]:
    for t in ["{d}再提醒我", "{d}提醒", "推迟到{d}再提醒"]:
        add(t.format(d=d), "snooze", {"until": iso}, "gen-snooze")
for d, iso in [("tomorrow", "2026-11-27"), ("Monday", "2026-11-30"), ("Dec 2", "2026-12-02")]:
    for t in ["remind me {d}", "snooze until {d}"]:
        add(t.format(d=d), "snooze", {"until": iso}, "gen-snooze")
for t in ["好的", "确认", "yes", "对", "行", "OK", "没问题", "confirmed", "yes please", "可以"]:
    add(t, "confirm", {}, "gen-answer")
for t in ["不用了", "算了", "no", "不", "不需要", "nah", "no thanks", "先不要"]:
    add(t, "deny", {}, "gen-answer")
for i in range(1, 5):
    for t in [f"{i}", f"第{cn(i)}个", f"选{i}", f"option {i}", f"#{i}"]:
        add(t, "choose", {"choice": i}, "gen-answer")
for t in [
    "/help",
    "帮助",
    "怎么用",
    "你能做什么",
    "help",
    "what can you do",
    "how does this work",
    "使用说明",
    "怎麼用",
]:
    add(t, "help", {}, "gen-help")

# ---- unknown (look-alikes)
THINGS_ZH = ["电脑", "钥匙", "工位", "文件", "周报", "门禁卡", "会议室", "项目文档", "车位", "工单"]
THINGS_EN = ["laptop", "keys", "desk", "files", "report", "badge", "meeting room", "parking spot", "ticket"]
for _ in range(40):
    a, b = two(ZH)
    th = R.choice(THINGS_ZH)
    n = R.randint(10, 999)
    t = R.choice(
        [
            f"把{a}的{th}交给{b}",
            f"{a}的{th}转给{b}",
            f"给{a}转{n}块钱",
            f"取消和{a}的会议",
            f"{a}请假了",
            f"帮{a}报销",
            f"把{th}移交给{b}",
            f"把{a}拉进群",
            f"{a}的{th}由{b}接管",
        ]
    )
    add(t, "unknown", {}, "gen-lookalike")
for _ in range(30):
    a, b = two(EN)
    th = R.choice(THINGS_EN)
    n = R.randint(10, 999)
    t = R.choice(
        [
            f"give {poss(a)} {th} to {b}",
            f"transfer ${n} to {a}",
            f"cancel my meeting with {a}",
            f"forward the {th} to {b}",
            f"{poss(a)} {th} should go to {b}",
            f"hand over the {th} to {b}",
            f"book a meeting room for {a}",
        ]
    )
    add(t, "unknown", {}, "gen-lookalike")
for t in [
    "取消下午的会议",
    "取消明早的约",
    "取消订单",
    "我要请假",
    "报销流程",
    "今天吃什么",
    "你好",
    "谢谢",
    "cancel my Spotify",
    "cancel the dinner reservation",
    "how's the weather",
    "thanks!",
    "哈哈",
    "帮我订机票",
    "查一下工资",
    "取消我的快递",
    "转发这条消息",
    "把这封邮件转给老板",
]:
    add(t, "unknown", {}, "gen-lookalike")

# ---- assemble
KEYS = {
    "h": "handover",
    "t": "takeover",
    "s": "scope",
    "j": "job",
    "m": "member",
    "w": "which",
    "a": "action",
    "i": "item",
    "d": "last_day",
    "su": "successor",
    "u": "until",
    "c": "choice",
}


def parse_free(line):
    """dev_free.txt: one hand-written line 'intent|k=v;k=v|note|text'."""
    intent, slots, note, text = line.split("|", 3)
    d = {}
    for kv in filter(None, slots.split(";")):
        k, v = kv.split("=", 1)
        k = KEYS[k]
        d[k] = SC[v] if k == "scope" else int(v) if k in ("item", "choice") else v
    lang = "zh" if re.search(r"[\u3400-\u9fff]", text) else "en"
    return {"text": text, "intent": intent, "slots": d, "note": "free-" + note, "lang": lang}


free = [parse_free(ln) for ln in (HERE / "dev_free.txt").read_text(encoding="utf-8").splitlines() if ln.strip()]
held = {json.loads(ln)["text"] for ln in (HERE / "heldout.jsonl").read_text(encoding="utf-8").splitlines()}
def norm(t):
    return re.sub(r"\s+", " ", t.strip().lower())
heldn = {norm(t) for t in held}
seen, rows, dropped = set(), [], 0
for r in free + out:
    k = norm(r["text"])
    if k in heldn:
        dropped += 1
        continue
    if k in seen:
        continue
    seen.add(k)
    rows.append(r)
assert not {norm(r["text"]) for r in rows} & heldn
(HERE / "dev.jsonl").write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
print(f"dev.jsonl: {len(rows)} lines ({len(free)} free, {dropped} dropped as held-out sentences)")
