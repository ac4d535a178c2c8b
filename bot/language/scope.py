"""What a handover moves: customers, groups or both, read from the clauses that belong to the
request; a word negated (客户先不动, "the groups can stay") moves nothing."""

from __future__ import annotations

import re

from . import cues
from .cues import Span
from .first_chars import skipping
from .people import PersonSpot
from .spotting import PRONOUN, Spotted, clause_of, is_possessive, mention, sentence_start
from .text import CJK_LATIN_SEAM

# Words a Latin "name" is never made of.

# a form's field saying what moves: "范围：项目群（客户已单独处理）", "scope: groups # customers stay" (客户范围
# names the customers' range, not the kinds)
_SCOPE_FIELD = skipping(re.compile(r"(?<!客户)(?:交接范围|交接内容|移交范围|范围|内容|\bscope)\s*:\s*"
                                   r"(.*?)(?=[,;][^,;:]{1,10}:|$)", re.IGNORECASE))


# what moves, put right after the request: "哦不是客户 是群", "哦不对 是群", "打错了 是客户不是群"
_KIND = r"(客户(?:和|跟|与)?[群裙]|群组|[群裙]|客户|客人)"
_KIND_PUT_RIGHT = skipping(re.compile(
    rf"(?:不是|不对|打错了?|搞错了?|弄错了?|说错了?|写错了?|错了)\W{{0,3}}(?:{_KIND}\W{{0,3}})??(?:应该|其实)?是\s*{_KIND}"
    rf"(?!的)|"
    rf"(?:打错了?|搞错了?|弄错了?|说错了?|写错了?|不对)\W{{0,3}}是\s*{_KIND}\W{{0,2}}(?:不是|而不是)\s*{_KIND}"))


def scope_put_right(low: str) -> list[str] | None:
    """The kinds a correction after the request says move instead ("…的客户给Y\n哦不是客户 是群"), or None."""
    found = _KIND_PUT_RIGHT.search(low)
    if found is None:
        return None
    kind = found.group(2) or found.group(3)
    has_customers, has_groups = "客" in kind, "群" in kind or "裙" in kind
    if has_customers and has_groups and not re.search(r"(?:和|跟|与)", kind):
        return ["groups"]  # (客户群: the groups)
    return [k for k, said in (("customers", has_customers), ("groups", has_groups)) if said]


def field_scope(low: str, *, longest: int | None = None) -> list[str] | None:
    """The kinds a form's scope field names and does not keep back, or None without such a field (or with a
    value longer than `longest`: outside a form, where the field ends is not sure)."""
    field = _SCOPE_FIELD.search(low)
    if field is None or (longest is not None and len(field.group(1)) > longest):
        return None
    return kinds_said(field.group(1))


_REST_AS_IS = re.compile(r"\b(?:the\s+)?(?:rest|others?|everything else)\s+(?:keep|stays?|unchanged|same|as is|ok)\b|"
                        r"(?:其他|其余|别的)(?:不变|照旧|没问题|不动)", re.IGNORECASE)


def kinds_said(text: str) -> list[str] | None:
    """The kinds `text` names and does not keep back ("群先别转，只转客户": customers), or None when it names none."""
    value = _REST_AS_IS.sub(" ", text)  # ("范围：客户+群, 接收人换成Z, rest keep": the other fields stay, not a kind)
    value = re.sub(r"\s*([+&/])\s*", r" \1 ", value)  # ("hr客户+体检群": two kinds listed)
    value = CJK_LATIN_SEAM.sub(" ", value)  # ("客户keep")
    named = sorted((m.start(), m.end(), kind) for kind, word in (("groups", cues.GROUPS), ("customers", cues.CUSTOMERS))
                   for m in word.finditer(value if kind == "groups" else cues.GROUPS.sub(lambda g: " " * len(g.group()),
                                                                                         value)))
    moved = set()
    for n, (start, end, kind) in enumerate(named):
        # what is said of a kind stands between it and the next one ("项目群 only（客户 keep）")
        after = value[end: named[n + 1][0] if n + 1 < len(named) else len(value)]
        before = value[named[n - 1][1] if n else 0: start]
        if not (_NEGATED_AFTER.search(after) or _NEGATED_BEFORE.search(before) or _ALREADY_DONE.match(value, start)):
            moved.add(kind)
    if not moved and cues.ALL.search(value):
        return ["customers", "groups"]
    return [k for k in ("customers", "groups") if k in moved] or None


