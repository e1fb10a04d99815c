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

NOT WIRED INTO THE DETECTOR: no candidate of round twenty-three passed the session's rule (see
docs/quality.md, "PII round twenty-three"), so ``shared.pii.detect`` does not call this module and no
model is committed; ``bench/train_name_tagger.py`` makes one, and ``find_names(..., directory=...)``
reads it.
"""

from __future__ import annotations

import json
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
WORD_BITS = 1 << 20

_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")
_END = frozenset(".!?")
_STARTS = frozenset(".!?\n:;\"“«(*-–—•>")


@lru_cache(maxsize=1)
def _lists():
    from shared.pii import names
    return {
        "common": names._COMMON_OR_PLACES | names.NOT_NAMES | names.ROLE_WORDS | names.PUBLIC_FIGURES,
        "relation": names._RELATIONS,
        "title": frozenset(w.lower() for w in names._HONORIFICS) | names._LOWER_HONORIFICS,
        "greet": frozenset(w for g in names._GREETINGS for w in g.split()),
        "sign": frozenset(w for g in names._SIGN_OFFS for w in g.split()),
        "poss": names._POSSESSIVES,
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


def candidates(text: str, taken: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """(start, end) of the capitalised tokens of ``text`` the tagger scores: name-shaped, not a common
    word or place of the detector's lists, not opening a sentence or a line, not inside ``taken`` nor
    next to one of its spans."""
    lists = _lists()
    common = lists["common"]
    out = []
    for m in lists["token"].finditer(text):
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
        out.append((s, e))
    return out


def word_hash(lw: str) -> int:
    return zlib.crc32(("v=" + lw).encode("utf-8")) & (WORD_BITS - 1)


def is_word(lw: str, words_set) -> bool:
    h = word_hash(lw)
    return bool(words_set[h >> 3] >> (h & 7) & 1)


def features(text: str, words: list[tuple[int, int]], i: int, rule_name: bool, gazetteer: bool,
             words_set=None) -> list[str]:
    """The feature strings of word ``i`` of ``words`` (spans of ``_WORD`` in ``text``)."""
    lists = _lists()
    s, e = words[i]
    w = text[s:e]
    lw = w.lower()
    f = ["b", "w=" + lw, "sh=" + _shape(w), "len=" + str(min(len(w), 10))]
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
    before = text[max(0, s - 3):s]
    after = text[e:e + 2]
    f.append("pb=" + before.strip()[-1:] if before.strip() else "pb=_")
    f.append("pa=" + after.strip()[:1] if after.strip() else "pa=_")
    # the sentence / line position
    pre = text[:s].rstrip(" \t")
    start = not pre or pre[-1] in _END or pre[-1] == "\n" or pre.endswith(("\n-", "\n—"))
    f.append("start" if start else "mid")
    if not pre or pre[-1] == "\n":
        f.append("linestart")
    post = text[e:].lstrip(" \t")
    if not post or post[0] == "\n":
        f.append("lineend")
    elif post[0] in _END:
        f.append("sentend")
    elif post[0] == ",":
        f.append("comma")
    for d in (-2, -1, 1, 2):
        j = i + d
        if 0 <= j < len(words):
            o = text[words[j][0]:words[j][1]]
            lo = o.lower()
            f.append(f"w{d}=" + lo)
            f.append(f"sh{d}=" + _shape(o))
            if d in (-1, 1):
                f.append(f"w{d}w0sh={lo}|{_shape(w)}")
            if d == -1 or d == -2:
                for name in ("relation", "title", "greet", "sign", "poss", "verb", "pets", "places"):
                    if lo in lists[name]:
                        f.append(f"{name}{d}")
            if d == 1 and lo in lists["verb"]:
                f.append("verb+1")
        else:
            f.append(f"w{d}=<none>")
    for j in range(max(0, i - 6), min(len(words), i + 7)):
        if abs(j - i) > 2:
            f.append("ctx=" + text[words[j][0]:words[j][1]].lower())
    if words_set is not None and is_word(lw, words_set):
        f.append("word")  # written in lower case in the project's training text ("In", "Sadly", "Leader")
        f.append("word|" + ("start" if start else "mid"))
    if rule_name:
        f.append("rule_name")
    if gazetteer:
        if w in lists["gaz"]:
            f.append("gaz")
        if w in lists["listed"]:
            f.append("listed")
        if w in lists["ambiguous"]:
            f.append("ambiguous")
        if lw in lists["places"] or w in lists["places"]:
            f.append("place")
    return f


def hashed(feats: list[str]) -> list[int]:
    return [zlib.crc32(x.encode("utf-8")) & (DIM - 1) for x in feats]


@lru_cache(maxsize=4)
def model(directory: Path = DATA):
    """(weights, meta, words) of the model in ``directory`` (``bench/train_name_tagger.py``'s files), or
    None when its files are not there."""
    weights, meta_file, words = directory / WEIGHTS.name, directory / META.name, directory / WORDS.name
    if not weights.exists() or not meta_file.exists():
        return None
    meta = json.loads(meta_file.read_text(encoding="utf-8"))
    words_set = np.load(words, allow_pickle=False).tolist() if meta.get("words") else None
    return np.load(weights, allow_pickle=False), meta, words_set


def scores(text: str, taken: list[tuple[int, int]], rule_name: bool, weights, bias: float,
           gazetteer: bool, words_set=None) -> list[tuple[int, int, float]]:
    """(start, end, probability) of each candidate token."""
    cands = candidates(text, taken)
    if not cands:
        return []
    words = [m.span() for m in _WORD.finditer(text)]
    index = {s: i for i, (s, _e) in enumerate(words)}
    out = []
    for s, e in cands:
        i = index.get(s)
        if i is None:
            continue
        z = bias + float(sum(weights[h] for h in hashed(features(text, words, i, rule_name, gazetteer, words_set))))
        out.append((s, e, 1.0 / (1.0 + np.exp(-z))))
    return out


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
               directory: Path = DATA) -> list[tuple[int, int]]:
    """The names the tagger adds: spans not overlapping ``taken`` (every span the rules found);
    ``rule_name``: whether the rules found a name in ``text``. Nothing when no model is there."""
    loaded = model(directory)
    if loaded is None:
        return []
    weights, meta, words_set = loaded
    scored = scores(text, taken, rule_name, weights, meta["bias"], meta["gazetteer"], words_set)
    return runs(text, scored, meta["threshold"]) if scored else []
