"""A learned token tagger for person names (PII round twenty-three): a logistic regression over hashed
features of each capitalised token, trained by ``bench/train_name_tagger.py`` on the PII training files
only (their NAME spans are the positives, every other candidate token a negative).

It is an addition to the rules (``names.py``): it looks only at capitalised tokens no rule span covers,
and it never removes a span. A token is a candidate when it is a capitalised name-shaped token
(``names._TOKEN``: "Tom", "O'Neill", "Jean-Luc", "Élodie") and not one of the detector's common words or
places; a run of candidates joined by single spaces whose probabilities all pass the threshold becomes
one NAME span ("Joseph Adeyemi").

Features per candidate (each a string, hashed with ``zlib.crc32`` into ``DIM`` buckets, so the model is
one weight vector): its shape (all capitals, length, letters outside ASCII, an inner capital, a
hyphen or apostrophe), the token lower-cased, its first and last two to four letters, the two tokens
either side (lower-cased, and their shapes), whether it opens a sentence or a line or closes one, the
punctuation right before and after it, whether the word before is a relation word, a title, a
greeting or sign-off, a possessive or a person verb (the detector's own lists), whether a rule found a
name elsewhere in the text, and with ``GAZETTEER`` the detector's given-name lists (``first_names.txt``,
``listed_given.txt``) and its ambiguous names.

The model files are ``name_tagger.npy`` (the float32 weights), ``name_tagger_words.npy`` (a bit set of
the lower-case words of the project's training text) and ``name_tagger.json`` (bias, threshold, the
feature options); no download, no pickle. Deterministic: the same text gives the same spans.

WIRED INTO THE DETECTOR since PII round twenty-six (docs/quality.md, "PII round twenty-six"): ``detect.add_names``
calls ``find_names(text, spans, rule_name, tokens=seen)`` after the rules, on the tokens their scan looked at
(``names.find_names(..., seen=)``), with the committed model in ``data/`` (``Tn+v+p'+k``: round twenty-five's
Tn, the veto of the detector's other lists, the first-person gate with the pro-drop verbs, and the knowledge
veto ``known``: drugs from ``drug-named-entity-recognition``'s dictionary, countries and subdivisions from
``pycountry``, loaded once on the first call; never a name of the detector's given-name lists). No candidate of
rounds twenty-three and twenty-five had passed its rule. Round twenty-five made it cheap (``tokens=``; words in
a window; cached buckets; the sum over distinct buckets, as the trainer counts them), added ``--drop``
families (``FAMILIES``), and the options a model's meta may ask for: ``veto`` (``vetoed``), ``first_person``
(a gate; ``"endings"`` since round twenty-six) and ``knowledge`` (round twenty-six). ``ENABLED = False``: the
rules alone (the training script and the tests that read the rules set it).
"""

from __future__ import annotations

import json
import math
import os
import re
import zlib
from functools import lru_cache
from pathlib import Path

import numpy as np

DIM = 1 << 17
DATA = Path(__file__).with_name("data")
WEIGHTS = DATA / "name_tagger.npy"
META = DATA / "name_tagger.json"
WORDS = DATA / "name_tagger_words.npy"  # a bit set: the lower-case words of the project's training text
# nameall37: the folder the detector reads the model from (``data/`` unless ``PII_NAME_TAGGER_DIR`` names another,
# or a bench sets ``MODEL_DIR``, as ``bench/pii_validation.py --model DIR`` does): a candidate measured through the
# runtime without replacing the committed files
MODEL_DIR = Path(os.environ.get("PII_NAME_TAGGER_DIR") or DATA)
WORD_BITS = 1 << 20
ENABLED = True  # False: the detector's rules alone (``bench/train_name_tagger.py`` learns from what they leave)

# the first person in the languages of the labelled files (PII round twenty-five's ``first_person`` gate)
_FIRST_PERSON = re.compile(
    r"(?i)(?<![^\W\d_])(?:i|me|my|mine|myself|i'm|i’m|im|i've|ive|i'd|yo|mi|mis|conmigo|je|moi|mon|ma|mes|"
    r"ich|mich|mir|mein|meine|meinen|meinem|meiner|eu|meu|minha|meus|minhas|comigo|io|mio|mia|miei|mie|ik|mijn|mij|"
    r"ja|mnie|mój|moja|moje|mojego|mojej|ben|beni|bana|benim|jag|mig|min|mitt|я|меня|мне|мой|моя|мою|мене|мій|"
    r"εγώ|μου|με)(?![^\W\d_])|(?<![^\W\d_])[jm]['’]|[我私僕]|나는|내가|저는|제가|मैं|मेरा|मेरी|मेरे|मुझे|أنا")
