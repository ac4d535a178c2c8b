"""The words of the split reading (bot/language/split.py): which words say "evenly", "the rest",
whose customers, who receives, and what a tag looks like. Lexicons only; the reading is in split.py."""

from __future__ import annotations

import re

from .cues import FARM_AND_RETAIL
from .first_chars import skipping

# English words are bounded by letters, not by \b: code-mixed "split给", "the rest给" run into Chinese.
_A, _Z = r"(?<![A-Za-z])", r"(?![A-Za-z])"
EVEN = skipping(re.compile(
    r"平均|均分|均摊|均匀|平分|对半|平摊|分摊|瓜分|品均|轮流分|[一每]人\S{0,2}一[半份]|各\S{0,2}一半|"
    r"各半|分给|分配给|"
    r"五五[分开]|各50%|50%(?=.{1,24}?50%)|"
    r"分成[两二三四五2-5]|分[两二三四五2-5]份|一分为[二三]|[二三四2-4]分之一|一半(?=.{1,24}?一半)|"
    rf"{_A}(?:split|splits|divide|divided|evenly|equally|half|halves|share|shared|divvy(?: up)?|roughly equal){_Z}|"
    rf"{_A}(?:(?:two|three|four) ways|down the middle|fifty-fifty|half and half|"
    rf"equal (?:parts|shares|split)|same (?:number|amount)){_Z}|"
    r"50/50|50-50", re.IGNORECASE))
# "the rest": what is left after the tagged customers (其余, 剩低, 非VIP的, 不带的, everyone else…).
REST_WORDS = (r"其他|其它|其余|剩下|剩余|剩低|剩返|余下|别的|另外的|普通客户|普通的|一般客户|一般的|小客户|"
              r"(?:普通|一般)(?=会员|学员|用户|车主|业主|家长|买家)|"
              r"非[^\s,.;:的]{1,8}?(?:的|客户|(?=给|→|归|转|交))|冇[^\s,.;:]{0,8}标签的?|"
              r"不带的|没带的|没(?:有|打|带)?标签|没有?[^\s,.;:的]{1,8}的|没有[^\s,.;:]{1,8}标签的|(?<!是)不是[^\s,.;:的把将给]{1,8}的|"
              r"除了?[^\s,.;:]{1,8}(?:以外|之外|外)的?|"
              # the other classes after "A类": "B类C类的", "B、C类的"
              r"(?<![a-z])[b-e]\s*(?:类|级)?\s*(?:[、,和跟及/]?\s*[b-e]\s*(?:类|级))*(?:客户)?的(?=\s*(?:给|转|归|交|→))|"
              rf"{_A}(?:the rest|rest|everything else|(?:the )?others|every(?:one|body) else|all (?:the )?others|"
              rf"remaining|all (?:(?:her|his|the|their) )?other|other (?:customers|clients|accounts|ones)|untagged|"
              rf"not tagged|non-[\w-]+|other(?=\s+(?:to|go|→))|without (?:the |a )?(?:tag|label)|remainder|"
              rf"leftovers?|(?:what|whatever)(?:'s| is) left|"
              rf"(?:the )?balance(?:\s+(?:customers|clients|accounts))?){_Z}")  # (Indian English: the balance)
REST = skipping(re.compile(REST_WORDS, re.IGNORECASE))
# Markers of ownership right after a name: X的 / X's / X名下 / X啲 (Cantonese) / "X:" heading the request.
OWNER_AFTER = re.compile(r"\s*(?:名下|手上|那边|这边|所有|全部)?的|\s*['’]s\b|"
                         r"(?-i:\s+(?:[A-Z][\w-]*\s+)?(?:customers?|clients?|accounts?)\b)|\s*(?:名下|这边|那边)|\s*啲|\s*:|"
                         r"(?=\s*带?[^\s,.;:]{1,12}?标签)|(?=标签)",
                         re.IGNORECASE)
# …and right before it: "the customers of X", "For X:".
OWNER_BEFORE = re.compile(r"(?:\b(?:customers|clients|accounts|contacts|book)\b[^,.;:]{0,24}?\b(?:of|from)\s+|"
                          r"(?:离职人|离职员工|离职同事|交接人|原负责人|原跟进人|\bleaver|\bdeparting)\s*:?\s*|"
                          r"(?:^|[.!?;]\s*)for\s+)$",
                          re.IGNORECASE)
