"""Cheap tests that prove a regular expression cannot match, so most text skips most patterns.

A ``Guard`` is derived mechanically from a compiled pattern (no hand-kept keyword lists
that drift from the regex): from its parse tree we take

* clauses of literals, each clause a set of strings one of which must occur in any match
  ("suicid", "kill", "my life", ... for the high-risk pattern; both "?" and one of "what",
  "how", ... for an open question), tested on the *folded* text for a case-insensitive
  pattern and on the text as written for a case-sensitive one, and
* the least number of decimal digits a match holds (a phone number needs ten).

Only when every test passes does the pattern itself run, so results are those of the
pattern alone; the guard decides nothing, it only skips work. This is the literal
prefiltering RE2 and Hyperscan do, restricted to what is easy to prove.

Folding: with ``re.IGNORECASE`` an ASCII letter in a pattern also matches its other case
and, in Python's ``re``, "ı"/"İ" (for i) and "ſ" (for s); "K" (Kelvin) lower-cases to "k".
``fold`` maps each character to what such a literal becomes (``tests/unit/quality/
test_fast_prefilter.py`` checks this against every code point), and non-ASCII characters
in case-insensitive patterns are not used as literals.

All literals of all guards go into one Aho-Corasick automaton per form of text
(``pyahocorasick``), so a text is scanned once for every guard rather than once per literal.

With the native core (``dp_native.GuardSet``), every guard is evaluated on a text in one call:
both literal scans (small prefix tables, not an automaton), then each guard's digits and clauses,
giving an int whose bit ``g`` is guard ``g``'s answer (``Folded.passes``). ``Guard.may_match``
is then one bit test and ``Pruned`` takes its branches' bits with a shift, where the Python
twin (``Guard.py_may_match``, ``Pruned.py_keep``) does set and dict bookkeeping per guard and
per text. ``tests/unit/quality/test_native_parity.py`` compares the two on every guard.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from operator import itemgetter
import re._constants as sre
import re._parser as sre_parse
from re._casefix import _EXTRA_CASES

from _sre import unicode_tolower as _tolower

import ahocorasick

from shared.native import NATIVE
from shared.prescreen import prescreen as _screen
from shared.prescreen import alternation_screen, superset_source

_SECOND = itemgetter(1)
_FOLD = (("\u0130", "i"), ("\u0131", "i"), ("\u017f", "s"))
_DIGIT = re.compile(r"\d")
MAX_STRINGS = 64  # cap on the strings a run of literals may expand to


def fold(text: str) -> str:
    """Lower case, plus the few characters ``re.IGNORECASE`` equates with an ASCII letter
    that ``str.lower`` does not map to it."""
    if not text.isascii():
        for char, letter in _FOLD:  # str.replace, not str.translate: ~15x faster
            if char in text:
                text = text.replace(char, letter)
    return text.lower()


# -- necessary literals ---------------------------------------------------------------------

def _literal(code: int, ignorecase: bool) -> str | None:
    """The character as the guard looks for it: as written for a case-sensitive pattern,
    folded (ASCII only) for a case-insensitive one."""
    ch = chr(code)
    if not ignorecase:
        return ch
    return fold(ch) if ch.isascii() else None


def _best(clauses: list[frozenset[str]]) -> frozenset[str] | None:
    """The most selective clause: longest shortest string, then fewest strings."""
    return max(clauses, key=lambda c: (min(map(len, c)), -len(c)), default=None)


def _node(op, av, ignorecase: bool) -> tuple[frozenset[str] | None, list[frozenset[str]]]:
    """(exact strings or None, necessary clauses) for one parse-tree node."""
    if op is sre.LITERAL:
        lit = _literal(av, ignorecase)
        return (frozenset({lit}), []) if lit is not None else (None, [])
    if op is sre.IN:
        if len(av) > 10 or any(o is not sre.LITERAL for o, _ in av):
            return None, []
        lits = {_literal(c, ignorecase) for _, c in av}
        return (frozenset(lits), []) if None not in lits else (None, [])
    if op in (sre.AT, sre.ASSERT, sre.ASSERT_NOT):
        return frozenset({""}), []  # zero width: constrains, consumes nothing
    if op is sre.SUBPATTERN:
        _group, add_flags, del_flags, sub = av
        return _sequence(sub, ignorecase) if not (add_flags or del_flags) else (None, [])
    if op is sre.BRANCH:
        results = [_sequence(branch, ignorecase) for branch in av[1]]
        if all(ex is not None for ex, _ in results):
            union = frozenset().union(*(ex for ex, _ in results))
            if len(union) <= MAX_STRINGS:
                return union, []
        chosen = []
        for ex, clauses in results:
            clause = ex if ex is not None and "" not in ex else _best(clauses)
            if clause is None:
                return None, []
            chosen.append(clause)
        return None, [frozenset().union(*chosen)]
    if op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
        lo, hi, sub = av
        ex, clauses = _sequence(sub, ignorecase)
        if ex is not None and hi == 1:
            return (ex | {""} if lo == 0 else ex), []
        if lo == 0:
            return None, []
        return None, clauses + ([ex] if ex is not None and "" not in ex else [])
    return None, []  # ANY, NOT_LITERAL, categories, back-references: any character


def _sequence(items, ignorecase: bool) -> tuple[frozenset[str] | None, list[frozenset[str]]]:
    clauses: list[frozenset[str]] = []
    run: set[str] | None = {""}  # strings the current stretch of exact nodes can match
    exact = True

    def close() -> None:
        if run and "" not in run:
            clauses.append(frozenset(run))

    for op, av in items:
        ex, sub_clauses = _node(op, av, ignorecase)
        if ex is None:
            exact = False
            close()
            run = {""}
            clauses.extend(sub_clauses)
            continue
        grown = {a + b for a in run for b in ex}
        if len(grown) > MAX_STRINGS:
            exact = False
            close()
            grown = set(ex) if len(ex) <= MAX_STRINGS else {""}
        run = grown
    if exact:
        return frozenset(run), []
    close()
    return None, clauses


def _simplify(clause: frozenset[str]) -> frozenset[str]:
    """Drop strings that contain another string of the clause: implied by it."""
    return frozenset(s for s in clause if not any(t != s and t in s for t in clause))


def necessary_literals(pattern: re.Pattern) -> list[frozenset[str]]:
    """Clauses (sets of strings) such that every match of ``pattern`` contains, for each
    clause, at least one of its strings: folded when the pattern ignores case, as written
    when not. Empty when nothing can be proved."""
    ignorecase = bool(pattern.flags & re.IGNORECASE)
    try:
        tree = sre_parse.parse(pattern.pattern, pattern.flags)
    except Exception:  # a construct this parser version does not know: no prefilter
        return []
    ex, clauses = _sequence(list(tree), ignorecase)
    if ex is not None:
        clauses = [ex] if "" not in ex else []
    out: list[frozenset[str]] = []
    for clause in map(_simplify, clauses):
        if clause not in out:
            out.append(clause)
    return out


def _digits_in(op, av) -> int:
    if op is sre.LITERAL:
        return int(chr(av).isdecimal())
    if op is sre.IN:
        if any(o is sre.NEGATE for o, _ in av):
            return 0
        ok = all((o is sre.CATEGORY and a is sre.CATEGORY_DIGIT) or (o is sre.LITERAL and chr(a).isdecimal())
                 or (o is sre.RANGE and "0" <= chr(a[0]) and chr(a[1]) <= "9") for o, a in av)
        return int(ok)
    if op is sre.SUBPATTERN:
        return min_digits_of(av[3])
    if op is sre.BRANCH:
        return min(min_digits_of(b) for b in av[1])
    if op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
        return av[0] * min_digits_of(av[2])
    return 0


def min_digits_of(items) -> int:
    return sum(_digits_in(op, av) for op, av in items)


def min_digits(pattern: re.Pattern) -> int:
    """The least number of decimal digits (``\\d``) any match of ``pattern`` holds."""
    try:
        return min_digits_of(sre_parse.parse(pattern.pattern, pattern.flags))
    except Exception:
        return 0


# -- one scan for every guard's literals ----------------------------------------------------

class Lexicon:
    """Every multi-character literal of the guards on one form of text (folded, or as
    written for case-sensitive patterns), found in a text in one Aho-Corasick pass."""

    def __init__(self, slot: int, raw: bool) -> None:
        self.slot, self.raw = slot, raw
        self.ids: dict[str, int] = {}
        self._automaton = None  # dp_native.Literals, or an ahocorasick.Automaton without it
        # whether a literal holds a newline (then a joined text must be scanned itself)
        self.spans_lines = False

    @property
    def version(self) -> int:
        """Grows with every new literal: scans made before it may miss that literal."""
        return len(self.ids)

    def id(self, literal: str) -> int:
        if literal not in self.ids:
            self.ids[literal] = len(self.ids)
            self._automaton = None
            self.spans_lines = self.spans_lines or "\n" in literal
        return self.ids[literal]

    def scan(self, text: str) -> set[int]:
        if not self.ids:
            return set()
        automaton = self._automaton
        if automaton is None:
            if NATIVE is not None:  # ids are 0..n-1 in insertion order: the list's indices
                automaton = self._automaton = NATIVE.Literals(list(self.ids))
            else:
                automaton = self._automaton = ahocorasick.Automaton(ahocorasick.STORE_INTS)
                for literal, i in self.ids.items():
                    automaton.add_word(literal, i)
                automaton.make_automaton()
        if NATIVE is not None:
            return automaton.scan(text)
        return set(map(_SECOND, automaton.iter(text)))  # map in C: ~2x the set comprehension


FOLDED = Lexicon(0, raw=False)
RAW = Lexicon(1, raw=True)

# dp_native.GuardSet (an older build of dp_native may lack it: then the Python twins run)
NATIVE_GUARDS = NATIVE is not None and hasattr(NATIVE, "GuardSet") and hasattr(NATIVE, "ascii_digits")


class GuardTable:
    """Every ``Guard`` made, in order (bit ``g`` of ``Folded.passes`` is ``guards[g]``), and
    the native ``GuardSet`` over them, rebuilt when guards are added."""

    def __init__(self) -> None:
        self.guards: list[Guard] = []
        self.native = None  # a dp_native.GuardSet over self.guards[:self.built]
        self.built = -1
        self.spans_lines = False  # a literal (or clause character) holds a newline

    def add(self, guard: Guard) -> int:
        self.guards.append(guard)
        return len(self.guards) - 1

    def current(self):
        """The native set over every guard (rebuilt when guards were added: while the checks
        meet their patterns, in the first conversations, ~1 ms each time)."""
        if self.built != len(self.guards):
            self._build()
        return self.native

    def _build(self) -> None:
        literals = (list(FOLDED.ids), list(RAW.ids))
        chars: tuple[dict[str, int], dict[str, int]] = ({}, {})  # clause characters, as literals too
        specs = []
        for g in self.guards:
            raw = int(g.lexicon.raw)
            clauses = []
            for ids, cs in g.clauses:
                clause = list(ids)
                for c in cs:
                    if c not in chars[raw]:
                        chars[raw][c] = len(literals[raw])
                        literals[raw].append(c)
                    clause.append(chars[raw][c])
                clauses.append(clause)
            # an empty clause can never be satisfied (``py_may_match``): no text has 2**63 digits
            specs.append((g.min_digits, bool(raw), clauses) if all(clauses) else (1 << 63, bool(raw), []))
        self.native = NATIVE.GuardSet(*literals, specs)
        self.spans_lines = any("\n" in s for lits in literals for s in lits)
        self.built = len(self.guards)


GUARDS = GuardTable()
_GUARD_LIST = GUARDS.guards  # the same list (``len`` of it: how many guards exist)


_MISSING = object()


class Folded:
    """A text, its folded form, and the guard literals in each, found once (lazily)."""

    __slots__ = ("text", "low", "_hits", "_versions", "_digits", "_parts", "_found", "_found_in", "_passes",
                 "_passes_of", "memo")

    def __init__(self, text: str | None = None, *, parts: tuple[Folded, ...] = ()) -> None:
        # fold("\n".join(ts)) == "\n".join(map(fold, ts)): folding is per character (a newline
        # is neither cased nor case-ignorable, so it ends final-sigma context like a string end)
        if text is not None:
            self.text, self.low = text, fold(text)
        else:
            self.text, self.low = "\n".join(p.text for p in parts), "\n".join(p.low for p in parts)
        self._parts = parts
        # the Python twin's literal hits per lexicon (``hits``), made on first use: with the native
        # core they never are, and three containers a text (~45k texts per 3,000 conversations) cost
        self._hits: list[set[int]] | None = None
        self._versions: list[int] | None = None
        self._digits: int | None = None
        self._found = self._found_in = self._passes = None
        self._passes_of = -1  # how many guards ``_passes`` covers
        self.memo: dict | None = None  # other functions of the text alone (``remembered``)

    def remembered(self, key: str, make):
        """``make()``, a function of this text alone, made once and kept with it under ``key``: a
        text's ``Folded`` form is shared by a batch's conversations and kept from one batch to the
        next (``services.quality.assessor.TextMemo``), and so is what is kept here."""
        memo = self.memo
        if memo is None:
            memo = self.memo = {}
        found = memo.get(key, _MISSING)
        if found is _MISSING:
            found = memo[key] = make()
        return found

    @classmethod
    def joined(cls, parts: tuple[Folded, ...]) -> Folded:
        return parts[0] if len(parts) == 1 else cls(parts=parts)

    def hits(self, lexicon: Lexicon) -> set[int]:
        """Ids of the lexicon's literals that occur in the text (its form for the lexicon)."""
        i = lexicon.slot
        if self._versions is None:
            self._hits, self._versions = [set(), set()], [-1, -1]
        if self._versions[i] != lexicon.version:  # first use, or guards were added since
            self._versions[i] = lexicon.version
            if self._parts and not lexicon.spans_lines:
                self._hits[i] = set().union(*(p.hits(lexicon) for p in self._parts))
            else:
                self._hits[i] = lexicon.scan(self.text if lexicon.raw else self.low)
        return self._hits[i]

    @property
    def digits(self) -> int:
        if self._digits is None:
            if self._parts:
                self._digits = sum(p.digits for p in self._parts)
            else:
                n = NATIVE.ascii_digits(self.text) if NATIVE_GUARDS else -1  # -1: not ASCII
                self._digits = n if n >= 0 else len(_DIGIT.findall(self.text))
        return self._digits

    def passes(self) -> int:
        """Every guard's ``may_match`` on this text at once (native): bit ``g`` is set when
        ``GUARDS.guards[g]`` passes."""
        if self._passes_of != len(GUARDS.guards):
            table = GUARDS.current()
            if self._parts and not GUARDS.spans_lines:
                found = [p._scan(table) for p in self._parts]
            else:
                found = [self._scan(table)]
            self._passes = table.passes(found, self.digits)
            self._passes_of = GUARDS.built
        return self._passes

    def _scan(self, table):
        if self._found_in is not table:
            self._found, self._found_in = table.scan(self.text, self.low), table
        return self._found