# ... and, for the ``endings`` gate (``Tn+v+p'+k``, PII round twenty-six), the first-person singular verbs of the
# languages that drop the pronoun: es, it, pt, pl, tr ("Fui al Mercadona con Leire", "Sono uscita con Giada",
# "Byłam u Agaty", "Dün Elif'le buluştum"): frequent forms, and endings no other person has (pt "-ei", pl
# "-łem"/"-łam", tr "-yorum", "-dım", "-tim", ..., it "-avo"/"-evo", es "-é" after a consonant)
_FIRST_PERSON_ENDINGS = re.compile(
    r"(?i)(?<![^\W\d_])(?:soy|estoy|voy|fui|tengo|tuve|hice|dije|puedo|pude|quiero|creo|siento|necesito|estaba|"
    r"estuve|había|sono|ho|avevo|ero|sto|vado|faccio|posso|voglio|devo|penso|sento|feci|dissi|ebbi|sou|estou|vou|"
    r"tenho|tive|fiz|disse|quero|acho|sinto|preciso|estive|tinha|jestem|byłem|byłam|mam|miałem|miałam|chcę|mogę|"
    r"muszę|wiem|myślę|czuję|idę|annem|babam|ablam|abim|eşim|kızım|oğlum|arkadaşım|sevgilim|"
    r"[^\W\d_]{2,}(?:ei|łem|łam|yorum|(?-i:[dt][ıü]m)|[lnrsvkptşçz][dt][iu]m|acağım|eceğim|avo|evo|[bcdjlmnprstuvz]é|"
    r"[cdlmnstv]í))(?![^\W\d_])")
_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")
_END = frozenset(".!?")
_STARTS = frozenset(".!?\n:;\"“«(*-–—•>")


@lru_cache(maxsize=1)
def _lists():
    from shared.pii import names
    return {
        "common": names._COMMON_OR_PLACES | names.NOT_NAMES | names.ROLE_WORDS | names.PUBLIC_FIGURES,
        "relation": names._RELATIONS_TAGGER,  # as the committed model was trained (piiblind31 added to the rules')
        "title": frozenset(w.lower() for w in names._HONORIFICS) | names._LOWER_HONORIFICS,
        "greet": frozenset(w for g in names._GREETINGS for w in g.split()),
        "sign": frozenset(w for g in names._SIGN_OFFS for w in g.split()),
        "poss": names._POSSESSIVES_TAGGER,
        "verb": names._PERSON_VERBS | names._STRONG_PERSON_VERBS,
        "pets": names._PETS,
        "places": names.PLACES,
        "gaz": names.gazetteer(),
        "listed": names._LISTED,
        "ambiguous": names.AMBIGUOUS,
        "token": names._TOKEN,
    }


def _shape(w: str) -> str:
    if not w:
        return "none"
    if w.isupper():
        return "A" if len(w) > 1 else "I"
    if w[0].isupper():
        return "Aa"
    if w.islower():
        return "a"
    return "mix"


@lru_cache(maxsize=1)
def _veto() -> frozenset:
    """The detector's other lists of capitalised words that are no person (the veto of ``Tn+v``, PII round
    twenty-five): subjects that are no person, discourse words, holidays and months, function words in
    other languages, words that follow a name without being one, place suffixes, names that are also words
    (the rules ask a cue for them), saints, public titles and honorifics."""
    from shared.pii import name_rules, names
    return (name_rules._NOT_SUBJECTS | name_rules._DISCOURSE | name_rules.TIME_WORDS | name_rules.FUNCTION_WORDS
            | names.SURNAME_STOP | names._PLACE_SUFFIXES | names.AMBIGUOUS | names._SAINTS | names._PUBLIC_TITLES
            | names._HONORIFICS)


def vetoed(text: str, s: int, e: int) -> bool:
    """Whether the veto lists rule out the token at ``s``-``e``: in one of them, part of a public figure
    ("Taylor Swift"), or after a saint or a public title ("St Mary", "King Charles")."""
    from shared.pii import names
    if text[s:e] in _veto() or names._public(text, s, e):
        return True
    prev = text[max(0, s - 12):s].split()
    return bool(prev) and (prev[-1] in names._SAINTS or prev[-1] in names._PUBLIC_TITLES)