# The one who leaves is the one whose customers move: "X离职，客户由A和B平分", "X is leaving; split her…".
LEAVES = re.compile(r"\s*(?:已经|已|要|将要|马上|刚|刚刚|下个?月|下周|下星期|月底|明天|周五)?\s*"
                    r"(?:离职|辞职|走了|要走|走啦|离开|调走|调岗)|"
                    r"\s+(?:(?:is|has|will be)\s+)?(?:leaving|left|resigned|quitting|gone)\b", re.IGNORECASE)
ARROW_FROM = re.compile(r"\s*→")
# Right after the first person, before anyone else: his customers, maybe behind a tag.
OWN_NOUN = re.compile(r"\s*[^\s,.;:的给]{0,8}?(?:客户|客户群|群)|"
                      r"\s*[-:]?\s*(?:[A-Z][\w-]*\s+)?(?:customers|clients|accounts)\b")
# "苏梓萱：重点客户→夏雨辰，其余→邵云飞": a tag heading an arrow, the customers word implied.
ARROW_TAG = re.compile(r":\s*[^\s,.;:→]{1,12}\s*→")
# Customers words the shared cues leave out: Cantonese 啲客, 客人, "X's book".
MORE_CUSTOMERS = re.compile(rf"啲客|客人|课户|克户|{_A}s?vips{_Z}|{_A}cust?o?me?rs?{_Z}|{_A}cl[ie]{{1,2}}nts?{_Z}|"
                            rf"(?<=[A-Za-z的级类])客(?=[给交转归→])|['’]s book{_Z}|{_A}customer{_Z}",
                            re.IGNORECASE)
# "A类的给X，B类C类都给Y": two classes handed out — no one tag and the rest, and not everything to X.
CLASS_TO = skipping(re.compile(r"(?:[A-Za-z0-9]{1,3}|[一二三四五甲乙丙丁])[类级][^,.;]{0,6}?(?:给|→|归|转|交)"))
# The receivers' verbs after "the rest": 其他给王磊, 其余→邵云飞, 剩下的段誉接, the rest to Wang Lei.
REST_TO = skipping(re.compile(rf"(?:{REST_WORDS})[^,.;]{{0,20}}?(?:给|→|归|转|交|由|接|放|负责|:|{_A}to{_Z}|"
                              rf"{_A}go(?:es)? to{_Z}|{_A}gets?{_Z}|{_A}takes?{_Z})|"
                              rf"{_A}(?:gets?|takes?|receives?|handles?|inherits?|keeps?)\s+(?:all\s+)?(?:of\s+)?(?:{REST_WORDS})",
                              re.IGNORECASE))
PRONOUN = re.compile(r"[他她]的|[他她]啲|\b(?:his|her)\b", re.IGNORECASE)
GROUPS_TO = re.compile(r"(?:客户群|群聊|群组|群)\s*(?:的话)?\s*(?:也|都|全部|全都|全|就|则|统一|一律|是)*\s*"
                       r"(?:转给|交给|划给|给|归|由|放)\s*$|"
                       r"\b(?:group chats?|groups?|chats?)\s+(?:all\s+|only\s+|also\s+)?"
                       r"(?:go(?:es|ing)?\s+|should go\s+)?(?:all\s+|only\s+)?to\s+$|"
                       r"(?:\b(?:group chats?|groups?)|客户群|群聊|群)\s*[→:]\s*$", re.IGNORECASE)
# After the receiver: "Carol Lee takes the groups", "李娜接群", "王磊负责客户群".
GROUPS_TAKER = re.compile(r"\s*(?:also\s+)?(?:takes?|gets?|keeps?|receives?|will take|handles?|can have|can take|"
                          r"should get|should have|will get)\s+"
                          r"(?:all\s+)?(?:the\s+|her\s+|his\s+|their\s+)?(?:[a-z-]+\s+){0,2}?"
                          r"(?:group chats?|groups|chats)\b|"
                          r"\s*(?:也|就)?(?:接|拿|要|负责|接手)(?:客户群|群聊|群组|群)", re.IGNORECASE)
