"""Voices the blind round dev42 brought (tests/language/data/dev42.jsonl): self-corrections said
aloud, 公文, all-lower-case chat with one-word English names, accented Latin names, Singlish,
regional status questions, and the look-alikes they come with. Sentences written for this file,
not taken from the data; the directory is the small one below."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from bot.directory.matcher import NameMatcher
from bot.directory.models import DirectoryMember
from bot.language import parse

TODAY = dt.date(2026, 11, 26)  # a Thursday
C, G, CG = ["customers"], ["groups"], ["customers", "groups"]
PEOPLE = NameMatcher.build([
    DirectoryMember(userid="ganyu", name="甘雨"),
    DirectoryMember(userid="shilei", name="石磊"),
    DirectoryMember(userid="shilei2", name="石蕾"),
    DirectoryMember(userid="niezhiyuan", name="聂志远"),
    DirectoryMember(userid="sangqing", name="桑青"),
    DirectoryMember(userid="kuangli", name="邝丽"),
    DirectoryMember(userid="kuangmin", name="邝敏"),
    DirectoryMember(userid="brooke", name="林布鲁", english_name="Brooke Lin", alias="Brooke"),
    DirectoryMember(userid="jordanwu", name="吴乔丹", english_name="Jordan Wu", alias="Jordan"),
    DirectoryMember(userid="willchen", name="陈威尔", english_name="Will Chen", alias="Will"),
    DirectoryMember(userid="renee", name="杜蕾妮", english_name="Renée Dubois"),
    DirectoryMember(userid="jose", name="奥何塞", english_name="José Ortega"),
    DirectoryMember(userid="weeling", name="黄慧玲", english_name="Wee Ling"),
    DirectoryMember(userid="huixin", name="陈慧欣", english_name="Hui Xin"),
], version=1)


def read(text: str) -> tuple[str, dict[str, Any]]:
    intent = parse(text, today=TODAY, people=PEOPLE)
    return intent.intent, {k: v for k, v in intent.slots.items() if v is not None}


@pytest.mark.parametrize(
    ("text", "slots"),
    [
        ("甘雨的客户转给石磊，哦不对，转给石蕾", {"handover": "甘雨", "takeover": "石蕾", "scope": C}),
        ("甘雨的群给聂志远吧 算了聂志远太忙了 还是给桑青", {"handover": "甘雨", "takeover": "桑青", "scope": G}),
        ("那个 嗯 把邝丽的，呃不是邝丽，是邝敏的客户给桑青", {"handover": "邝敏", "takeover": "桑青", "scope": C}),
        ("move Will Chen's clients to Brooke Lin, sorry, I mean Jordan Wu",
         {"handover": "Will Chen", "takeover": "Jordan Wu", "scope": C}),
        # an or-question is no correction: "给石磊还是石蕾？先给石磊吧"
        ("甘雨的客户给石磊还是石蕾？先给石磊吧", {"handover": "甘雨", "takeover": "石磊", "scope": C}),
        ("甘雨的客户给石磊，不是给石蕾", {"handover": "甘雨", "takeover": "石磊", "scope": C}),
    ],
)
def test_the_name_after_a_correction_replaces_the_one_before(text: str, slots: dict[str, Any]) -> None:
    assert read(text) == ("handover", slots)


@pytest.mark.parametrize(
    ("text", "intent", "slots"),
    [
        ("根据公司安排，原销售二部离职人员名下客户统一移交聂志远同志负责，请予办理。", "handover",
         {"takeover": "聂志远", "scope": C}),
        ("待甘雨同志办结离职手续后，将其名下客户移交桑青同志，特此通知。", "handover",
         {"handover": "甘雨", "takeover": "桑青", "scope": C}),
        ("兹因邝丽同志申请离职，最后工作日为2026年12月18日，工作由邝敏同志承接，请启动离职交接流程。", "offboard",
         {"member": "邝丽", "last_day": "2026-12-18", "successor": "邝敏"}),
        ("同意，请予以办理。", "confirm", {}),
        ("桑青名下客户移交事项进展如何？", "status", {"member": "桑青"}),
        ("请调取甘雨的离职交接清单", "checklist", {"action": "show", "member": "甘雨"}),
    ],
)
def test_official_writing(text: str, intent: str, slots: dict[str, Any]) -> None:
    assert read(text) == (intent, slots)


@pytest.mark.parametrize(
    ("text", "intent", "slots"),
    [
        # typed all in lower case, a one-word English name still names its member …
        ("ok so brooke is leaving fr, can u move her clients to jordan", "handover",
         {"handover": "brooke", "takeover": "jordan", "scope": C}),
        # … unless it is an everyday word too
        ("lowkey i will check brooke's clients later", "unknown", {}),
        ("anyway brooke's customers → jordan pls", "handover",
         {"handover": "brooke", "takeover": "jordan", "scope": C}),
        # accents are folded as the directory folds them
        ("Please pass Renée Dubois's clients to José Ortega", "handover",
         {"handover": "Renee Dubois", "takeover": "Jose Ortega", "scope": C}),
        # Singlish: 'already' tells a departure, it asks nothing
        ("Wee Ling resign already, her customers give Hui Xin can?", "handover",
         {"handover": "Wee Ling", "takeover": "Hui Xin", "scope": C}),
        ("Wee Ling's customers moved over already?", "status", {"member": "Wee Ling"}),
        ("the groups of customers of Wee Ling go to Hui Xin", "handover",
         {"handover": "Wee Ling", "takeover": "Hui Xin", "scope": G}),
    ],
)
def test_chat_english(text: str, intent: str, slots: dict[str, Any]) -> None:
    assert read(text) == (intent, slots)


@pytest.mark.parametrize(
    ("text", "intent", "slots"),
    [
        ("甘雨那个弄好了没", "status", {"member": "甘雨"}),
        ("桑青的客户转得么样了", "status", {"member": "桑青"}),
        ("7713介个单嘛情况", "status", {"job": "H-7713"}),
        ("Where are we on the Will Chen transition?", "status", {"member": "Will Chen"}),
        ("Please annul transfer 7713, raised by mistake.", "cancel", {"job": "H-7713"}),
        ("Stop the Brooke Lin reassignment, she's not leaving after all.", "cancel", {}),
        ("anything in the approval queue for me?", "list", {"which": "pending_approvals"}),
        ("聂志远清单第3项搞完哒", "checklist", {"action": "done", "item": 3, "member": "聂志远"}),
        ("Show me Brooke Lin's offboarding checklist please", "checklist", {"action": "show", "member": "Brooke Lin"}),
        ("Kick off offboarding for Will Chen; backfill is Jordan Wu.", "offboard",
         {"member": "Will Chen", "successor": "Jordan Wu"}),
        ("后天再提醒我撒", "snooze", {"until": "2026-11-28"}),
        ("Remind me on Tuesday, cheers.", "snooze", {"until": "2026-12-01"}),
    ],
)
def test_other_intents_in_these_voices(text: str, intent: str, slots: dict[str, Any]) -> None:
    assert read(text) == (intent, slots)


@pytest.mark.parametrize(
    "text",
    [
        "把那个商机转给聂志远跟进，客户还是我来管",  # a sales opportunity, not the customers
        "有个客户来电找甘雨，我转到桑青分机了",  # a call put through
        "Will Chen's leaving do is at the pub on Friday, Brooke Lin is organising.",  # a party
    ],
)
def test_look_alikes_stay_alone(text: str) -> None:
    assert read(text)[0] == "unknown"


# --- voices of the blind round dev43 -----------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "intent", "slots"),
    [
        # dialect words for 'give', 'and', 'his', 'I': Hakka 转分/摎/𠊎, Wu 拨/俚…手里向, Yunnan 哩
        ("甘雨佢个客户转分桑青，佢月底唔做了", "handover", {"handover": "甘雨", "takeover": "桑青", "scope": C}),
        ("𠊎同事甘雨个客户摎群全部分聂志远", "handover", {"handover": "甘雨", "takeover": "聂志远", "scope": CG}),
        ("邝丽俚手里向个客户拨邝敏，阿是可以个？", "handover", {"handover": "邝丽", "takeover": "邝敏", "scope": C}),
        ("桑青哩客户弄去石磊那边嘛", "handover", {"handover": "桑青", "takeover": "石磊", "scope": C}),
        ("甘雨他的客户户责人改桑青就好", "handover", {"handover": "甘雨", "takeover": "桑青", "scope": C}),
        # what is done already, or kept, does not move
        ("甘雨的客户群已处理，其客户转予桑青", "handover", {"handover": "甘雨", "takeover": "桑青", "scope": C}),
        ("甘雨的客户群转去桑青那边，客户她自己顾", "handover", {"handover": "甘雨", "takeover": "桑青", "scope": G}),
        ("甘雨客户 桑青 急", "handover", {"handover": "甘雨", "takeover": "桑青", "scope": C}),
        ("Please re-home Brooke Lin's book to Jordan Wu", "handover",
         {"handover": "Brooke Lin", "takeover": "Jordan Wu", "scope": C}),
        # asked, not ordered: a completion question with a dialect particle
        ("桑青个客户阿是转好哉？", "status", {"member": "桑青"}),
        ("甘雨哩客户给是转完了咯？", "status", {"member": "甘雨"}),
        ("Wee Ling customer sudah moved or not yet?", "status", {"member": "Wee Ling"}),
        ("Any update on hand-off 4471?", "status", {"job": "H-4471"}),
        ("Kill hand-off 4471, done by hand already", "cancel", {"job": "H-4471"}),
        ("勿要转哉，刚刚葛只撤脱", "cancel", {}),
        ("麻烦问下能不能看看我自己提交过的交接申请？", "list", {"which": "my_requests"}),
        ("Have any request waiting my approve?", "list", {"which": "pending_approvals"}),
        ("甘雨以前个客户转分麼人了？", "records", {"member": "甘雨"}),
        ("邝丽月底走，接她的是邝敏，把离职流程弄起来", "offboard",
         {"member": "邝丽", "last_day": "2026-11-30", "successor": "邝敏"}),
        ("甘雨天光日最后一日，帮佢开离职个单", "offboard", {"member": "甘雨", "last_day": "2026-11-27"}),
        ("Please to open the leaving procedure for Will Chen", "offboard", {"member": "Will Chen"}),
        ("桑青申请离职，请启动离职交接流程。", "offboard", {"member": "桑青"}),
        ("甘雨个离职清单拿出来看下", "checklist", {"action": "show", "member": "甘雨"}),
        ("3那项勾错了，取消掉", "checklist", {"action": "undo", "item": 3}),
        ("这个机器人咋个用嘎？", "help", {}),
        ("Sorry, what can this bot really do?", "help", {}),
        ("得呢", "confirm", {}),
        ("Yes brother, confirm", "confirm", {}),
        ("嫑嫑，先等哈", "deny", {}),
        ("number 3 ka", "choose", {"choice": 3}),
        ("𠊎拣第二个", "choose", {"choice": 2}),
    ],
)
def test_dialects_and_learners(text: str, intent: str, slots: dict[str, Any]) -> None:
    assert read(text) == (intent, slots)


@pytest.mark.parametrize(
    "text",
    [
        "Brother, please send the contract of client Al Noor to Will Chen for signing",
        "甘雨今日放假，有客戶搵佢請轉駁到桑青分機",
    ],
)
def test_more_look_alikes_stay_alone(text: str) -> None:
    assert read(text)[0] == "unknown"


@pytest.mark.parametrize(
    ("text", "intent", "slots"),
    [
        # a complaint about where they still are, then the order: the order is the request
        ("甘雨的客户咋还在她名下？赶紧转给桑青", "handover", {"handover": "甘雨", "takeover": "桑青", "scope": C}),
        ("甘雨 → 桑青 那单现在啥情况", "status", {"member": "甘雨"}),
        # Indonesian 'pindah ke', learners' 'for' after a move
        ("Pak Jordan Wu customer pindah ke Bu Brooke Lin ya", "handover",
         {"handover": "Pak Jordan Wu", "takeover": "Bu Brooke Lin", "scope": C}),
        ("Please to give the clients of Will Chen for Hui Xin, he is leaving", "handover",
         {"handover": "Will Chen", "takeover": "Hui Xin", "scope": C}),
        ("Wee Ling 啲群轉咗去邊？", "records", {"member": "Wee Ling"}),
        ("Pull up every hand-off in the queue", "list", {"which": "all"}),
        ("我交个交接申请全部列出来", "list", {"which": "my_requests"}),
        # a visit moved to another day is no handover
        ("后天去拜访甘雨那个客户改到下周三了，桑青一起去", "unknown", {}),
    ],
)
def test_orders_questions_and_days(text: str, intent: str, slots: dict[str, Any]) -> None:
    assert read(text) == (intent, slots)


@pytest.mark.parametrize(
    ("text", "intent", "slots"),
    [
        # said again in brackets: the same person, not a second one or a thing of theirs
        ("Please transfer the customers of Will Chen (emp no. 30211) to Hui Xin.", "handover",
         {"handover": "Will Chen", "takeover": "Hui Xin", "scope": C}),
        ("甘雨（工号1187）名下的客户转给桑青（sangqing）", "handover",
         {"handover": "甘雨", "takeover": "桑青", "scope": C}),
        ("Move Brooke Lin's clients over to Jordan Wu, he's keen to take them.", "handover",
         {"handover": "Brooke Lin", "takeover": "Jordan Wu", "scope": C}),
        # a customer's complaint passed on for follow-up moves nobody's customers
        ("【转发】客户王女士投诉：甘雨答应的样品没寄。@桑青 你跟进一下", "unknown", {}),
    ],
)
def test_brackets_adjectives_and_complaints(text: str, intent: str, slots: dict[str, Any]) -> None:
    assert read(text) == (intent, slots)


@pytest.mark.parametrize(
    ("text", "slots"),
    [
        # the bot's own words pasted back with the receiver changed: the change wins
        ("确认交接：原负责人 甘雨 → 接收人 石磊，范围：客户\n接收人改成桑青，群也带上",
         {"handover": "甘雨", "takeover": "桑青", "scope": CG}),
        # whose words are agreed with, and who is copied in, receive nothing
        ("+1 to what Jordan Wu said, Brooke Lin's book should go to Will Chen. cc @Hui Xin",
         {"handover": "Brooke Lin", "takeover": "Will Chen", "scope": C}),
        ("抄送：桑青\n甘雨的客户转给聂志远", {"handover": "甘雨", "takeover": "聂志远", "scope": C}),
    ],
)
def test_never_the_person_only_mentioned(text: str, slots: dict[str, Any]) -> None:
    assert read(text) == ("handover", slots)


# --- voices of the blind rounds dev44 and dev45 -------------------------------------------------
@pytest.mark.parametrize(
    ("text", "intent", "slots"),
    [
        ("Cancel 4471. Wrong receiver.", "cancel", {"job": "H-4471"}),
        ("Please cancel job 4471.", "cancel", {"job": "H-4471"}),
        ("唔該 cancel 咗 4471 先，搞錯人", "cancel", {"job": "H-4471"}),
        ("Job 4471. What is the status?", "status", {"job": "H-4471"}),
        ("甘雨渠个客户转好爻未？", "status", {"member": "甘雨"}),
        ("Kick off offboarding for Will Chen. Last day Friday the 4th. Successor Jordan Wu.", "offboard",
         {"member": "Will Chen", "last_day": "2026-12-04", "successor": "Jordan Wu"}),
        ("Could you please start her offboarding? Brooke Lin leaves on 30 November. Her successor will be Hui Xin.",
         "offboard", {"member": "Brooke Lin", "last_day": "2026-11-30", "successor": "Hui Xin"}),
        ("给甘雨走个离职流程，今天最后一天，接手的是她搭档桑青", "offboard",
         {"member": "甘雨", "last_day": "2026-11-26", "successor": "桑青"}),
        ("聂志远同志离职清单第一项已完成，请知悉", "checklist", {"action": "done", "item": 1, "member": "聂志远"}),
        ("甘雨ㄉ清單給偶看一下", "checklist", {"action": "show", "member": "甘雨"}),
        ("甘雨的客户搭群全部给桑青", "handover", {"handover": "甘雨", "takeover": "桑青", "scope": CG}),
        ("Everything of Will Chen's except the groups → Hui Xin", "handover",
         {"handover": "Will Chen", "takeover": "Hui Xin", "scope": C}),
        ("离职人员名下剩下的客户，统一转给客服主管桑青", "handover", {"takeover": "桑青", "scope": C}),
        ("Could you hand my predecessor's book (Will Chen) to my new hire, Hui Xin?", "handover",
         {"handover": "Will Chen", "takeover": "Hui Xin", "scope": C}),
        # the story first, the order last: the order is the request
        ("甘雨上周已经走了，这两天有客户在群里问人去哪了。麻烦把甘雨的客户都转到桑青名下吧。", "handover",
         {"handover": "甘雨", "takeover": "桑青", "scope": C}),
        ("Brooke Lin moved to partnerships last week. Jordan Wu knows her accounts. Could you move Brooke's clients "
         "over to Jordan?", "handover", {"handover": "Brooke Lin", "takeover": "Jordan Wu", "scope": C}),
        ("我师父甘雨退休了，她的客户和群我来接", "handover", {"handover": "甘雨", "takeover": "我", "scope": CG}),
        ("甘雨的可户转桑青，店里缺人我先顶着", "handover", {"handover": "甘雨", "takeover": "桑青", "scope": C}),
        ("确认，谢谢领导👍", "confirm", {}),
        ("Yes please proceed, thank you very much", "confirm", {}),
        ("谢谢", "unknown", {}),
        ("第一個ㄅ", "choose", {"choice": 1}),
        ("下礼拜一再讲", "snooze", {"until": "2026-11-30"}),
    ],
)
def test_more_voices(text: str, intent: str, slots: dict[str, Any]) -> None:
    assert read(text) == (intent, slots)


@pytest.mark.parametrize(
    "text",
    [
        "我去不了上海了，那张高铁票转给桑青吧，她正好要去见客户",
        "石磊，你去给甘雨那几个客户的朋友圈点个赞，维护一下关系",
        "Wee Ling referred two new customers, please transfer her referral bonus with this month's salary.",
        "Hui Xin already transfer the customers' deposit to company account, please check.",
    ],
)
def test_things_of_customers_stay_alone(text: str) -> None:
    assert read(text)[0] == "unknown"


@pytest.mark.parametrize(
    ("text", "intent", "slots"),
    [
        # job ids read out in Chinese numerals, digit by digit or with 千/百
        ("三零九七号单好了没", "status", {"job": "H-3097"}),
        ("四千零八那个任务现在什么情况", "status", {"job": "H-4008"}),
        ("五千零一十二号任务还剩几个没转", "status", {"job": "H-5012"}),
        ("任务六六三一取消", "cancel", {"job": "H-6631"}),
        ("把第八千三百号任务取消掉", "cancel", {"job": "H-8300"}),
        ("任务七七二零的转移明细调出来", "records", {"job": "H-7720"}),
        ("十二号任务好了没", "status", {"job": "H-12"}),  # two characters: the 号 and the word after say so
    ],
)
def test_job_ids_in_chinese_numerals(text: str, intent: str, slots: dict[str, Any]) -> None:
    assert read(text)[0] == intent and all(read(text)[1].get(k) == v for k, v in slots.items())


def test_letters_without_a_mark_to_drop_fold_too() -> None:
    people = NameMatcher.build([DirectoryMember(userid="pawelk", name="帕维尔", english_name="Paweł Kowalski"),
                                DirectoryMember(userid="kasia", name="卡夏", english_name="Kasia Nowak")], version=1)
    intent = parse("please make transfer of clients from Paweł Kowalski to Kasia Nowak", today=TODAY, people=people)
    assert (intent.slots["handover"], intent.slots["takeover"]) == ("Pawel Kowalski", "Kasia Nowak")


@pytest.mark.parametrize(
    ("text", "slots"),
    [
        ("Will Chen last day 係 30/11，幫佢開個 offboarding checklist，successor 係 Hui Xin",
         {"member": "Will Chen", "last_day": "2026-11-30", "successor": "Hui Xin"}),
        ("Brooke Lin's last day is Friday the 4th, can you kick off her leaver checklist? Jordan Wu's her replacement.",
         {"member": "Brooke Lin", "last_day": "2026-12-04", "successor": "Jordan Wu"}),
    ],
)
def test_successors_and_days_as_people_write_them(text: str, slots: dict[str, Any]) -> None:
    assert read(text) == ("offboard", slots)


def test_can_i_see_a_checklist() -> None:
    assert read("Can I see where Brooke Lin's checklist is at?") == ("checklist", {"action": "show",
                                                                                 "member": "Brooke Lin"})


@pytest.mark.parametrize(
    ("text", "intent", "slots"),
    [
        # the one addressed owns "你的客户"; the bot is asked to do it
        ("@甘雨 你的客户先交给 @桑青 跟，@交接助手 你处理一下", "handover", {"handover": "甘雨", "takeover": "桑青",
                                                                 "scope": C}),
        # honorifics after a name are part of how the person is named
        ("Assalamu alaikum. Wee Ling bhai has resigned. Please make transfer his all clients to Hui Xin apu.",
         "handover", {"handover": "Wee Ling bhai", "takeover": "Hui Xin apu", "scope": C}),
        ("这个机器人能闹甚？", "help", {}),
        ("甘雨的清单看一眼", "checklist", {"action": "show", "member": "甘雨"}),
        ("得咯，就这样确认", "confirm", {}),
        ("+1, go ahead", "confirm", {}),
        ("不要啦，先不要搞", "deny", {}),
        ("Please I'll take number two", "choose", {"choice": 2}),
        ("把甘雨名下的客户导出一份Excel给我，月底对账用", "unknown", {}),
        ("甘雨的老客户转介绍了一个朋友过来，桑青你先加个微信聊聊", "unknown", {}),
        ("Hui Xin, pass to me the contract of the client Wee Ling sent yesterday", "unknown", {}),
    ],
)
def test_addressed_honorifics_and_replies(text: str, intent: str, slots: dict[str, Any]) -> None:
    assert read(text) == (intent, slots)


# --- from the blind round dev47: never the wrong person -----------------------------------------
@pytest.mark.parametrize(
    ("text", "slots"),
    [
        ("move Will Chen's clients to Jordan Wu — sorry, I meant Hui Xin", {"handover": "Will Chen",
                                                                          "takeover": "Hui Xin", "scope": C}),
        ("Move Will Chen's clients to Jordan Wu. Wait no, Jordan's on leave — make it Hui Xin.",
         {"handover": "Will Chen", "takeover": "Hui Xin", "scope": C}),
        ("HO req — from: Brooke Lin / to: Wee Ling / scope: all", {"handover": "Brooke Lin", "takeover": "Wee Ling",
                                                                  "scope": CG}),
        ("Transfer of external contacts — Will Chen (departing) to Hui Xin (incoming). Groups included.",
         {"handover": "Will Chen", "takeover": "Hui Xin", "scope": CG}),
        ("please transfer the buyers registered under Brooke Lin to Jordan Wu", {"handover": "Brooke Lin",
                                                                                "takeover": "Jordan Wu", "scope": C}),
        ("Effective 1 Dec, Hui Xin assumes responsibility for the clients formerly managed by Wee Ling.",
         {"handover": "Wee Ling", "takeover": "Hui Xin", "scope": C}),
        ("Transfer Brooke's customers to Will Chen. Correction: Brooke Lin, not Brooke Tan.",
         {"handover": "Brooke Lin", "takeover": "Will Chen", "scope": C}),
    ],
)
def test_who_gives_and_who_receives_in_english_forms_and_corrections(text: str, slots: dict[str, Any]) -> None:
    assert read(text) == ("handover", slots)


# --- from the blind round dev46 ------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "intent", "slots"),
    [
        ("给咱把甘雨那些客户弄给桑青嘞，她年时就说不想干了", "handover",
         {"handover": "甘雨", "takeover": "桑青", "scope": C}),
        ("甘雨的客户转我名下吧，群已经给桑青了", "handover", {"handover": "甘雨", "takeover": "我", "scope": C}),
        ("把甘雨的克护全部装给桑青", "handover", {"handover": "甘雨", "takeover": "桑青", "scope": C}),
        ("甘雨那几个VIP客户给桑青吧", "handover", {"handover": "甘雨", "takeover": "桑青", "scope": C}),
        ("Will Chen 的企微群给 Hui Xin", "handover", {"handover": "Will Chen", "takeover": "Hui Xin", "scope": G}),
        ("甘雨的全部给桑青👌", "handover", {"handover": "甘雨", "takeover": "桑青", "scope": CG}),
        ("甘雨那些200人以上的大群转给桑青，小群先不管", "handover",
         {"handover": "甘雨", "takeover": "桑青", "scope": G}),
        ("[图片] 4471失败的那几个群帮忙重试一下", "handover", {"job": "H-4471", "scope": G, "subset": "failed"}),
        ("甘雨那边的客户都过去了没", "status", {"member": "甘雨"}),
        ("扯销任务4471", "cancel", {"job": "H-4471"}),
        ("甘雨第一项好势了，勾掉", "checklist", {"action": "done", "item": 1, "member": "甘雨"}),
        ("桑青离职，清单搞一下，接她的是聂志远", "offboard", {"member": "桑青", "successor": "聂志远"}),
        ("甘雨要走了，离职那个流程阿能先弄起来", "offboard", {"member": "甘雨"}),
        ("手机上那个在职继承的页面在哪，我找不到分配给同事的按钮", "help", {}),
        ("[OK][抱拳]", "confirm", {}),
        ("上面那个预览没问题，提交吧", "confirm", {}),
        ("等等等等，刚那个别提交！", "deny", {}),
        ("你列的第二个就是她", "choose", {"choice": 2}),
        ("甘雨已经在离职成员列表里了，客户还挂在她名下，先帮我发起离职继承", "handover",
         {"handover": "甘雨", "scope": C}),
    ],
)
def test_dev46_voices(text: str, intent: str, slots: dict[str, Any]) -> None:
    assert read(text) == (intent, slots)


@pytest.mark.parametrize(
    "text",
    [
        "上个月的客户回访表甘雨整理好了，发给桑青看一下",
        "甘雨的社保下个月转出去，人事那边跟进一下",
        "甘雨手上三个客户的欠款，统一转给财务桑青去催",
        "给甘雨开个离职证明，她下周三来拿",
    ],
)
def test_dev46_look_alikes(text: str) -> None:
    assert read(text)[0] == "unknown"


# --- from the blind round dev47 ------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "intent", "slots"),
    [
        ("xfer accts of W. Chen → H. Xin asap", "handover", {"handover": "W. Chen", "takeover": "H. Xin", "scope": C}),
        ("lettings: trnsfer all tenants + landlords from Brooke Lin to Jordan Wu, plus her viewing groups", "handover",
         {"handover": "Brooke Lin", "takeover": "Jordan Wu", "scope": CG}),
        ("Will Chen has resigned. His corporate clients should now sit with Hui Xin.", "handover",
         {"handover": "Will Chen", "takeover": "Hui Xin", "scope": C}),
        ("Reassign the customers of Wee Ling to Hui Xin. Groups remain with Wee Ling until her LWD.", "handover",
         {"handover": "Wee Ling", "takeover": "Hui Xin", "scope": C}),
        ("did the move of Brooke Lin's accounts go through?", "status", {"member": "Brooke Lin"}),
        ("Has Jordan Wu's handover actually finished?", "status", {"member": "Jordan Wu"}),
        ("chk prog on 4471 pls", "status", {"job": "H-4471"}),
        ("anything sitting with me for approval?", "list", {"which": "pending_approvals"}),
        ("lsit my reqs", "list", {"which": "my_requests"}),
        ("nix #4471", "cancel", {"job": "H-4471"}),
        ("start exit for Will Chen, LWD 12/19", "offboard", {"member": "Will Chen", "last_day": "2026-12-19"}),
    ],
)
def test_dev47_voices(text: str, intent: str, slots: dict[str, Any]) -> None:
    assert read(text) == (intent, slots)


def test_a_surname_after_an_alias_the_directory_knows_stays_with_it() -> None:
    # WeCom's user/list gives one alias and no English name: "Courtney Pham" is the member known as
    # Courtney, the surname is no second person, and her possessive still says whose
    people = NameMatcher.build([DirectoryMember(userid="fankeni", name="范可妮", alias="Courtney"),
                                DirectoryMember(userid="moaili", name="莫爱丽", alias="Alyssa")], version=1)
    for text in ("move Courtney Pham's clients over to Alyssa Moreno", "Courtney Pham → Alyssa Moreno (group chats)"):
        intent = parse(text, today=TODAY, people=people)
        assert (intent.intent, intent.slots["handover"], intent.slots["takeover"]) == ("handover", "Courtney",
                                                                                      "Alyssa")


@pytest.mark.parametrize(
    "text",
    [
        "甘雨给客户带的样品搁桑青桌上了，谁去拿一下",  # samples on a desk
        "Will Chen's taking Brooke Lin's clients out for a barbie on Saturday, you keen?",  # a day out
    ],
)
def test_things_put_on_desks_and_days_out_move_nothing(text: str) -> None:
    assert read(text)[0] == "unknown"


def test_the_one_ruled_out_gives_nothing() -> None:
    assert read("Yeah nah not Will Chen, Brooke Lin's the one leaving — her customers to Hui Xin") == (
        "handover", {"handover": "Brooke Lin", "takeover": "Hui Xin", "scope": C})