# the languages whose country names ``knowledge`` reads from pycountry's translations (the labelled files')
KNOWLEDGE_LANGUAGES = ("es", "fr", "de", "pt", "pt_BR", "it", "nl", "pl", "tr", "sv", "da", "nb_NO", "fi", "cs",
                       "ro", "hu", "el", "ru", "uk")


@lru_cache(maxsize=1)
def knowledge() -> tuple[frozenset, dict]:
    """What tokens are, from maintained packages (PII round twenty-six's ``k``): the names of drugs, generics
    and brands (``drug-named-entity-recognition``'s dictionary: its one-word variants, "viagra", "lexapro",
    "sertraline"), and of countries and their subdivisions (``pycountry``: ISO 3166-1 names, common and
    official, in English and in ``KNOWLEDGE_LANGUAGES``; ISO 3166-2 names). Returns the one-word names
    (lower case) and, for names of several words ("sierra leone", "new south wales"), each word's (name,
    offset of the word in it). Loaded once, on the tagger's first call: the drug dictionary is read from the
    package's own file (``drug_ner_dictionary.pkl.bz2``) without importing the package, whose import also
    builds a trigram index for its fuzzy search (~1.3 s and ~350 MB) that the veto does not need."""
    import bz2
    import gettext
    import importlib.util
    import pickle

    import pycountry

    spec = importlib.util.find_spec("drug_named_entity_recognition")
    with bz2.open(Path(spec.origin).with_name("drug_ner_dictionary.pkl.bz2"), "rb") as fh:
        drugs = pickle.load(fh)["drug_variant_to_canonical"]  # the package's own data file, as it loads it
    single = {v for v in drugs if _WORD.fullmatch(v)}
    del drugs
    places: set[str] = set()
    translations = [gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[lang], fallback=True)
                    for lang in KNOWLEDGE_LANGUAGES]
    for country in pycountry.countries:
        for attr in ("name", "common_name", "official_name"):
            name = getattr(country, attr, None)
            if name:
                places.add(name)
                places.update(t.gettext(name) for t in translations)
    places.update(sub.name for sub in pycountry.subdivisions)
    multi: dict[str, list[tuple[str, int]]] = {}
    for place in places:
        place = place.split(",")[0].split("(")[0].strip().lower()  # "Korea, Republic of", "Bonaire (…)"
        if _WORD.fullmatch(place):
            single.add(place)
            continue
        for m in _WORD.finditer(place):
            multi.setdefault(m.group(0), []).append((place, m.start()))
    return frozenset(single), {w: tuple(v) for w, v in multi.items()}


def known(text: str, s: int, e: int) -> bool:
    """Whether ``knowledge`` says what the token at ``s``-``e`` is (a drug, a country, a subdivision, or a
    word of one written whole around it: "Leone" in "Sierra Leone"). A given name of the detector's lists
    (``first_names.txt``, ``listed_given.txt``, ``AMBIGUOUS``: "Victoria", "Georgia", "Jordan") is never."""
    token = text[s:e]
    lists = _lists()
    if token in lists["gaz"] or token in lists["listed"]:
        return False
    single, multi = knowledge()
    low = token.lower()
    if low in single:
        return True
    for name, offset in multi.get(low, ()):
        a = s - offset
        b = a + len(name)
        if a >= 0 and text[a:b].lower() == name and not (a and text[a - 1].isalnum()) and \
                not (b < len(text) and text[b].isalnum()):
            return True
    return False


