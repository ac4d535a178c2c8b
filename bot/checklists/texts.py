"""What the checklist feature says, in Chinese and English."""

from __future__ import annotations

from bot.texts import T

# --- starting ---------------------------------------------------------------------------------
CREATED = T(
    zh="已为{name}（{dept}）创建离职清单，最后工作日 {day}，共 {count} 项，负责人：{owners}。",
    en="Offboarding checklist created for {name} ({dept}): last working day {day}, {count} items; owners: {owners}.",
)
CREATED_NO_DEPT = T(
    zh="已为{name}创建离职清单，最后工作日 {day}，共 {count} 项，负责人：{owners}。",
    en="Offboarding checklist created for {name}: last working day {day}, {count} items; owners: {owners}.",
)
SUCCESSOR_NOTE = T(zh="接替人：{name}。", en="Successor: {name}.")
WEEKEND_SHIFT = T(
    zh="{given}是周末，最后工作日按 {day}计算。",
    en="{given} is a weekend day, so the last working day is {day}.",
)
NOT_ADMIN = T(
    zh="只有 HR 管理员可以为他人发起离职清单（{admins}）。你可以为自己发起：“我12月4日离职，开始离职清单”。",
    en="Only the HR admins can start offboarding for someone else ({admins}). "
    "You can start your own: “start offboarding for me, last day Dec 4”.",
)
NO_ADMINS = T(zh="尚未配置 HR 管理员", en="no HR admins configured")
ASK_WHO = T(
    zh="请告诉我是谁要离职，例如：陈静12月4日离职，开始离职清单",
    en="Who is leaving? For example: start offboarding for Chen Jing, last day Dec 4",
)
ASK_DAY = T(
    zh="请告诉我{name}的最后工作日，例如：{name}12月4日离职，开始离职清单",
    en="What is {name}'s last working day? For example: start offboarding for {name}, last day Dec 4",
)
PAST_DAY = T(
    zh="最后工作日 {day}已经过去了，请确认日期。",
    en="The last working day {day} is already past; please check the date.",
)
FAR_DAY = T(
    zh="最后工作日 {year}年{day}离现在超过半年，请确认日期（写上年份，如 2026年12月4日）。",
    en="The last working day {day}, {year} is more than half a year away; please check the date "
    "(with the year, e.g. 2026-12-04).",
)
PICK_PERSON = T(
    zh="找到 {n} 位“{mention}”，请回复序号：\n{lines}",
    en="{n} people match “{mention}”. Reply with a number:\n{lines}",
)
PICK_AGAIN = T(zh="没看懂，请回复列表中的序号（1–{n}），或说“取消”。",
               en="Please reply with a number from the list (1–{n}), or “cancel”.")
NOT_FOUND = T(zh="通讯录里没有找到“{mention}”。", en="I can't find “{mention}” in the directory.")
NOT_FOUND_SUGGEST = T(zh="通讯录里没有找到“{mention}”，你是说{suggestions}吗？",
                      en="I can't find “{mention}”. Did you mean {suggestions}?")
ALREADY_OPEN = T(
    zh="{name}已有离职清单 {id}（最后工作日 {day}），还剩 {left} 项。回复“{name}的清单”查看。",
    en="{name} already has offboarding checklist {id} (last working day {day}), {left} items open. "
    "Say “{name}'s checklist” to see it.",
)
ALREADY_LEFT = T(
    zh="{name}已离职，不再需要离职清单。要分配客户，请说“把{name}的客户交接给…”。",
    en="{name} has already left; no checklist needed. To reassign the customers, say "
    "“hand over {name}'s customers to …”.",
)

# --- the card -----------------------------------------------------------------------------------
CARD_TITLE = T(zh="离职交接清单", en="Offboarding checklist")
CARD_TITLE_FOR = T(zh="{name}的离职清单", en="{name}'s checklist")
CARD_DESC = T(zh="还剩 {left} 项 · 最后工作日 {day}", en="{left} left · last day {day}")
CARD_DESC_DONE = T(zh="已全部完成 · 最后工作日 {day}", en="All done · last day {day}")
CARD_SOURCE = T(zh="客户交接助手", en="Handover assistant")
CARD_SUBMIT = T(zh="提交", en="Submit")
CARD_CLOSED = T(zh="清单已关闭", en="Checklist closed")

