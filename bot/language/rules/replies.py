"""Short replies inside a dialog (choose / confirm / deny) and requests for help.

These match the WHOLE message: "2" is a choice, "cancel job 2" is not; "好" confirms, "好的客户"
does not."""

from __future__ import annotations

import re

from ..first_chars import skipping
from ..intent import Slots
from ..text import CN_NUMBER, to_int
from ..utterance import Utterance

# --- choose --------------------------------------------------------------------------------
# "2", "#2", "第2个", "选1", "选第一个", "option 2", "number 2", "2号" (alone: a reply to
# "which one?"; inside a sentence "12号" is a job id). "第3项" alone also reads as a choice:
# it answers the bot's "which item?" question.
_CHOOSE = re.compile(
    rf"^(?:please\s+|pls\s+)?(?:i\s+(?:choose|pick|take|select|want)\s+(?:the\s+)?)?"
    rf"(?:亲\s*,?\s*)?(?:那|嗯|好)?(?:(?:choose|pick|select|take)\s+(?=#|no\b|number|num|option|opt|choice))?"
    rf"(?:#|no\.?|number|num|option|opt\.?|choice|pick|choose|select|i choose|i pick|"
    rf"i'll take|i take|i'll take number|i take number|option number|option no\.?|"
    rf"选择|选|要|就选|就要|就|我选|拣|我拣|我要|你列的|列表里的|上面的|是)?\s*(?:the\s+)?(?:上面|下面|列表里)?(?:的)?(?:第|头)?\s*"
    rf"(?P<n>\d{{1,3}}|{CN_NUMBER})\s*(?:个|号|位|项|条)?\s*"
    rf"(?:吧|\s*one|人|那个人?|这个人?|那位|这位|就是(?:他|她|这个|这位))?"
    # (who it is: "选 1，第一个 Leon Qin 那个", a Latin name's own space kept)
    rf"(?:\s*,\s*(?:\S|(?<=[a-z]) (?=[a-z])){{1,16}}?(?:那位|那个|这位|这个|的))?"
    # (a judgement after it: 第二个靠谱 啱 正着 中 对, 就选它)
    rf"(?:\s*,?\s*(?:靠谱|啱|正着|中|对|对的|没错|就选它|就它|就是它|的嘛|那个选|选那个|"
    rf"that'?s (?:the )?(?:right |correct )?one|that one)){{0,2}}"
    # (who it is, after the number: "Number 1 please, the one in the garden team")
    rf"(?:\s*(?:please|pls))?(?:\s*,\s*the one (?:in|from|at|with) [^,.;!?]{{1,40}})?"
    # (a tail of politeness: "please chi", the Vietnamese "older sister"; "pls boss")
    rf"(?:\s*(?:ka|krub|na|ya|lah|po|please|pls|only|inshallah|chi|anh|em|sir|boss|喔|哦|啦|噢|哈|呀|啊|嘛|咯|嘞|呗)){{0,2}}[.!~]?$",
    re.IGNORECASE,
)
_ORDINALS = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4,
             "4th": 4, "fifth": 5, "5th": 5, "sixth": 6, "6th": 6,
             "el primero": 1, "el segundo": 2, "el tercero": 3, "le premier": 1, "le deuxième": 2, "le deuxieme": 2}
_CHOOSE_ORDINAL = skipping(re.compile(
    # ("Ope, not that one — the second one")
    r"^(?:(?:ope|oh|no|nope|nah|sorry)?\W*(?:not\s+(?:that|this)\s+one\W*)?)?"
    r"(?:(?:verily,?\s+)?(?:i\s+)?(?:pick|choose|select|take|want|mean)\s+)?(?:the\s+)?(?P<ord>"
    + "|".join(_ORDINALS) + r")(?:\s+(?:one|person|option|choice))?"
    r"(?:\s*,?\s*(?:please|pls|thanks|sir|boss|bro|hocam|machan|anh|chi|po|ka|na|lah|ese mero|por favor|stp))?"
    # "the second one — Tan Wei Ming from Penang": the choice, then who it is
    r"(?:(?<=one)\s*[,—–-]\s*[^,—–-]{1,60})?$",
    re.IGNORECASE,
))