def candidates(text: str, taken: list[tuple[int, int]], tokens=None, veto: bool = False,
               know: bool = False) -> list[tuple[int, int]]:
    """(start, end) of the capitalised tokens of ``text`` the tagger scores: name-shaped, not a common
    word or place of the detector's lists, not opening a sentence or a line, not inside ``taken`` nor
    next to one of its spans. ``tokens``: the matches of ``names._TOKEN`` in ``text`` the rules' own
    scan kept (``names.find_names(..., seen=)``: every one not in their common words and places), so
    that the text is not scanned twice; None scans it here."""
    lists = _lists()
    common = lists["common"]
    out = []
    for m in lists["token"].finditer(text) if tokens is None else tokens:
        if m.group(0) in common:
            continue
        s, e = m.span()
        raw = text[max(0, s - 12):s]
        pre = raw.rstrip()  # every space: "\xa0" between sentences too
        if "\n" in raw[len(pre):] or not pre or pre[-1:] in _STARTS:
            continue  # a sentence or a line opens with it ("However", "Let"): most are words
        nxt = text[e:e + 2]
        if nxt[:1] in "'’" and nxt[1:2].isalpha() and nxt[1:2] != "s" or nxt[:1] == "." and nxt[1:2].isalpha():
            continue  # "Don’t", "I’ll"; a word glued to a site ("Chow.psychologyresource.ca")
        if pre.endswith((" by", " By")) or pre in ("by", "By"):
            continue  # an author: "Boundaries by Anne Katherine" (the rules' ``_WORK_BY``)
        if any(a <= e + 1 and s - 1 <= b for a, b in taken):
            continue  # inside a span, or its neighbour ("Lefèvre-Durand" after the rules' "Marie-Hélène")
        if veto and vetoed(text, s, e):
            continue
        if know and known(text, s, e):
            continue  # a drug, a country or a subdivision (``knowledge``)
        out.append((s, e))
    return out


def word_hash(lw: str) -> int:
    return zlib.crc32(("v=" + lw).encode("utf-8")) & (WORD_BITS - 1)


def is_word(lw: str, words_set) -> bool:
    h = word_hash(lw)
    return bool(words_set[h >> 3] >> (h & 7) & 1)


def _before(text: str, s: int) -> str:
    """``text[:s].rstrip(" \\t")``'s last characters (at least two, or all of it) without copying the text."""
    lo = s - 32
    while lo > 0:
        pre = text[lo:s].rstrip(" \t")
        if len(pre) >= 2:
            return pre
        lo -= 256
    return text[:s].rstrip(" \t")


def _after(text: str, e: int) -> str:
    """``text[e:].lstrip(" \\t")``'s first characters (at least one, or none when only blanks follow)."""
    hi = e + 32
    while hi < len(text):
        post = text[e:hi].lstrip(" \t")
        if post:
            return post
        hi += 256
    return text[e:].lstrip(" \t")


FAMILIES = ("affix", "punct", "position", "near2", "shapes", "pairs", "lists", "ctx", "rule_name", "word")


def token_features(w: str, gazetteer: bool, words_set=None, drop: frozenset = frozenset()) -> list[str]:
    """The feature strings of the token ``w`` alone (its letters, shape, lists): the same wherever it
    stands, so the detector caches them by token."""
    lw = w.lower()
    f = ["b", "w=" + lw, "sh=" + _shape(w), "len=" + str(min(len(w), 10))]
    if "affix" not in drop:
        for k in (2, 3, 4):
            if len(lw) > k:
                f.append(f"p{k}=" + lw[:k])
                f.append(f"s{k}=" + lw[-k:])
    if not w.isascii():
        f.append("nonascii")
    if any(c.isupper() for c in w[1:]):
        f.append("innercap")
    if "-" in w or "'" in w or "’" in w:
        f.append("joined")
    if words_set is not None and "word" not in drop and is_word(lw, words_set):
        f.append("word")  # written in lower case in the project's training text ("In", "Sadly", "Leader")
    if gazetteer:
        lists = _lists()
        if w in lists["gaz"]:
            f.append("gaz")
        if w in lists["listed"]:
            f.append("listed")
        if w in lists["ambiguous"]:
            f.append("ambiguous")
        if lw in lists["places"] or w in lists["places"]:
            f.append("place")
    return f