# "群那边罗敏接", "群的话杨洋负责": the groups named first, their receiver's verb after the name.
GROUPS_HEAD = re.compile(r"(?:客户群|群聊|群组|群)\s*(?:的话|那边|这边|这块)?\s*(?:就|也|都)?\s*$")
GROUPS_TAKEN = re.compile(r"\s*(?:来)?(?:接手|接管|接|负责|拿|跟进)")
# Groups named only to be left alone: 群不用动, 不含群, groups stay, without the groups.
GROUPS_LEFT = re.compile(r"(?:客户群|群聊|群组|群)\s*(?:先|暂时|就|都)?\s*(?:不用|不要|不|别|暂不|先不)\s*"
                         r"(?:动|转|交接|管|变|移)|(?:不含|不包括|除了|不带)\s*(?:客户群|群聊|群组|群)|"
                         r"\b(?:groups?|group chats?)\s+(?:stay|remain|unchanged)|"
                         r"\b(?:not|no|without|except)\s+(?:the\s+)?(?:groups?|group chats?)\b", re.IGNORECASE)
MORE_GROUPS = re.compile(r"(?<=[同啲])群|\b(?:customers|clients) (?:and|&|\+) chats\b", re.IGNORECASE)
# what other trades call the customers a tag sorts: dealers, stores, farmers, co-ops ("X的VIP经销商给A，其他的给B")
TRADE_NOUNS = f"经销商|代理商|加盟商|渠道商|门店|{FARM_AND_RETAIL}"
# Between the source and the customers word: the tag ("VIP", "A类", "重点客户"), with its frame.
TAG_ZH = re.compile(r"^\s*(?:名下|手上|这边|那边)?[的:啲]?\s*(?:带|有|打了?)?\s*(?:标签(?:为|是)?)?\s*"
                    r"(?:\"(?P<quoted>[^\"]{1,12})\"|(?P<tag>[^\s,.;:的→\"']{1,12}?))\s*(?:标签)?\s*的?\s*"
                    rf"(?:客户|客人|会员|学员|用户|买家|车主|业主|保户|租客|{TRADE_NOUNS}|客(?=给|交|转|归|→)|→|"
                    rf"(?:customers|clients|accounts){_Z})",
                    re.IGNORECASE)
# a Chinese tag run into what the trade calls its customers is one word, the tag ("X的年卡会员给A，其余的给B")
TAG_TRADE = re.compile(r"^\s*(?:名下|手上)?[的:啲]?\s*(?P<tag>[\u4e00-\u9fff]{1,6}?(?:会员|学员|用户|买家))"
                       r"(?=\s*(?:都|全部|全)?\s*(?:给|交|转|归|→|畀|拨))")
TAG_DOUBLE = re.compile(r"^\s*(?:名下|手上)?[的:]?\s*(?P<tag>[^\s,.;:的]{1,10}客户)\s*的?\s*客户")
TAG_EN = re.compile(r"^\s*['’]s\s+(?P<tag>\S+(?:\s\S+)?)\s+(?P<noun>customers|clients|contacts|accounts)(?![A-Za-z])",
                    re.IGNORECASE)
TAG_EN_AFTER = skipping(re.compile(r"\b(?:customers|clients|contacts|accounts|anything|anyone|everyone|those|ones)\s+"
                                   r"(?:tagged|with (?:the )?tag|label(?:l)?ed|marked)\s+"
                                   r"(?P<tag>\"[^\"]{1,20}\"|[^\s,.;]+(?-i: (?:\d+|"
                                   r"[A-Z][A-Za-z0-9-]*))*)", re.IGNORECASE))
# the tag named by a word that says it is one, wherever it stands: 标了包月的, 打了"晋江二中"标签的, 标签是"前郭"的,
# tag 是 Tanker 的, "with tag 老小区" — it wins over a trade's noun in the customers' frame ("X的陪诊客户，标了包月的…")
TAG_EXPLICIT = re.compile(
    r"(?:标了|标着|标注了?|打了)\s*(?:\"(?P<quoted>[^\"]{1,20})\"|"
    r"(?P<words>[a-z][a-z0-9-]*(?:\s[a-z0-9][a-z0-9-]*){1,2})(?=\s*(?:标签|tag))|"  # 打了 Key Account 标签的
    r"(?P<tag>[^\s,.;:的嘞\"]{1,12}?))\s*(?:标签|tag)?\s*"
    r"(?:的|嘞|哩|个|嘅)|"
    r"(?:标签|\btag|\blabel)\s*(?:是|为|=|:)?\s*(?:\"(?P<quoted2>[^\"]{1,20})\"|(?P<tag2>[^\s,.;:的嘞\"]{1,20}?))\s*"
    r"(?:的|嘞)|"
    r"\bwith (?:the )?tag\s+(?:\"(?P<quoted3>[^\"]{1,20})\"|"
    r"(?P<tag3>[^\s,.;:的\"]{1,20}(?-i: (?:\d+|[A-Z][A-Za-z0-9-]*))*))", re.IGNORECASE)