# --- ticking ------------------------------------------------------------------------------------
TICKED = T(zh="已完成第{n}项：{title}。还剩 {left} 项。", en="Done: item {n}, {title}. {left} left.")
TICKED_ALL = T(zh="已完成第{n}项：{title}。清单全部完成，辛苦了！",
               en="Done: item {n}, {title}. The whole checklist is complete — thank you!")
UNTICKED = T(zh="已撤销第{n}项：{title}。还剩 {left} 项。", en="Reopened item {n}, {title}. {left} left.")
ALREADY_DONE = T(zh="第{n}项已经完成（{who}，{when}）。", en="Item {n} is already done ({who}, {when}).")
NOT_DONE_YET = T(zh="第{n}项还没有完成。", en="Item {n} is not done yet.")
NO_SUCH_ITEM = T(zh="没有第{n}项，清单共 {total} 项。", en="There is no item {n}; the checklist has {total}.")
NOT_YOURS = T(zh="第{n}项由{owner}负责，你不能勾选。", en="Item {n} belongs to {owner}; you can't tick it.")
NO_CHECKLIST = T(zh="你目前没有进行中的离职清单。", en="You have no open offboarding checklist.")
CHECKLIST_CLOSED = T(zh="{name}的离职清单已关闭。", en="{name}'s checklist is closed.")
WHICH_ITEM = T(zh="要完成哪一项？回复“完成第N项”：\n{lines}", en="Which item? Reply “done N”:\n{lines}")
PICK_CHECKLIST = T(zh="你参与了 {n} 份离职清单，请回复序号：\n{lines}",
                   en="You are on {n} offboarding checklists. Reply with a number:\n{lines}")
COMPLETED_NOTICE = T(zh="{name}的离职清单已全部完成（{total} 项）。",
                     en="{name}'s offboarding checklist is complete ({total} items).")
MY_CHECKLIST = T(zh="你的离职清单还剩 {left} 项（共 {total} 项），最后工作日 {day}。可在卡片上勾选。",
                 en="Your offboarding checklist: {left} of {total} items left, last working day {day}. "
                 "Tick them on the card.")
MY_ITEMS = T(zh="{name}的离职清单中由你负责的还剩 {left} 项，可在卡片上勾选。",
             en="{name}'s checklist: {left} of your items left. Tick them on the card.")

# --- reminders ----------------------------------------------------------------------------------
REMIND_MEMBER = T(zh="离职清单提醒：最后工作日 {day}，你还有 {left} 项未完成：",
                  en="Checklist reminder: last working day {day}; {left} of your items are open:")
REMIND_OWNER = T(zh="{name}的离职清单（最后工作日 {day}）中，你负责的 {left} 项未完成：",
                 en="{name}'s offboarding checklist (last day {day}): {left} of your items are open:")
REMIND_FOOT = T(zh="完成后回复“完成第N项”；说“明天再提醒我”可推迟。",
                en="Reply “done N” when finished; say “remind me tomorrow” to snooze.")
ESCALATE = T(zh="{name}的离职清单有 {n} 项已逾期（最后工作日 {day}）：",
             en="{name}'s offboarding checklist has {n} overdue items (last day {day}):")
SUMMARY = T(zh="{name}的离职清单：今天是最后工作日，已完成 {done}/{total} 项。",
            en="{name}'s offboarding checklist: today is the last working day; {done}/{total} items done.")
SUMMARY_LATE = T(zh="{name}的离职清单：最后工作日 {day} 已过，已完成 {done}/{total} 项。",
                 en="{name}'s offboarding checklist: the last working day ({day}) has passed; "
                 "{done}/{total} items done.")
OPEN_HEAD = T(zh="未完成：", en="Open:")
LINE_DUE = T(zh="{n}. {title}（截止 {due}）", en="{n}. {title} (due {due})")
LINE_OVERDUE = T(zh="{n}. {title}（已逾期，截止 {due}）", en="{n}. {title} (overdue since {due})")
LINE_OWNER = T(zh="{n}. {title} · {owner} · 截止 {due}", en="{n}. {title} · {owner} · due {due}")

