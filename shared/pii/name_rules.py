"""Names in running text without an explicit cue (the names round, 2026-12-04): rules that
``names.find_names`` asks after its own cues have not decided a token. Each looks only at a few
characters or words around the token (set look-ups and anchored matches first, a search only when
they hit). See docs/quality.md, "Names round".

* coordination with a gazetteer name: "Kasia and Tomek", "Samuele e Ilaria", "Ania i Paweł";
* a Polish given name in another case, from the gazetteer's nominative: "u Magdy", "o Danielu",
  "do Marcina", "Krzyśkowi", "z Igą" (Polish text only);
* a Chinese name (a common surname and one or two characters) between a person preposition or a
  clause start and a verb or particle: "跟张伟说", "去陈静家", "刘洋总是说";
* for a capitalised token the gazetteer lacks (``names._person_context``): a cleft ("It was Teodora
  who"), a verb whose object is a person ("tell Eamon", "le conté a Itziar", "dit à Aurélien"),
  talking or living with someone ("hablé con", "falei com o", "chez", "bij"), a person's possessive
  ("Ifeoma's flat"), a clause opener before a subject ("When Ezinne found out"), an object pronoun
  after a subject ("se lo contó", "m'a demandé"), a relative "who" ("to Siobhan, who"), a vocative
  ("Olumide, if you read this");
* lower-case coordination after a lower-case name: "i told ayesha and rhys";
* "Mia sorella" is Italian for "my sister", not a name;
* names round two (thirteenth session): an unknown name opening a sentence (or after an article
  that does) before a verb of a person ("Kealoha lied to me", "A Iracema acha", "Jorrit belt",
  ``initial_subject``); two unknown capitalised words in a person context (``names._pair_person``);
  a lower-case name before a verb (``names._lower_names``).

Hard negatives: common words, places, organisation words, roles (``names.COMMON``, ``PLACES``,
``NOT_NAMES``, ``ROLE_WORDS``), holidays and months (``TIME_WORDS``), capitalised pronouns and
adverbs (``FUNCTION_WORDS``), discourse words, a second capitalised word (a title or an
organisation's name), a place word, article or possessive before the token.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from shared import prescreen

_CLEFT = re.compile(r"\b(?:[Ii]t(?: was| is|'s|’s)|[Cc]'est|[Cc]’est|[Ff]ue|[Ee]ra|[Ff]oi|[Bb]yła|[Bb]ył) $")
_CLEFT_AFTER = re.compile(r" (?:who|qui|quien|quién|la que|el que|che|quem|que|który|która|die)\b")
_AFTER_CONJ = re.compile(r" (?:and|&|y|e|et|und|en|i|och|og|ve|oraz) ")
_POLISH_LETTERS = re.compile(r"[ąćęłńśźżĄĆĘŁŃŚŹŻ]")
# Polish case endings of given names, longest first, and how the nominative is made from the stem
_PL_ENDINGS = ("owi", "iem", "em", "ie", "u", "a", "y", "i", "ą", "ę")
_POSSESSIVE_NAMES = frozenset({"Mia"})
_IT_FAMILY = frozenset("""zia zio nonna nonno cugina cugino nipote suocera suocero cognata cognato figlia madre
sorella amica collega vicina compagna fidanzata moglie mamma bambina famiglia casa vita terapeuta psicologa
migliore""".split())  # Italian "Mia sorella", "Mia madre": "my", not a name

_CN_SURNAMES = ("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁"
                "任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫"
                "孔向汤")
# a person preposition or verb before, or a clause start; then a verb, time word or particle after
_CN_BEFORE = r"(?:跟|和|与|给|对|找|问|陪|帮|让|同|告诉|去|见|等|叫|喜欢|想念|想|爱|恨|怕|^|(?<=[，。！？；\n]))"
# piiblind36a: a conjunction opening a clause ("但是王芳根本不信"), a housemate or workmate at a clause's start ("室友陈思远每天")
_CN_BEFORE36 = _CN_BEFORE[:-1] + r"|(?<=[，。！？；\n但可])(?:是)|(?:(?<=^)|(?<=[，。！？；\n]))(?:室友|同事|同学|舍友|邻居|老板|上司))"
_CN_AFTER = (r"(?:说|讲|聊|吵|商量|见面|在一起|一起|家|的|了|过|总是|老是|又|昨天|今天|前天|最近|一直|每天|刚才|突然|"
             r"告诉|跟我|对我|让我|不|没|也|还|就|已经|从来|[，。！？])")
_CN_AFTER36 = _CN_AFTER[:-1] + r"|根本|居然|竟然|偏偏|非要|从不|半夜)"
_CN_NAME = re.compile(rf"{_CN_BEFORE}([{_CN_SURNAMES}][\u4e00-\u9fff]{{1,2}}?)(?={_CN_AFTER})")
_CN_NAME36 = re.compile(rf"{_CN_BEFORE36}([{_CN_SURNAMES}][\u4e00-\u9fff]{{1,2}}?)(?={_CN_AFTER36})")
# piiblind36a: the thirty-sixth session's name cues; ``bench/train_name_tagger.py`` turns them off, so that the rows the
# committed tagger was trained on stay as they were
CUES_36A = True
# common words that open with a surname character
_CN_WORDS = frozenset("""周末 周围 周年 马上 高兴 高中 高考 方法 方面 方式 白天 白色 万一 江湖 石头 黄色 林业 张开 陈述 程度
程序 任何 任务 毛病 钱包 金钱 金额 夏天 于是 叶子 苏醒 钟头 陆续 范围 付出 付钱 武器 莫名 向前 向来 汤药 雷雨 龙虾 史上
孙子 孔子 黎明 顾客 严格 严重 郑重 曾经 董事 潘多拉 蒋介石 彭湃 吕布 丁点 邓小平 毛主席 刘海 杨树 李子 朱红 胡说 胡乱
郭家 何必 何时 何况 何处 何苦 许多 许久 韩国 冯京 罗马 宋朝 唐朝 谢谢 梁山 余生 杜绝 魏晋 姜汤 崔嵬 沈默 卢浮 汪洋 廖廖
贾宝玉 韦氏 白白 方才 邹巴 孟加拉 熊猫 秦朝 邱疹 江边 尹人 薛定谔 段时间 侯爵 陶瓷 贺卡 毛巾 郝思嘉 龚滩 邵东 万分 万事
钱财 覃氏 戴上 莫非 孔雀 汤圆 高高 林子 黄金 程家 金子 石膏 夏季 田地 董家 袁家 潘家 蔡家 余地 叶家 苏联 魏家 吕家 丁家
任性 姚明 卢家 姜家 崔家 钟表 谭家 陆地 汪家 范家 廖家 贾家 韦家 付款 方便 白菜 邹家 孟家 熊孩子 秦家 邱家 江家 尹家 薛家
闫家 段落 雷家 侯家 龙家 史家 陶家 黎家 贺家 顾家 毛家 郝家 龚家 邵家 万家 钱家 严家 覃家 武家 戴家 莫家 孔家 向家 汤家
朱家 王家 李家 张家 刘家 陈家 杨家 黄家 赵家 吴家 周家 徐家 孙家 马家 胡家 郭家 何家 高家 林家 罗家 郑家 梁家 谢家 宋家
唐家 许家 韩家 冯家 邓家 曹家 彭家 曾家 肖家 田家 杜家 蒋家 沈家 于家 石家 夏家 向来 高铁 马路 白领 黄昏""".split())
_CN_STOP_SECOND = frozenset("每天都也总说是在的了和跟对把被给就还又不没很会要想让叫有今昨明一这那他她我你们医老先女小最经已刚再才常"
                            "分离结吵打骂走去来住回见过死病喝吃出做看知觉认告问求帮家")


def cleft(text: str, start: int, end: int) -> bool:
    """"It was Teodora who found me", "c'est Malik qui m'a aidée", "fue Rocío quien"."""
    return _CLEFT.search(text, max(0, start - 10), start) is not None and _CLEFT_AFTER.match(text, end) is not None


def polish_nominative(token: str, names: frozenset[str], ambiguous: frozenset[str]) -> bool:
    """Whether ``token`` is a Polish given name in another case whose nominative is in the gazetteer
    (and not one of its ambiguous names): "Magdy" (Magda), "Danielu" (Daniel), "Krzyśkowi" (Krzysiek),
    "Marcina" (Marcin), "Tomka" (Tomek), "Pawła" (Paweł). Asked only in Polish text (``polish_text``)."""
    if len(token) < 4:
        return False
    for ending in _PL_ENDINGS:
        if not token.endswith(ending) or len(token) - len(ending) < 2:
            continue
        stem = token[:-len(ending)]
        candidates = [stem, stem + "a", stem + "ia"]
        if stem.endswith("śk"):
            candidates.append(stem[:-2] + "siek")  # Krzyśk-owi: Krzysiek
        elif stem.endswith("k"):
            candidates.append(stem[:-1] + "ek")  # Tomk-a: Tomek
        if stem.endswith("ł"):
            candidates.append(stem[:-1] + "eł")  # Pawł-a: Paweł
        for c in candidates:
            if c != token and c in names and c not in ambiguous:
                return True
    return False


@lru_cache(maxsize=4)
def polish_text(text: str) -> bool:
    """Whether the text has Polish letters (asked once per text and token: the memo keeps the
    answer for the text being read; a str caches its hash)."""
    return _POLISH_LETTERS.search(text) is not None


def possessive_not_name(text: str, end: int, token: str, relations: frozenset[str]) -> bool:
    """"Mia sorella", "Mia cognata": the Italian possessive before a relation word."""
    if token not in _POSSESSIVE_NAMES or text[end:end + 1] != " ":
        return False
    nxt = text[end + 1:end + 20].split(" ", 1)[0].strip(",.;:!?").lower()
    return nxt in relations or nxt in _IT_FAMILY


def coordinated(text: str, found: list[tuple[int, int]], taken: list[tuple[int, int]], token_re: re.Pattern,
                is_word, known, plain_word=None) -> list[tuple[int, int]]:
    """Capitalised tokens joined to a found name by "and" (in the project's languages): "Kasia and
    Tomek", "Samuele e Ilaria", "Ania i Paweł". ``is_word(token)`` rules out words, places,
    organisation words and roles; ``plain_word`` (round thirteen), if given, is ``is_word`` without
    the gazetteer's ambiguous names, which a known name before them vouches for ("Leyla und Deniz";
    not before it: "Jack and Jill went up the hill"). Round thirteen also takes the members of a list with a found and a known name in it
    ("Jazz, Benji and Mo")."""
    extra = []
    spans = set(found)
    neighbour_word = plain_word or is_word
    for s, e in found:
        if "," in text[max(0, s - 60):e + 60]:
            extra += _list_members(text, s, token_re, is_word, known, found)
        if not known(text[s:e].split(" ")[0]):
            continue  # only a gazetteer name vouches for its neighbour
        # the name after: "<name> and X"
        m = _AFTER_CONJ.match(text, e)
        if m:
            t = token_re.match(text, m.end())
            if t and not neighbour_word(t.group(0)) and (not is_word(t.group(0)) or (
                    text[s - 1:s] not in _QUOTES and text[t.end():t.end() + 1] not in (":", "”", '"'))) and not _CAPITAL_NEXT.match(text, t.end()) and \
                    not text.startswith(" by ", t.end()) and not _PLACE_BEFORE.search(text, max(0, s - 12), s):
                extra.append(t.span())
        # the name before: "X and <name>"
        head = text[max(0, s - 40):s]
        m2 = _BEFORE_CONJ.search(head)
        if m2:
            ts = max(0, s - 40) + m2.start(1)
            tok = m2.group(1)
            if not is_word(tok) and not _STARTS_LOWER_ARTICLE.search(text, max(0, ts - 5), ts) and \
                    not _CAPITAL_BEFORE.search(text, max(0, ts - 30), ts) and not text.startswith(" by ", e) and \
                    not _PLACE_BEFORE.search(text, max(0, ts - 12), ts):
                extra.append((ts, ts + len(tok)))
    out = []
    for s, e in extra:
        if (s, e) in spans or any(a < e and s < b for a, b in list(spans) + taken):
            continue
        spans.add((s, e))
        out.append((s, e))
    return out


_BEFORE_CONJ = None  # set by ``compile_tokens``
# a title or an organisation's name of several capitalised words ("Machine Learning and ...")
_CAPITAL_NEXT = re.compile(r" [A-ZÀ-ÖØ-Þ]")
_CAPITAL_BEFORE = re.compile(r"[A-ZÀ-ÖØ-Þ][\w'’-]* $")
# places and works coordinated: "the parks of Banff and Jasper", "between Syria and Turkey",
# "Romeo and Juliet by ..."
_PLACE_BEFORE = re.compile(r"\b(?:of|between|in|at|from|to|near|visit|visited|de|en|à|in|nach|naar|w|we|do) $")
_STARTS_LOWER_ARTICLE = re.compile(r"\b(?:the|The|das|die|der|het|de|la|le|il|el|o|a) $")


_QUOTES = frozenset("“\"‘'«„")  # a title opens: "“Henry and June: ..."
_LIST = None  # set by ``compile_tokens``: "A, B and C", "A, B, C e D"


def compile_tokens(token: str) -> None:
    global _BEFORE_CONJ, _LIST, _MAYBE_WAS, _PT_DO, _UR_NAME
    _UR_NAME = re.compile(rf"(?<![\w'’-])({token}) (?:ne|ko) (?=[a-z])|(?<![\w'’-])(?i:mera|meri|mere|meray) "
                          rf"(?i:bhai|behen|bhen|dost|shohar|biwi|saheli) ({token})(?![\w'’-])")
    _MAYBE_WAS = re.compile(rf"(?:^|[.!?]\s+|\n)(?:Maybe|Perhaps|Probably) ({token}) (?:was|were|is) (\w+)")
    _PT_DO = re.compile(rf"(?<![\w'’-])([a-zçãõáéíóúâêô]+) d[oa] ({token})(?![\w'’-])(?! [A-ZÀ-Þ])")
    _BEFORE_CONJ = re.compile(rf"(?<![\w'’-])({token}) (?:and|&|y|e|et|und|en|i|och|og|ve|oraz) $")
    _LIST = re.compile(rf"(?<![\w'’-])(?:{token})(?:, (?:{token}))+,? (?:and|&|y|e|et|und|en|i|och|og|ve|oraz) "
                       rf"(?:{token})(?![\w-])")


def _list_members(text: str, s: int, token_re: re.Pattern, is_word, known,
                  found: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The members of a list of single capitalised tokens ("Jazz, Benji and Mo") that holds the
    found name at ``s``, two members found or in the gazetteer (one of them in it), none of them a
    word, place or organisation word, not after a place preposition, an article or another capitalised
    word (a title); an unknown first member that opens the sentence is left out ("Meanwhile, Jim and
    Pam")."""
    lo = max(0, s - 60)
    for m in _LIST.finditer(text, lo, min(len(text), s + 120)):
        if not m.start() <= s < m.end():
            continue
        members = [t.span() for t in token_re.finditer(text, m.start(), m.end())]
        if not known(text[members[0][0]:members[0][1]]) and (
                _opens_sentence(text, members[0][0], 0) or text[members[0][0]:members[0][1]] in _NOT_SUBJECTS):
            members = members[1:]  # "Meanwhile, Jim and Pam"
        tokens = [text[a:b] for a, b in members]
        vouched = sum(1 for (a, b), t in zip(members, tokens) if known(t) or any(x <= a < y for x, y in found))
        if len(members) < 2 or vouched < 2 or any(is_word(t) or t in _DISCOURSE or t in FUNCTION_WORDS for t in tokens) or not any(known(t) for t in tokens) or \
                _CAPITAL_NEXT.match(text, m.end()) or _PLACE_BEFORE.search(text, max(0, m.start() - 12), m.start()) or \
                _STARTS_LOWER_ARTICLE.search(text, max(0, m.start() - 5), m.start()) or \
                _CAPITAL_BEFORE.search(text, max(0, m.start() - 30), m.start()):
            return []  # "Harry Potter, Dune and Emma": a title's last word opens the list
        return members
    return []