def read_scope(
    s: Spotted, source: PersonSpot | None, takeover: PersonSpot | None, marker: Span | None,
    clauses: tuple[tuple[int, int], ...],
) -> list[str] | None:
    low = s.low
    anchor = marker.start if marker else (source.start if source else 0)
    keep: list[tuple[int, int]] = []
    main = clause_of(anchor, clauses)
    keep.append(main)
    if source is None:  # "离职人员名下剩下的客户，统一转给X": what moves, said in the clause before
        before = [c for c in clauses if c[1] <= main[0]]
        if before and not any(before[-1][0] <= p.start < before[-1][1] for p in s.people):
            keep.append(before[-1])
    if source is not None:
        # (what of hers moves listed one item a line: "1）俞晨的客户 2）俞晨的客户群 都给Y" — from the first item)
        said_first = min((p.start for p in s.people if mention(p) == mention(source) and p.start < source.start
                          and is_possessive(s, p) and _list_item(low, clause_of(p.start, clauses))
                          and sentence_start(low, source.start) <= p.start), default=source.start)
        first = clause_of(said_first, clauses)
        keep.extend(c for c in clauses if first[0] <= c[0] <= main[0])
        # a short topic clause before it: "客户群那块，王芳的，给李娜"
        keep.extend(c for c in clauses if c[1] <= first[0] and c[1] - c[0] <= 8
                    and not any(c[0] <= p.start < c[1] for p in s.people))
    # "X will replace Y, so give X Y's customers": the two named again are no one new
    parties = {mention(p) for p in (source, takeover) if p is not None}
    strangers = [p for p in s.people if mention(p) not in parties]
    listed_all = False
    for clause in clauses:
        if clause[0] >= main[1]:
            text = low[clause[0]: clause[1]]
            if re.search(r"只|仅|\bonly\b|"
                         r"\bjust\b(?!\s+now)", text) and (cues.GROUPS.search(text) or cues.CUSTOMERS.search(text)):
                keep = [clause]  # "陈静→何静，只转客户群": only what this clause names
                break
            if (re.search(r"也|一起|一道|都|全部|too|also|as well|includ|together|along with|plus|\+|和|&|and|"
                          r"everything|follow|"
                          r"\ball\b", text)
                    or PRONOUN.search(text)) \
                    and not _NEGATED.search(text):
                keep.append(clause)  # "…, please move her customers over"
            elif not _NEGATED.search(text) and not any(clause[0] <= p.start < clause[1] for p in strangers) and (
                    cues.WEAK_VERB.search(text) or cues.STRONG_VERB.search(text) or clause[1] - clause[0] <= 8
                    or "→" in text):
                # "罗家豪→尹晓，客户群", "X replaces Y, move the clients over", "1. X的客户 → Y / 2. X的客户群 → Y"
                keep.append(clause)
            elif not _NEGATED.search(text) and len(text.split()) <= 4 and _kinds_named(text) and \
                    _list_ends_in_all(low, clause, clauses):
                listed_all = True  # "… to Y — print clients, design chats, the lot": the lot, kinds listed first
    customers = groups = everything = False
    kept_back: set[str] = set()  # "everything except the groups": what is named only to stay
    held = _held_back_after(low, [c for c in clauses if c[0] >= main[1]])
    kept_back |= held
    for start, end in dict.fromkeys(keep):
        text = low[start:end]
        if _NEGATED.search(text) and (start, end) != main:
            named = cues.GROUPS.search(text), cues.CUSTOMERS.search(cues.GROUPS.sub(" ", text))
            if named[0] and not named[1]:
                kept_back.add("groups")  # "…全部移给余额，群就不用了": all of hers but the groups
            elif named[1] and not named[0]:
                kept_back.add("customers")
            continue
        side = (start, end) != main  # a kind a later clause keeps back moves only if the request itself names it
        for m in cues.GROUPS.finditer(text):
            if not _negated_at(text, m.start()):
                groups |= not (side and "groups" in held)
            else:
                kept_back.add("groups")
        text_wo_groups = cues.GROUPS.sub(" ", _GROUP_MODIFIER.sub(" ", text))  # "dealer groups" are groups
        for m in cues.CUSTOMERS.finditer(text_wo_groups):
            if not _negated_at(text_wo_groups, m.start()):
                customers |= not (side and "customers" in held)
            else:
                kept_back.add("customers")
        everything |= bool(cues.ALL.search(text)) and start == main[0]
    if listed_all and not kept_back and not held:
        return ["customers", "groups"]
    if customers and groups and len(held) == 1:
        # "X的客户群转给Y，哦不对，是客户，群先不转": what a later clause keeps back stays, whatever came before
        return [k for k in ("customers", "groups") if k not in held]
    if customers and groups:
        return ["customers", "groups"]
    main_text = low[main[0]: main[1]]
    if not kept_back and cues.EVERYTHING.search(main_text) and not _kinds_named(low[main[0]:]):
        return ["customers", "groups"]  # "…'s owners still under his name?? move everything to Monica"
    if not kept_back and _WITH_GROUPS.search(low[min(c[0] for c in keep): max(c[1] for c in keep)]):
        return ["customers", "groups"]  # "她的患者和群", "车主和车友群", "travellers and tour group chats"
    if groups and "customers" not in held and groups_too(low) and not _groups_owned(low, source):
        return ["customers", "groups"]  # "群也一块儿整", "群主转让也一并做了", "连群带人": the groups as well
    if groups:
        return ["groups"]
    if customers:
        return ["customers"]
    if everything:
        if source is not None and _OWNED_NOUN.match(low[source.end:]) and not kept_back:
            return ["customers"]  # "all of X's renewals", "X的 patients 全部转给Y": all of something she owns
        return [w for w in ("customers", "groups") if w not in kept_back] or ["customers", "groups"]
    return None