def prescan(texts) -> None:
    """Find the guard literals of these texts now, one after another (natively; what
    ``Folded.passes`` would find for each later, one at a time between other work). The lexicons'
    tables then stay in the cache from one text to the next: in the checks' order, where language
    ID and the regexes run between two scans, a scan cost ~2.5x as much. A joined text reads its
    parts' literals (``Folded.passes``), so only single texts are scanned. (When a literal holds a
    newline, joined texts are scanned whole instead, but a single text's scan is its own either way:
    until the thirty-third session this returned then without scanning, and the PII site pattern's
    "\n" made that every time, so each message was scanned in the checks' order.)"""
    if not NATIVE_GUARDS:
        return
    table = GUARDS.current()
    for folded in texts:
        if not folded._parts and folded._found_in is not table:
            folded._found, folded._found_in = table.scan(folded.text, folded.low), table


class Guard:
    """Whether ``pattern`` could match a text; False is a proof that it cannot."""

    __slots__ = ("pattern", "lexicon", "clauses", "min_digits", "gid")

    def __init__(self, pattern: re.Pattern) -> None:
        self.pattern = pattern
        self.min_digits = min_digits(pattern)
        # a case-sensitive pattern's literals are looked for as written: "St" (an address),
        # not "st" (in every "just")
        self.lexicon = FOLDED if pattern.flags & re.IGNORECASE else RAW
        self.clauses: list[tuple[frozenset[int], tuple[str, ...]]] = []
        for clause in necessary_literals(pattern):
            chars = tuple(sorted(s for s in clause if len(s) == 1))
            ids = frozenset(self.lexicon.id(s) for s in clause if len(s) > 1)
            self.clauses.append((ids, chars))
        self.gid = GUARDS.add(self)

    def native_may_match(self, folded: Folded) -> bool:
        # ``folded.passes()``, its cached answer read here when it covers every guard (the
        # common case: ~25 calls per message in PII alone, one Python call less each)
        if folded._passes_of == len(_GUARD_LIST):
            return folded._passes >> self.gid & 1 == 1
        return folded.passes() >> self.gid & 1 == 1

    def py_may_match(self, folded: Folded) -> bool:
        """``may_match`` in Python (the native one's twin)."""
        if self.min_digits and folded.digits < self.min_digits:
            return False
        text = folded.text if self.lexicon.raw else folded.low
        for ids, chars in self.clauses:
            if ids and not ids.isdisjoint(folded.hits(self.lexicon)):
                continue
            if not any(c in text for c in chars):
                return False
        return True

    may_match = native_may_match if NATIVE_GUARDS else py_may_match