def chinese_names(text: str) -> list[tuple[int, int]]:
    """A common surname and one or two characters between a person preposition (or a clause
    start) and a verb, a time word or a particle: "跟张伟说", "去陈静家", "刘洋总是说"."""
    out = []
    for m in (_CN_NAME36 if CUES_36A else _CN_NAME).finditer(text):
        name = m.group(1)
        if name in _CN_WORDS or name[1] in _CN_STOP_SECOND or name[:2] in _CN_WORDS:
            continue
        out.append(m.span(1))
    return out


_LOWER_AND = re.compile(r" (?:and|n|&) ([a-z]+)(?![\w'-])")


def lower_coordinated(text: str, found: list[tuple[int, int]], lower_names: frozenset[str]) -> list[tuple[int, int]]:
    """"i told ayesha and rhys": a lower-case gazetteer name after a lower-case name found."""
    out = []
    for s, e in found:
        m = _LOWER_AND.match(text, e)
        if m and m.group(1) in lower_names:
            out.append(m.span(1))
    return out


# --- context rules for an unknown capitalised token (asked by ``names._person_context``) ---

# verbs whose object is a person, right before the token: "Should I tell Eamon", "I blocked Tyrese"
_OBJECT_VERBS = frozenset("""tell telling invite invited inviting block blocked blocking unblock unblocked miss
missing forgive forgave trust trusted ghosted ghosting""".split())
# verbs of telling and asking, then a preposition (and an article in Portuguese): "le conté a Itziar",
# "j'ai tout dit à Aurélien", "ho chiesto a Tommaso", "contei para a Thaís", "heb het aan Femke"
_TELL = re.compile(
    r"\b(?:(?:le |les )?(?:dije|dijo|conté|contó|pedí|pidió|pregunté|preguntó|escribí|expliqué|prometí|mandé|"
    r"decirle|contarle|pedirle|preguntarle|escribirle|explicarle)|"
    r"(?:dit|raconté|demandé|avoué|écrit|expliqué|promis|répondu|dire|raconter|demander|avouer|expliquer)|"
    r"(?:detto|raccontato|chiesto|scritto|promesso|spiegato|risposto|confessato|dire|raccontare|chiedere|"
    r"spiegare|confessare)|"
    r"(?:contei|disse|pedi|perguntei|expliquei|escrevi|prometi|mandei mensagem|contar|dizer|pedir|perguntar)"
    r")(?: (?:todo|tout|tutto|tudo|lo|la|le|la verdad|la vérité|la verità|a verdade))? "
    r"(?:a|à|al|ao|para)(?: (?:a|o))? $", re.IGNORECASE)
_TELL_LAST = frozenset("a à al ao para o".split())
# verbs of talking, living, arguing or going out with someone, then "with" (es/it/fr/pt/nl), and
# someone's home: "hablé con Consuelo", "ho litigato con Davide", "je vis avec Kader", "falei com o
# Caio", "a casa de Maite", "chez Gaëlle", "bij Sanne"
_WITH = re.compile(
    r"\b(?:(?:hablé|hablo|hablar|quedé|quedo|salgo|salí|sale|vivo|vive|viví|discutí|peleé|estoy|estuve|lloré|"
    r"parlato|parlo|parlare|litigato|litigo|esco|uscita|uscito|vivo|sto|sono stata|sono stato|"
    r"parlé|parle|parler|disputée?|vis|sors|suis sortie?|couchée?|"
    r"falei|falo|falar|briguei|brigo|moro|saio|saí|namoro|estou|fiquei)"
    r" (?:con|avec|com(?: [ao])?)|(?:casa|piso|cuarto) de|(?:casa|quarto) d[ao]|\bchez|(?:^|[.!?,] *|\b)(?:ben|was|ga|slaap|sliep|logeer|woon) bij) $", re.IGNORECASE)
_WITH_LAST = frozenset("con avec com o a de da do chez bij".split())
# a possessive 's of a person: "at Zainab's because", "Ifeoma's flat", "Callum's mum", "Nkechi's been"
_POSSESSED = frozenset("""flat house place home room bedroom mum mom dad mother father wife husband partner
boyfriend girlfriend sister brother kids children son daughter parents family friend friends birthday funeral
wedding anniversary baby ex grave ashes jumper hoodie texts messages number mum's dad's nan gran grandma grandad
auntie uncle cousin sofa couch bed party""".split())
_AFTER_POSSESSIVE = frozenset("""been gone got always never started stopped moved left because after before for
and but so when until""".split())
_AT_PLACE = frozenset("at to round from over stayed staying".split())
# a clause opener before the token, then a lower-case word: "When Ezinne found out", "Desde que
# Yolanda se fue", "Depuis que Baptiste est parti",
# "Sinds Bram weg is", "Od kiedy Bartek się", "Da quando Matteo ha"
_OPENERS = re.compile(
    r"(?:^|[.!?,;:\n] *|\b)(?:[Ww]hen|[Ss]ince|[Uu]ntil|[Oo]nce|[Ee]very time|[Ww]henever|"
    r"[Dd]esde que|[Cc]uando|[Dd]epuis que|[Qq]uand|[Ll]orsque|[Ss]inds|[Tt]oen|"
    r"[Oo]d kiedy|[Kk]iedy|[Gg]dy|[Dd]a quando|[Qq]uando|[Dd]opo che|[Dd]esde que (?:[oa] )?|[Qq]uando (?:[oa] )?|"
    r"[Dd]epois que (?:[oa] )?) $")
# (not German: every noun is capitalised there, "seit Wochen")
_OPENER_LAST = frozenset("""when since until once time whenever que cuando quand lorsque sinds toen kiedy gdy quando
che o a""".split())
_LOWER_WORD = re.compile(r" (?:[a-zà-ÿąćęłńóśźż][\w'’-]*)")
# the token as a subject with an object pronoun after it: "Esteban se lo contó", "Rebecca mi ha urlato",
# "Théo m'a demandé" (not German "mich": "dass Angst mich lähmt")
_SUBJECT_CLITIC = re.compile(
    r" (?:(?:me|se lo|se la) (?:ha|han|había|dijo|dice|decía|llamó|llama|escribió|escribe|gritó|grita|pidió|pide|contó|"
    r"mandó|manda|dejó|quitó|pegó|insultó|amenazó|controla|controló|trata|trató|sigue|habló|miró|odia|echó|bloqueó|"
    r"disse|diz|ligou|liga|mandou|bateu|chamou|xingou|traiu|deixou|grita|gritou|trata|tratou|pediu)|"
    r"mi (?:ha|hanno|aveva|dice|diceva|chiama|chiamava|scrive|urla|urlava|tratta|segue|controlla|odia|picchia|manda)|"
    r"m['’](?:a|ont|avait|appelle|écrit|envoie|insulte|traite|frappe|suit|quitté|quittée|dit)|"
    r"me (?:dit|fait|traite|suit|regarde|frappe|menace|harcèle|demande|crie)|"
    r"mnie (?:\w+ł[aoy]?|\w+ła)|mi (?:powiedział|powiedziała|napisał|napisała|kazał|kazała))\b")
_NOT_SUBJECTS = frozenset("""Dios Dieu Gott Dio Deus Bóg God Covid Corona Lockdown Netflix Instagram Facebook Tiktok
Google Whatsapp Spotify Youtube Twitter Reddit Internet Madrid Barcelona Sevilla Valencia Lisboa Porto Roma Milano
Napoli Paris Lyon Berlin Hamburg München Warszawa Kraków Amsterdam Rotterdam Bruxelles""".split())


# round nineteen: words before a person in no list ("I argued with Gwendolyn", "thinking about
# Leocadia", "Nobody believed me except Oriane", "I lost my job because of Cressida", "Without Leofric I")
_PERSON_PHRASES = frozenset("""argued with|argue with|arguing with|thinking about|think about|thought about|except|
because of|without""".replace("\n", "").split("|"))
_PERSON_PHRASE_LAST = frozenset(p.split(" ")[-1] for p in _PERSON_PHRASES)


