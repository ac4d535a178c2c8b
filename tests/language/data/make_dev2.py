"""Build dev2.jsonl: hand-written paraphrases (dev2_free.txt) plus templates × names (fixed seed).

dev2_free.txt holds one utterance a line as `intent|k=v;k=v|note|text` (slots may be left out:
`intent|note|text`); the short slot keys are in KEY below. A sentence already in another data file
is skipped, so dev2 shares none with the held-out sets. Run:
    python3 tests/language/data/make_dev2.py
"""

import json
import random
import re
import unicodedata
from pathlib import Path

HERE = Path(__file__).parent
R = random.Random(20261126)
KEY = {
    "h": "handover",
    "t": "takeover",
    "ts": "takeovers",
    "sp": "split",
    "tag": "tag",
    "gt": "groups_to",
    "s": "scope",
    "job": "job",
    "m": "member",
    "member": "member",
    "d": "last_day",
    "su": "successor",
    "a": "action",
    "i": "item",
    "u": "until",
    "c": "choice",
    "which": "which",
}
SCOPE = {"c": ["customers"], "g": ["groups"], "cg": ["customers", "groups"]}
PEOPLE = ("handover", "takeover", "member", "successor", "groups_to")


def lang(text, slots):
    """zh when, names aside, the sentence is mostly Chinese (what the bot would reply in)."""
    t = text
    names = [slots[k] for k in PEOPLE if k in slots] + slots.get("takeovers", [])
    for n in sorted(names, key=len, reverse=True):
        t = t.replace(n, " ")
    cjk = len(re.findall(r"[\u3400-\u9fff\u2460-\u2473]", t))
    lat = len(re.findall(r"[A-Za-z\uff21-\uff5a]+", t))
    return "zh" if cjk / 1.5 >= lat else "en"


def row(line):
    parts = line.split("|", 3)
    if len(parts) == 3 or (parts[1] and "=" not in parts[1]):
        parts = line.split("|", 2)
        parts.insert(1, "")
    intent, spec, note, text = parts
    slots = {}
    for kv in filter(None, spec.split(";")):
        k, v = kv.split("=", 1)
        k = KEY[k]
        slots[k] = (
            SCOPE[v] if k == "scope" else v.split(",") if k == "takeovers" else int(v) if k in ("item", "choice") else v
        )
    it = intent.split(",")
    return {
        "text": text,
        "intent": it[0] if len(it) == 1 else it,
        "slots": slots,
        "note": note,
        "lang": lang(text, slots),
    }


def key(text):
    """Sentences that differ only in case, width, spacing or punctuation count as the same sentence."""
    t = unicodedata.normalize("NFKC", text).casefold()
    return "".join(c for c in t if not c.isspace() and not unicodedata.category(c).startswith("P"))


# people for the templates: Chinese (incl. compound surnames and names that are also words),
# traditional, Cantonese, English, and a few members already in the directory
ZH = [
    "罗嘉怡",
    "方晓峰",
    "邹明轩",
    "袁梦琪",
    "魏子航",
    "唐诗雨",
    "汤俊杰",
    "程雪莹",
    "陆子涵",
    "贺晨曦",
    "黎思琪",
    "苏梓萱",
    "夏雨辰",
    "邵云飞",
    "孟令杰",
    "严可欣",
    "谭文博",
    "温若曦",
    "余浩然",
    "孔令宇",
    "欧阳明远",
    "司马婧",
    "上官雨晴",
    "诸葛文",
    "慕容佳",
    "皇甫恒",
    "令狐悦",
    "司徒翰",
    "东方玥",
    "任意",
    "向东",
    "时光",
    "田野",
    "方便",
    "韩梅梅",
    "易建联",
    "司马光明",
]
TW = ["陳冠宇", "黃詩涵", "劉家瑋", "許雅雯", "麥嘉雯", "區志強", "余詠詩"]
EN = [
    "Connor Walsh",
    "Fatima Noor",
    "Diego Alvarez",
    "Sven Larsen",
    "Ingrid Berg",
    "Rosa Marin",
    "Patrick O'Neill",
    "Anne-Marie Dubois",
    "Raj Patel",
    "Mei Ling Tan",
    "Jason Ho",
    "Cherry Kwok",
    "Grace Lin",
    "Ethan Hall",
    "Nora Fan",
]
PINYIN = ["Luo Jiayi", "Fang Xiaofeng", "Zou Mingxuan", "Yuan Mengqi", "Wei Zihang", "Tang Shiyu", "Ouyang Mingyuan"]
TAGS_ZH = ["VIP", "A类", "重点客户", "大客户", "老客户", "华南", "高价值"]
TAGS_EN = ["VIP", "Enterprise", "Gold", "Key Account", "APAC", "Tier 1"]
# (phrase, ISO date) relative to Thursday 2026-11-26
DATES_ZH = [
    ("明天", "2026-11-27"),
    ("后天", "2026-11-28"),
    ("下周一", "2026-11-30"),
    ("12月3日", "2026-12-03"),
    ("12月15号", "2026-12-15"),
    ("2026-12-21", "2026-12-21"),
    ("12月31日", "2026-12-31"),
    ("本月30号", "2026-11-30"),
]
DATES_EN = [
    ("tomorrow", "2026-11-27"),
    ("on Dec 3", "2026-12-03"),
    ("on December 15", "2026-12-15"),
    ("on 2026-12-21", "2026-12-21"),
    ("next Monday", "2026-11-30"),
    ("on 31 Dec", "2026-12-31"),
]
ZH_NUM = "一二三四五六七八九"