# Keyed by the pattern's identity, not its hash: hashing a compiled pattern hashes its whole
# code (~180 us for the risk alternation), on every call. The guard holds the pattern, so
# its id stays its own.
_GUARDS: dict[int, Guard] = {}


def guard(pattern: re.Pattern) -> Guard:
    g = _GUARDS.get(id(pattern))
    if g is None or g.pattern is not pattern:
        g = _GUARDS[id(pattern)] = Guard(pattern)
    return g


# -- pruning the alternatives of a large alternation -----------------------------------------

def _structure(source: str, start: int = 0) -> Iterator[tuple[int, str]]:
    """(position, character) of each character of ``source`` from ``start`` that is outside
    escapes and character classes (where ``(``, ``)`` and ``|`` are regex structure)."""
    i, n = start, len(source)
    while i < n:
        c = source[i]
        if c == "\\":
            i += 2
            continue
        if c == "[":  # a class: "]" right after "[" or "[^" is a literal
            i += 1
            if i < n and source[i] == "^":
                i += 1
            if i < n and source[i] == "]":
                i += 1
            while i < n and source[i] != "]":
                i += 2 if source[i] == "\\" else 1
        else:
            yield i, c
        i += 1


def _split_top(source: str) -> list[str]:
    """``source`` cut at its top-level ``|`` (outside groups, classes and escapes)."""
    parts, depth, start = [], 0, 0
    for i, c in _structure(source):
        if c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
        elif c == "|" and depth == 0:
            parts.append(source[start:i])
            start = i + 1
    parts.append(source[start:])
    return parts