def tell_before(text: str, start: int, prev: list[str]) -> bool:
    """A verb whose object is a person, or a verb of telling and a preposition, before the token."""
    last = prev[-1]
    if last in _OBJECT_VERBS:
        return True
    if last in _PERSON_PHRASE_LAST and (last in _PERSON_PHRASES or " ".join(prev[-2:]) in _PERSON_PHRASES):
        # not a gerund, nor a title in Title Case ("Financial Success Without Breaking the Bank")
        return not text[start:start + 30].split(" ", 1)[0].rstrip(",.;:!?").endswith("ing") and (
            text[start - 2:start - 1].islower() or _SENTENCE_START.search(text, max(0, start - 16),
                                                                          start - len(last) - 1) is not None)
    if last in _TELL_LAST and _TELL.search(text, max(0, start - 40), start) is not None:
        return True
    if last == "aan":  # Dutch "ik heb het aan Femke verteld"
        return True
    if last in _WITH_LAST:
        return _WITH.search(text, max(0, start - 40), start) is not None
    return False


def possessive_person(text: str, end: int, prev: list[str]) -> bool:
    """"Ifeoma's flat", "at Zainab's because", "Nkechi's been distant" (mid-sentence)."""
    if text[end:end + 2] not in ("'s", "’s"):
        return False
    nxt = text[end + 2:end + 20].split(" ", 2)
    word = nxt[1].strip(",.;:!?").lower() if len(nxt) > 1 and nxt[0] == "" else ""
    if word in _POSSESSED:
        return True
    return word in _AFTER_POSSESSIVE and bool(prev) and prev[-1] in _AT_PLACE
        

def relative_person(text: str, end: int, token: str) -> bool:
    """"Siobhan, who apparently ...", "Pawel, who died", "Wiremu, and he lives": a relative "who"
    or a "he"/"she" right after the token (organisations take "which", places "where")."""
    return not token.endswith("ly") and token not in _DISCOURSE and _WHO.match(text, end) is not None


_WHO = re.compile(r",? who\b|, (?:and |but |because |so )?(?:he|she)\b")


def vocative(text: str, start: int, end: int, token: str) -> bool:
    """A name addressed at a sentence's start, then a second-person clause: "Olumide, if you read
    this", "Honestly, Bronwyn, thank you", "Sorry Mehmet, I won't make Thursday"."""
    if token.endswith("ly") or token in _DISCOURSE:
        return False
    if not _VOCATIVE_AFTER.match(text, end):
        return False
    return _VOCATIVE_BEFORE.search(text, max(0, start - 16), start) is not None


_VOCATIVE_AFTER = re.compile(r", (?:if you|you|your|thank you|thanks|please|can you|could you|would you|do you|are you|"
                             r"did you|i'm sorry|i am sorry|sorry|i won't|i can't|i'm|i am|i just|i wanted)\b", re.IGNORECASE)
_VOCATIVE_BEFORE = re.compile(r"(?:^|[.!?\n] *)(?:(?:[Ss]orry|[Hh]onestly|[Ll]ook|[Oo]h|[Ww]ell|[Ss]o|[Aa]nd|[Tt]hanks|[Pp]lease|"
                              r"[Oo]k|[Oo]kay|[Yy]es|[Nn]o),? )?$")
_DISCOURSE = frozenset("""However Therefore Otherwise Meanwhile Besides Instead Still Plus Overall Sure Right Wow Yeah Yep
Nope Alright Fine Great Cool Hmm Um Ugh Seriously Look Listen Okay Please Remember Trust Believe Note Imagine Think
First Second Third Lastly Next Later Earlier Today Tonight Tomorrow Yesterday Again Anyway Also Actually Apparently
Naturally Obviously Ideally Unfortunately Luckily Thankfully Hopefully Sadly Friend Friends Folks Guys Everyone
Anyone Someone Doctor Counsellor Therapist Sir Madam Mate Babe Love Darling Sweetheart Honey Man Dude Bro Sis
Together Rather Last Aye Finally Personally Similarly Additionally Furthermore Moreover Nevertheless Nonetheless
Consequently Alternatively Generally Typically Initially Ultimately Yes No Well Now Then Here There Sometimes Often
Otherwise Thus Hence Indeed Certainly Absolutely Agreed True Exactly Correct Perhaps Maybe Ok Sorry Thanks""".split())


def clause_subject(text: str, start: int, end: int, prev: list[str]) -> bool:
    """A clause opener, the token, then a lower-case word: "When Ezinne found out"."""
    if not prev or prev[-1] not in _OPENER_LAST or token_is_function_word(text[start:end]) or \
            not _LOWER_WORD.match(text, end):
        return False
    return _OPENERS.search(text, max(0, start - 16), start) is not None


def subject_clitic(text: str, end: int, token: str) -> bool:
    """The token before an object pronoun and a verb: "Esteban se lo contó", "Théo m'a demandé",
    "Rebecca mi ha urlato"."""
    return token not in _NOT_SUBJECTS and token not in FUNCTION_WORDS and _SUBJECT_CLITIC.match(text, end) is not None

# holidays, months and seasons capitalised in the project's languages (not in ``names.COMMON``):
# "Seit Ostern geht es mir schlechter", "Depuis Noël", "Since Lent started"
TIME_WORDS = frozenset("""Ostern Weihnachten Silvester Pfingsten Karneval Fasching Neujahr Advent Navidad Pascua
Nochevieja Reyes Noël Pâques Toussaint Natale Pasqua Ferragosto Capodanno Befana Páscoa Carnaval Wielkanoc Wigilia
Kerst Kerstmis Pasen Koningsdag Sinterklaas Oud Ramadan Eid Diwali Hanukkah Thanksgiving Halloween Lent Passover
Covid Corona Lockdown Januar Februar März Juni Juli Oktober Dezember Jänner Frühling Sommer Herbst Winter""".split())
# cue words that may open a sentence, capitalised, right before the token ("Tell Nadia", "When Ezinne")
CAPITALISED_CUES = _OBJECT_VERBS | _OPENER_LAST | frozenset({"it's", "it’s", "c'est", "c’est", "fue", "era", "foi"}) | \
    frozenset("sorry honestly look oh well so and thanks please ok okay yes no".split()) | \
    frozenset({"without", "except"})  # round nineteen: "Without Leofric I don't know who I am"

# capitalised pronouns, adverbs and articles of the project's languages that open sentences
# ("On m'a prescrit", "Siempre me dice", "Ella me dijo")
FUNCTION_WORDS = frozenset("""On Siempre Nunca Ya También Hoy Ayer Ahora Luego Ella Él Elle Il Lui Lei Ele Ela Ona Nikt
Ktoś Nadie Alguien Todo Todos Tout Personne Qui Quien Chi Quem Kto Che Que Ce Cela Ça Lo La Le Mi Se Si Non No Nie Tu
Vous Nous Voi Noi Loro Ils Elles Ellos Ellas Eles Elas Oni Sempre Mai Jamais Toujours Souvent Spesso Ieri Oggi
Domani Hier Demain Ontem Hoje Amanhã Wczoraj Dziś Dzisiaj Jutro Zawsze Nigdy Ten Ta To Alors Puis Donc Mais Pero
Però Mas Porém Ale Więc Eso Esto Questo Quello Isso Isto Este Esta Esa Ese Cette Ces Questa Quella Essa Esse Aquí
Allí Ici Qui Aqui Tutto Tudo Nessuno Ninguém Alguém Qualcuno Quelqu'un Mamá Papá Maman Papa Mamma Mama Tata Mãe Pai
Mutter Vater Madre Padre Mère Père Je Yo Io Eu Ja Ik Ich Tú Toi Moi Me Im Ive Id Ill Dont Cant Wont Didnt Isnt Hes Shes Theyre Youre Thats Whats""".split())


def token_is_function_word(token: str) -> bool:
    return token in FUNCTION_WORDS
# words before a token that make it no person for the rules above: places, articles, possessives
NOT_BEFORE_PERSON = frozenset("""in at on near from into around outside inside towards the an this that my his her
our their your its das die der dem den het""".split())

# the last word before a token (lower case, stripped as ``names._words`` strips it) for which one of
# the rules before the token can hold: a cheap first test
PREV_CUES = frozenset("was is it's it’s c'est c’est fue era foi była był".split()) | _OBJECT_VERBS | \
    _TELL_LAST | _WITH_LAST | _OPENER_LAST | _AT_PLACE | frozenset({"aan"}) | _PERSON_PHRASE_LAST


def after_hit(text: str, end: int, token: str) -> bool:
    """Whether one of the rules that look after the token can hold (a look at the next characters,
    then anchored matches only)."""
    nxt = text[end:end + 3]
    first = nxt[:1]
    if first == "'" or first == "’":
        return nxt[1:2] == "s"
    if first == ",":
        return _WHO.match(text, end) is not None or _VOCATIVE_AFTER.match(text, end) is not None
    if first == " " and nxt[1:3] in _AFTER_TWO:
        return _WHO.match(text, end) is not None or _SUBJECT_CLITIC.match(text, end) is not None
    return False


_AFTER_TWO = frozenset({"wh", "me", "mi", "m'", "m’", "se", "mn"})


# --- names round two (2026-12-04, thirteenth session): see docs/quality.md, "Names round two" ---

# A verb of a person right after the token (anchored at its end): the token opens a sentence (after
# at most two lead words: "Last night", "Ieri", "Hier soir,") or follows an article that does
# ("A Iracema acha", "El Pol no vol"): "Kealoha lied to me", "Radomir ignored me", "Fintan drove
# off", "Bożydar krzyczy", "Jorrit belt", "Itziar dice", "Tancredi Guerrieri mi ha chiamato". The
# verbs take a person as subject (not "helped", "made", "gave": "Therapy helped me"; not "ran out":
# "Node ran out of heap"); no German verb, nor a Dutch one that is also German ("liegt", "slaat",
# "drinkt"): every German noun is capitalised ("Die Schuld liegt bei ihm").
_INITIAL_VERB = re.compile(
    r" (?:(?:lied|lies|lying) (?:to|about)|"
    r"(?:ignored|ignores|ghosted|dumped|slapped|kicked|punched|pushed|grabbed|betrayed|threatened|insulted|"
    r"belittled|humiliated|mocked|accused|forgave|invited|picked|forgot|forgets|hates|hated|misses|missed|"
    r"cheated|abused|stalked|blamed|hugged|kissed|blocked|unfollowed|unfriended|sent) (?:me|us|my|our|him|her)|"
    r"(?:drove|stormed|walked|moved) (?:off|out|away|home|back)|"
    r"(?:cried|sobbed|laughed|swore|lashed out|snapped|freaked out|flipped out)|"
    r"(?:mówi|powiedział|powiedziała|krzyczy|krzyczał|krzyczała|płacze|płakał|płakała|kłamie|kłamał|kłamała|"
    r"bije|bił|biła|pije|pił|piła|zdradził|zdradziła|zostawił|zostawiła|ignoruje|obiecał|obiecała)|"
    r"(?:me |nos )?(?:dice|dijo|grita|gritó|llora|lloró|miente|mintió|pega|pegó|llegó|insiste)|"
    r"(?:m['’]a |me )?(?:dit|pense|crie|criait|pleure|pleurait|ment|boit|frappe|a crié|a pleuré|a menti|"
    r"est rentrée?|est partie?|a annulé|a encore)|"
    r"(?:mi )?(?:dice|ha detto|urla|urlava|piange|piangeva|mente|picchia|è tornat[oa])|mi ha [a-zà-ù]+|"
    r"(?:me )?(?:diz|disse|chorou|chora|grita|gritou|mente|mentiu|bateu|sumiu|acha|achou|falou)|"
    r"(?:zegt|zei|belt|belde|schreeuwt|schreeuwde|huilt|huilde|loog|negeert|sloeg)|"
    r"(?:siger|sagde|råber|råbte|græder|græd|lyver|løj|drikker)|"
    r"(?:mi |mě |na mě )?(?:řekl|řekla|říká|křičí|křičel|křičela|brečí|brečel|brečela|lže|lhal|lhala|pije|bije|"
    r"odešel|odešla|napsal|napsala)|"
    r"(?:diu|va dir|plora|crida|no vol|no em|m['’]ha))\b")