HANDOVER_ZH = [
    ("h={h};t={t};s=c", "{h}的客户交接给{t}"),
    ("h={h};t={t};s=c", "把{h}的客户转给{t}"),
    ("h={h};t={t};s=c", "{h}离职，客户转交{t}"),
    ("h={h};t={t};s=c", "{h}的客户由{t}接手"),
    ("h={h};t={t};s=c", "请将{h}名下客户移交给{t}"),
    ("h={h};t={t};s=c", "{t}接管{h}的客户"),
    ("h={h};t={t};s=c", "{h} → {t}"),
    ("h={h};t={t};s=c", "交接：{h} -> {t}"),
    ("h={h};t={t};s=c", "{h}的微信客户给{t}"),
    ("h={h};t={t};s=c", "{h}的外部联系人转给{t}"),
    ("h={h};t={t};s=c", "麻烦把{h}的客户划给{t}，谢谢"),
    ("h={h};t={t};s=c", "{h}要走了，客户让{t}跟"),
    ("h={h};t={t};s=g", "{h}的客户群转给{t}"),
    ("h={h};t={t};s=g", "只把{h}的群交接给{t}"),
    ("h={h};t={t};s=cg", "{h}的客户和客户群都交接给{t}"),
    ("h={h};t={t};s=cg", "{h}的全部交接给{t}"),
    ("h={h};t={t};s=cg", "{h}所有东西转给{t}"),
    ("h={h};t={t};s=c", "/handover {h} {t}"),
    ("h={h};t={t};s=c", "{h}的客户交结给{t}"),
    ("h={h};t={t};s=c", "{h}的客户转接给{t}"),
    ("h={h};t={t};s=c", "能把{h}的客户交给{t}吗"),
    ("h={h};t={t};s=c", "{h}的 customers 给 {t}"),
]
HANDOVER_TW = [
    ("h={h};t={t};s=c", "{h}的客戶轉給{t}"),
    ("h={h};t={t};s=c", "請把{h}的客戶移交給{t}"),
    ("h={h};t={t};s=g", "{h}的群組交接給{t}"),
    ("h={h};t={t};s=c", "{h}啲客交俾{t}"),
    ("h={h};t={t};s=cg", "{h}全部客戶同群轉俾{t}"),
]
HANDOVER_EN = [
    ("h={h};t={t};s=c", "hand over {h}'s customers to {t}"),
    ("h={h};t={t};s=c", "Transfer {h}'s clients to {t}."),
    ("h={h};t={t};s=c", "{h} is leaving, {t} takes over"),
    ("h={h};t={t};s=c", "{t} will take over {h}'s customers"),
    ("h={h};t={t};s=c", "{h}'s customers should go to {t}"),
    ("h={h};t={t};s=c", "can you move {h}'s contacts to {t}?"),
    ("h={h};t={t};s=c", "Please reassign {h}'s accounts to {t}"),
    ("h={h};t={t};s=c", "{h}'s clients are to be handed to {t}"),
    ("h={h};t={t};s=g", "move {h}'s group chats to {t}"),
    ("h={h};t={t};s=g", "{h}'s customer groups -> {t}"),
    ("h={h};t={t};s=cg", "transfer everything from {h} to {t}"),
    ("h={h};t={t};s=cg", "{h}'s customers and groups to {t} please"),
    ("h={h};t={t};s=c", "/handover {h} -> {t}"),
    ("h={h};t={t};s=c", "{h} customer give {t} please"),
    ("h={h};t={t};s=c", "Could {t} take over {h}'s clients?"),
]
SPLIT_ZH = [
    ("h={h};ts={t},{t2};sp=even;s=c", "{h}的客户平均分给{t}和{t2}"),
    ("h={h};ts={t},{t2};sp=even;s=c", "{h}的客户均分：{t}、{t2}"),
    ("h={h};ts={t},{t2};sp=even;s=c", "{h}的客户{t}和{t2}一人一半"),
    ("h={h};ts={t},{t2};sp=by_tag;tag={tag};s=c", "{h}的{tag}客户给{t}，其余的给{t2}"),
    ("h={h};ts={t},{t2};sp=by_tag;tag={tag};s=c", "{h}名下{tag}客户转{t}，其他转{t2}"),
    ("h={h};ts={t},{t2};sp=by_tag;tag={tag};s=c", "{h}：{tag}→{t}，剩下→{t2}"),
]
SPLIT_EN = [
    ("h={h};ts={t},{t2};sp=even;s=c", "split {h}'s customers evenly between {t} and {t2}"),
    ("h={h};ts={t},{t2};sp=even;s=c", "Divide {h}'s clients equally among {t} and {t2}."),
    ("h={h};ts={t},{t2};sp=even;s=c", "{t} and {t2} each take half of {h}'s customers"),
    ("h={h};ts={t},{t2};sp=by_tag;tag={tag};s=c", "{h}'s {tag} customers to {t}, the rest to {t2}"),
    ("h={h};ts={t},{t2};sp=by_tag;tag={tag};s=c", "Move {h}'s customers tagged {tag} to {t} and everyone else to {t2}"),
]
SPLITS = ((SPLIT_ZH, ZH, TAGS_ZH, "gen-split-zh"), (SPLIT_EN, EN, TAGS_EN, "gen-split-en"))
OTHER = [  # (intent, spec, text, language group)
    ("status", "job={j}", "H-{j}进度", "zh"),
    ("status", "job={j}", "{j}号任务怎么样了", "zh"),
    ("status", "job={j}", "任务{j}到哪了", "zh"),
    ("status", "job={j}", "/status H-{j}", "en"),
    ("status", "job={j}", "status of job {j}?", "en"),
    ("status", "job={j}", "how's H-{j} going", "en"),
    ("status", "m={p}", "{p}的交接进度", "zh"),
    ("status", "m={p}", "{p}的客户转完了吗", "zh"),
    ("status", "m={pe}", "is {pe}'s handover finished?", "en"),
    ("status", "m={pe}", "status of {pe}'s transfer", "en"),
    ("cancel", "job={j}", "取消H-{j}", "zh"),
    ("cancel", "job={j}", "{j}号交接撤回", "zh"),
    ("cancel", "job={j}", "/cancel H-{j}", "en"),
    ("cancel", "job={j}", "cancel job {j}", "en"),
    ("cancel", "job={j}", "please cancel #{j}", "en"),
    ("records", "m={p}", "{p}的交接记录", "zh"),
    ("records", "m={p}", "{p}的移交历史", "zh"),
    ("records", "m={pe}", "history of {pe}", "en"),
    ("records", "m={pe}", "{pe}'s transfer records", "en"),
    ("records", "job={j}", "H-{j}的转移记录", "zh"),
    ("records", "job={j}", "records of job {j}", "en"),
    ("offboard", "m={p};d={dz}", "{p}{dzt}离职，开离职清单", "zh"),
    ("offboard", "m={p};d={dz};su={s}", "{p}{dzt}最后一天，{s}接替", "zh"),
    ("offboard", "m={p}", "给{p}办离职", "zh"),
    ("offboard", "m={pe};d={de}", "start offboarding {pe}, last day {det}", "en"),
    ("offboard", "m={pe};su={se}", "offboard {pe}, successor {se}", "en"),
    ("checklist", "a=done;i={i}", "第{i}项完成", "zh"),
    ("checklist", "a=done;i={i}", "第{zi}项搞定了", "zh"),
    ("checklist", "a=done;i={i}", "清单{i} done", "zh"),
    ("checklist", "a=done;i={i}", "tick {i}", "en"),
    ("checklist", "a=done;i={i}", "item {i} is done", "en"),
    ("checklist", "a=done;i={i}", "✅ {i}", "en"),
    ("checklist", "a=undo;i={i}", "第{i}项撤销", "zh"),
    ("checklist", "a=undo;i={i}", "untick {i}", "en"),
    ("checklist", "a=done;i={i};m={p}", "{p}的清单第{i}项完成", "zh"),
    ("checklist", "a=show;m={p}", "{p}的离职清单", "zh"),
    ("checklist", "a=show;m={pe}", "show {pe}'s checklist", "en"),
    ("snooze", "u={dz}", "{dzt}再提醒我", "zh"),
    ("snooze", "u={de}", "remind me {det}", "en"),
    ("unknown", "", "取消和{p}的会议", "zh"),
    ("unknown", "", "转账给{p}", "zh"),
    ("unknown", "", "把文件转给{p}", "zh"),
    ("unknown", "", "{p}去吃饭了", "zh"),
    ("unknown", "", "会议室让给{p}", "zh"),
    ("unknown", "", "{p}的报销记录", "zh"),
    ("unknown", "", "cancel my meeting with {pe}", "en"),
    ("unknown", "", "send the invoice to {pe}", "en"),
    ("unknown", "", "{pe} is leaving for lunch", "en"),
    ("unknown", "", "transfer the money to {pe}", "en"),
    ("unknown", "", "{pe}'s expense records", "en"),
    ("unknown", "", "forward {pe} the meeting notes", "en"),
]