_PREFIX = re.compile(r"((?:\\b)*)\(\?:")


def alternatives(pattern: re.Pattern) -> list[str]:
    """The pattern's source as a list of alternatives whose ordered alternation is the pattern:
    its top-level branches, or for ``\\b(?:A|B|...)`` (a zero-width prefix and one non-capturing
    group that ends the pattern) ``\\b(?:A)``, ``\\b(?:B)``, ... A pattern with groups is one
    alternative (splitting would renumber them)."""
    source = pattern.pattern
    if pattern.groups:
        return [source]
    parts = _split_top(source)
    if len(parts) > 1:
        return parts
    m = _PREFIX.match(source)
    suffix = ""
    body = source
    while body.endswith("\\b") and not body.endswith("\\\\b"):
        body, suffix = body[:-2], suffix + "\\b"
    if m and body.endswith(")") and _closes_at_end(body, m.end() - 3):
        inner = _split_top(body[m.end():-1])
        if len(inner) > 1:
            return [f"{m.group(1)}(?:{p}){suffix}" for p in inner]
    return [source]


def _closes_at_end(source: str, open_at: int) -> bool:
    """Whether the group opened at ``open_at`` closes at the last character."""
    depth = 0
    for i, c in _structure(source, open_at):
        if c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
            if depth == 0:
                return i == len(source) - 1
    return False


