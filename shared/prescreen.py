"""A native prescreen for Python patterns: before a pattern runs on a text, a Rust regular
expression that matches *at least* wherever the pattern matches says whether it can match at
all. Most patterns find nothing in most texts, and the Rust engine (finite automata, no
backtracking) answers that in a few microseconds where Python's backtracking ``re`` can take a
hundred on a long message. When the prescreen finds something, the Python pattern runs as it
always did, so results are the pattern's own; the prescreen decides nothing, it only skips work
(like the literal guards of ``prefilter``, which run first).

The Rust expression is written from the pattern's parse tree, widened wherever the two engines
could disagree, so that it is a superset:

* assertions are dropped (``\\b``, ``^``, ``$``, lookarounds): dropping a condition only widens;
* lazy, possessive and atomic forms become plain repeats and groups (the same strings match);
* a counted repeat with an upper bound above ``WIDEN_ABOVE`` loses the bound (``[^.]{0,60}`` is
  written ``[^.]{0,}``): counting is states, and large alternations of such gaps made the lazy DFA
  thrash on real text;
* character categories are written so that Rust's holds Python's: ``\\w`` is written as the
  ASCII word characters and every non-ASCII character (Rust's Unicode ``\\w`` is hundreds of
  ranges, and their UTF-8 automata were most of the compiled screens' memory: ~200 MB for the
  ~1,450 screens of the quality checks, ~40 MB written so; on ASCII text nothing changes), ``\\s``
  also takes the separators U+001C..U+001F that Python counts as space; inside a
  negated class only their ASCII members are excluded);
* case-insensitive literals and classes also take the characters Python's ``re`` equates with
  an ASCII letter (``İ``, ``ı``, ``ſ``, the Kelvin sign); negated classes are matched case-
  sensitively (excluding fewer characters);
* a construct with no superset form (backreferences, conditionals) means no prescreen.

``tests/unit/quality/test_prescreen.py`` checks the superset property on every pattern the
quality checks use, over real and generated text.
"""

from __future__ import annotations

import re
import re._constants as sre
import re._parser as sre_parse

from shared.native import NATIVE

# characters Python's IGNORECASE equates with an ASCII letter that simple case folding does not
_EXTRA_FOLDS = {"i": "\u0130\u0131", "s": "\u017f", "k": "\u212a"}  # İ ı, ſ, K (Kelvin)
_MAX_CODE = 0x10FFFF


WIDEN_ABOVE = 3  # counted repeats with a higher upper bound are written unbounded (``_node``)


class NoSuperset(Exception):
    pass


def _char(code: int) -> str:
    if 0xD800 <= code <= 0xDFFF:
        raise NoSuperset("surrogate")
    return chr(code) if chr(code).isascii() and chr(code).isalnum() else f"\\x{{{code:x}}}"


def _ranges_except(excluded: list[tuple[int, int]]) -> str:
    """Class members for every code point outside ``excluded`` (sorted, disjoint ranges)."""
    out, lo = [], 0
    for a, b in excluded:
        if lo < a:
            out.append((lo, a - 1))
        lo = b + 1
    out.append((lo, _MAX_CODE))
    parts = []
    for a, b in out:
        # skip the surrogates, which Rust's classes cannot hold
        for x, y in ((a, min(b, 0xD7FF)), (max(a, 0xE000), b)):
            if x <= y:
                parts.append(f"\\x{{{x:x}}}-\\x{{{y:x}}}" if x < y else f"\\x{{{x:x}}}")
    return "".join(parts)


_ASCII_DIGITS = [(0x30, 0x39)]
_ASCII_SPACE = [(0x09, 0x0D), (0x20, 0x20)]
_ASCII_WORD = [(0x30, 0x39), (0x41, 0x5A), (0x5F, 0x5F), (0x61, 0x7A)]

# a category in a class that is not negated: a superset of Python's members
_POSITIVE = {
    sre.CATEGORY_DIGIT: "\\d",
    sre.CATEGORY_SPACE: "\\s\\x{1c}-\\x{1f}",
    sre.CATEGORY_WORD: "0-9A-Z_a-z\\x{80}-\\x{d7ff}\\x{e000}-\\x{10ffff}",  # not Rust's \\w: see the docstring
    sre.CATEGORY_NOT_DIGIT: _ranges_except(_ASCII_DIGITS),
    sre.CATEGORY_NOT_SPACE: _ranges_except(_ASCII_SPACE),
    sre.CATEGORY_NOT_WORD: _ranges_except(_ASCII_WORD),
}
# a category in a negated class: a subset of Python's members (so fewer are excluded)
_NEGATED = {
    sre.CATEGORY_DIGIT: "0-9",
    sre.CATEGORY_SPACE: "\\t\\n\\x0b\\x0c\\r ",
    sre.CATEGORY_WORD: "0-9A-Z_a-z",
}