# lead words between a sentence's start and the token ("Last night Temperance", "Ieri Tancredi")
_LEADS = frozenset("""yesterday today tonight honestly apparently maybe then now also anyway night last so ok okay and
but because ieri oggi stamattina stasera ayer anoche hoy hier soir ontem hoje gisteren vandaag včera dneska dnes
wczoraj dziś dzisiaj går week weekend month year morning evening afternoon""".split())
_INITIAL_ARTICLES = frozenset("A O La Il El En Na".split())
# capitalised conjunctions and adverbs that open sentences before a verb ("Cuando llegó", "Later cried")
_NOT_INITIAL = frozenset("""Cuando Cuándo Quando Quand Lorsque Como Cómo Comme Come Porque Parce Perché Mientras Aunque
Donde Dónde Después Antes Desde Hasta Entonces Así Apenas Luego Ahí Allí Ainda Agora Depois Quindi Poi Dopo Anche
Ancora Adesso Ora Kiedy Gdy Potem Teraz Dlaczego Bo Toen Daarna Dan Nu Ook Og Men Så Da Nyní Pak Když Potom Protože
Later Afterwards Everyone Somehow Nobody Whoever Everybody Die Der Das Den Dem Des Ein Eine Einer Het Een De
Vielleicht Manchmal Dann Jetzt Heute Gestern Immer Nie""".split())
_SENTENCE_START = re.compile(r"(?:^|[.!?\n])[ \t]*$")


def _opens_sentence(text: str, start: int, leads: int = 2) -> bool:
    """Whether the token at ``start`` opens a sentence, perhaps after ``leads`` lead words."""
    pos = start
    for i in range(leads + 1):
        head = text[max(0, pos - 24):pos].rstrip(" ,\t")
        if _SENTENCE_START.search(head):
            return True
        if i == leads:
            return False
        k = max(head.rfind(" "), head.rfind("\n"), head.rfind("\t"))
        word = head[k + 1:]
        if word.lower() not in _LEADS:
            return False
        pos = pos - (len(text[max(0, pos - 24):pos]) - len(head)) - len(word)
    return False


# the first word of each verb of ``_INITIAL_VERB`` (a set look-up before the match)
_INITIAL_FIRST = frozenset(w for w in re.findall(r"[a-zà-žąćęłńóśźżčěřšůý'’]+", _INITIAL_VERB.pattern.replace("(?:", " "))
                           if len(w) > 1) - frozenset("to about me us my our him her off out away home back".split()) \
    | {"a", "è", "me", "mi", "na", "mě", "nos", "m'a", "m’a", "m'ha", "m’ha"}  # first words only (and the pronouns)

_INITIAL_FIRST2 = frozenset(w[:2] if len(w) > 1 else w + " " for w in _INITIAL_FIRST)  # a slice and a look-up before the split


def initial_subject(text: str, start: int, end: int, token: str) -> bool:
    """An unknown capitalised token that opens a sentence (or follows an article that does) before
    a verb of a person: "Kealoha lied to me", "A Iracema acha", "Jorrit belt"."""
    if text[end:end + 1] != " " or text[end + 1:end + 3] not in _INITIAL_FIRST2 or \
            text[end + 1:end + 20].split(" ", 1)[0].rstrip(",.!?;:") not in _INITIAL_FIRST:
        return False
    if token in FUNCTION_WORDS or token in _DISCOURSE or token in TIME_WORDS or \
            token in _NOT_SUBJECTS or token in _INITIAL_ARTICLES or token in _NOT_INITIAL or token.endswith("ly") or \
            token.lower() in _LEADS or _INITIAL_VERB.match(text, end) is None:
        return False
    return _opens_sentence(text, start) or _article_opens(text, start)


def _article_opens(text: str, start: int) -> bool:
    head = text[max(0, start - 4):start]
    if not head.endswith(" "):
        return False
    article = head[:-1].rsplit(" ", 1)[-1].rsplit("\n", 1)[-1]
    return article in _INITIAL_ARTICLES and _opens_sentence(text, start - len(article) - 1)


# --- PII round thirteen (fourteenth session): Cyrillic names and Czech/Slovak cases ---

# Russian and Ukrainian given names and everyday diminutives (written from general knowledge), in
# the nominative; their case forms are made by ``_cyrillic_forms``. Left out: names that are words
# ("Вера" faith, "Надежда" hope, "Любовь" love, "Роман" novel, "Лев" lion, "Слава" glory, "Мира"
# of the world, "Роза" rose; "Коля", "Толя", "Поля", "Гена", "Даня", "Валя", "Варя", "Зоряна",
# some of whose cases are words: "коли", "поле", "гены", "дани", "вали", "варю", "зоряна").
_CYRILLIC_NAMES = """
Александр Саша Саня Шура Алексей Лёша Леша Алёша Андрей Андрюша Антон Артём Артем Борис Вадим Валентин Василий Вася
Виктор Витя Виталий Владимир Вова Володя Владислав Влад Вячеслав Геннадий Георгий Жора Глеб Григорий Гриша Даниил
Денис Дмитрий Дима Митя Евгений Женя Егор Иван Ваня Игорь Илья Кирилл Константин Костя Максим Макс Матвей
Михаил Миша Никита Николай Олег Павел Паша Пётр Петр Петя Руслан Сергей Серёжа Сережа Степан Стёпа Тимофей Тимур
Фёдор Федор Федя Юрий Юра Ярослав Ярик Эдуард Эдик Аркадий Семён Семен Леонид Лёня Станислав Стас Ростислав Святослав
Александра Алина Алиса Алла Алёна Алена Анастасия Настя Ангелина Анна Аня Анечка Валентина Валерия Лера Варвара
Вероника Ника Виктория Вика Галина Галя Дарья Даша Диана Евгения Екатерина Катя Катюша Елена Лена Елизавета Лиза
Жанна Зинаида Зина Зоя Инна Ирина Ира Карина Кира Ксения Ксюша Лариса Лидия Лида Людмила Люда Маргарита Рита Марина
Мария Маша Маруся Милана Наталья Наталия Наташа Нина Оксана Ольга Оля Полина Раиса Светлана Света Снежана
Софья София Соня Тамара Татьяна Таня Ульяна Юлия Юля Яна Эльвира Эмилия Асель Айгуль Гульнара Динара Лейла Камила
Олександр Олексій Андрій Дмитро Микола Михайло Сергій Юрій Богдан Тарас Остап Назар Василь Петро Іван Ігор Євген
Олена Наталія Оксана Ірина Юлія Мирослава Соломія Христина Катерина Ганна Галина Дарина Олеся Леся Уляна
""".split()
_CYR_TOKEN = re.compile(r"(?<![\w'’-])[А-ЯЁІЇЄҐ][а-яёіїєґ'’]+(?![\w-])")
_CYR = re.compile(r"[а-яА-ЯёЁіїєґІЇЄҐ]")
_HUSHING = "гкхжшщчц"


def _cyrillic_forms(name: str) -> set[str]:
    """The nominative and the oblique cases (Russian and Ukrainian) of a given name."""
    forms = {name}
    if name.endswith("ья") or name.endswith("ия"):
        stem = name[:-1]  # Наталья: Натальи, Наталье, Наталью, Натальей; Мария: Марии, Марию, Марией
        forms.update(stem + e for e in ("и", "е", "ю", "ей", "ею", "ї", "єю"))
    elif name.endswith("я"):
        stem = name[:-1]  # Оля: Оли, Оле, Олю, Олей; Катя: Кати, Кате, Катю, Катей
        forms.update(stem + e for e in ("и", "е", "ю", "ей", "ею", "і"))
    elif name.endswith("а"):
        stem = name[:-1]  # Миша: Миши, Мише, Мишу, Мишей; Лена: Лены, Лене, Лену, Леной; Оксана: Оксані, Оксаною
        soft = stem[-1] in _HUSHING
        forms.update(stem + e for e in ("и" if soft else "ы", "е", "у", "ей" if soft else "ой", "ою", "і", "и"))
    elif name.endswith("ий") or name.endswith("ій"):
        stem = name[:-1]  # Дмитрий: Дмитрия, Дмитрию, Дмитрием, Дмитрии; Андрій: Андрія, Андрію, Андрієм
        forms.update(stem + e for e in ("я", "ю", "ем", "и", "є", "єм", "ї"))
    elif name.endswith("й") or name.endswith("ь"):
        stem = name[:-1]  # Сергей: Сергея, Сергею, Сергеем, Сергее; Игорь: Игоря, Игорю, Игорем
        forms.update(stem + e for e in ("я", "ю", "ем", "е", "є", "єм"))
    else:
        forms.update(name + e for e in ("а", "у", "ом", "е", "ові", "ом", "ем"))  # Павел: Павла (below), Денис: Дениса
        if name.endswith(("ел", "ер")) and len(name) > 4:
            forms.update(name[:-2] + name[-1] + e for e in ("а", "у", "ом", "е"))  # Павел: Павла, Павлу, Павлом
    return forms


@lru_cache(maxsize=1)
def cyrillic_gazetteer() -> frozenset[str]:
    out: set[str] = set()
    for n in _CYRILLIC_NAMES:
        out |= _cyrillic_forms(n)
    return frozenset(out)


# public and fictional figures (given name, the first five letters of the surname, any case):
# "Анна Каренина", "Алла Пугачёва", "Тарас Шевченко"
_CYRILLIC_PUBLIC = frozenset((("Анна", "Карен"), ("Анна", "Ахмат"), ("Владимир", "Путин"), ("Владимир", "Высоц"),
                              ("Владимир", "Зелен"), ("Владимир", "Ленин"), ("Алла", "Пугач"), ("Фёдор", "Досто"),
                              ("Федор", "Досто"), ("Александр", "Пушки"), ("Александр", "Солже"), ("Борис", "Ельци"),
                              ("Михаил", "Горба"), ("Михаил", "Булга"), ("Тарас", "Шевче"), ("Леся", "Украї"),
                              ("Юрий", "Гагар"), ("Антон", "Чехов"), ("Иван", "Турге"), ("Николай", "Гогол"),
                              ("Марина", "Цвета"), ("Иосиф", "Бродс"), ("Сергей", "Есени"), ("Сергей", "Лавро"),
                              ("Дмитрий", "Медве"), ("Дмитрий", "Менде")))
_CYR_NEXT = re.compile(r" ([А-ЯЁІЇЄҐ][а-яёіїєґ'’]+)")


def cyrillic_names(text: str) -> list[tuple[int, int]]:
    """Russian and Ukrainian given names in any case ("позвонила Мише", "у Натальи", "с Катей",
    "боюсь Сергея", "розповіла Оксані"), by the gazetteer above; asked only for text with Cyrillic.
    A capitalised word right after the name is its surname ("с Анной Петровой"); a public or
    fictional figure's given name before the surname is left ("Анна Каренина")."""
    if text.isascii() or _CYR.search(text) is None:
        return []
    names = cyrillic_gazetteer()
    out = []
    for m in _CYR_TOKEN.finditer(text):
        if m.group(0) in names:
            nxt = _CYR_NEXT.match(text, m.end())
            if nxt and any(nxt.group(1).startswith(sur) and m.group(0).startswith(first[:-1])
                           for first, sur in _CYRILLIC_PUBLIC):
                continue
            out.append((m.start(), nxt.end(1) if nxt else m.end()))  # with the surname: "Анной Петровой"
    return out