# uses of a set of several kept branches after which it gets one prescreen of its own
# (``Pruned._entry``): building one costs about what ~1,000 uses save
HOT_USES = 1_000

# the only characters above ASCII that ``re`` matches to an ASCII character (under ``IGNORECASE``:
# "İ"/"ı" to i, "ſ" to s, Kelvin's "K" to k; checked against every code point in
# ``tests/unit/shared/test_prefilter_non_ascii_thirty_two_perfq32.py``)
_FOLDS_TO_ASCII = frozenset((0x130, 0x131, 0x17F, 0x212A))


def _needs_non_ascii_of(items) -> bool:
    """Whether every match of the parsed sequence ``items`` holds a character above ASCII: a literal
    of it (one that matches no ASCII character, whatever the flags) is one of its required nodes."""
    for op, av in items:
        if op is sre.LITERAL:
            if av > 127 and av not in _FOLDS_TO_ASCII:
                return True
        elif op is sre.IN:  # a class of such literals and ranges alone ("(?:é|ü)" is parsed as one)
            if av and all((o is sre.LITERAL and a > 127 and a not in _FOLDS_TO_ASCII)
                          or (o is sre.RANGE and a[0] > 127 and not any(a[0] <= c <= a[1] for c in _FOLDS_TO_ASCII))
                          for o, a in av):
                return True
        elif op is sre.SUBPATTERN:
            if _needs_non_ascii_of(av[3]):
                return True
        elif op is sre.BRANCH:
            if all(_needs_non_ascii_of(b) for b in av[1]):
                return True
        elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
            if av[0] >= 1 and _needs_non_ascii_of(av[2]):
                return True
    return False  # anything else (classes, lookarounds, ...) proves nothing


def needs_non_ascii(pattern: re.Pattern) -> bool:
    """True only when ``pattern`` cannot match in an ASCII text (``str.isascii``, O(1)): a cheap
    necessary condition for the alternatives written in other scripts ("很好", "लगे रहो"), whose
    guards take no literal (non-ASCII literals of case-insensitive patterns are not used) and which
    the native prescreen otherwise answers one call each on every text."""
    if isinstance(pattern.pattern, bytes):
        return False
    try:
        return _needs_non_ascii_of(sre_parse.parse(pattern.pattern, pattern.flags))
    except Exception:
        return False


def _keys(code: int, ignorecase: bool) -> frozenset[int] | None:
    """What a text character must be, as ``non_ascii_chars`` holds it, to match the literal ``code``:
    the character itself (case-sensitive); under ``IGNORECASE``, ``re``'s simple lower case of it and
    the characters ``re`` equates with that (``re._casefix``), matched against the text's characters'
    lower case (``re._compiler``: a cased literal becomes LITERAL_UNI_IGNORE, ``lower(c) == lo``, or
    IN_UNI_IGNORE over ``(lo,) + fixes[lo]``; an uncased one stays itself, and is its own lower
    case). None when a key is ASCII (the text's ASCII characters are not collected)."""
    if not ignorecase:
        return frozenset((code,))
    lo = _tolower(code)
    keys = frozenset((lo,) + _EXTRA_CASES.get(lo, ()))
    return keys if min(keys) > 127 else None


def _required_non_ascii_of(items, ignorecase: bool) -> frozenset[int] | None:
    """A set of non-ASCII characters (``_keys``) one of which every match of the parsed sequence
    ``items`` holds, or None: a required literal's keys, or a required class of literals' (no
    ranges), or the union of every alternative's of a required branch."""
    for op, av in items:
        found = None
        if op is sre.LITERAL:
            if av > 127 and av not in _FOLDS_TO_ASCII:
                found = _keys(av, ignorecase)
        elif op is sre.IN:
            if av and all(o is sre.LITERAL and a > 127 and a not in _FOLDS_TO_ASCII for o, a in av):
                keys = [_keys(a, ignorecase) for _, a in av]
                found = frozenset().union(*keys) if None not in keys else None
        elif op is sre.SUBPATTERN:
            if not (av[1] or av[2]):  # no inline flags
                found = _required_non_ascii_of(av[3], ignorecase)
        elif op is sre.BRANCH:
            keys = [_required_non_ascii_of(b, ignorecase) for b in av[1]]
            found = frozenset().union(*keys) if keys and None not in keys else None
        elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
            if av[0] >= 1:
                found = _required_non_ascii_of(av[2], ignorecase)
        if found is not None:
            return found
    return None