def context_features(text: str, words: list[tuple[int, int]], i: int, rule_name: bool, word: bool,
                     drop: frozenset = frozenset()) -> list[str]:
    """The feature strings of word ``i`` of ``words`` (spans of ``_WORD`` in ``text``) that depend on
    where it stands: punctuation, the sentence and line position, the words around it; ``word``:
    whether the token has the "word" feature."""
    lists = _lists()
    s, e = words[i]
    shape = _shape(text[s:e])
    before = text[max(0, s - 3):s].strip()
    after = text[e:e + 2].strip()
    f = ["pb=" + before[-1:] if before else "pb=_", "pa=" + after[:1] if after else "pa=_"] if "punct" not in drop else []
    # the sentence / line position
    pre = _before(text, s)
    start = not pre or pre[-1] in _END or pre[-1] == "\n" or pre.endswith(("\n-", "\n—"))
    if "position" not in drop:
        f.append("start" if start else "mid")
        if not pre or pre[-1] == "\n":
            f.append("linestart")
        post = _after(text, e)
        if not post or post[0] == "\n":
            f.append("lineend")
        elif post[0] in _END:
            f.append("sentend")
        elif post[0] == ",":
            f.append("comma")
    n = len(words)
    near2, shapes, pairs, lists_on = "near2" not in drop, "shapes" not in drop, "pairs" not in drop, "lists" not in drop
    for d in (-2, -1, 1, 2):
        j = i + d
        if 0 <= j < n:
            o = text[words[j][0]:words[j][1]]
            lo = o.lower()
            if near2 or d == -1 or d == 1:
                f.append(f"w{d}=" + lo)
            if shapes:
                f.append(f"sh{d}=" + _shape(o))
            if pairs and (d == -1 or d == 1):
                f.append(f"w{d}w0sh={lo}|{shape}")
            if not lists_on:
                continue
            if d < 0:
                for name in ("relation", "title", "greet", "sign", "poss", "verb", "pets", "places"):
                    if lo in lists[name]:
                        f.append(f"{name}{d}")
            elif d == 1 and lo in lists["verb"]:
                f.append("verb+1")
        elif near2 or d == -1 or d == 1:
            f.append(f"w{d}=<none>")
    if "ctx" not in drop:
        for j in range(max(0, i - 6), min(n, i + 7)):
            if j < i - 2 or j > i + 2:
                f.append("ctx=" + text[words[j][0]:words[j][1]].lower())
    if word:
        f.append("word|" + ("start" if start else "mid"))
    if rule_name and "rule_name" not in drop:
        f.append("rule_name")
    return f


def features(text: str, words: list[tuple[int, int]], i: int, rule_name: bool, gazetteer: bool,
             words_set=None, drop: frozenset = frozenset()) -> list[str]:
    """The feature strings of word ``i`` of ``words`` (spans of ``_WORD`` in ``text``): the token's own
    (``token_features``) and its context's (``context_features``). The model counts each bucket once
    (the trainer's matrix is binary), so the detector sums the weights of the distinct buckets."""
    s, e = words[i]
    own = token_features(text[s:e], gazetteer, words_set, drop)
    return own + context_features(text, words, i, rule_name, "word" in own, drop)


def hashed(feats: list[str]) -> list[int]:
    return [zlib.crc32(x.encode("utf-8")) & (DIM - 1) for x in feats]


def model(directory: Path | None = None):
    """(weights, meta, words) of the model in ``directory`` (``bench/train_name_tagger.py``'s files; by default
    ``MODEL_DIR``), or None when its files are not there."""
    return _model(Path(directory) if directory is not None else MODEL_DIR)


@lru_cache(maxsize=8)
def _model(directory: Path):
    weights, meta_file, words = directory / WEIGHTS.name, directory / META.name, directory / WORDS.name
    if not weights.exists() or not meta_file.exists():
        return None
    meta = json.loads(meta_file.read_text(encoding="utf-8"))
    words_set = np.load(words, allow_pickle=False).tolist() if meta.get("words") else None
    drop = frozenset(meta.get("drop", ()))
    return _Weights(np.load(weights, allow_pickle=False), meta["gazetteer"], words_set, drop), meta, words_set


def _words_around(text: str, s: int, e: int, reach: int = 6) -> tuple[list[tuple[int, int]], int] | None:
    """The ``_WORD`` spans of a window of ``text`` around the token at ``s``-``e`` and the token's index
    among them: the same ``reach`` + 1 words either side as a scan of the whole text gives (``features``
    looks ``reach`` away; a window's first and last words may be cut), or None when no window holds them."""
    for width in ((32, 96) if reach <= 2 else (64, 192)):
        lo, hi = max(0, s - width), min(len(text), e + width)
        words = [m.span() for m in _WORD.finditer(text, lo, hi)]
        for i, (a, _b) in enumerate(words):
            if a >= s:
                if a != s:
                    return None
                if (i > reach or lo == 0) and (len(words) - i > reach + 1 or hi == len(text)):
                    return words, i
                break
    return None