# "customers with the VIP tag"
TAG_EN_WITH = re.compile(r"\b(?:customers|clients|contacts|accounts)\s+with\s+(?:the |a )?"
                         r"(?P<tag>\"[^\"]{1,20}\"|\S+)\s+"
                         r"(?:tag|label)\b", re.IGNORECASE)
# A tag found by its shape anywhere (when no frame names it): quoted, X类, 带/打了X标签, X-tagged,
# an upper-case or capitalized word, 重点客户 — right before the receiver's verb or the customers word.
ADJ = "大|老|新|小|重点|重要|核心|优质|高端|潜在|意向|长期|关键"
TAG_MARKED = r"(?:带|打了?|有|按)\s*\"?(?P<marked>[^\s,.;:的\"]{1,12}?)\"?\s*标签"
TAG_SHAPE = (r"\"(?P<quoted>[^\"]{1,16})\"|"
             r"标签(?:为|是)\s*(?P<named>[^\s,.;:的\"]{1,12}?)(?=的|\s|客)|(?P<tagged>[A-Za-z0-9]+)[- ]tagged|"
             rf"(?P<shape>(?:[A-Za-z0-9]{{1,3}}|[一二三四五甲乙丙丁])[类级]|(?:{ADJ})客户|(?i:s?vips?|ka)|"
             r"[A-Z][A-Za-z0-9-]{0,15}(?: (?:\d+|[A-Z][A-Za-z0-9-]*))?)")
# A tag frame (带X标签, 按VIP标签) anywhere; other shapes only right before the customers word or a verb
TAG_ANYWHERE = re.compile(
    rf"{TAG_MARKED}|"
    rf"(?:^|(?<=[,:;\s])|(?<=客户)|(?<=客户[里中])|(?<=客户里面))(?:{TAG_SHAPE})\s*的?\s*"
    rf"(?=(?:客户|客人|客|车主|业主|保户|租客|会员|学员|家长|{TRADE_NOUNS}|"
    rf"{_A}(?:customers|clients|accounts|contacts|ones){_Z})|"
    rf"(?:那部分|这部分|部分|那些|这些)?\s*(?:都|就|全部|全)?\s*(?:给|→|归|转|交|由)|"
    rf"\s*(?:{_A}(?:(?:should|will|can|must) )?(?:be )?(?:go(?:es)? )?to{_Z}))")
EN_ADJECTIVES = frozenset("key major strategic big top important core".split())
NOT_SHAPE_TAGS = frozenset("all the his her their my our for move hand give split divide transfer assign please "
                           "everyone everything remaining rest other others".split())
CUSTOMER_ADJECTIVES = frozenset("大 老 新 小 重点 重要 核心 优质 高端 潜在 意向 长期 关键".split())
NOT_TAGS = frozenset("所有 全部 全体 一切 全 名下 手上 那些 这些 all every whole".split())


# One spelling for the tag frame's synonyms (标记为VIP, 贴了VIP标签), so every rule reads 标签/打了.
SYNONYMS = (("标记为", "标签为"), ("标注为", "标签为"), ("贴了", "打了"), ("打上了", "打了"), ("打上", "打了"),
            ("标记", "标签"))


BRACKETS = str.maketrans("[]", '""')
# "/split 张伟 王磊 杨洋": the command names the source first, then the receivers.
SPLIT_COMMAND = re.compile(r"^\s*/(?:split|divide)\b", re.IGNORECASE)

# "剩下的工作交给童瑶", "the rest of his work": the rest of something else, not of the customers.
REST_OF_OTHER = skipping(re.compile(
    rf"(?:{REST_WORDS})\s*(?:的|嘅|of (?:the |his |her |their )?)?\s*(?:交接|离职)?"
    rf"(?:工作|事项|事情|事|手续|文件|资料|任务|流程|{_A}(?:work|paperwork|tasks?|team|documents?|stuff|admin|files?){_Z})",
    re.IGNORECASE))