def required_non_ascii(pattern: re.Pattern) -> tuple[bool, frozenset[int]] | None:
    """(whether to read the text's lower-cased characters, a set of non-ASCII characters one of which
    is in every match of ``pattern``), or None when none can be named: a necessary condition for the
    alternatives written in other scripts on a text that is not ASCII (``needs_non_ascii`` rules them
    out on ASCII text; on the rest, most texts are English with a curly quote or a dash), checked
    against ``non_ascii_chars`` of the text instead of a native prescreen call each."""
    if isinstance(pattern.pattern, bytes) or pattern.flags & re.LOCALE:
        return None
    try:
        tree = sre_parse.parse(pattern.pattern, pattern.flags)
    except Exception:
        return None
    ignorecase = bool(tree.state.flags & re.IGNORECASE)
    found = _required_non_ascii_of(tree, ignorecase)
    return None if found is None else (ignorecase, found)


def non_ascii_chars(folded: Folded) -> tuple[frozenset[int], frozenset[int]]:
    """The text's characters above ASCII, as they are and in ``re``'s simple lower case
    (``_tolower``), found once per text (``Folded.remembered``)."""
    def make():
        exact = frozenset(ord(c) for c in set(folded.text) if c > "\x7f")
        return exact, frozenset(map(_tolower, exact))
    return folded.remembered("non_ascii_chars", make)