def scores(text: str, taken: list[tuple[int, int]], rule_name: bool, weights, bias: float,
           gazetteer: bool, words_set=None, tokens=None, drop: frozenset = frozenset(),
           veto: bool = False, know: bool = False) -> list[tuple[int, int, float]]:
    """(start, end, probability) of each candidate token. ``weights``: the model's weight vector, or a
    ``_Weights`` (the same sums, by a cache of each feature string's weight)."""
    cands = candidates(text, taken, tokens, veto, know)
    if not cands:
        return []
    whole = None
    out = []
    reach = 2 if "ctx" in drop else 6
    for s, e in cands:
        around = _words_around(text, s, e, reach)
        if around is None:
            if whole is None:
                words = [m.span() for m in _WORD.finditer(text)]
                whole = (words, {a: i for i, (a, _b) in enumerate(words)})
            i = whole[1].get(s)
            if i is None:
                continue
            words = whole[0]
        else:
            words, i = around
        if isinstance(weights, _Weights):
            z = bias + weights.total(text, words, i, rule_name)
        else:
            z = bias + math.fsum(float(weights[h]) for h in set(hashed(features(text, words, i, rule_name, gazetteer,
                                                                                  words_set, drop))))
        out.append((s, e, 1.0 / (1.0 + math.exp(min(-z, 700.0)))))
    return out


class _Weights:
    """The model's weights with two bounded caches: each token's own buckets (``token_features``) and
    each context feature string's bucket; the score is the float64 sum of the distinct buckets'
    weights, as the trainer's binary matrix and ``predict_proba`` count them."""

    def __init__(self, weights: np.ndarray, gazetteer: bool, words_set, drop: frozenset = frozenset(),
                 size: int = 1 << 15):
        self.weights = weights.astype(np.float64).tolist()
        self.gazetteer, self.words_set, self.drop, self.size = gazetteer, words_set, drop, size
        self.tokens: dict[str, tuple[frozenset, bool]] = {}
        self.buckets: dict[str, int] = {}

    def total(self, text: str, words: list[tuple[int, int]], i: int, rule_name: bool) -> float:
        s, e = words[i]
        w = text[s:e]
        own = self.tokens.get(w)
        if own is None:
            feats = token_features(w, self.gazetteer, self.words_set, self.drop)
            if len(self.tokens) >= self.size:
                self.tokens.clear()
            own = self.tokens[w] = (frozenset(hashed(feats)), "word" in feats)
        found = set(own[0])
        buckets = self.buckets
        for f in context_features(text, words, i, rule_name, own[1], self.drop):
            h = buckets.get(f)
            if h is None:
                if len(buckets) >= 4 * self.size:
                    buckets.clear()
                h = buckets[f] = zlib.crc32(f.encode("utf-8")) & (DIM - 1)
            found.add(h)
        weights = self.weights
        return math.fsum(weights[h] for h in found)


def runs(text: str, scored: list[tuple[int, int, float]], threshold: float) -> list[tuple[int, int]]:
    """The spans of the tokens over ``threshold``, neighbours joined by one space into one span. A run
    of capitalised tokens one space apart is a name only when every token of it is a candidate over the
    threshold ("Child Protective Services", "Harbor House", "Edgar Allen Poe" are not)."""
    passed = {s: e for s, e, p in scored if p >= threshold}
    if not passed:
        return []
    token = _lists()["token"]
    capitals = [m.span() for m in token.finditer(text)]
    spans: list[tuple[int, int]] = []
    i = 0
    while i < len(capitals):
        j = i
        while j + 1 < len(capitals) and text[capitals[j][1]:capitals[j + 1][0]] == " ":
            j += 1
        group = capitals[i:j + 1]
        if any(s in passed for s, _e in group) and all(s in passed for s, _e in group):
            spans.append((group[0][0], group[-1][1]))
        i = j + 1
    return spans


def find_names(text: str, taken: list[tuple[int, int]], rule_name: bool,
               directory: Path | None = None, tokens=None) -> list[tuple[int, int]]:
    """The names the tagger adds: spans not overlapping ``taken`` (every span the rules found);
    ``rule_name``: whether the rules found a name in ``text``; ``tokens``: as ``candidates`` takes
    them. Nothing when no model is there."""
    loaded = model(directory) if ENABLED else None
    if loaded is None:
        return []
    weights, meta, words_set = loaded
    scored = scores(text, taken, rule_name, weights, meta["bias"], meta["gazetteer"], words_set, tokens,
                    weights.drop, meta.get("veto", False), meta.get("knowledge", False))
    found = runs(text, scored, meta["threshold"]) if scored else []
    gate = meta.get("first_person")
    if found and gate and not _FIRST_PERSON.search(text) and \
            not (gate == "endings" and _FIRST_PERSON_ENDINGS.search(text)):
        return []  # the gate of ``Tn+v+p``: a text in the first person (a client's or a counsellor's), not a list or a story
    return found