def choose(u: Utterance) -> Slots | None:
    match = _CHOOSE.match(u.tight_low)
    if match:
        number = to_int(match["n"])
        return {"choice": number} if number is not None else None
    match = _CHOOSE_ORDINAL.match(u.low)
    if match:
        return {"choice": _ORDINALS[match["ord"].lower()]}
    match = _CHOOSE_WORD.match(u.low)  # "option two"
    return {"choice": _NUMBER_WORDS[match["word"].lower()]} if match else None


_NUMBER_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6}
_CHOOSE_WORD = skipping(re.compile(r"^(?:(?:please\s+)?(?:i'll take|i take|i choose|i pick|pick|choose)\s+)?"
                                   r"(?:option|number|choice|no\.?|#)\s*(?P<word>one|two|three|four|five|"
                                   r"six)(?:\s*,?\s*please)?$",
                                   re.IGNORECASE))


# --- confirm / deny ------------------------------------------------------------------------
# A message confirms when every word is a yes-word and at least one is not mere glue.
_EN_YES_CORE = frozenset({
    "yes", "y", "yeah", "yea", "yep", "yup", "ya", "ok", "okay", "k", "kk", "sure", "confirm",
    "confirmed", "submit", "correct", "right", "go", "proceed", "fine", "alright", "lgtm",
    "perfect", "great", "exactly", "absolutely", "approve", "agreed", "agree", "do", "👍", "✅", "👌", "grand",
    "✔", "✔️", "yes!", "good", "+1", "sweet", "sige", "ship",
    "kylla", "kyllä", "evet", "oui", "si", "sí", "ja", "haan", "ndiyo", "roger",  # yes in the writers' own languages
    "aye", "sound", "wi",
})
_EN_YES_GLUE = frozenset({"it", "please", "that's", "thats", "that", "is", "sounds", "looks", "ahead", "can", "lah",
                          "brother", "sir", "boss", "ka", "krub", "na", "ya", "po", "mate", "bro",
                          "and", "then", "so", "of", "course", "send", "thank", "thanks", "you", "very", "much",
                          "for", "your", "kind", "help", "in", "advance", "as", "over", "copy", "hocam", "machan",
                          "enough", "may", "this", "on", "ye", "'head", "head", "merci", "murakoze", "ale", "to",
                          "me"})
_EN_NO_CORE = frozenset({"no", "n", "nope", "nah", "don't", "dont", "not", "wrong", "incorrect",
                         "negative", "never", "hold", "👎", "❌"})
_EN_NO_GLUE = frozenset({"thanks", "thank", "you", "it", "do", "submit", "that", "that's", "thats", "is", "on", "go",
                         "ahead", "with", "doing", "doin'", "send", "right", "ain't", "aint", "it's", "wrong", "so",
                         "pet", "man",
                         "dat", "mate", "yet", "proceed", "one", "hold",
                         "now", "cancel", "please", "way", "him", "her", "this", "person", "them",
                         "the", "a", "stop", "off", "over", "copy", "hocam", "machan", "merci", "grazie",
                         "actually", "sorry", "wait", "for", "correct", "hmm", "hm", "um", "uh", "o", "what", "i",
                         "asked", "at", "all"})