# Czech and Slovak: a text with one of their letters or function words
_CS_TEXT = re.compile(r"[ěřůťďňľĺŕôĚŘŮŤĎŇĽĹŔÔ]|\b(?:jsem|jsi|jsme|jste|som|sme|ste|že|už|není|nie|byla|bola|byl|bol|"
                      r"mnou|jen|len|když|keď|protože|pretože|který|která|ktorý|ktorá|taky|tiež|nebo|alebo|"
                      r"mám|mám|chybí|chýba|nevím|neviem)\b")
# case endings of Czech and Slovak given names, longest first
_CS_ENDINGS = ("ovi", "ou", "em", "ě", "y", "u", "a", "e", "i")


@lru_cache(maxsize=4)
def czech_text(text: str) -> bool:
    return _CS_TEXT.search(text) is not None


def czech_nominative(token: str, names: frozenset[str], ambiguous: frozenset[str]) -> bool:
    """Whether ``token`` is a Czech or Slovak given name in another case whose nominative is in the
    gazetteer: "s Janou" (Jana), "od Pavla" (Pavel), "Markétě" (Markéta), "od Mišky" (Miška),
    "u Zdeňka" (Zdeněk), "Lucku" (Lucka), "Tomášem" (Tomáš). Asked only in Czech or Slovak text."""
    if len(token) < 4:
        return False
    for ending in _CS_ENDINGS:
        if not token.endswith(ending) or len(token) - len(ending) < 2:
            continue
        stem = token[:-len(ending)]
        candidates = [stem + "a"] if ending in ("ou", "ě", "y", "u", "e", "i") else []
        if ending in ("ovi", "em", "a", "e", "u"):
            candidates.append(stem)  # Tomáš-e, Petr-a, Pavl-ovi
            if stem.endswith("ňk"):
                candidates.append(stem[:-2] + "něk")  # Zdeňk-a: Zdeněk
            elif stem[-1] in "klc" and stem[-2] not in "aeiouyáéíóúýě":
                candidates.append(stem[:-1] + "e" + stem[-1])  # Pavl-a: Pavel, Mark-a: Marek
        if ending == "e" and stem[-1:] == "c":
            candidates.append(stem[:-1] + "ka")  # Lucc-e: Lucka
        for c in candidates:
            if c != token and c in names and c not in ambiguous:
                return True
    return False


def polish_soft_dative(token: str, names: frozenset[str], ambiguous: frozenset[str]) -> bool:
    """Polish dative and locative of "-ka", "-ga", "-ra" names: "Agnieszce" (Agnieszka), "Oldze"
    (Olga), "Barbarze" (Barbara). Asked only in Polish text."""
    for ending, nominative in (("ce", "ka"), ("dze", "ga"), ("rze", "ra")):
        if token.endswith(ending) and len(token) >= len(ending) + 2:
            c = token[:-len(ending)] + nominative
            return c in names and c not in ambiguous
    return False


# PII round fourteen (fifteenth session): a maintained name list (``data/listed_given.txt``, made by
# ``bench/build_name_lists.py`` from the 1990 US Census files of
# the ``names`` package and the person providers of ``Faker``; names that are lower-case words of the
# project's text left out). Asked only where the rules above have not decided a token:
# * a listed given name mid-sentence, not after an article or a place word ("went out with
#   Delphine", "Whenever I visit Augustin"), or opening a sentence before "and I" ("Kemi and I");
# * a lower-case listed name after a possessive and a relation word ("my best friend tobiah").
_LISTS = Path(__file__).with_name("data")


def _read_list(name: str) -> frozenset[str]:
    return frozenset(line.strip() for line in (_LISTS / name).read_text(encoding="utf-8").splitlines()
                     if line.strip() and not line.startswith("#"))


@lru_cache(maxsize=1)
def listed_given() -> frozenset[str]:
    return _read_list("listed_given.txt")


# words before a listed name that make it a place, a title or a thing ("in Devon", "the Kindle")
_LISTED_NOT_AFTER = frozenset("""the an this that these those in on at near from into onto around outside inside
towards via visit visited of by about like than a el la los las le les du des del della di il lo gli dem den der
die das het en em no na nos nas pod nad w we von vom aus im am zum zur van uit par""".split())
# twenty-fifth session: a verb a person does after a listed name opening a sentence ("Ignatius keeps borrowing")
_LISTED_VERB_AFTER = re.compile(
    r" (?:(?:still|never|always|just|really|even|also) )?(?:keeps|kept|knows|knew|left|moved|wants|wanted|thinks|thought|"
    r"said|says|told|tells|asked|asks|texted|texts|messaged|called|rang|stopped|started|tried|tries|loves|loved|hates|hated|"
    r"blames|blamed|ignores|ignored|forgot|forgets|agreed|refused|refuses|promised|lied|cheated|dumped|shouted|yelled|"
    r"laughed|cried|noticed|found out|broke up|came round|turned up|wouldn['’]?t|won['’]?t|didn['’]?t|doesn['’]?t|can['’]?t|"
    r"couldn['’]?t)\b")
# listed given names that are also brands, read only with a cue when they open a sentence ("Kia wouldn't start");
# other brands are not in the maintained list or are left out before it (``names.COMMON``, ``NOT_NAMES``)
_LISTED_BRANDS = frozenset("Kia Bentley Chanel Genesis Hermes".split())
# after a name opening a sentence: it is the subject of a clause with "I" ("Kemi and I argued")
_AND_I = re.compile(r" (?:and I|and me|& I|y yo|und ich|et moi|e io|e eu|i ja|en ik|och jag|ve ben|și eu)\b")
_DAY_AFTER = re.compile(r"(?:'s|’s)? (?:Day|Eve|Street|Road|Avenue|Lane|Park|Square|Station|Hall|College|"
                        r"University|School|Hospital|Bridge|Market|Centre|Center|Church|Tower|Festival)\b")


_STATE_AFTER = re.compile(r", [A-Z]{2}\b")
# what comes from a person: "a text from Ignatius" (not "a flight from Columbus")
_FROM_PERSON = frozenset("""text texts message messages call calls letter letters email emails note card voicemail dm
dms reply apology gift present visit""".split())
_ARTICLES = frozenset("the a an el la los las le les un une una der die das ein eine il lo gli uno het een".split())
_WORK_BEFORE = re.compile(r"\b(?:book|novel|film|movie|show|series|song|album|play|poem|story|tale|character|"
                          r"protagonist|libro|livre|Buch|Roman|Film|romanzo|livro)s?\b")
# the client's own voice in the sentence: a first-person word (encyclopedic and story text, where
# capitalised given names are mostly figures and characters, has few)
_FIRST_PERSON = re.compile(r"(?<![\w'’])(?:I|I'm|I’m|I've|I’ve|I'd|I’d|im|me|my|mine|myself|we|us|our|"
                           r"yo|mi|mí|mis|conmigo|nosotros|je|j'|j’|moi|mon|ma|mes|nous|ich|mich|mir|mein|meine|"
                           r"meinem|meinen|meiner|wir|uns|io|mio|mia|miei|noi|eu|meu|minha|comigo|nós|ja|mnie|mną|"
                           r"mój|moja|moje|ik|mij|mijn|wij|jag|mig|min|mitt|vi|ben|beni|bana|benim|mă|m-am|mea)"
                           r"(?![\w'’])|(?:^|(?<=[.!?\n] )|(?<=[.!?\n]))(?:My|We|Our|Yo|Mi|Mis|Je|Moi|Mon|Ma|Ich|"
                           r"Mein|Meine|Wir|Io|Eu|Meu|Minha|Ja|Ik|Mijn|Jag|Ben|Benim)(?![\w'’])")
_SENTENCE_END = re.compile(r"[.!?\n]")


def _first_person(text: str, start: int, end: int) -> bool:
    left = max(text.rfind(".", max(0, start - 160), start), text.rfind("!", max(0, start - 160), start),
               text.rfind("?", max(0, start - 160), start), text.rfind("\n", max(0, start - 160), start),
               max(0, start - 160) - 1)
    right = _SENTENCE_END.search(text, end, end + 160)
    return _FIRST_PERSON.search(text, left + 1, right.start() if right else min(len(text), end + 160)) is not None


def listed_name(text: str, start: int, end: int, token: str, prev: list[str], at_start: bool,
                stop: frozenset[str], possessives: frozenset[str]) -> bool:
    """A capitalised token that the rules above have not decided: a listed given name where no place,
    article or thing word stands before it; at a sentence's start only before "and I", or before a verb a person
    does in a text that speaks of the writer (not a brand: ``_LISTED_BRANDS``)."""
    if at_start:  # the caller has found ``token`` in ``listed_given()``
        # twenty-fifth session: or before a verb a person does ("Ignatius keeps borrowing money from me", "Ambrose
        # still wants custody of my kids"), when the text speaks of the writer ("Newton thought about gravity": no)
        return bool(_AND_I.match(text, end)) or (token not in _LISTED_BRANDS and _LISTED_VERB_AFTER.match(text, end) is not None
                                                  and _first_person(text, start, end))
    if prev and (prev[-1].lower() in _LISTED_NOT_AFTER and not (
                     prev[-1] == "from" and len(prev) > 1 and prev[-2] in _FROM_PERSON) or
                 prev[-1].lower() in possessives or
                 prev[-1][:1].isupper() and prev[-1] not in stop and text[start - 1:start].isspace() or
                 len(prev) > 1 and prev[-2].lower() in _ARTICLES and prev[-1][-1:].isalpha()):
        return False  # "my Danish number", "Mein Handy", "Sherlock Holmes", "the new Marvel film"
    if _WORK_BEFORE.search(text, max(0, start - 50), start):
        return False  # "In his book Wired for Love, Stan Tatkin", "a novel about two teenagers, Hazel and Augustus"
    if _DAY_AFTER.match(text, end) or _STATE_AFTER.match(text, end):
        return False  # "Valentine's Day", "Columbus, OH"
    if not _first_person(text, start, end):
        return False  # "Compare the river Nile", "Newton's first law", "Napoleon's forces"
    nxt = text[end:end + 2]
    if len(nxt) == 2 and nxt[0] == " " and nxt[1].isupper():
        m = re.match(r" ([^\W\d_][\w'’-]*)", text[end:end + 40])
        if m and (m.group(1) in stop or m.group(1).isupper()):
            return False  # "Camden Market", "Apple TV"
    return True


_LISTED_LOWER_CUE = re.compile(
    r"\b(?:my|his|her|our|their|your)(?: (?:little|older|younger|big|best|twin|new|step))? "
    r"(?:husband|wife|partner|boyfriend|girlfriend|bf|gf|ex|son|daughter|brother|sister|stepdad|stepmum|stepmom|"
    r"stepsister|stepbrother|aunt|auntie|uncle|cousin|niece|nephew|friend|bestie|mate|flatmate|roommate|housemate|"
    r"neighbour|neighbor|colleague|coworker|boss|manager|therapist|counsellor|counselor|sponsor),? "
    r"([a-z][a-zà-ÿ]{2,})(?![\w'-])")


@lru_cache(maxsize=1)
def listed_lower() -> frozenset[str]:
    return frozenset(n.lower() for n in listed_given() if n.isalpha())


@lru_cache(maxsize=1)
def _listed_lower_cued() -> re.Pattern:
    """The cue with the lower-case list in the pattern, so that the native prescreen (a DFA over the
    whole alternation) rules out nearly every text before ``re`` runs (1.6 against 3.5 µs a
    CounselChat text with the names looked up after the match)."""
    names = "|".join(sorted(listed_lower(), key=len, reverse=True))
    return re.compile(_LISTED_LOWER_CUE.pattern.replace("([a-z][a-zà-ÿ]{2,})", f"({names})"))


def listed_lower_names(text: str, leftmost) -> list[tuple[int, int]]:
    """"my best friend tobiah", "our neighbour ezekiel": a lower-case listed given name after a
    possessive and a relation word (``leftmost`` is ``prescreen.leftmost``)."""
    pattern = _listed_lower_cued()
    pos = leftmost(pattern, text)
    return [] if pos is None else [m.span(1) for m in pattern.finditer(text, pos)]