def _list_item(low: str, clause: tuple[int, int]) -> bool:
    """A clause that is an item of a list: a few words naming a kind, no field label."""
    text = low[clause[0]: clause[1]]
    return len(text.strip()) <= 20 and ":" not in text and _kinds_named(text)


# after the owner, a word that is neither "all" nor a verb: the thing of hers that moves (the customers, in the
# trade's own word)
_OWNED_NOUN = re.compile(r"^\s*(?:名下|手上|手里)?(?:'s|'|的|嘅)\s*"
                         r"(?!(?:全部|全量|所有|全都|一切|统统|通通|东西|都|全|转|交|给|移|划|挪|"
                         r"拨|一起|一并)|(?:everything|all|stuff|things|whole|entire|full|lot|book)(?![a-z]))"
                         r"(?:[a-z]{3,}|[\u4e00-\u9fff])",
                         re.IGNORECASE)


# the giver's own groups, named right after him: "X的花束群也一并给Y", "X's groups too", "她那几个售后群也" ("too"
# then adds the groups to something done before, not customers to this request)
_OWNS_GROUPS = re.compile(r"\s*(?:名下|手上|手里)?(?:'s|'|的|嘅)?\s*(?:那几个|那些|几个|这几个)?\s*"
                          r"(?:[\u4e00-\u9fff]{1,4}|(?:[a-z-]+\s+){1,2})?(?:群|groups?\b|chats?\b|gcs?\b)",
                          re.IGNORECASE)
_PRONOUN_OWNS_GROUPS = re.compile(r"(?:她|他|伊|渠|佢)(?:那几个|那些|几个|这几个)[\u4e00-\u9fff]{0,4}群|"
                                  r"\b(?:his|her|their)\s+(?:[a-z-]+\s+)?(?:groups?|chats?|gcs?)\b", re.IGNORECASE)
_GROUPS_OF = re.compile(r"(?:groups?|chats?|gcs?)\s+of\s*$", re.IGNORECASE)


def _groups_owned(low: str, source: PersonSpot | None) -> bool:
    """The groups are what the giver owns in the request (named right after him, or before "of him")."""
    if source is None:
        return bool(_PRONOUN_OWNS_GROUPS.search(low))
    return bool(_OWNS_GROUPS.match(low, source.end) or _GROUPS_OF.search(low[max(0, source.start - 30): source.start]))


