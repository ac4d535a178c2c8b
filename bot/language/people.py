"""People in a message — the person half of stage 2 (spotting).

Two spotters share one shape, `PersonSpot` (where, as written, and which members it may be):
- in the chat path the directory's matcher (`bot.directory.matcher.NameMatcher`, an
  Aho–Corasick automaton over every member's name forms, built once per directory version)
  finds the members named anywhere in the message, whatever surrounds them;
- without a directory (`wecom-handover parse`, unit tests) `recognize_people` finds what looks
  like a name: a Chinese surname (incl. compound ones) with one or two given-name characters,
  a familiar form (老王, 小陈, 张总, 涛哥), a capitalized Latin name or a userid-like token.
The reader only ever reports the mention as written; resolving it to a member (and asking when
that is not one person) stays with the directory."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Protocol

from .first_chars import skipping


@dataclass(frozen=True)
class PersonSpot:
    start: int
    end: int
    text: str  # as written in the normalized message
    members: tuple[str, ...] = field(default=())  # userids it may be (directory spots only)
    known: bool = False  # found in the directory (not guessed from its shape)


# Titles written before or after a Latin name (Mr. Sato, Khun Nok, Pak Budi, anh Minh, Usman bhai, Tanaka
# san): the reader keeps them in the mention as written, the directory's resolver drops them.
TITLES_BEFORE = frozenset({"mr", "mrs", "ms", "miss", "dr", "khun", "pak", "bu", "mas", "mbak", "anh", "chi", "em",
                           "agha",
                           # Malay and Javanese (Awang/Dayang in Sarawak, Cak in Surabaya), Amharic, Kurdish, French,
                           # German, Spanish and Portuguese
                           "awang", "dayang", "encik", "cik", "puan", "tuan", "haji", "hajah", "datuk", "cak", "kak",
                           "ato", "mamosta", "mme", "madame", "herr", "frau", "senor", "senora", "sra", "dona"})
TITLES_AFTER = frozenset({"bhai", "bhaiya", "sahab", "saheb", "apu", "apa", "ji", "jee", "san", "sama", "kun", "chan",
                          "ssi", "jan", "khanum",  # (Persian: Parisa jan, Agha Bahram, Shirin khanum)
                          # Malayalam, Tamil, Marathi; Uzbek and Kyrgyz; Azerbaijani; Korean
                          "chetta", "chechi", "anna", "akka", "bhau", "aka", "opa", "baike", "eje", "muellim",
                          "xanim", "hyung", "nim", "sunbae",
                          "malli", "nangi", "aiya", "thambi", "didi", "dai", "bhauji"})  # (Sinhala, Tamil, Nepali)

# how a sender names themself in a request ("转给我", "我来接", "my own checklist"): the sender, not a member's name
SELF_WORDS = frozenset({"我", "我自己", "自己", "本人", "me", "myself", "i"})


_TITLE_INSIDE = re.compile(r"主管|经理|总监|专员|客服|同事|助理")  # "转给客服主管桑青": the title, then the name


class PeopleSpotter(Protocol):
    """What the reader needs from a directory: the people named in a normalized message."""

    def spot(self, text: str) -> list[PersonSpot]: ...


# --- without a directory ---------------------------------------------------------------------
COMPOUND = ("欧阳 司马 诸葛 上官 东方 皇甫 尉迟 公孙 慕容 长孙 宇文 司徒 夏侯 轩辕 令狐 端木 独孤 南宫 西门"
            " 百里 呼延 澹台 钟离 闻人 赫连 单于 司空").split()
_COMPOUND_SET = frozenset(COMPOUND)
SURNAMES = frozenset(
    "傅阎王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈"
    "姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
    "常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕季"
    "裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚"
    "岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬卞姬师仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池麻苑迟"
    "邝官封谈匡鞠惠荆乐冀郁胥班储原栗燕楚鄢劳谌奚皮粟冼蔺楼盘满闻位厉伊仝郜海阚花权强帅屠豆朴盖练廉禹井"
    "祖漆巴丰支卿国狄平计索宣晋相初云芮鹿薄辜阿裘亓邰赫区贝洪萧戈容骞宦束钮郦竺邸逯蓬戎茹桓"
    "慕玉银嵇湛茅尉冶檀阴昝智幸奉植衡富尧闭"
    # rarer ones from the Hundred Family Surnames whose character starts no common word
    "訾郗禚逄殳仉谯蒯邗郏茆佴隗荀邴糜宓钭蓟韶赖濮扈庾阙夔厍晁乜璩郤莘雍苌"
)
# Characters that end a name: grammar that follows a name in a sentence.
_STOP = frozenset("的把给要已是在和跟与及都也还那这客名手走辞去调下开交转移接让由说刚帮从将被对向到啥什怎吗呢吧了着过"
                  "有哪个些么谁们里样点事月号日年三四五六七八九十负办创管处所全好谢以"
                  "离职清单记录进度状态审批取消撤查看如何之前以前上周月日号年并再同等会能请先就"
                  "哈啊呀哦嘛呗啦哟喔噢咯嘞噻休你您不账嗯得做提讲昨")
_WEEKDAYS = frozenset("周一 周二 周三 周四 周五 周六 周日 周天".split())
# Words that start with a surname character but are not names.
_NOT_NAMES = frozenset((
    "阿是 阿能 阿拉 侬好 阿弄 阿搞 阿转 阿做 阿办 阿好 乜嘢 孙子 孙女"  # (Wu 阿 asks: 阿弄好了; Cantonese 乜嘢: what)
    " 白动 白转 白弄 白搞 白碰"  # (Jilu 白: don't)
    " 全公司 全组 全部门 仲未 仲有 仲系 仲要 仲喺"  # (Cantonese 仲: still)
    " 任务 方面 方便 方式 方法 常用 常见 高兴 高级 管理 安排 安全 文件 明天 明白 时候 时间 全部 全体 关于 关系 关闭"
    " 成功 成员 申请 何时 和群 向下 左右 原来 原因 应该 应当 于是 由于 所有 单子 单号 单据 江湖 金额 钱款 包括 宁可"
    " 马上 周末 周年 元旦 平时 平台 海外 国内 国外 花时 连续 路上 路过 华东"
    " 华南 华北 华中 华西 南方 北方 西方 强制 计划 计算 信息 展示 利用 公司"
    " 商务 商量 车辆 通知 邮件 项目 姚明 万一 万能 齐全 程序 谢谢 许多 许可 毛毛雨 安然无恙 叶子 余下 余额 余额"
    " 沙发 乐意 曲线 骆驼 康复 尚未 韦恩 支持 原本 段落 顾问 顾客 江山 严格 严重 严肃 戴上 龙头 史上 贺卡 石头"
    " 毕业 季度 林林 苗头 谷歌 盛大 米饭 冷静 晏起 席位 卫生 党员 宫廷 费用 卜卦 景色 柏林 宗旨 桂林 全员 应用"
    " 闵行 苟且 边上 姬妾 师傅 和谐 仇恨 栾树 商品 荣誉 郎中 甄选 丛林 仲裁 虞美 敖包 巩固 明确 佘山 池塘 查询"
    " 查看 查下 查查 查一 麻烦 苑囿 迟到 封面 谈谈 惠及 荆棘 乐观 郁闷 南京 班级 储存 原始 栗子 燕子 楚楚 劳烦 奚落"
    " 皮肤 粟米 楼上 盘点 满意 闻到 位置 厉害 伊始 区域 海里 阚定 花园 权限 强调 帅气 屠宰 豆子 朴素 盖章 练习"
    " 廉价 禹州 井然 祖国 漆黑 巴士 丰富 支付 卿卿 国庆 狄更 平安 计入 索取 宣布 晋升 相关 初始 门口 云端 容易 敬请"
    " 来自 扈从 普通 阙如 浦东 戈壁 伏笔 鹿角 薄弱 邸报 雍正 辜负 羊毛 阿姨 乌云 母亲 修改 杭州 况且 那个 那边 宿舍"
    " 鲜花 印象 隆重 茹素 诸位 战略 慕名 危险 玉米 银行 亢奋 公开 哈哈 湛江 宾馆 戎装 勾选 茅台 利润 居然 揭晓"
    " 干嘛 但是 斯文 元素 束缚 衣服 信息 展开 阴天 智能 幸好 奉命 植物 衡量 富裕 闭环 由于 文档 武汉 深圳 北京 上海"
    " 成都 广州 重庆 天津 西安 苏州 南宁 长沙 郑州 青岛 大连 厦门 宁波 济南 合肥 福州 昆明 贵阳 兰州 太原 石家 哈尔"
    " 东莞 佛山 常州 无锡 温州 金华 台州 嘉兴 绍兴 徐州 扬州 盐城 泉州 江苏 江西 湖南 湖北 安徽 河南 河北 山东 山西"
    " 陕西 甘肃 云南 贵州 四川 广东 广西 海南 浙江 福建 辽宁 吉林 黑龙 宁夏 新疆 西藏 青海 内蒙 香港 澳门 台湾 华为"
    " 阿里 腾讯 百度 京东 美团 小米 钉钉 飞书 企微 微信 企业 部门 同事 领导 老板 老大 老师 经理 主管 总监 人事 财务"
    " 行政 销售 市场 运营 技术 产品 客服 渠道 售后 电销 大区 分公司 办事处 小组 小哥 小姐 小伙 小时 小心 小时候 小问题"
    " 小帮 小助 辛苦 辛劳 赖账 雍容"
    " 后来 明细 那里 那儿 那位 单发 申请 何时 老是 老婆 老公 老家 老客户 老客 小客户 小程序 小事"
).split())
NOT_NAMES = _NOT_NAMES  # common words that start with a surname character
_FAMILIAR = skipping(re.compile(r"(?:老|小|阿|大)[\u4e00-\u9fff](?:哥|姐)?|[\u4e00-\u9fff]{1,2}(?:哥|姐)|"
                                r"[\u4e00-\u9fff](?:总|工|老师|经理|主管|总监|老板)"))
_HAN = re.compile(r"[\u4e00-\u9fff]+")
_LATIN_NAME = re.compile(
    r"(?<![A-Za-z0-9_.])(?:[a-z][a-z0-9_.\-]*@[a-z0-9\-]+(?:\.[a-z0-9\-]+)+|(?:(?:Manager|Boss|Director|"
    r"Teacher|Dr|Mr|Mrs|Ms|"
    r"Miss)\.?\s|阿)?(?:[A-Z]'(?=[A-Z]))?[A-Z][a-z]+(?:[ -](?:[A-Z]'(?=[A-Z]))?[A-Z][a-z]+){0,3}|"
    r"[A-Z]{2,}[ -][A-Z][a-z]+|[A-Z][a-z]+[ -][A-Z]{2,}(?![a-z])|"
    r"[a-z][a-z0-9]*[._][a-z0-9_.]*[a-z0-9]|"
    r"[a-z]{2,}\d{1,4})(?![A-Za-z0-9_])"
)


PINYIN_INITIAL = "(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])"
PINYIN_FINAL = ("(?:iang|iong|uang|ang|eng|ing|ong|ian|iao|uai|uan|ai|ei|ao|ou|an|en|in|un|ia|ie|iu|ua|uo|ui|ue|"
                "a|o|e|i|u)")
_PINYIN_NAME = skipping(re.compile(
    rf"(?<![a-z0-9_.])(?:{PINYIN_INITIAL}?{PINYIN_FINAL})(?: ?{PINYIN_INITIAL}{PINYIN_FINAL}){{1,3}}"
    rf"(?:\d{{1,3}})?(?![a-z0-9_])"
))


# English words that also spell a pinyin syllable; never the edge of a name.
_SHORT_WORDS = frozenset("to he me she we go so no in on an a o e de la ok hi ha ma pa ya you your".split())
# Where Chinese grammar says a name stands: 把X的客户, X名下, 查X的交接, 给X (end of clause).
_STRUCTURAL = re.compile(
    r"(?:^|(?<=[把将从查给为,;:\s@])|(?<=接手)|(?<=接管)|"
    r"(?<=接替))(?P<name>(?![把将从查给为帮请下一])[\u4e00-\u9fff]{2,5}?)"
    r"(?=的(?:客户|群|外部|联系人|交接|进度|记录|状态|全部|所有|微信)|名下|那边的|手上的)|"
    r"(?<=[让由])(?P<name3>[\u4e00-\u9fff]{2,4}?)(?=来?(?:接手|接管|接替|负责|跟进))|"
    r"^(?P<name4>[\u4e00-\u9fff]{2,6}?)(?=\d{1,4}月\d{1,2}[日号]?(?:离职|辞职|走|最后))|"
    r"(?<=给)(?![到了过]|那个|这个|那位|这位)(?P<name2>[\u4e00-\u9fff]{2,4}?)(?=$|[,.!?;\s]|名下|负责|来|吧|"
    r"接|吗|呢|了|啊|哈|呀|"
    r"哦|嘛|呗|啦|咯|嘞|管|"
    r"不|没|照看|照顾|承接|对接|跟|喔|噢|哦|谢|感|一下|嗯|得|代管|代理|代为|好吗|好不好|行不行|行吗|可以吗|比较|"
    r"跟进|处理|维护|"
    r"打理|那边|这边|手上)|"
    r"(?:^|(?<=[,;:\s]))(?P<name5>[\u4e00-\u9fff]{2,4}?)(?=(?:已经|已|要|刚|也|都)?(?:离职|辞职|退休|"
    r"走了)(?!清单|流程|手续|证明|事项|交接|程序))"
)
_CUE_INSIDE = re.compile(r"[我你他她它谁了们等提未没剩把将给从部组处科室接替]|[今明后昨]天|.[于要会在已]|接替|接手|"
                         r"失败|"
                         r"拒绝|发起|"
                         r"申请|那边|这边|交接|客户|离职|"
                         r"审批|取消|所有|全部|这个|那个|我们|他们|她们|大家|自己|员工|同事|"
                         r"部门|领导|老板|别人|财务|法务|行政|前台|公司|销售|市场|一下|帮忙|麻烦|"
                         r"负责|跟进|管理|之前|以前|原来|以后|后来|现在|只|转|建|休|说|手头|手里|手上|那边|这边|"
                         r"年底|年末|月底|月末|下月|上月|本月|下周|本周|这周|今年|明年|调岗|调职|那块|这块")


# The last character of a boundary _STRUCTURAL knows a name follows (把, 接管 …): a shape that
# starts with it took the verb for a surname.
_BOUNDARY_TAILS = frozenset("把将从查给为手管替")
# (after 给 a name is expected; a pronoun or a request word there is none: "给咱取消了", "给我撤回")
_PRONOUN_INSIDE = re.compile(r"[我你他她它谁们咱俺]|大家|别人|自己|取消|撤回|撤销|确认|提交")


def _still_name(words: list[str]) -> bool:
    return len(words) > 1 or (len(words) == 1 and is_pinyin_name(words[0]))


def is_pinyin_name(token: str) -> bool:
    """'zhaoyiming', 'lina', 'wujiayi01': a token spelled entirely in 2–4 pinyin syllables."""
    return bool(_PINYIN_NAME.fullmatch(token))


def recognize_people(text: str) -> list[PersonSpot]:
    """Name-shaped spans of `text` (normalized), left to right, not overlapping."""
    spots: list[PersonSpot] = []
    for run in _HAN.finditer(text):
        spots.extend(_han_names(run.group(), run.start()))
    taken = []
    for match in _LATIN_NAME.finditer(text):
        spots.append(PersonSpot(match.start(), match.end(), match.group()))
        taken.append((match.start(), match.end()))
    for match in _PINYIN_NAME.finditer(text):
        if any(a <= match.start() < b for a, b in taken):
            continue
        words = match.group().split(" ")
        start = match.start()
        while words and words[0] in _SHORT_WORDS and _still_name(words[1:]):
            start += len(words.pop(0)) + 1
        while words and words[-1] in _SHORT_WORDS and _still_name(words[:-1]):
            words.pop()
        if words and (len(words) > 1 or is_pinyin_name(words[0])):
            joined = " ".join(words)
            spots.append(PersonSpot(start, start + len(joined), joined))
    for match in _STRUCTURAL.finditer(text):
        group = next(g for g in ("name", "name2", "name3", "name4", "name5") if match[g])
        start, end = match.span(group)
        inside = _CUE_INSIDE if group in ("name", "name4", "name5") else _PRONOUN_INSIDE
        if inside.search(match[group]) or (match[group] in _NOT_NAMES and group in ("name2", "name5")):
            continue
        if group == "name2" and match[group][-1] in "转交给送发移划":
            continue  # "给包凯转一下…": 转 is the verb after the receiver
        if group == "name2" and end < len(text) and text[end] in _STOP_BEFORE.get(match[group][-1], ""):
            continue  # "交给段浩保管": 保 starts the word after the receiver
        if (match[group][0] in "请让叫帮把被将是" and match[group][0] not in SURNAMES) or \
                _TITLE_INSIDE.search(match[group]):
            continue  # "…,请启动离职交接流程": a request word starts no name
        # The grammar's boundary wins over the shape's: 把张伟进度的客户 names 张伟进度, and a
        # shape that swallowed the verb before the name (来接管邱志强: 管邱志) gives way.
        within = [p for p in spots if start <= p.start and p.end <= end]
        swallowed = [p for p in spots if p.start < start < p.end <= end and group == "name"
                     and text[p.start:start] in _BOUNDARY_TAILS]
        if any(p.start < end and start < p.end for p in spots if p not in within and p not in swallowed):
            continue
        spots = [p for p in spots if p not in within and p not in swallowed]
        spots.append(PersonSpot(start, end, match[group]))
    spots.sort(key=lambda s: s.start)
    return spots


# Two-character words whose second character is also a surname: 换成苏明哲 is 换成 + 苏明哲.
_WORD_ENDS = frozenset("客服 换成 改成 变成 完成 做成 分成 达成 转成 弄成 搞成 归于 属于 等于 关于 由于 对于 终于 至于 "
                       "接管 代管 托管 主管 分管 "
                       "接班 值班 上班 下班 加班 早班 晚班 夜班 白班 排班 交班 航班 这班 那班 "
                       "大区 地区 片区 园区 小区 社区 东区 南区 西区 北区 中区 新区 市区 城区 辖区 景区 "
                       "流程 过程 工程 日程 行程 课程 进程 章程 全程 路程"
                       .split())


def _han_names(run: str, offset: int) -> list[PersonSpot]:
    found: list[PersonSpot] = []
    i = 0
    while i < len(run):
        size = 0 if run[max(0, i - 1): i + 1] in _WORD_ENDS else _name_at(run, i)
        if size:
            found.append(PersonSpot(offset + i, offset + i + size, run[i : i + size]))
            i += size
        else:
            i += 1
    return found


# Characters common in given names that stop a name only as the start of a keyword (婉清 is a
# name, 清单 is a list).
_STOP_BEFORE = {"历": "职", "原": "来本",
                "顶": "上替他她", "替": "换", "承": "接担", "照": "看顾", "代": "管理替", "一": "下",
                "启": "动用",
                "清": "单", "记": "录", "进": "度展", "状": "态", "审": "批",
                "取": "消", "如": "何",
                "之": "前后", "以": "前后", "保": "管"}


def _stops(rest: str, k: int) -> bool:
    char = rest[k]
    if char in _STOP_BEFORE:
        return k + 1 < len(rest) and rest[k + 1] in _STOP_BEFORE[char]
    return char in _STOP


# a verb, a numeral or a demonstrative a third character may be before 个 ("李娜建个清单", "季节两个人", "井泉一个人",
# Jin 外个/兀个 "that"); any other is the name's own, and 个 the dialects' possessive ("邱燕玲个客户")
_NOT_NAME_BEFORE_GE = frozenset("建开办搞弄整做写发拉带下转交填来去出找约问送签提设排算"
                                "一二两三四五六七八九十几半每各那这哪兀外")


def _name_at(run: str, i: int) -> int:
    """Length of a name starting at run[i], or 0."""
    rest = run[i:]
    familiar = _FAMILIAR.match(rest)
    if familiar and rest[0] not in _STOP and familiar.group() not in _NOT_NAMES and rest[:2] not in _NOT_NAMES:
        return len(familiar.group())
    surname = rest[:2] if rest[:2] in _COMPOUND_SET else None
    if surname is None and rest[:1] in SURNAMES:
        surname = rest[:1]
    if surname is None:
        return 0
    given = 0
    while given < 2 and len(surname) + given < len(rest) and not _stops(rest, len(surname) + given):
        given += 1
    if given == 0:
        return 0
    if given == 2 and rest[len(surname) + 1] == surname[-1] and rest[len(surname)] != surname[-1]:
        return 0  # "一项一项" is no 项一项 (苗苗 is a name)
    # A one-character given name is as likely as two: prefer two only when a third would stop.
    size = len(surname) + given
    if given == 2 and size < len(rest) and (rest[size] == "了" or (
            rest[size] == "个" and rest[size - 1] in _NOT_NAME_BEFORE_GE) or (
            rest[size - 1] in "建开办" and rest[size: size + 2] in ("离职", "清单", "一个", "一下")) or (
            rest[size - 1] in "建拉带管" and rest[size] == "的") or (
            rest[size - 1] in "来去" and rest[size] in "接管负跟处做办弄") or (
            rest[size - 1] in "替代帮" and rest[size] in SURNAMES) or (
            rest[size - 1] in "来去" and rest[size].isascii() and rest[size].isalpha()) or
            rest[size - 1: size + 1] in ("可以", "可否")):
        size -= 1  # "东方晨建个清单", "给宋雨建离职清单": 建 is the verb; "柯蓝替龙飞接": 替 stands for someone;
        # "闻静来cover", "包凯可以接手": 来/可 start the words after the name
    if rest[:2] in _NOT_NAMES or rest[:size] in _NOT_NAMES or rest[:3] in _NOT_NAMES:
        return 0
    if size == 2 and rest[:2] in _WEEKDAYS:
        return 0  # 周一 alone is Monday; 周一鸣 is a name
    return size