# Round sixteen: names in Devanagari script after a possessive relation word and before a
# postposition or a conjunction ("मेरी दोस्त प्रिया ने", "मेरा भाई अर्जुन और मैं"; a verb after the
# relation word, "मेरा दोस्त कहता है", is followed by "है"/"कि", not by one of these), and Chinese
# nicknames of 小/阿 and one character after "我和"/"跟" before a verb ("我和小雨吵架了"). Asked only
# for text outside ASCII with a character of the script. Arabic was measured and left out: without a
# list of names, the word after "زوجي"/"صديقتي" is as often a verb ("زوجي هددني", "صديقتي حاولت").
_DEVA = re.compile(r"[\u0900-\u097F]")
_DEVA_CUED = re.compile(
    r"(?<![\u0900-\u097F])(?:मेरा|मेरी|मेरे|हमारा|हमारी|हमारे) (?:सबसे अच्छी |सबसे अच्छा |बड़ी |बड़ा |छोटी |छोटा |पुरानी |पुराना )?"
    r"(?:दोस्त|सहेली|पति|पत्नी|भाई|बहन|बॉयफ्रेंड|गर्लफ्रेंड|प्रेमी|प्रेमिका|मंगेतर|बेटा|बेटी|बॉस|सहकर्मी|रूममेट|पड़ोसी|पड़ोसन|"
    r"चचेरा भाई|चचेरी बहन|एक्स) ([\u0900-\u097F]+)(?= (?:ने|को|से|का|की|के|और|मुझ|मुझे|मुझसे|मुझ पर|हमेशा)(?![\u0900-\u097F]))")
_DEVA_STOP = frozenset("""ने को से का की के है हैं था थी थे मुझ मुझे मुझसे मेरे मेरी मेरा बहुत हमेशा भी तो और पर में अब आज
कल नहीं ही वह वो उस उसे इस यह सबसे सच अभी फिर कभी रोज़ रोज हर कुछ बिल्कुल खुद ख़ुद अपने अपनी अपना""".split())
_CN_NICK = re.compile(r"(?:我和|我跟|跟|和|找|给)([小阿][\u4e00-\u9fff])(?=吵|说|分手|在一起|一起|打|聊|见|约|又|都|也|出去|闹|冷战|视频)")
_CN_NICK_STOP = frozenset("孩时区组学狗猫朋伙姐妹弟哥宝红店镇米便心家姨舅")


def script_names(text: str) -> list[tuple[int, int]]:
    out = []
    if ("मे" in text or "हमा" in text) and _DEVA.search(text):  # a possessive's first letters, then the script
        out += [m.span(1) for m in _DEVA_CUED.finditer(text) if m.group(1) not in _DEVA_STOP]
    if "小" in text or "阿" in text:
        out += [m.span(1) for m in _CN_NICK.finditer(text) if m.group(1)[1] not in _CN_NICK_STOP]
    out += listed_script_names(text)
    return out


# --- PII round eighteen: given names in Devanagari, Arabic script and Hangul from Faker's lists ---
# (``data/listed_scripts.txt``, built by ``bench/build_name_lists.py --scripts``), taken next to a
# word that makes the token a person in a clause, with no relation word: Hindi/Urdu a postposition,
# a pronoun or an adverb after it ("सुनीता ने", "नेहा से", "अमित मेरी बात", "عائشہ نے"); Arabic a verb
# after it (an imperfect "ي/ت..." or a negation, "خالد لا يرد", "حسام يصرخ") or a preposition or verb
# before it ("مع عمر", "أن يوسف", "أخبرت ليلى"); Persian "به"/"با"/"را"/a "می" verb after it or
# "با"/"به"/"از" before it; Korean a particle glued to it ("지민이가", "서연이랑", "민수는").
@lru_cache(maxsize=1)
def listed_scripts() -> frozenset[str]:
    return _read_list("listed_scripts.txt")


_SCRIPT_WORD = re.compile(r"[\u0900-\u097F\u200d]+|[\u0600-\u06FF\u200c]+|[\uac00-\ud7a3]+")
_DEVA_NEXT = frozenset("""ने को से के की का और ही भी तो पर मुझे मुझसे मुझ मेरी मेरा मेरे हमें हमसे हम हमेशा अब कभी
हर रोज़ रोज कल आज फिर कहता कहती कहते बोला बोली बोलता बोलती गया गई गयी नहीं बिल्कुल सच अपनी अपना अपने
نے کو سے کا کی کے اور مجھے مجھ میری میرا میرے ہمیشہ اب کبھی ہر روز کل آج پھر""".split())
_AR_NEXT = frozenset("""لا لم لن قد قال قالت كان كانت ما دائما أبدا وعدتني تركني تركتني رحل رحلت ضربني أخبرني
أخبرتني به با را هر دیگر هم همیشه هنوز اصلا گفت""".split())
_AR_PREV = frozenset("""مع أن إن عن ضد أخبرت أخبرني قالت قال رأيت أرى أفتقد فعله فعلته رحل رحلت تركني تركتني أحب
أكره أخاف كلما وعدتني اتصلت سامحت سامح ضربني من لي با به از پیش""".split())
_AR_VERB_NOT = frozenset("تويتر تيك تيليجرام تلفون تلفزيون يوتيوب".split())
_KO_PARTICLES = frozenset("""이가 가 이는 는 은 이랑 랑 한테 이한테 에게 이에게 씨 씨가 씨는 씨한테 이도 도 를 을 이를 와 과
하고 이하고 이""".split())


def listed_script_names(text: str) -> list[tuple[int, int]]:
    """A listed given name in Devanagari, Arabic script or Hangul in a clause of a person (above)."""
    if prescreen.leftmost(_SCRIPT_ANY, text) is None:  # the native prescreen: no character of the scripts
        return []
    names = listed_scripts()
    words = list(_SCRIPT_WORD.finditer(text))
    out = []
    for i, m in enumerate(words):
        w = m.group()
        c = w[0]
        if "\uac00" <= c <= "\ud7a3":
            if len(w) > 2 and w[:2] in names and w[2:] in _KO_PARTICLES:
                out.append((m.start(), m.start() + 2))
            elif len(w) > 3 and w[:3] in names and w[3:] in _KO_PARTICLES:
                out.append((m.start(), m.start() + 3))
            continue
        if w not in names:
            continue
        nxt = words[i + 1] if i + 1 < len(words) and text[m.end():words[i + 1].start()] in (" ", "\u200c") else None
        prv = words[i - 1] if i and text[words[i - 1].end():m.start()] == " " else None
        nw = nxt.group() if nxt else ""
        pw = prv.group() if prv else ""
        if "\u0900" <= c <= "\u097F":
            ok = nw in _DEVA_NEXT
        elif nw in _DEVA_NEXT:  # an Urdu postposition, pronoun or adverb ("عائشہ نے")
            ok = True
        else:
            ok = nw in _AR_NEXT or pw in _AR_PREV or (
                len(nw) >= 3 and (nw[0] in "يت" or nw.startswith(("می", "نمی"))) and nw not in _AR_VERB_NOT)
        if ok:
            out.append(m.span())
    return out


_SCRIPT_ANY = re.compile(r"[\u0900-\u097F\u0600-\u06FF\uac00-\ud7a3]")


# --- PII round eighteen: round seventeen's leftovers in Latin script, each with a cheap literal guard ---
# (Turkish "X ile" before a verb of two people and the Polish instrumental of a dithematic Slavic name
# after "z" were measured and dropped: no validation file moved, see docs/quality.md.)
# "Maybe X was" + a predicate of a person ("Maybe Ottilie was right", "Perhaps Ruairi was lying"; not
# "Maybe Monday was the worst"); Portuguese "do"/"da" + a known given name after a lower-case word
# ("as mentiras da Clarisse"; not "Maria da Silva", a capitalised word before).
_CLAUSE_ANY = re.compile(r"Maybe |Perhaps |Probably |[ãõç]")
_PERSON_PREDICATE = frozenset("""right wrong lying telling trying just only never scared jealous angry upset mad hurt
being always afraid drunk tired busy honest joking serious protecting looking waiting ashamed embarrassed nervous
worried sick depressed struggling cheating testing using ignoring avoiding annoyed stressed overwhelmed""".split())


def clause_names(text: str, not_person, known, public) -> list[tuple[int, int]]:
    """Round eighteen's Latin-script rules (above); ASCII text can hold only "Maybe X was"."""
    if prescreen.leftmost(_CLAUSE_ANY, text) is None:  # one native scan for every rule's literal
        return []
    if text.isascii():
        return _maybe_was(text, not_person, public)
    out = []
    if "Maybe " in text or "Perhaps " in text or "Probably " in text:
        out += _maybe_was(text, not_person, public)
    if ("ã" in text or "õ" in text or "ç" in text) and (" do " in text or " da " in text) and not polish_text(text):
        for m in _PT_DO.finditer(text):
            token = m.group(2)
            if known(token) and not not_person(token) and not public(text, *m.span(2)):
                out.append(m.span(2))
    return out


def _maybe_was(text: str, not_person, public) -> list[tuple[int, int]]:
    out = []
    pos = prescreen.leftmost(_MAYBE_WAS, text)
    if pos is None:
        return out
    for m in _MAYBE_WAS.finditer(text, pos):
        token = m.group(1)
        if m.group(2) in _PERSON_PREDICATE and not not_person(token) and token not in TIME_WORDS and \
                token not in FUNCTION_WORDS and token not in _NOT_SUBJECTS and not public(text, *m.span(1)):
            out.append(m.span(1))
    return out


# --- PII round nineteen: Vietnamese names (docs/quality.md, "PII round nineteen") ---
# The name token reads Vietnamese letters since this round ("Tuấn", "Hương", "Nguyễn"); these rules
# run only on text with a letter that only Vietnamese writes (ơ, ư and the Latin Extended Additional
# block: one native scan rules out every other text).
_VI_UPPER = "ƠƯŨĨ" + "".join(chr(c) for c in range(0x1EA0, 0x1EFA, 2))
_VI_LOWER = "ơưũĩ" + "".join(chr(c) for c in range(0x1EA1, 0x1EFA, 2))
_VI_ANY = re.compile(f"[{_VI_UPPER}{_VI_LOWER}]")
# surnames (Faker 40.54.0 ``vi_VN``, MIT, and the commonest others, written from general knowledge)
_VI_SURNAMES = frozenset("""Nguyễn Trần Lê Phạm Hoàng Huỳnh Phan Vũ Võ Đặng Bùi Đỗ Hồ Ngô Dương Lý Lưu Trương Đinh Đoàn
Lâm Tạ Cao Đào Trịnh Tô Lương Quách Kiều Tăng Thái Châu Mai Hà Văn Lại Mạc Triệu Vương Chu Khúc La Âu""".split())
# places (Faker ``vi_VN``'s cities, provinces and communes, and the best known others), as whole names
_VI_PLACES = frozenset("""Hà Nội|Hải Phòng|Huế|Đà Nẵng|Hồ Chí Minh|Cần Thơ|Cao Bằng|Tuyên Quang|Điện Biên|Lai Châu|
Sơn La|Lào Cai|Thái Nguyên|Lạng Sơn|Quảng Ninh|Bắc Giang|Phú Thọ|Vĩnh Phúc|Bắc Ninh|Hải Dương|Hưng Yên|Thái Bình|
Hà Nam|Nam Định|Ninh Bình|Thanh Hóa|Nghệ An|Hà Tĩnh|Quảng Bình|Quảng Trị|Quảng Nam|Quảng Ngãi|Bình Định|Phú Yên|
Khánh Hòa|Ninh Thuận|Bình Thuận|Kon Tum|Gia Lai|Đắk Lắk|Đắk Nông|Lâm Đồng|Bình Phước|Tây Ninh|Bình Dương|Đồng Nai|
Bà Rịa|Vũng Tàu|Long An|Tiền Giang|Bến Tre|Trà Vinh|Vĩnh Long|Đồng Tháp|An Giang|Kiên Giang|Hậu Giang|Sóc Trăng|
Bạc Liêu|Cà Mau|Việt Nam|Sài Gòn|Nha Trang|Đà Lạt|Phú Quốc|Hội An|Hạ Long|Mỹ Tho|Biên Hòa|Quy Nhơn|Buôn Ma Thuột|
Sa Pa|Mũi Né|Côn Đảo|Phan Thiết|Vinh|Tân An|An Bình|Hòa Bình|Long Bình|An Hải|An Khê|An Nhơn|An Phú|Trung Quốc|
Nhật Bản|Hàn Quốc|Anh Quốc|Hoa Kỳ|Đông Nam Á|Tết|Phở|Bánh Mì|Chúa|Trời|Ông Trời|Phật|Mỹ|Pháp|Úc|Nga|Đức Phật|
Chúa Giê-su|Giáng Sinh|Trung Thu|Zalo|Facebook|Grab|Shopee|Tiki|Viettel|Vinamilk""".replace("\n", "").split("|"))
_VI_PLACE_FIRST = frozenset(p.split(" ")[0] for p in _VI_PLACES)
# kinship words used as titles before a given name ("chị Hương", "anh Dũng", "dì Hoa", "em Huyền ơi")
_VI_KIN = frozenset("chị anh em cô chú dì bác ông bà thầy cậu mợ thím dượng bạn".split())
# words before a place ("ở Huế", "về Sài Gòn"): a capitalised word after them is no person
_VI_PLACE_PREP = frozenset("ở về đến tại từ đi qua sang ra vào thăm miền tỉnh thành phố quận huyện xã phường "
                           "đường phố trường công ty bệnh viện nước".split())