# --- snooze -------------------------------------------------------------------------------------
SNOOZED = T(zh="好的，{day}再提醒你。", en="OK, I'll remind you again on {day}.")
SNOOZE_NOTHING = T(zh="你目前没有需要提醒的清单事项。", en="There is nothing I'm reminding you about.")

# --- status -------------------------------------------------------------------------------------
STATUS_HEAD = T(zh="{name}的离职清单 {id}（{state}）：最后工作日 {day}，已完成 {done}/{total} 项。",
                en="{name}'s offboarding checklist {id} ({state}): last working day {day}, {done}/{total} done.")
STATE_OPEN = T(zh="进行中", en="open")
STATE_DEPARTED = T(zh="已离职，已关闭", en="left, closed")
STATE_CANCELLED = T(zh="已取消", en="cancelled")
STATUS_DONE_LINE = T(zh="✓ {n}. {title} — {who} {when}", en="✓ {n}. {title} — {who}, {when}")
STATUS_OPEN_LINE = T(zh="☐ {n}. {title} — {owner}，截止 {due}{late}", en="☐ {n}. {title} — {owner}, due {due}{late}")
STATUS_LATE = T(zh="（已逾期）", en=" (overdue)")
STATUS_SUCCESSOR = T(zh="接替人：{name}", en="Successor: {name}")
STATUS_HANDOVER = T(zh="客户交接：{job}", en="Customer handover: {job}")
STATUS_NOT_ALLOWED = T(
    zh="只有 HR 管理员、{name}的上级和清单的负责人可以查看这份清单。",
    en="Only the HR admins, {name}'s manager and the checklist's owners can see this checklist.",
)
NO_CHECKLIST_FOR = T(zh="{name}没有离职清单。", en="{name} has no offboarding checklist.")

# --- departure ----------------------------------------------------------------------------------
DEPARTED_TITLE = T(zh="{name}已离职", en="{name} has left")
DEPARTED_COUNTS = T(zh="{customers} 位客户、{groups} 个客户群待分配。", en="{customers} customers and {groups} "
                    "customer groups are waiting for a new owner.")
DEPARTED_SUCCESSOR = T(zh="清单中的接替人是{successor}。", en="The successor on the checklist is {successor}.")
DEPARTED_BUTTON = T(zh="一键交接给{successor}", en="Hand over to {successor}")
DEPARTED_ASK = T(
    zh="{name}已离职，{customers} 位客户、{groups} 个客户群待分配。清单中没有可用的接替人{why}，"
    "请回复“把{name}的客户和客户群交接给…”指定一位同事。",
    en="{name} has left; {customers} customers and {groups} customer groups are waiting for a new owner. "
    "The checklist names no usable successor{why}; reply “hand over {name}'s customers and groups to …”.",
)
DEPARTED_NOTHING = T(zh="{name}已离职，名下没有待分配的客户或客户群。",
                     en="{name} has left; there are no customers or groups waiting for a new owner.")
DEPARTED_OPEN = T(zh="{name}的离职清单已关闭，{n} 项未完成：", en="{name}'s checklist is closed with {n} items open:")
DEPARTED_ALL_DONE = T(zh="{name}的离职清单已关闭，{total} 项全部完成。",
                      en="{name}'s checklist is closed; all {total} items were done.")
HANDOVER_FILED = T(zh="已发起交接 {job}：{name} → {successor}，审批结果会通知你。",
                   en="Handover {job} filed: {name} → {successor}. I'll tell you when it is decided.")
HANDOVER_DUPLICATE = T(zh="{name}的客户交接已在进行：{job}。", en="{name}'s handover is already under way: {job}.")
HANDOVER_UNAVAILABLE = T(
    zh="现在无法一键交接，请直接说“把{name}的客户和客户群交接给{successor}”。",
    en="The one-tap handover is not available right now; say “hand over {name}'s customers and groups "
    "to {successor}”.",
)
HANDOVER_NOT_ADMIN = T(zh="只有 HR 管理员可以发起交接（{admins}）。",
                       en="Only the HR admins can start a handover ({admins}).")
HANDOVER_DONE_BUTTON = T(zh="已发起 {job}", en="Filed {job}")
THE_SUCCESSOR = T(zh="接替人", en="the successor")
CARD_ALL_DONE = T(zh="清单全部完成，辛苦了！", en="The whole checklist is complete — thank you!")