# Roles by markers: a receiver is named where something is handed to him (给/→/由/to/between…) or
# where he takes it (接/各一半/平分/gets/will share…), alone or in a list (和/、/&/and…).
LIST_GAP = re.compile(r"\s*(?:和|合|与|跟|及|以及|还有|加|同埋|同|、|,|&|/|\+|and|plus|,\s*and|,\s*和)?\s*@?",
                      re.IGNORECASE)
GIVEN_TO = re.compile(
    rf"(?:给|俾|→|归|转|交|由|让|到|至|予|:|\(|-|50/50|(?:接手人|接收人|接手的人|接收方)(?:是|为)?|平分|均分|平均分?|对半|客户|客戶|{_A}(?:split|divide|evenly|equally|between|btwn|"
    rf"among|across|over|to|for|by|customers|clients|accounts|give|hand|assign|send|let){_Z}|\d{{1,3}}\s*%)\s*@?$|"
    rf"(?:平分|均分|对半|五五开|五五分|一人一半|平均分配|{_A}(?:evenly|equally|fifty-fifty|50/50){_Z})\s*[,:.]\s*$",
    re.IGNORECASE)
TAKES = re.compile(
    rf"\s*(?:两个人|三个人|两位|三位|两人|三人|俩|仨)?\s*(?:各\S{{0,2}}一半|各|[一每]人\S{{0,2}}一[半份]|一人|每人|一半|平分|"
    rf"平摊|分摊|均分|均摊|瓜分|对半|平均分?|接手|接管|来接|接|负责|共同|一起|\d{{1,3}}\s*%|"
    rf"{_A}(?:(?:will|shall|should|can)(?: be)? )?"
    rf"(?:each )?(?:take|takes|taking|get|gets|getting|receive|receives|share|split|half|handle|handles|cover|covers|"
    rf"inherit|inherits|each){_Z}|:)",
    re.IGNORECASE)
# What may follow a taking word in its clause: particles, or what is taken (customers, the rest, them).
PARTICLES = re.compile(r"了|吧|啊|呀|哈|啦|喇|咯|嘛|掉|分|一下|吗|呢|哦|就行|就好|即可|好了|一半|一份|\s|"
                       r"得不得|好不好|可以吗|可以不|行吗|行不行|好吗|"
                       r"thanks|thank you|please|pls|half|ok|okay", re.IGNORECASE)
TAKEN = re.compile(rf"{_A}(?:them|it|all){_Z}|他们|它们|这些", re.IGNORECASE)
# A tag of a strong shape right after the source of a one-receiver handover ("张伟的VIP客户给李娜",
# "Zhang Wei's A类 customers to Li Na", "张伟带"重点"标签的客户"): only part of the book is meant, and a
# plain handover would move all of it. Weak words (微信客户, 全部客户) are scopes, not tags.
_TAG_NOUN = r"\s*(?:标签)?\s*的?\s*(?:客户|客人|customers|clients|accounts)"
TAG_ONLY_ZH = re.compile(
    r"^[\"\]]?\s*(?:名下|手上|这边)?的?\s*(?:带|有|打了?)?\s*(?:标签(?:为|是))?\s*"
    r"(?:\"(?P<quoted>[^\",.;:的给→]{1,12})\"|\[(?P<bracketed>[^\],.;:的给→]{1,12})\]|"
    r"(?P<shape>(?-i:[A-Z]{2,6}s?)|[A-Za-z0-9一二三四五甲乙丙丁]{1,2}[类级]))" + _TAG_NOUN + "|"
    r"^[\"\]]?\s*(?:名下|手上|这边)?的?\s*(?P<adjective>(?:重点|重要|核心|关键|优质|高端)客户)", re.IGNORECASE)
TAG_ONLY_EN = re.compile(
    r"^[\"\]]?\s*['’]s\s+(?P<shape>(?-i:[A-Z]{2,6}s?)|\"[^\",.;]{1,16}\"|[A-Za-z0-9]{1,2}类|key|top|tier \d)"
    r"\s+(?:customers|clients|accounts|contacts)\b", re.IGNORECASE)