def pick(pool, n):
    return R.sample(pool, n)


def gen():
    out = []
    people_zh = ZH + TW
    for _ in range(6):
        for spec, text in HANDOVER_ZH:
            h, t = pick(ZH, 2)
            out.append(("handover", spec.format(h=h, t=t), "gen-zh", text.format(h=h, t=t)))
    for _ in range(4):
        for spec, text in HANDOVER_TW:
            h, t = pick(TW, 2)
            out.append(("handover", spec.format(h=h, t=t), "gen-trad", text.format(h=h, t=t)))
    for _ in range(6):
        for spec, text in HANDOVER_EN:
            h, t = pick(EN + PINYIN, 2)
            out.append(("handover", spec.format(h=h, t=t), "gen-en", text.format(h=h, t=t)))
    for _ in range(4):
        for templates, names, tags, note in SPLITS:
            for spec, text in templates:
                v = dict(zip(("h", "t", "t2"), pick(names, 3), strict=True), tag=R.choice(tags))
                out.append(("handover", spec.format(**v), note, text.format(**v)))
    for _ in range(6):
        for intent, spec, text, lg in OTHER:
            p, s = pick(people_zh, 2)
            pe, se = pick(EN + PINYIN, 2)
            dzt, dz = R.choice(DATES_ZH)
            det, de = R.choice(DATES_EN)
            i = R.randint(1, 9)
            v = dict(
                j=R.randint(100, 9999), p=p, s=s, pe=pe, se=se, dz=dz, dzt=dzt, de=de, det=det, i=i, zi=ZH_NUM[i - 1]
            )
            out.append((intent, spec.format(**v), f"gen-{lg}", text.format(**v)))
    return [f"{i}|{s}|{n}|{t}" for i, s, n, t in out]


def main():
    taken = set()
    for f in HERE.glob("*.jsonl"):
        if f.name != "dev2.jsonl":
            taken |= {key(json.loads(ln)["text"]) for ln in f.read_text(encoding="utf-8").splitlines()}
    free = [ln for ln in (HERE / "dev2_free.txt").read_text(encoding="utf-8").splitlines() if ln.strip()]
    rows, seen, skipped = [], set(), 0
    for ln in free + gen():
        r = row(ln)
        k = key(r["text"])
        if k in taken or k in seen:
            skipped += 1
            continue
        seen.add(k)
        rows.append(r)
    (HERE / "dev2.jsonl").write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    print(f"dev2.jsonl: {len(rows)} lines ({len(free)} hand-written lines read, {skipped} skipped as already used)")


if __name__ == "__main__":
    main()