class Pruned:
    """A large alternation ``A|B|C|...`` run on a text as the alternation of only those
    alternatives whose guard cannot rule them out in it. Ordered alternation tries the
    alternatives left to right at each position; one that cannot match anywhere in the text
    never wins a position, so dropping it leaves every match (``search``, ``finditer``,
    ``findall``) as it was. Patterns with capture groups are not split."""

    __slots__ = ("pattern", "branches", "_compiled", "_ids", "_by_id", "_need", "_free", "_slow",
                 "_single", "_multi", "_lo", "_full", "_by_mask", "_sources", "_non_ascii_of", "_required_of")

    def __init__(self, pattern: re.Pattern) -> None:
        self.pattern = pattern
        parts = alternatives(pattern)
        flags = pattern.flags & ~re.UNICODE
        self.branches: list[Guard] = []
        if len(parts) > 1:
            try:
                compiled = [re.compile(p, flags) for p in parts]
            except re.error:  # a construct the split cannot carry (inline global flags): run it whole
                compiled = []
            self.branches = [Guard(c) for c in compiled]
        self._compiled: dict[tuple[int, ...], re.Pattern | None] = {}
        # natively: the branches' guards are consecutive, so their bits of ``Folded.passes`` are
        # one shift and mask away; the pattern to run is cached by that mask
        gids = [g.gid for g in self.branches]
        self._lo = gids[0] if gids and gids == list(range(gids[0], gids[0] + len(gids))) else -1
        self._full = (1 << len(gids)) - 1
        # the ``_entry`` of each set of kept branches: by guard mask natively, by ``keep`` else
        self._by_mask: dict[int | tuple[int, ...], list | None] = {}
        self._sources: dict[int, str | None] = {}  # branch -> its superset source, for ``_combine``
        self._non_ascii_of: dict[int, bool] = {}  # branch -> ``needs_non_ascii``, for ``_entry``
        self._required_of: dict[int, tuple | None] = {}  # branch -> ``required_non_ascii``, for ``_entry``
        # ``Guard.may_match`` of every branch at once: a branch whose clauses are all literals of
        # the folded lexicon passes when each of its clauses has a literal among the text's hits
        # (``_by_id``: literal -> the (branch, clause) pairs it satisfies); the others
        # (characters, digits, case-sensitive literals) ask their guard.
        self._by_id: dict[int, list[tuple[int, int]]] = {}
        self._need: dict[int, int] = {}  # branch -> clauses it has (all literal ones), 2 or more
        self._single: dict[int, set[int]] = {}  # literal -> the one-clause branches it passes
        self._free: list[int] = []  # branches with no clause: always kept
        self._slow: list[int] = []
        for b, g in enumerate(self.branches):
            if g.min_digits or g.lexicon.raw or any(chars for _, chars in g.clauses) \
                    or any(not ids for ids, _ in g.clauses):
                self._slow.append(b)
            elif not g.clauses:
                self._free.append(b)
            elif len(g.clauses) == 1:  # most: one clause, passes when one of its literals is hit
                for i in g.clauses[0][0]:
                    self._single.setdefault(i, set()).add(b)
            else:
                self._need[b] = len(g.clauses)
                for k, (ids, _) in enumerate(g.clauses):
                    for i in ids:
                        self._by_id.setdefault(i, []).append((b, k))
        self._multi = bool(self._need)
        self._ids = frozenset(self._by_id) | frozenset(self._single)

    def _chosen(self, folded: Folded) -> list | None:
        """The alternatives ``folded`` may hold, as an ``_entry`` list (None: the guards rule
        every one out)."""
        if NATIVE_GUARDS and self._lo >= 0:
            mask = folded._passes if folded._passes_of == len(_GUARD_LIST) else folded.passes()
            try:
                return self._by_mask[mask >> self._lo & self._full]
            except KeyError:
                mask = mask >> self._lo & self._full
                out = self._by_mask[mask] = self._entry(tuple(i for i in range(len(self.branches))
                                                              if mask >> i & 1))
                return out
        if not self.branches:
            return self._entry(()) if guard(self.pattern).may_match(folded) else None
        keep = self.keep(folded)
        try:
            return self._by_mask[keep]
        except KeyError:
            out = self._by_mask[keep] = self._entry(keep)
            return out

    def _entry(self, keep: tuple[int, ...]) -> list | None:
        """``[pattern, prescreen, pairs, uses]`` for the branches ``keep`` (``()``: the unsplit
        pattern). One branch (or the unsplit pattern): its own pattern and prescreen. Several:
        at first no pattern, and ``pairs``, each kept branch with its own prescreen (built once
        per branch), tried one by one (on an ASCII text, a fifth item: the pairs whose branch can
        match one, ``needs_non_ascii``: most sets keep the branches in other scripts, which no
        literal guards); once the set has been met ``HOT_USES`` times, their
        alternation and one prescreen for it (``_combine``). A prescreen per set built at
        once cost ~3 ms each in Rust and Python, for hundreds of sets met once or twice over a
        few thousand new conversations; one call per branch costs ~1 us more per text."""
        if not self.branches:
            return [self.pattern, _screen(self.pattern), (), 0]
        if not keep:
            return None
        if len(keep) == 1:
            branch = self.branches[keep[0]].pattern
            return [branch, _screen(branch), (), 0]
        pairs = tuple((b, _screen(self.branches[b].pattern)) for b in keep)
        # on a text that is not ASCII, the pairs with a required non-ASCII character, tried only when the
        # text holds one (``required_non_ascii``; None: no pair has one)
        screened = tuple((pair, self._required(pair[0])) for pair in pairs)
        if all(required is None for _, required in screened):
            screened = None
        # the pairs an ASCII text can match (``needs_non_ascii``: the others cannot match it)
        return [None, None, pairs, 0, tuple(pair for pair in pairs if not self._non_ascii(pair[0])), screened]

    def _required(self, b: int) -> tuple | None:
        """``required_non_ascii`` of branch ``b``, found once."""
        try:
            return self._required_of[b]
        except KeyError:
            found = self._required_of[b] = required_non_ascii(self.branches[b].pattern)
            return found

    @staticmethod
    def _pairs(entry: list, folded: Folded) -> tuple | list:
        """The pairs of a several-branch ``entry`` that may match ``folded.text``: on an ASCII text
        those ``needs_non_ascii`` leaves; on another, those whose required non-ASCII characters (if
        any) the text holds."""
        text = folded.text
        if text.isascii():
            return entry[4]
        screened = entry[5]
        if screened is None:
            return entry[2]
        exact, lower = non_ascii_chars(folded)
        return [pair for pair, required in screened
                if required is None or not required[1].isdisjoint(lower if required[0] else exact)]

    def _source(self, b: int) -> str | None:
        """``superset_source`` of branch ``b``, found once."""
        try:
            return self._sources[b]
        except KeyError:
            found = self._sources[b] = superset_source(self.branches[b].pattern)
            return found

    def _non_ascii(self, b: int) -> bool:
        """``needs_non_ascii`` of branch ``b``, found once."""
        found = self._non_ascii_of.get(b)
        if found is None:
            found = self._non_ascii_of[b] = needs_non_ascii(self.branches[b].pattern)
        return found

    def _combine(self, entry: list) -> None:
        """Give ``entry`` (several branches) its alternation and that alternation's prescreen,
        written from the branches' own superset sources (``prescreen.alternation_screen``)."""
        keep = tuple(b for b, _ in entry[2])
        sources = [self._source(b) for b in keep]
        entry[1] = alternation_screen(sources) if all(sources) else None
        entry[0] = self._pattern(keep)

    def select(self, folded: Folded) -> re.Pattern | None:
        """The pattern to run on ``folded.text`` (None: nothing can match)."""
        entry = self._chosen(folded)
        if entry is None:
            return None
        pattern = entry[0]
        if pattern is not None:
            screen = entry[1]
            return pattern if screen is None or screen.is_match(folded.text) else None
        entry[3] += 1
        if entry[3] >= HOT_USES:
            self._combine(entry)
            return self.select(folded)
        text = folded.text
        return self._pattern(tuple([b for b, screen in self._pairs(entry, folded)
                                    if screen is None or screen.is_match(text)]))

    def locate(self, folded: Folded) -> tuple[re.Pattern, int] | None:
        """``select``, and a position no match of the selected pattern in ``folded.text`` starts
        before (``prescreen.leftmost``; of several branches' prescreens, the least): run it as
        ``search(text, pos)``, ``finditer(text, pos)`` or ``findall(text, pos)`` (None: nothing
        can match)."""
        entry = self._chosen(folded)
        if entry is None:
            return None
        pattern = entry[0]
        if pattern is not None:
            screen = entry[1]
            if screen is None:
                return pattern, 0
            pos = screen.leftmost_start(folded.text)
            return None if pos is None else (pattern, pos)
        entry[3] += 1
        if entry[3] >= HOT_USES:
            self._combine(entry)
            return self.locate(folded)
        text = folded.text
        kept: list[int] = []
        least = None
        for b, screen in self._pairs(entry, folded):
            if screen is None:
                pos = 0
            else:
                pos = screen.leftmost_start(text)
                if pos is None:
                    continue
            kept.append(b)
            if least is None or pos < least:
                least = pos
        return None if least is None else (self._pattern(tuple(kept)), least)

    def _pattern(self, keep: tuple[int, ...]) -> re.Pattern | None:
        """The alternation of the branches ``keep`` (None: no branch), compiled once."""
        try:
            out = self._compiled[keep]
        except KeyError:
            if not keep:
                out = None
            elif len(keep) == 1:
                out = self.branches[keep[0]].pattern
            elif len(keep) == len(self.branches):
                out = self.pattern
            else:
                out = re.compile("|".join(self.branches[i].pattern.pattern for i in keep),
                                 self.pattern.flags & ~re.UNICODE)
            self._compiled[keep] = out
        return out

    def keep(self, folded: Folded) -> tuple[int, ...]:
        """The branches whose guard passes on ``folded``, in order (equal to
        ``tuple(i for i, g in enumerate(self.branches) if g.may_match(folded))``)."""
        if NATIVE_GUARDS:
            bits = folded.passes()
            return tuple(i for i, g in enumerate(self.branches) if bits >> g.gid & 1)
        return self.py_keep(folded)

    def py_keep(self, folded: Folded) -> tuple[int, ...]:
        """``keep`` in Python: set and dict bookkeeping over the literals the text holds."""
        found = self._ids.intersection(folded.hits(FOLDED))
        keep: list[int] = []
        if found:
            single = self._single
            keep.extend(set().union(*[single[i] for i in found if i in single]))
            if self._multi:
                satisfied: set[tuple[int, int]] = set()
                by_id = self._by_id
                for i in found:
                    satisfied.update(by_id.get(i, ()))
                count: dict[int, int] = {}
                for b, _ in satisfied:
                    count[b] = count.get(b, 0) + 1
                need = self._need
                keep += [b for b, n in count.items() if n == need[b]]
        keep += self._free
        keep += [b for b in self._slow if self.branches[b].py_may_match(folded)]
        keep.sort()
        return tuple(keep)