_ZH_YES = re.compile(
    # (却认/却定: 确认/确定 as voice input hears them; 系呀/冇错: Cantonese 係呀, 冇錯)
    r"^(?:确认提交|确认|确定|却认|却定|提交|准了|是的|是滴|是|对的|对|系(?:呀|啊|喇|嘅)?|冇错|好的|好滴|好嘞|好呀|好啦|好|行的|行|可以的|可以|没问题|"
    # Wu: 好额 (好的), 就迭能弄 / 就搿能弄 (就这样弄)
    r"好额|(?:就)?(?:迭|搿)能(?:弄|办|转|来)?|"
    # 中/得嘞/整吧/要得: Henan, Beijing, Northeast, Sichuan; 对着哩 (Gansu), 勒样 (Sichuan 这样)
    r"嗯呐|嗯哪|嗯呢|嗯嗯|嗯|同意|中|得嘞|妥了?|整|弄|办|搞|转|要得|对着哩|对着呢|"
    r"照这样(?:整|弄|搞|办|转)?|就?勒样(?:整|弄|转)?|"
    # 公文: 同意，请办理; 得(呢): Yunnan, Cantonese
    r"请?(?:予以)?(?:办理|执行|照办)|照做|批准|得呢|得咯|得|\[ok\]|\[抱拳\]|\[强\]|(?:上面)?(?:那个)?预览|提交吧|(?:就)?按你(?:刚才)?说的(?:办|来)?|谢谢领导|谢谢|辛苦了?|👍|👌|✅|"
    r"(?:就)?(?:这么|这样)(?:整|弄|搞|办|干|着)(?:吧)?|你(?=弄|整|搞|办|转)|没毛病|"
    # (a particle or a form of address around the yes: 整吧老铁, 行呗, 好嘞亲)
    r"(?<=[^\s,.!])(?:吧|呗|啦|嘛|哈|老铁|兄弟|亲)|(?:就)?按(?:这个|这样|这么|呢)(?:来|办|弄|提交|送出)?|送出|(?:就)?这么(?:提交|办|定|弄)|就这样|没错|当然|ok|okay|就这么办|无误|就是(?:他|她|这个|这位)|是(?:他|她)|[\s,.!])+$",
    re.IGNORECASE,
)
_ZH_NO = re.compile(
    r"^(?:(?:我说的是)?(?:另一个|另一位|别的|其他的?)|不是(?:这个人?|那个人?|这位|那位|他|她|这人)|"
    r"[唔不]系(?:呢个|呢位|嗰个|佢|这个)|(?:资料|信息|内容|数据)(?:[唔不](?:啱|对)|错了|有误)|不要这样|不啱|"
    # (❌ is read as 取消: "❌ 不是这个，我重新选" says no, not cancel)
    r"取消(?=\s*(?:不是|不对|不要|别|重新|搞错|弄错|选错))|唔啱|[唔不]系|重新来|重来|先别提交|别提交|不要提交|不提交|先不要|先不用|先别|"
    r"不用了|不用|不要了|"
    r"(?:接收人|接手人|承接人|接收方|人|名字|人名|个名|名)?(?:搞|弄|写|打|选|找|输)?错(?:了|啦|咗|呀|啊|哒)|"
    r"勿是(?:搿个|迭个|这个|伊)?人?|"  # Wu: 勿是搿个 / 迭个人, not this one
    # Hunan 不是咯 / 搞错哒, and whose words they were: "俺说的不是这个人"
    r"(?<=[是对错个人])(?:咯|哒|嘛|噻)|(?:我|俺|额)说的(?=不是)|"
    # ("哎呀不对呀 弄错了 人不对", "这个不对", Wu 勿对额)
    r"(?:哎呀|哎|唉)(?=[\s,.!]*(?:不|错|弄错|搞错|勿))|(?:这个|那个|人|名字)?(?:不对|勿对)|(?<=[啱对错咗])(?:呀|啊|哦|额|喔)|"
    # ("唔好住，等陣先，我問下老細": Cantonese, read as 不要住 …)
    r"(?:我)?重新选|不要住|等(?:阵|一下|下)先|我?问(?:下|一下)(?:老细|老板|领导|经理|boss)先?|"
    r"算了(?=.)|(?:先)?莫(?:弄|搞|整|转|提交)了?|先不提交|不要|不是的|不是|不对|不行|不可以|不同意|不需要|否|没有|不了|拒绝|先不(?:整|搞|弄)|别|不|勿要|覅|甭|不中|嫑|no|nope|nah|(?:先)?(?:别|不要|么|莫)(?:转|执行|提交|送出|发)|不是这么?个?(?:弄法|搞法|做法|整法)|(?:先)?不要(?:搞|弄|做|转)|不要啦|等等|刚(?:才)?那个|先等|(?:先)?等(?:等|一下|一会儿?|哈)|(?<=[覅甭])(?:了|啦|咯)|[\s,.!])+$"
)
_WORD = re.compile(r"[^\s,.!;:~—–…-]+")