_GROUPS_TOO = re.compile(r"(?<![的户])群(?:主转让|主)?\s*(?:也|一并|一块|一起|一道|顺便|顺带|亦同|亦然|同理)|连群带人|"
                         r"连人带群|"
                         r"\b(?:groups?|gcs?|group chats?|chats)\s+(?:too|also|as well|(?:are\s+)?included)\b|"
                         r"\b(?:also|plus)\s+(?:the\s+)?(?:[a-z-]+\s+)?(?:groups?|gcs?|chats)\b",
                         re.IGNORECASE)
# the word before "groups" / "chats" says whose groups they are: "dealer groups", "parent chats"
# ("customers aur groups", "customers at groups": and in Hindi, Tagalog … is no modifier)
_GROUP_MODIFIER = skipping(re.compile(r"\b(?:(?!(?:and|or|plus|with|the|his|her|their|its|all|of|aur|at|y|et|und|dan|"
                                      r"e|na|og|en)\b)[a-z-]+\s+){1,2}"
                                      r"(?=(?:group\s+chats?|groups?|grps?|gcs?|chats)\b)", re.IGNORECASE))
# "the groups too, forgot those": added to an earlier request, which moved the customers already
_FORGOTTEN = re.compile(r"\b(?:forgot|forgotten|missed)\b|忘了|漏了|落了", re.IGNORECASE)
# people of some kind coordinated with groups are the customers, whatever the trade calls them
# 客户连品鉴会群一道, 墓位客户连家属群一搭儿
_WITH_GROUPS = skipping(re.compile(
    r"连(?:同)?[\u4e00-\u9fff]{0,8}群\s*(?:一道|一起|一并|一块|一搭儿?|一搭里)|"
    r"\u25a1[\u4e00-\u9fff]{1,4}(?:和|及|与|以及|连同|加)群|"  # 韶光球友及群
    # 的 players 和预约群
    r"的\s*[a-z][a-z -]{1,30}?s\s*(?:和|及|与|、|跟|以及|还有)\s*[\u4e00-\u9fff]{0,10}群|"
    # 的参展商、展商群
    r"的[\u4e00-\u9fff]{1,5}?,[\u4e00-\u9fff]{1,4}?群(?![\u4e00-\u9fff]{0,3}(?:不|别|暂|先放|留))|"
    # 团长群和粉丝都给…: the groups, then the people
    r"群\s*(?:和|及|与|跟|以及|还有|、)\s*(?:他的|她的)?[\u4e00-\u9fff]{1,4}?"
    r"(?=\s*(?:都|全|一起|一并|统一|,|给|转|交|移|划))|"
    r"(?:(?:的|那些|那几个|手上|名下|(?<=[\u4e00-\u9fff])[个儿])\s*"
    r"[\u4e00-\u9fff]{1,5}?(?:,[\u4e00-\u9fff]{1,5}?)?|"
    r"(?:客户|顾客|会员|学员|家长|业主|车主|患者|家属|新人))\s*"
    r",?\s*(?:和|及|与|、|跟|同|搭|还有|以及|加上|连同|\+|&)\s*"  # (…的种植户、果农，还有…群)
    r"(?:他的|她的|的)?\s*[\u4e00-\u9fff]{0,10}群|"
    r"(?:\b(?:his|her|their|all|all the|all of the)|\u25a1'?s?)\s+(?:[a-z-]+\s+){0,2}[a-z-]+s\s+"
    r"(?:and|&|\+|plus)\s+"
    r"(?:(?:the|his|her|their)\s+)?(?:[a-z-]+\s+){0,2}"
    r"(?:group chats?|groups?|grps?|gcs?|chats)\b",
    re.IGNORECASE))