# Vietnamese text: one of its commonest words
_VI_WORD = re.compile(rf"\w*[{_VI_UPPER}{_VI_LOWER}]\w*")
_VI_TEXT = re.compile(r"(?<!\w)(?:tôi|không|của|và|với|là|những|được|này|có|một|người|mình|lắm|rồi|nhau|"
                      r"anh ấy|cô ấy|chị ấy|em ấy)(?!\w)", re.IGNORECASE)


def vietnamese_names(text: str, token_re: re.Pattern, not_person) -> list[tuple[int, int]]:
    """Vietnamese names: a surname and one to three capitalised words ("Nguyễn Văn Thắng", "Trần Thị
    Lan"); in Vietnamese text a capitalised word after a kinship title ("chị Hương", "Anh Dũng không",
    "dì Hoa") or mid-sentence, not after a place word ("với Tuấn", "nhớ Thảo"; not "về Việt Nam"); in
    other text a capitalised word with a letter only Vietnamese writes ("I told Phượng"). Places,
    holidays, dishes and deities left out, as whole names. ``not_person(token)`` rules out the
    detector's words."""
    if prescreen.leftmost(_VI_ANY, text) is None:
        return []
    vi_text = _VI_TEXT.search(text) is not None or any(
        w[:1].islower() for w in _VI_WORD.findall(text))  # a lower-case word with a Vietnamese letter ("ơi", "mệt")
    out: list[tuple[int, int]] = []
    tokens = list(token_re.finditer(text))
    i = 0
    while i < len(tokens):
        run = [tokens[i]]  # capitalised words one space apart
        while len(run) < 4 and i + len(run) < len(tokens) and tokens[i + len(run)].start() == run[-1].end() + 1 and \
                text[run[-1].end()] == " ":
            run.append(tokens[i + len(run)])
        words = [t.group(0) for t in run]
        i += len(run)
        # a place or another non-name among the words: cut the run there
        cut = len(words)
        for k in range(len(words)):
            if words[k] in _VI_PLACE_FIRST and any(" ".join(words[k:k + n]) in _VI_PLACES for n in (1, 2, 3)):
                cut = k
                break
        if cut == 0:
            continue
        run, words = run[:cut], words[:cut]
        kin = words[0].lower() in _VI_KIN  # a title opening the sentence: "Chị Hương nói", "Anh Dũng không"
        if kin:
            if len(words) == 1:
                continue  # "Chị ơi", "Anh không hiểu em"
            run, words = run[1:], words[1:]
        start, end = run[0].start(), run[-1].end()
        has_vi = any(_VI_ANY.search(w) for w in words)
        if words[0] in _VI_SURNAMES and len(words) >= 2 and has_vi:
            out.append((start, end))  # a full name
            continue
        if not has_vi or not_person(words[0]) or len(words) > 3:
            continue
        head = text[max(0, start - 30):start]
        prev = head.split()[-1].strip(",.:;!?\"(").lower() if head.split() else ""
        opens = _SENTENCE_START.search(head) is not None
        if vi_text:
            if kin or prev in _VI_KIN and head.endswith(" "):
                out.append((start, end))
            elif not opens and prev not in _VI_PLACE_PREP and prev not in _VI_KIN:
                out.append((start, end))
        elif words[0] not in _VI_SURNAMES or len(words) == 1:
            out.append((start, end))
    return out


# --- PII round nineteen: names in romanised Urdu (and Hindi) text ---
# A capitalised word before the ergative "ne" or the object "ko" ("Kal raat Sadaf ne mujhe", "Maine Usman ko
# bata diya"), or after a possessive and a relation word ("Mera bhai Faizan"), only in text with three different
# words of the language's commonest (three occurrences were not enough: Italian writes "ne" and "se" often,
# "Purtroppo ne sono uscita, se ne accorgono tutti"). Capitalised function words, kin, places and holidays are
# left out.
_UR_ANY = re.compile(r" (?:ne|ko) [a-z]|(?:bhai|behen|bhen|dost|shohar|biwi|saheli) [A-Z]")
_UR_TEXT = re.compile(r"(?<![\w'’])(?:mujhe|mujhse|mujh|nahi|nahin|hai|hain|hoon|hun|mera|meri|mere|meray|kal|aur|"
                      r"bohot|bahut|bhi|kya|kyun|tha|thi|maine|main|karta|karti|kiya|diya|gaya|gayi|raat|se|ko|ne)"
                      r"(?![\w'’])", re.IGNORECASE)
_UR_NAME = None  # set by ``compile_tokens``
_UR_STOP = frozenset("""Maine Main Mera Meri Mere Meray Kal Aaj Ammi Abbu Abba Amma Ami Abu Bhai Baji Behen Papa Mama
Allah Khuda Inshallah Mashallah Ramzan Eid Lahore Karachi Islamabad Pindi Rawalpindi Multan Peshawar Quetta Faisalabad
Dubai Pakistan India Delhi Mumbai Sab Woh Wo Yeh Ye Us Un Unhon Unhone Usne Aap Tum Hum Ghar Uss Iss Kisi Koi Sabne
Dost Shohar Biwi Beta Beti Bhaiya Didi Nani Dadi Nana Dada Khala Mamu Chacha Phuppo Chachi""".split())


def roman_urdu_names(text: str, not_person) -> list[tuple[int, int]]:
    """Round nineteen: see above; ``not_person(token)`` rules out the detector's words."""
    if prescreen.leftmost(_UR_ANY, text) is None:
        return []
    words = [w.lower() for w in _UR_TEXT.findall(text)]
    if len(set(words)) < 3:
        return []
    out = []
    for m in _UR_NAME.finditer(text):
        token = m.group(1) or m.group(2)
        span = m.span(1) if m.group(1) else m.span(2)
        if token in _UR_STOP or not_person(token) or token in FUNCTION_WORDS or token in TIME_WORDS:
            continue
        out.append(span)
    return out


# --- PII round twenty-two (twenty-third session): names where people write them ---
# Each rule is asked only when a cheap literal or character test holds; see docs/quality.md.

# (1) a relation word in another script, then the name: Arabic kinship with the first-person suffix
# ("أخي أحمد", "صديقتي فاطمة") before a listed Arabic given name (the word after a relation word is as
# often a verb, round sixteen: the list decides); Korean relation nouns before a listed Hangul given
# name, or a surname and a listed given name, alone or with "씨" or a particle ("여자친구 서연 때문에",
# "팀장 박지훈 씨가"); Greek kinship + "μου" (+ article) before a capitalised Greek token ("η αδερφή μου
# η Ελένη"), and a Greek full name before ", ο/η ... μου" ("Ο Νίκος Παπαδόπουλος, ο πρώην μου");
# Japanese relation + "の" + two or three kanji before a particle ("友達の美咲に", "彼氏の健太が").
_AR_KIN = frozenset("""أخي أختي أمي أبي زوجي زوجتي صديقي صديقتي ابني ابنتي خالي خالتي عمي عمتي جدي جدتي
حبيبي حبيبتي خطيبي خطيبتي مديري مديرتي زميلي زميلتي جاري جارتي رفيقي رفيقتي طليقي طليقتي""".split())
# the commonest Arabic given names, which ``listed_scripts.txt`` left out as frequent words of the language
# (twenty-fifth session): after a relation word with "my" ("صديقي أحمد") they are the person, not a word
_AR_COMMON_GIVEN = frozenset("""محمد أحمد محمود مصطفى خالد عمر يوسف إبراهيم ابراهيم عبدالله مريم عائشة زينب
خديجة سارة ليلى ياسين سلمى حسين""".split())
_KO_KIN = frozenset("""남자친구 여자친구 남친 여친 남편 아내 와이프 엄마 아빠 어머니 아버지 언니 오빠 누나 형 동생 친구
상사 팀장 팀장님 부장 과장 대리 선배 후배 동료 선생님 담임 교수님 전남친 전여친 사촌 이모 삼촌 고모 할머니
할아버지 룸메이트 애인 약혼자 시어머니 장모""".split())
_KO_SURNAMES = frozenset("김 이 박 최 정 강 조 윤 장 임 한 오 서 신 권 황 안 송 류 홍 전 고 문 양 손 배 백 허 유 남 심 노".split())
_KO_AFTER = _KO_PARTICLES | frozenset({"때문에", "때문", "씨", "님"})
_EL_UP = "Α-ΩΆΈΉΊΌΎΏ"
_EL_LOW = "α-ωάέήίόύώϊϋΐΰς"
_EL_KIN = (r"μαμά|μάνα|μητέρα|μπαμπάς|πατέρας|αδερφή|αδελφή|αδερφός|αδελφός|φίλος|φίλη|κολλητός|κολλητή|άντρας|"
           r"σύζυγος|γυναίκα|σύντροφος|σύντροφός|αγόρι|κοπέλα|πρώην|θεία|θείος|γιαγιά|παππούς|ξάδερφος|ξαδέρφη|"
           r"προϊστάμενος|προϊσταμένη|αφεντικό|δάσκαλος|δασκάλα|καθηγητής|καθηγήτρια|γιος|κόρη|συνάδελφος|γείτονας|"
           r"γειτόνισσα|θεραπευτής|θεραπεύτρια|ψυχολόγος")
_EL_NAME = rf"[{_EL_UP}][{_EL_LOW}]+(?: [{_EL_UP}][{_EL_LOW}]+)?"
_EL_KIN_NAME = re.compile(rf"(?<!\w)(?:{_EL_KIN}) (?:μου|μας),? (?:(?:ο|η|τον|την|του|της) )?({_EL_NAME})(?!\w)")
_EL_APPOSED = re.compile(rf"(?:^|(?<=[.!?\n] ))(?:Ο|Η) ({_EL_NAME}), (?:ο|η) (?:[{_EL_LOW}]+ ){{0,2}}μου\b")
_EL_ANY = re.compile(rf"[{_EL_UP}{_EL_LOW}]")
_EL_NOT = frozenset("Θεός Θεέ Κύριος Χριστός Παναγία Χριστούγεννα Πάσχα Αθήνα Ελλάδα".split())
_JA_KIN = r"友達|友人|親友|彼氏|彼女|夫|妻|旦那|母|父|兄|姉|弟|妹|上司|先輩|後輩|同僚|元彼|元カレ|元カノ|嫁|息子|娘|いとこ|担任"
# round twenty-seven: the iteration mark 々 inside a name ("佐々木", "野々村"), or ending one before an honorific
# ("奈々ちゃん"); not a word ending in it ("母の日々の", "友達の人々が": no honorific after them)
_JA_KIN_NAME = re.compile(rf"(?:{_JA_KIN})の([\u4e00-\u9fff](?:[\u4e00-\u9fff]|々(?=[\u4e00-\u9fff])){{1,2}}|"
                          rf"[\u4e00-\u9fff]々(?=さん|くん|君|ちゃん))(?:さん|くん|君|ちゃん)?(?=[がにはをとのもへ])")