def _class(items: list, ignorecase: bool) -> str:
    negated = bool(items) and items[0][0] is sre.NEGATE
    members = []
    for op, av in items[1:] if negated else items:
        if op is sre.LITERAL:
            members.append(_char(av))
        elif op is sre.RANGE:
            lo, hi = av
            members.append(f"{_char(lo)}-{_char(hi)}")
        elif op is sre.CATEGORY:
            table = _NEGATED if negated else _POSITIVE
            if av not in table:
                return "(?s:.)"  # e.g. [^\W]: no subset form; any character is a superset
            members.append(table[av])
        else:
            raise NoSuperset(f"class item {op}")
    if negated:
        return f"[^{''.join(members)}]" if members else "(?s:.)"
    if not members:
        raise NoSuperset("empty class")
    if ignorecase and not _has_word(items):
        # the extra folds, and the ASCII letter itself: Rust's case folding does not take "ı" to "i" (nor "ſ" to
        # "s", "K" to "k"), where Python's IGNORECASE does ("acık" under IGNORECASE matches "acik")
        extra = "".join(_char(ord(c)) for letter, chars in _EXTRA_FOLDS.items() if _holds(items, letter)
                        for c in chars + letter + letter.upper())
        return f"(?i:[{''.join(members)}{extra}])"
    return f"[{''.join(members)}]"


def _has_word(items: list) -> bool:
    """Whether a (not negated) class holds ``\\w``: written as every non-ASCII character and the
    ASCII word characters, it already holds every case variant of its members (ASCII letters vary
    into ASCII letters or non-ASCII ones, non-ASCII characters into those or ASCII letters), and
    Rust's case folding of so wide a class costs ~5 ms a compilation."""
    return any(op is sre.CATEGORY and av is sre.CATEGORY_WORD for op, av in items)


def _holds(items: list, letter: str) -> bool:
    """Whether a (not negated) class holds ``letter`` in either case, or one of its extra folds."""
    codes = {ord(letter), ord(letter.upper()), *map(ord, _EXTRA_FOLDS[letter])}
    for op, av in items:
        if op is sre.LITERAL and av in codes:
            return True
        if op is sre.RANGE and any(av[0] <= c <= av[1] for c in codes):
            return True
    return False


def _literal(code: int, ignorecase: bool) -> str:
    if ignorecase and chr(code).isalpha():
        return _class([(sre.LITERAL, code)], True)
    return _char(code)


def _seq(pattern, flags: int) -> str:
    return "".join(_node(op, av, flags) for op, av in pattern)


def _node(op, av, flags: int) -> str:
    ignorecase = bool(flags & re.IGNORECASE)
    if op is sre.LITERAL:
        return _literal(av, ignorecase)
    if op is sre.NOT_LITERAL:
        return f"[^{_char(av)}]"  # case-sensitive even under IGNORECASE: excludes fewer
    if op is sre.ANY:
        return "(?s:.)" if flags & re.DOTALL else "."
    if op is sre.IN:
        return _class(av, ignorecase)
    if op is sre.BRANCH:
        return "(?:" + "|".join(_seq(p, flags) for p in av[1]) + ")"
    if op is sre.SUBPATTERN:
        _group, add, remove, p = av
        return "(?:" + _seq(p, (flags | add) & ~remove) + ")"
    if op is sre.ATOMIC_GROUP:
        return "(?:" + _seq(av, flags) + ")"
    if op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
        lo, hi, p = av
        body = _seq(p, flags)
        if not body:
            return ""
        # a counted repeat ``{lo,hi}`` becomes ``{lo,}`` (more strings: still a superset): an
        # automaton counts to ``hi`` with ``hi`` copies of the body's states, and a gap like
        # ``[^.!?]{0,60}`` in a large alternation grew the lazy DFA past its cache on real text
        bound = f"{{{lo},}}" if hi is sre.MAXREPEAT or hi > WIDEN_ABOVE else f"{{{lo},{hi}}}"
        return f"(?:{body}){bound}"
    if op in (sre.AT, sre.ASSERT, sre.ASSERT_NOT):
        return ""  # a condition dropped: the match set only grows
    raise NoSuperset(f"no superset form for {op}")