# what stays, said in a clause of its own or right after the kind: 冇要动, 弗要转, 照旧, 没必要, 另行安排, 解散,
# 还是她先管着, "we keep", "stay with her" (both _NEGATED and _NEGATED_AFTER read them)
_LEFT_AS_IS = (r"冇要?(?:动|转)|没要(?:动|转)|不消(?:动|转)|弗要?(?:动|转)|照旧|原样|(?:冇得|没得|没有?|无)必要|"
               r"不必|无需|(?:莫|么)动|另行(?:安排|处理)|另外安排|另做安排|解散|"
               r"(?:还是|还|先|继续)(?:她|他)?(?:先)?(?:管|跟|带)着|"
               r"\bwe keep\b|\bstay with\b|"
               # … in Spanish, Portuguese, French, Italian: "el 打样群 se queda con él", "os grupos ficam com ela"
               r"\b(?:se\s+|ta\s+)?qued(?:a|an)\s+con\b|\bfica(?:m)?\s+com\b|\breste(?:nt)?\s+(?:avec|chez)\b|"
               r"\brest(?:a|ano)\s+con\b")
# … and in the dialects, or as the giver keeping them, or for later (read in a clause of its own, or right after
# the kind: further on, "客户不要动 他还要跑" speaks of the next kind)
_HELD = "|".join((
                   # the dialects' "don't move": 冇动 免转 毋使 伓使动 嫑动 甭管 白转 包动 唔使郁 无用转 覅动
                   # (as normalized: 冇 is 没, 唔 is 不)
                   r"(?:无|毋|伓|免|嫑|甭|白|包|覅|勿|莫|袂)(?:使|用|要|得|需|好|洗|通)?(?:动|转|碰|郁|移|变)(?![给給予畀乞分把])",
                   # a kind with 免 / 毋使 / 不给 and nothing after (群免啦, 群毋使, 群不给): not this one
                   r"(?<=群)\s*(?:就|先|都)?(?:免|毋使|伓使|不给|不畀)(?=\s*(?:[啦了啊呀喔哦吧咯]|$|[,.;!?]))",
                   # "是客户，不是群": the kind said not to be meant
                   r"(?:不是|并非)\s*(?:客户群|群|客户)(?=\s*(?:[啦了啊呀喔哦吧咯]|$|[,.;!?]))",
                   r"(?:没|不)(?:使|用|得|需|洗)(?:动|转|碰|郁|移|变)(?![给給予畀乞分把])", r"没动|不郁",
                   r"(?:毋|伓|嫑|甭|覅|莫)(?:使|用|要|得|需)?(?:管|理)",
                   # the giver keeps them: 她自己带走 伊家己顾 他个人留到起 佢自家带走先 渠自家还要跟
                   r"(?:自己|自家|家己|自个儿?|个人)(?:先|还|再|也|来)*(?:要|得|会)?(?:顾|管|带|跟|留|搞|弄|整|交代|"
                   r"处理|顶|收尾|跑|看)",
                   r"(?<=[他她伊渠佢])(?:先|还|会)?带(?:走|过去|起走|埋)", r"还(?:在|要|得)(?:跟|管|带|顾|跑)",
                   r"留(?:到|牢|住)", r"hold\s*住",
                   # "客户先留在她那边", "群留在他手上", Cantonese "啲群留返畀佢自己": stays where it is
                   r"留在(?:她|他|伊|佢|渠|自己)\S{0,2}?(?:那|那边|那儿|那里|手上|手里|身边|名下)",
                   r"留(?:返|番)?(?:畀|俾|给)(?:佢|她|他|伊)(?:自己|自家)?", r"先放(?:着|渠|他|她|伊|佢)", r"先搁着",
                   r"囥(?:牢|着|住)", r"先放(?:到|下|一放|一边|在)",
                   r"(?:带|跟|管|顾)到(?:年底|月底|年后|过年|走|离职)",
                   r"还想(?:再)?(?:带|跟|管|顾|留)", r"不归(?:他|她|伊|渠)", r"再等(?:等|哈|下|一下|一阵|几天)?",
                   r"(?<=[他她伊渠])(?:先|还)(?:要|想要)(?=\s*(?:[啦了啊呀吧咯的]|$|[,.;!?]))",
                   r"(?:莫|不|么得|没得|没有|不用)(?:慌|急|着急)(?![给給])", r"慢慢(?:仔|来)?(?:讲|说)",
                   r"(?<=群)\S{0,2}算(?:了|哒|啦|咯)",  # 群就算了: never mind the groups
                   # later: 等他回来再讲 群过完年再说 晏歇再讲 回来再搞
                   r"(?:等|过(?:完|了|两|几|些|阵)|回来|返嚟|转来|晏歇|时候|以后|之后)\S{0,8}?(?:再|才)(?:讲|说|搞|弄|处理|安排|交代|算)",
                   r"\bstays? (?:put|where)\b", r"\bnothing changes\b", r"\ba while yet\b"))