_JA_NOT = frozenset("""家族 部屋 言葉 時間 両親 仕事 会社 学校 電話 連絡 誕生日 結婚 病気 様子 態度 気持 気持ち 存在 意見 話題
問題 相談 事故 葬式 家 実家 病院 職場 関係 一人 子供 友達 彼氏 彼女""".split())


_KIN_ANY = re.compile(r"[\u0370-\u03ff\u0600-\u06ff\u3040-\u30ff\uac00-\ud7a3]")


def kin_script_names(text: str) -> list[tuple[int, int]]:
    out = []
    if not prescreen.may_match(_KIN_ANY, text):  # no Greek, Arabic, kana or Hangul character
        return out
    if prescreen.may_match(_SCRIPT_ANY, text):
        names = listed_scripts()
        words = list(_SCRIPT_WORD.finditer(text))
        for i, m in enumerate(words[:-1]):
            w, nxt = m.group(), words[i + 1]
            if text[m.end():nxt.start()] != " ":
                continue
            nw = nxt.group()
            if w in _AR_KIN:
                if nw in names or nw in _AR_COMMON_GIVEN:
                    out.append(nxt.span())
            elif w in _KO_KIN:
                ns = nxt.start()
                after = text[nxt.end():nxt.end() + 4].lstrip(" ")
                gap_ok = text[nxt.end():nxt.end() + 1] in ("", " ", ",", ".", "!", "?", "\n")
                for cut in (3, 2):  # a surname and a given name, or a given name, then a particle or nothing
                    head, tail = nw[:cut], nw[cut:]
                    if len(nw) < cut or not (tail == "" or tail in _KO_PARTICLES):
                        continue
                    given_ok = head in names or cut == 3 and head[0] in _KO_SURNAMES and head[1:] in names
                    if given_ok and (tail or gap_ok and (after[:1] in _KO_AFTER or after.startswith(("때문", "씨", "님"))
                                                          or after[:2] in _KO_AFTER)):
                        out.append((ns, ns + cut))
                        break
                    if given_ok and tail == "" and gap_ok:
                        out.append((ns, ns + cut))
                        break
    if "μου" in text or "μας" in text:
        if _EL_ANY.search(text):
            for m in _EL_KIN_NAME.finditer(text):
                if m.group(1).split()[0] not in _EL_NOT:
                    out.append(m.span(1))
            for m in _EL_APPOSED.finditer(text):
                if m.group(1).split()[0] not in _EL_NOT:
                    out.append(m.span(1))
    if "の" in text:
        for m in _JA_KIN_NAME.finditer(text):
            if m.group(1) not in _JA_NOT:
                out.append(m.span(1))
    return out


# (2) initials: one before a surname found ("my lecturer, H. Fitzgerald, said"; the span takes it, as
# the labelled files write "M. Okafor"), a sign-off of an initial and a surname after a dash ("-- R.
# Okafor" closing the message), and two initials as a person after a verb of telling or before one
# ("I told T.J. everything", "A.J. said"; not "the U.S.", "P.S.").
_DASH_SIGN_OFF = re.compile(r"(?:^|\n)[ \t]*(?:--?|–|—|~)[ \t]*((?:[A-Z]\. ?){1,2}[A-Z][a-zà-ÿ'’-]+(?: [A-Z][a-zà-ÿ'’-]+)?)"
                            r"[ \t]*\n?$")
_TWO_INITIALS = re.compile(r"([A-Z]\.[A-Z]\.)(?![\w.])")  # the character before is tested after
_TWO_INITIALS_NOT = frozenset("U.S. U.K. P.S. A.M. P.M. E.U. N.B. D.C. L.A. B.A. M.A. I.T. R.E. P.E. A.D. B.C. O.K. "
                              "T.V. G.P. U.N. N.Y. S.F. M.D. R.N. B.S. M.S. A.A. N.A. I.D. I.Q. A.I. P.T. O.T. "
                              "U.S.A. A.S. E.R. I.V. C.V. P.A. V.P. D.J. P.O. D.M. S.A.".split())
_TWO_INITIALS_BEFORE = re.compile(r"(?:\b(?:told|tell|asked|ask|texted|text|messaged|rang|called|with|and|me and|"
                                  r"blocked|miss|trust|hugged|kissed|dumped|about)|^|[.!?\n]) $")
_TWO_INITIALS_AFTER = re.compile(r" (?:said|says|told|keeps|kept|is|was|and I|and me|texted|asked|laughed|"
                                 r"thinks|knows|did|does|never|always|just)\b")


def initial_extend(text: str, found: list[tuple[int, int]], taken: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """``found`` with an initial right before a one-word name taken into its span ("my lecturer, H.
    Fitzgerald,"), or a middle initial joining a first name found to it ("William H. Harrison"); not an
    initial opening a line ("C. George Washington": a quiz's option letter) nor one another detector took."""
    out: list[tuple[int, int]] = []
    for s, e in found:
        if s >= 4 and text[s - 2:s] == ". " and " " not in text[s:e] and text[s - 3].isupper() and \
                text[s - 4] in " ,(\"“" and not any(a < s and s - 3 < b for a, b in taken):
            if out and out[-1][1] == s - 4:
                s = out.pop()[0]
            elif not out or out[-1][1] < s - 3:
                s -= 3
        out.append((s, e))
    return out


def initial_names(text: str) -> list[tuple[int, int]]:
    """A dash, an initial and a surname closing the message; two initials as a person."""
    out = []
    if "." in text:
        tail = max(0, len(text) - 60)
        end = text[tail:]
        if "-" in end or "–" in end or "—" in end or "~" in end:
            out += [m.span(1) for m in _DASH_SIGN_OFF.finditer(text, tail)]
        pos = 0 if prescreen.may_match(_TWO_INITIALS, text) else None
        for m in () if pos is None else _TWO_INITIALS.finditer(text, pos):
            s, e = m.span(1)
            if m.group(1) in _TWO_INITIALS_NOT or s and (text[s - 1].isalnum() or text[s - 1] in "._"):
                continue
            if _TWO_INITIALS_BEFORE.search(text[max(0, s - 12):s]) or _TWO_INITIALS_AFTER.match(text, e):
                out.append((s, e))
    return out


# --- thirty-sixth session (piiblind36a): a name written in another script inside Latin-script text, and Japanese,
# Korean and Chinese naming forms ---
# A client writing in English, French, Dutch, ... names a person in the person's own script ("mijn oma Ελένη", "ma
# grand-mère, رقية, ne parle pas", "my nani's name is कमला", "she signed the card 지은", "writes my name as 李静"): one
# word of Greek, Cyrillic, Arabic, Devanagari, Hangul, Han or katakana right after a relation word with a possessive
# just before it (up to two words between: "minha colega de quarto, 윤서,") or after a naming cue. Only in a text of
# Latin letters: a text in the script itself has its own rules.
_FOREIGN_WORD = (r"[\u0370-\u03ff]{2,}|[\u0400-\u04ff]{2,}|[\u0600-\u06ff]{2,}|[\u0900-\u097f]{2,}|[\uac00-\ud7a3]{2,4}|"
                 r"[\u4e00-\u9fff]{2,3}|[\u30a1-\u30fa\u30fc]{2,8}")
_FOREIGN_ANY = re.compile(r"[\u0370-\u03ff\u0400-\u04ff\u0600-\u06ff\u0900-\u097f\uac00-\ud7a3\u4e00-\u9fff\u30a1-\u30fa]")
_FOREIGN_CUED = re.compile(rf"(?:(?<=[ (])|(?<=^))({_FOREIGN_WORD})(?=[\s,.;:!?)]|$)")
_LATIN_RUN = re.compile(r"[A-Za-z]{3,}")
_NAMING_BEFORE = re.compile(r"(?:\bname(?:['’]s| is| was| as)|\bcalled|\bnamed|\bsigned(?: (?:the card|it|off|as))?|"
                            r"\bs['’]appelle|\bheißt|\bse llama|\bsi chiama|\bchama-se|\bse chama|\bheet)[,:]? [\"“']?$",
                            re.IGNORECASE)
_KIN_PREPOSITIONS = frozenset("de do da di del from at of van von z ze w na no".split())  # "colega de quarto"
_FOREIGN_WORDS_BEFORE = re.compile(r"[^\W\d_][\w'’-]*")


def foreign_script_names(text: str, relations: frozenset[str], possessives: frozenset[str]) -> list[tuple[int, int]]:
    if prescreen.leftmost(_FOREIGN_ANY, text) is None or len(_LATIN_RUN.findall(text, 0, 400)) < 3:
        return []
    out = []
    for m in _FOREIGN_CUED.finditer(text):
        before = text[max(0, m.start() - 60):m.start()]
        if _NAMING_BEFORE.search(before):
            out.append(m.span(1))
            continue
        tail = re.split(r"[.!?\n]", before)[-1]
        if not tail.endswith((" ", ", ", " (")):
            continue
        words = [w.lower() for w in _FOREIGN_WORDS_BEFORE.findall(tail)]
        for k in range(len(words) - 1, max(-1, len(words) - 4), -1):
            w = words[k]
            if w in relations or (k and f"{words[k - 1]} {w}" in relations):
                if (k == len(words) - 1 or words[k + 1] in _KIN_PREPOSITIONS) and \
                        not possessives.isdisjoint(words[max(0, k - 3):k]):
                    out.append(m.span(1))
                break
    return out


# Japanese: a surname in kanji (or a katakana name) with an honorific glued to it ("田中さんに", "マイクくん"); not the
# kin and role words that take the same honorifics ("お母さん", "奥さん", "看護師さん", "神様")
_JA_HONORIFIC = re.compile(r"(?<![\u4e00-\u9fff\u3005\u30a1-\u30fc])([\u4e00-\u9fff][\u4e00-\u9fff\u3005]{0,2}|"
                           r"[\u30a1-\u30fa\u30fc]{2,8})(?:さん|ちゃん|くん|君|様|さま|先生|先輩|氏)")
_JA_NOT_NAMES = frozenset("""母 父 兄 姉 弟 妹 奥 皆 旦那 赤 神 王 婆 爺 客 医者 店員 大家 彼女 彼氏 友達 看護師 担任 校長 主治医 社長
部長 課長 上司 後輩 同僚 運転手 警察 隣 息子 娘 孫 叔母 叔父 伯母 伯父 祖母 祖父 義母 義父 義姉 義兄 嫁 夫 妻 主人 家族 子供 子 彼
誰 皆様 俺 僕 私 仏 お客 職員 先方 相手 他人 大将 坊 嬢 姫 猫 犬 ママ パパ ナース ドクター カウンセラー セラピスト スタッフ
お医者 歯医者 看護婦 師匠 院長 教授 店長 監督 先生 先輩""".split())
# Korean: a name after "이름은"/"이름이" before a copula ("남편 이름은 김도현이에요")
_KO_NAME_IS = re.compile(r"이름(?:은|이) ([\uac00-\ud7a3]{2,4}?)(?:이에요|예요|이야|야|입니다|이고|이라고|라고|이래요|래요|"
                         r"이었어요|였어요|이었|였|[.!?,]|$)")


def east_asian_named(text: str) -> list[tuple[int, int]]:
    out = []
    if "さ" in text or "ち" in text or "く" in text or "君" in text or "様" in text or "先" in text or "氏" in text:
        out += [m.span(1) for m in _JA_HONORIFIC.finditer(text) if m.group(1) not in _JA_NOT_NAMES]
    if "이름" in text:
        out += [m.span(1) for m in _KO_NAME_IS.finditer(text)]
    return out