_PRUNED: dict[int, Pruned] = {}


def pruned(pattern: re.Pattern) -> Pruned:
    """The ``Pruned`` form of ``pattern``, made once (keyed by identity, like ``guard``)."""
    p = _PRUNED.get(id(pattern))
    if p is None or p.pattern is not pattern:
        p = _PRUNED[id(pattern)] = Pruned(pattern)
    return p


def build_screens() -> int:
    """Build now the native prescreen of every pruned alternation made so far and of each of its
    branches, which ``Pruned._entry`` otherwise builds the first time a text keeps that branch
    (~2-4 ms each, Rust regex compilation and the Python superset source). The quality service's
    warm-up calls it once the checks' alternations exist: a fresh replica's first thousands of
    conversations then pay none of it (on CounselChat, ~190 builds and ~0.7 CPU-s in the first
    20,000), at the price of ~1,200 builds (~2.5 s) at start-up. Changes no match. Returns the
    number of patterns it holds a prescreen for (None included).

    It also reads each branch's pattern once for what ``Pruned._entry`` and ``Pruned._combine`` ask of
    it the first time a text keeps it (``needs_non_ascii``, ``required_non_ascii``, ``superset_source``:
    a parse of the branch each, ~0.3 CPU-s over the first 20,000 CounselChat conversations otherwise);
    the answers are those the first text would have found."""
    patterns = []
    for p in list(_PRUNED.values()):
        patterns.append(p.pattern)
        patterns += [g.pattern for g in p.branches]
        for b in range(len(p.branches)):
            p._non_ascii(b)
            p._required(b)
            p._source(b)
    for pattern in patterns:
        _screen(pattern)
    return len(patterns)