def superset_source(pattern: re.Pattern) -> str | None:
    """A Rust regex source that matches wherever ``pattern`` does (None: no such form)."""
    if isinstance(pattern.pattern, bytes):
        return None
    try:
        tree = sre_parse.parse(pattern.pattern, pattern.flags)
        return _seq(tree, tree.state.flags)
    except (NoSuperset, RecursionError, re.error):
        return None


def alternation_screen(sources) -> object | None:
    """One native prescreen for the alternation of ``sources`` (each a ``superset_source``), or
    None without the native module or when it is beyond the Rust engine's limits."""
    if NATIVE is None:
        return None
    try:
        return NATIVE.Prescreen("|".join(f"(?:{source})" for source in sources))
    except ValueError:
        return None


_PRESCREENS: dict[int, tuple[re.Pattern, object]] = {}


def prescreen(pattern: re.Pattern):
    """The native prescreen of ``pattern`` (cached by identity), or None."""
    entry = _PRESCREENS.get(id(pattern))
    if entry is None or entry[0] is not pattern:
        source = superset_source(pattern) if NATIVE is not None else None
        screen = alternation_screen([source]) if source else None
        entry = _PRESCREENS[id(pattern)] = (pattern, screen)
    return entry[1]


def may_match(pattern: re.Pattern, text: str) -> bool:
    """False only when ``pattern`` cannot match anywhere in ``text``."""
    screen = prescreen(pattern)
    return screen is None or screen.is_match(text)


def found(pattern: re.Pattern, text: str) -> bool:
    """``pattern.search(text) is not None``, with ``re`` run only where the prescreen says a match
    may be: a long alternation that finds nothing in most texts costs ~100 us a search in ``re``
    against ~1 us for the screen's yes or no. (Not ``search`` below: finding where a match starts
    is the Rust engine's slow path, and a pattern that matches early in most texts, such as a
    vocabulary of feelings on counselling text, is then slower than ``re`` alone.)"""
    return may_match(pattern, text) and pattern.search(text) is not None


def holds(pattern: re.Pattern, text: str) -> bool:
    """``pattern.search(text) is not None``, by ``search`` below: ``re`` tried only where the
    superset starts a match. Faster than ``found`` for the long alternations the prescreen lets
    through while ``re`` must then scan the whole text (cue, safety-response and medication
    vocabularies: ~3-10x on counselling text); slower where the superset starts many matches the
    pattern refuses (a feelings vocabulary: keep ``found`` there)."""
    return search(pattern, text) is not None


def leftmost(pattern: re.Pattern, text: str) -> int | None:
    """None when ``pattern`` cannot match anywhere in ``text``; otherwise a position no match of
    it starts before: where the superset's leftmost match starts (0 with no prescreen, as in
    the Python twin). Each node of the pattern is replaced by one matching at least the same
    strings, so a match of the pattern at ``p`` (its characters ``text[p:e]``, the dropped
    assertions seen or not) is a match of the superset at ``p``, and the superset's leftmost
    start is at or before it.

    ``pattern.search(text, pos)`` / ``finditer(text, pos)`` / ``findall(text, pos)`` from there
    give what they give from 0: the scan finds nothing before ``pos`` anyway, and with ``pos``
    (unlike a slice) ``\b``, ``^`` and lookbehinds still see the characters before it."""
    screen = prescreen(pattern)
    if screen is None:
        return 0
    return screen.leftmost_start(text)


def search(pattern: re.Pattern, text: str, tries: int = 8) -> re.Match | None:
    """``pattern.search(text)``: the same match (span and groups; its ``pos`` is where it
    starts), found by trying ``pattern.match`` only where a match can start. Every match of the
    pattern starts where the superset has one (``leftmost``), so the superset's start positions,
    left to right (the leftmost in ``text[q:]`` after each failed one at ``q - 1``), hold the
    pattern's leftmost match start if there is one; ``re`` tries the positions in between too,
    and on a long alternation without a literal prefix (``\\b(?:...)`` under ``IGNORECASE``: every
    position tries every branch) that costs microseconds a character. After ``tries`` failed
    candidates the pattern searches from the last one (as fast as before, never slower than
    ``tries`` extra native scans). Without a prescreen: ``pattern.search(text)``."""
    screen = prescreen(pattern)
    if screen is None:
        return pattern.search(text)
    q = 0
    for _ in range(tries):
        p = screen.leftmost_start(text[q:] if q else text)
        if p is None:
            return None
        q += p
        m = pattern.match(text, q)
        if m is not None:
            return m
        q += 1
        if q > len(text):
            return None
    return pattern.search(text, q)