_NEGATED = skipping(re.compile(
    r"先不动|不动|别动|除外|(?:甭|覅)(?:动|转|碰)|" + _LEFT_AS_IS + "|" + _HELD + "|"
    r"\bleave\b.{0,40}\bbe\b|\bstill (?:call|calls|want|wants)\b|"
    r"(?:以后|回头|几时|晚点|迟点|之后|等)\S{0,8}?再(?:讲|说)|留牢|先放着|暂留|就不用|留给\S{0,6}?自己|"
    r"勿要动|勿动|莫动|先不|不用|不要(?!\s*(?:转|交|移)?[给給])|不转(?![给給])|别转(?![给給])|不包括|"
    r"除了|暂时|保留|留着|单独处理|已经?处理|"
    r"\b(?:later|already (?:done|moved|handled|sorted|transferred|went over|moved over)|"
    r"still (?:handles?|covers?|keeps?|"
    r"manages?)|will (?:still )?handle)\b|"
    r"我自己(?:来|弄|处理|搞)|\bi'?ll (?:do|handle|sort)\b.*\bmyself\b|"
    r"\b(?:he|she|they)\b.*\b(?:himself|herself|themselves|personally)\b|"  # he moves them himself
    r"\b(?:stay|stays|staying|keep|keeps|keeping|keepin|remain|remains|not|don'?t|"
    r"no|leave|untouched)\b", re.IGNORECASE | re.ASCII))


_STAYS = re.compile(r"不动|别动|勿动|莫动|先放着|暂留|留着|不用|不要|先别|(?:别|不|不要|不用)转(?![给給予畀])|"
                    r"\b(?:stay|stays|leave (?:them|it))\b|"
                    + _HELD)


_ALL_ALONE = re.compile(r"\W*(?:and\s+)?(?:the (?:whole )?lot|all|everything|all of it|all that|the (?:whole )?works|"
                        r"the (?:whole )?shebang|tout|todo|tudo|etc)"
                        r"\W*", re.IGNORECASE)


def _list_ends_in_all(low: str, clause: tuple[int, int], clauses: tuple[tuple[int, int], ...]) -> bool:
    """The clauses from `clause` on are a list of a few words each that ends in "the lot" / "everything"."""
    for start, end in clauses[clauses.index(clause) + 1: clauses.index(clause) + 4]:
        if _ALL_ALONE.fullmatch(low[start:end]):
            return True
        if len(low[start:end].split()) > 4:
            return False
    return False


def _kinds_named(text: str) -> bool:
    return bool(cues.GROUPS.search(text) or cues.CUSTOMERS.search(text))


def _kinds(text: str) -> set[str]:
    """The one kind a clause names ("群不要动": groups), none if it names both or neither."""
    groups = bool(cues.GROUPS.search(text))
    customers = bool(cues.CUSTOMERS.search(cues.GROUPS.sub(" ", text)))
    return {"groups"} if groups and not customers else {"customers"} if customers and not groups else set()


_MY_OWN = re.compile(r"我的|\bmy\b")


def _held_back_after(low: str, later: list[tuple[int, int]]) -> set[str]:
    """What the clauses after the request keep back: "，群不要动", and "群的话随缘，先不动" (the kind named
    in the clause before a bare "先不动")."""
    held: set[str] = set()
    for n, (start, end) in enumerate(later):
        text = low[start:end]
        if not _NEGATED.search(text) or _MY_OWN.search(text):
            continue  # (or the writer's own stay: "不是我的 clients 哦，我的不动")
        named = _kinds(text)
        bare = not _kinds_named(text)
        if not named and n > 0 and bare and _STAYS.search(text):
            before = n - 1
            if before > 0 and later[before][1] - later[before][0] <= 3:
                before -= 1  # ("他那几个群还有别的用，别转" is read in three: 群 | 别的用 | 别转)
            named = _kinds(low[later[before][0]: later[before][1]])
        held |= named
    return held


