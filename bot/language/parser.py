"""`parse(text, today=…)`: the ordered list of rules; the first that matches decides.

The order is the grammar's tie-breaker, from most to least specific:
1. replies that must be the whole message (choose, confirm, deny) and how-to questions;
2. snooze and checklist ticks ("done 3" would otherwise look like a job number);
3. explicit offboarding, before handover ("…离职，开始离职清单，接替人李娜" names a successor);
4. handover, parsed by structure — before status/records so a person named 高进度 or a "客户"
   in a name never turns a handover into another intent;
5. cancel, records, status — each needs its own verb or noun (list, whose phrases are fixed
   and anchored — "所有交接", "my requests" — goes just before handover);
6. the weak offboarding reading ("王芳离职了"), help words, a lone job id.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable

from .cues import CUSTOMERS, GROUPS, NOT_OURS_OBJECT, POLICY_QUESTION, TEAM_OR_TITLE_TAKEN, find_jobs
from .first_chars import skipping
from .guess import guess
from .intent import Intent, IntentName, Slots
from .intent_model import model, scope_model
from .literal_gate import build_gates
from .normalize import fold_accents, normalize
from .other_intents import WECOM_HOWTO, about_another_system
from .people import PeopleSpotter, recognize_people
from .reader import read_spotted, spotted
from .restated import (
    named_in_full,
    not_him_but,
    pending_line,
    receiver_put_right,
    reread_restated,
    who_answered,
)
from .role_model import role_model
from .rules.audit import permission_audit
from .rules.checklist import checklist
from .rules.handover import handover
from .rules.loose_replies import loose_reply
from .rules.offboard import offboard_strong, offboard_weak
from .rules.replies import choose, confirm, deny, help_request, howto
from .rules.snooze import snooze
from .rules.tracking import bare_job, cancel, list_jobs, records, status
from .second_opinion import doubted, role_doubts, second_scope
from .split import read_split, tag_only
from .text import detect_language, has_cjk
from .utterance import Utterance, prepare

Rule = Callable[[Utterance], Slots | None]

# Whole-message answers to a question come first: "1", "yes", "no".
REPLIES: tuple[tuple[IntentName, Rule], ...] = (
    ("choose", choose),
    ("confirm", confirm),
    ("deny", deny),
)
RULES: tuple[tuple[IntentName, Rule], ...] = (
    ("help", howto),
    ("snooze", snooze),
    ("checklist", checklist),
    ("offboard", offboard_strong),
    ("list", list_jobs),
    ("handover", handover),
    ("cancel", cancel),
    ("records", records),
    ("status", status),
    ("offboard", offboard_weak),
    ("help", help_request),
    ("status", bare_job),
)

_AUDIT_WORD = re.compile(r"审计|核查|检查|审查|audit|review", re.IGNORECASE)
# Longer messages are not commands; skipping them keeps worst-case time flat.
MAX_CHARS = 500
# Answers to a question ("1", "yes", "不用了") are short; longer messages go to the reader first.
REPLY_CHARS = 72  # "Yes, please proceed. Thank you very much for your kind help."


# a quoted line or block that opens the message: "> …" lines, or 「…」 / “…” followed by a line break
_QUOTED_HEAD = skipping(re.compile(r"\A\s*(?:(?:>[^\n]*\n)+|[「“\"][^」”\"\n]{4,200}[」”\"]\s*\n)"))


# the writer's part opens by saying the quoted bot got it wrong
_DISAGREES = re.compile(r"\W*(?:no\b|nope\b|nah\b|wrong\b|not (?:right|quite)\b|incorrect\b|不对|不是|错了|不行|"
                        r"[唔不]系|[唔不]啱|不不)", re.IGNORECASE)


# a word of thanks, a blessing or a particle closing a short reply: "Number 1, asante", "第二个啰",
# "Remind me on Monday inshallah", "明天再提醒我好了"
_COURTESY_TAIL = skipping(re.compile(r"[\s,，.。!！~]*(?:asante(?:\s+sana)?|inshallah|insha'?allah|shukran|gracias|"
                                     r"grazie|merci|"
                                     r"danke|obrigad[oa]|arigato|vinaka|mahalo|tack|takk|salamat|cheers|thanks|"
                                     r"thank you|"
                                     r"啰|喽|哟|好了|哈|呀|啊|嘛|咯|嘞|呗|噻|撒)[\s.。!！~]*$", re.IGNORECASE))


def load_models() -> None:
    """Reads the learned models' weights now (~0.35 s), so that the first message after a start does not wait for
    them; a worker calls it before it takes messages."""
    model()
    scope_model()
    build_gates()
    role_model()


def parse(text: str, *, today: dt.date, people: PeopleSpotter | None = None) -> Intent:
    """The intent of one chat message. Never raises; anything not understood is "unknown".

    `people` is the directory's name matcher (chat path); without it names are recognized by
    their shape."""
    reading = _parse(text, today=today, people=people)
    if reading.intent == "unknown" and len(text) <= REPLY_CHARS:
        bare = _COURTESY_TAIL.sub("", text)
        if bare and bare != text:
            reading = _parse(bare, today=today, people=people)  # the reply without its closing courtesy
        if reading.intent == "unknown":
            return _loose(text, today, people) or reading
    return reading


def _loose(text: str, today: dt.date, people: PeopleSpotter | None) -> Intent | None:
    """A short reply with words beside its cue that no rule knows (rules/loose_replies.py); not when the
    message names anybody, a job or customers: then it is about them."""
    u = prepare(text, today)
    # (without a directory only a Chinese name counts: by shape alone "Remind", "Nah" look like names)
    named = people.spot(normalize(text)) if people is not None else [
        p for p in recognize_people(normalize(text)) if has_cjk(p.text)]
    if named or find_jobs(u.low, []) or CUSTOMERS.search(u.low) or GROUPS.search(u.low):
        return None
    found = loose_reply(u)
    return Intent(intent=found[0], slots=found[1], lang=detect_language(text)) if found is not None else None


def _parse(text: str, *, today: dt.date, people: PeopleSpotter | None = None) -> Intent:
    lang = detect_language(text)
    if len(text) > MAX_CHARS:
        return Intent(intent="unknown", slots={}, lang=lang)
    short = len(text) <= REPLY_CHARS
    utterance = prepare(text, today) if short else None
    if utterance is not None:
        if not utterance.text:
            return Intent(intent="help" if utterance.question else "unknown", slots={}, lang=lang)
        for name, rule in REPLIES:
            slots = rule(utterance)
            if slots is not None:
                return Intent(intent=name, slots=slots, lang=lang)
    if utterance is None and _AUDIT_WORD.search(text):
        utterance = prepare(text, today)  # (only a message naming an audit can ask for one)
    if utterance is not None and permission_audit(utterance) is not None:
        return Intent(intent="audit", slots={}, lang=lang)
    quoted = _QUOTED_HEAD.match(text)
    if quoted is not None and text[quoted.end():].strip():
        answered = _below_a_quote(text[: quoted.end()], text[quoted.end():], today, people)
        if answered is not None:
            return answered
    pending = pending_line(text)
    if pending is not None:
        one = parse(pending, today=today, people=people)
        if one.intent == "handover":
            return one  # "Recap: - A → B: done / - C → D, this one not yet": the one not done
    restated = reread_restated(text, lambda part: parse(part, today=today, people=people),
                               lambda name: _is_person(name, text, people))
    if restated is not None:
        return restated  # "X的会员给Y，哎呀说反了，是Y的给X": the request as put right
    low = normalize(text).lower()
    if POLICY_QUESTION.search(low):
        return Intent(intent="unknown", slots={}, lang=lang)  # the company's rules asked about: not ours to answer
    if TEAM_OR_TITLE_TAKEN.search(low):
        talk = TEAM_OR_TITLE_TAKEN.sub(" ", _FANS.sub(" ", low))  # (the title's own words: "as head of CS")
        if not (CUSTOMERS.search(talk) or GROUPS.search(talk)):
            return Intent(intent="unknown", slots={}, lang=lang)  # who took over a team or a title: talk
    split = read_split(text, people=people)  # before the reader: "X的VIP客户给A，其他给B" is not all to A
    if split is not None:
        return split
    s = spotted(text, today=today, people=people)  # once: the rules and the learned guess read the same spots
    reading = read_spotted(s, text) if s is not None else None
    if s is not None and reading is not None:
        return _tagged_part(text, role_doubts(s, doubted(text, second_scope(text, reading))))
    if utterance is None:
        utterance = prepare(text, today)
    for name, rule in RULES:
        if name in _READER_DECIDES or rule is status:
            continue
        if name == "help" and (not _HELP_TOPIC.search(utterance.tight_low)
                               or NOT_OURS_OBJECT.search(utterance.tight_low) or WECOM_HOWTO.search(utterance.low)):
            continue  # "年假怎么查", "白班和夜班怎么交接": not about this bot
        slots = rule(utterance)
        if slots is not None:
            if name == "checklist" and slots.get("member") and not _is_person(str(slots["member"]), text, people):
                continue  # "帮我列个购物清单": not somebody's checklist
            return Intent(intent=name, slots=slots, lang=lang)
    # no rule read it: the learned model's intent, its slots from the spotted entities (guess.py)
    guessed = guess(text, s, directory=people is not None) if s is not None else None
    if guessed is not None and s is not None and guessed.intent in _ASKS_ABOUT_OURS and about_another_system(s.low):
        guessed = None  # "Are there any timesheets waiting for my approval?": another system's queue
    if s is not None and guessed is not None:
        reading = Intent(intent=guessed.intent, slots=guessed.slots, lang=lang, unsure=guessed.unsure)
        return role_doubts(s, second_scope(text, reading))
    return Intent(intent="unknown", slots={}, lang=lang)


_FANS = re.compile(r"球迷群|粉丝群|球迷")


def _tagged_part(text: str, reading: Intent) -> Intent:
    """A one-receiver handover of only the tagged customers ("张伟的VIP客户给李娜") is marked
    split "tag_only": the conversation asks who gets the rest rather than moving the whole book."""
    slots = reading.slots
    source = slots.get("handover")
    if reading.intent != "handover" or not isinstance(source, str) or slots.get("job") or slots.get("takeovers"):
        return reading
    tag = tag_only(text, source)
    if tag is None:
        return reading
    return reading.model_copy(update={"slots": {**slots, "tag": tag, "split": "tag_only"}})


def _below_a_quote(quote: str, answer: str, today: dt.date, people: PeopleSpotter | None) -> Intent | None:
    """The request a writer's lines make below the bot's words quoted ("> Handover created: A → B / No, backwards.
    It's B's customers going to A"), or None when the full reading should read the message as a whole."""
    own = parse(answer, today=today, people=people)
    disagrees = _DISAGREES.match(answer) is not None
    if own.intent != "handover" and not disagrees:
        return None
    said = parse(re.sub(r"(?m)^\s*>\s*|[「」“”\"]", " ", quote), today=today, people=people)  # the bot's words
    if own.intent != "handover":
        spots = people.spot(normalize(answer)) if people is not None else recognize_people(normalize(answer))
        return not_him_but(said, answer, [p.text for p in spots])  # "/ No, not B — C. Everything else right."
    pair = [str(own.slots.get(k) or "") for k in ("handover", "takeover")]
    if pair[1] and (own.slots.get("amend") or (pair[0] and all(name.lower() in quote.lower() for name in pair))):
        return own  # the same two people again, put right; or a receiver changed
    asked = who_answered(quote, said, own)  # "> …→ who should take them? / 温和. but only the player groups"
    if asked is not None:
        return asked
    fixed = receiver_put_right(said, own, answer) if disagrees else None  # "/ 不对嘛，…是乌日娜！": 苏和's, to 乌日娜
    if fixed is not None:
        return fixed
    if all(pair) and (re.search(r"[?？]\W*$", quote.strip().lower()) or disagrees):
        # "「…请问接收人是哪位？」 / 邬美玲的玩家给栗冬": the bot's question answered by a whole request;
        # "「…交接给 Yamada Aoi，确认吗？回复1确认」 / No — Shota's customers go to Kobayashi Ren": put right
        return named_in_full(own, quote)
    return None


def _is_person(mention: str, text: str, people: PeopleSpotter | None) -> bool:
    spotted = people.spot(normalize(text)) if people is not None else recognize_people(normalize(text))
    mention = fold_accents(mention)  # ("Matias Carcamo" as read, "Matías Cárcamo" as written)
    # (or a member known by the first name alone, as an alias: "Leon" for "Leon Fraser")
    return any(mention in fold_accents(p.text) or mention.startswith(fold_accents(p.text) + " ") for p in spotted)


_ASKS_ABOUT_OURS = frozenset({"list", "status", "records", "checklist"})
# What the reader declined stays declined: these rules matched look-alikes (keys handed over,
# a meeting cancelled) because they read sentence shapes, not what is moved or cancelled.
_READER_DECIDES = frozenset({"handover", "cancel", "list", "records"})
# "你好", "年假怎么查" are not questions about this bot.
_HELP_TOPIC = re.compile(r"^\?+$|^(?:help|help me|h|menu|commands?|usage|帮助|菜单|命令|指令|说明|使用说明|"
                         r"用法|教程|怎么操作|如何操作)$|交接|"
                         r"清单|审批|"
                         r"机器人|离职流程|继承|接替|bot|handover|checklist|approv|offboard|transfer|job|怎么用|"
                         r"能做什么|你会什么|"
                         r"你能|what can you|how does (?:this|it) work|how to use|who are you|你是谁", re.IGNORECASE)


def says_yes(text: str) -> bool:
    """A whole-message yes in any of the forms the reader knows (好的, 整吧, 中, sounds good …), or a yes that
    says what to do beside a few unknown words: the dialogs that ask "reply 1 to confirm" take these too."""
    if len(text) > REPLY_CHARS:
        return False
    u = prepare(text, dt.date(2000, 1, 1))
    if confirm(u) is not None:
        return True
    loose = loose_reply(u)  # "Sawa, confirm", "好个，就实梗弄": a yes beside words no rule knows
    return loose is not None and loose[0] == "confirm"