def _all_words(text: str, core: frozenset[str], glue: frozenset[str]) -> bool:
    words = _WORD.findall(text)
    return bool(words) and all(w in core or w in glue for w in words) and any(w in core for w in words)


_THANKS_ONLY = re.compile(r"(?:谢谢领导|谢谢|辛苦了?|[\s,.!])+")


def confirm(u: Utterance) -> Slots | None:
    if _THANKS_ONLY.fullmatch(u.tight):
        return None  # thanks alone says yes to nothing
    # "收到" acknowledges ("好的收到" says yes to nothing); "收到！确认提交！" says it after
    tight = _ACK.sub("", u.tight)
    if tight != u.tight:
        return {} if tight and _ZH_YES.match(tight) and _ZH_COMMIT.search(tight) else None
    if _ZH_YES.match(u.tight) or _all_words(u.low, _EN_YES_CORE, _EN_YES_GLUE):
        return {}
    return None


_ACK = skipping(re.compile(r"^收到[\s,.!]*"))
_ZH_COMMIT = re.compile(r"确认|提交|确定|可以|没问题|批准")


def deny(u: Utterance) -> Slots | None:
    if _ZH_NO.match(u.tight) or _all_words(u.low, _EN_NO_CORE, _EN_NO_GLUE):
        return {}
    return None


# --- help ----------------------------------------------------------------------------------
_HELP_WHOLE = re.compile(
    r"^(?:\?+|help|help me|h|menu|commands?|usage|instructions?|guide|manual|start|hi|hello|hey|"
    r"what can you do|what can i do|what do you do|how does this work|how does it work|how to use|"
    r"how do i use this|who are you|帮助|求助|菜单|命令|指令|说明|使用说明|用法|帮助文档|教程|怎么用|"
    r"如何使用|你能做什么|你会什么|能做什么|你可以做什么|你是谁|你好|您好|在吗|在不在|帮帮我|帮我|帮忙|"
    r"hello\s*bot)$",
    re.IGNORECASE,
)
# Questions about how the product works — answered by the help text, not acted on, even when
# they mention a customer ("what is a customer group?", "客户交接流程是什么").
_EN_HOWTO = re.compile(
    r"^(?:how\s+(?:do|can|could|should|would|does)\s+(?:i|we|you|one|it|this|a|the)\b|how\s+to\b|"
    r"what\s+(?:is|are)\s+(?:an?|the\s+(?:difference|process|procedure|rules?|meaning|steps?))\b|"
    r"what's\s+an?\b|what\s+does\b|what\s+do\s+(?:i|you|we)\b|explain\b|why\b|tell\s+me\s+about\b|"
    r"is\s+there\s+a\s+way\b|where\s+(?:can|do)\s+i\b|who\s+can\b)",
    re.IGNORECASE,
)
_ZH_HOWTO = re.compile(r"怎么(?!样)|怎样(?!了|$)|^如何|是什么|什么是|什么意思|啥意思|为什么|为啥|"
                       r"有什么区别|区别是|谁可以|谁能")
# A question that names a job or asks for progress is a status request, not a how-to.
_STATUS_WORDS = re.compile(r"进度|状态|进展|\bstatus\b|\bprogress\b|\bH-?\d", re.IGNORECASE)


def howto(u: Utterance) -> Slots | None:
    if _STATUS_WORDS.search(u.text):
        return None
    if _EN_HOWTO.match(u.low) or _ZH_HOWTO.search(u.tight):
        return {}
    return None


def help_request(u: Utterance) -> Slots | None:
    return {} if _HELP_WHOLE.match(u.tight_low) else None