def _negated_at(text: str, position: int) -> bool:
    after = text[position: position + 16]
    return bool(_NEGATED_AFTER.search(after) or _NEGATED_BEFORE.search(text[max(0, position - 40): position])
                or _ALREADY_DONE.match(text, position))


# "his customers were already moved last week", "客户已经单独处理了": done before, nothing to move now
_ALREADY_DONE = skipping(re.compile(r"[a-z-]+\s+(?:were|was|are|is|have been|has been|got)\s+(?:already\s+|all\s+)*"
                                    r"(?:moved|done|handled|transferred|sorted|reassigned)\b|"
                                    r"[a-z-]+\s+(?:already\s+)?(?:went|moved|got moved)\s+(?:over|across)\b|"
                                    r"[\u4e00-\u9fff]{1,4}(?:都|也)?已经?(?:单独)?(?:处理|转|移交|"
                                    r"交接)", re.IGNORECASE))


# "everything except the groups", "除了群": the word after it stays
# (and "leave X's workshop owners with him")
_NEGATED_BEFORE = skipping(re.compile(
    r"(?:\bleave\s+(?:\u25a1+'s|his|her|their|the)\s+(?:[a-z-]+\s+){0,2}|"
    # "do not move her book club members"
    r"\b(?:do not|don'?t|not)\s+(?:move|transfer|touch|give|hand over)\s+(?:the\s+|his\s+|"
    r"her\s+|their\s+)?(?:[a-z-]+\s+){0,3}|"
    r"\b(?:touch|except)\s+(?:the|his|her|their)\s+[a-z-]+\s+|"  # touch the check-in groups
    r"\b(?:except|but not|other than|apart from|excluding|minus|save for|not|no|leave|touch)|"
    r"\b(?:everything|all|anything)\s+but|"  # "everything but the chats"
    r"除了|不含|"
    r"不包括|别动|不要动|勿动)\s*(?:the\s+|his\s+|her\s+|their\s+|(?:他|她|他们|她们)?的)?$",
    re.IGNORECASE))


_NEGATED_AFTER = skipping(re.compile(r"先不动|暂时先不|不动|先放着|暂留|就不用|\bno need\b|"
                                     # 技术群先留她那
                                     r"(?:先|还)?留(?:在)?(?:他|她|伊)(?:那|那边|那儿|那里|手上|手里)|"
                                     r"勿要动|勿动|莫动|已处理|已经处理|已经给|已经转|已转|先不管|(?<!我)不管|"
                                     r"(?:他|她|伊)?(?:自己|自家)(?:再|还|先)?\s*(?:顾|管|留|跟|留着|handle|keep|manage)|留牢|保留|"
                                     + _LEFT_AS_IS + "|"
                                     r"\blater\b|"
                                     r"^\S{0,4}?(?:" + _HELD + ")|"
                                     r"^\S{0,6}?(?:除外|(?:甭|覅)(?:动|转|碰)|不用|(?<!要)不要(?!\s*(?:转|交|移)?[给給])|不转|先别|别动|暂不|不调整|不做调整|"
                                     r"不变|不换)|"
                                     r"\bcan stay\b|\bstay\b|\bstays\b|\bstaying\b|\bdo not move\b|"
                                     r"\bstill keep\b|\bremain\b|\balready\b|"
                                     r"\bkeep\b|\bwhere they are\b"))


def groups_too(low: str) -> bool:
    """The groups are said to go as well ("groups included", "群也一并")."""
    return bool(_GROUPS_TOO.search(low)) and not _FORGOTTEN.search(low)


def keeps_back(low: str) -> bool:
    """The message says something stays or is left out ("群别动", "except the groups", "clients he keeps")."""
    low = CJK_LATIN_SEAM.sub(" ", low)  # ("客户keep": the English word read as a word)
    return bool(_NEGATED.search(low) or _EXCEPT.search(low))



_EXCEPT = skipping(re.compile(r"\b(?:except|but not|other than|apart from|excluding|minus|save for)\b|除了|除外|不含|"
                              r"不包括|"
                              r"\b(?:everything|all|anything)\s+but\b",
                              re.IGNORECASE))
