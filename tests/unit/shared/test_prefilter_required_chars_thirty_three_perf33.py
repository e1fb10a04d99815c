"""perf33: ``prefilter.required_non_ascii``, the necessary condition ``Pruned`` asks before trying an
alternative in another script on a text that is not ASCII (most such texts are English with a curly quote
or a dash, where each such branch was one native prescreen call): a set of characters above ASCII one of
which every match holds, looked up in the text's own characters (``non_ascii_chars``), lower-cased as
``re`` lower-cases them under ``IGNORECASE``."""

from __future__ import annotations

import re

import _sre
import pytest

from shared.prefilter import (
    Folded,
    _keys,
    non_ascii_chars,
    pruned,
    required_non_ascii,
)

# every code point but the surrogates, one string: ``re.finditer`` of a literal over it is every
# character ``re`` matches to that literal
_EVERY = "".join(chr(c) for c in range(0x110000) if not 0xD800 <= c <= 0xDFFF)

# cased letters with extra cases in ``re`` (sigma, micro, sharp s, Angstrom, Ohm, Greek symbols),
# Cyrillic, Greek, Turkish and Vietnamese letters, and uncased ones (CJK, Devanagari, Hebrew, Hangul)
_TRICKY = "ΣσςµμßẞÅåΩωθϑβϐΚκϰπϖΦφϕЖжЁёЪъçÇşŞğĞöÖüÜđĐăĂêÊơƠưƯ很好吐लरहוםשל한국ÿŸǅǆǄǈǉǋ"


@pytest.mark.parametrize("char", list(_TRICKY))
def test_every_character_re_matches_to_a_literal_has_one_of_its_keys(char):
    """The keys of a literal are a superset: every code point ``re`` matches to it (case-sensitive, and
    under ``IGNORECASE``), lower-cased as ``non_ascii_chars`` does, is among them."""
    for flags, ignorecase in ((0, False), (re.IGNORECASE, True)):
        keys = _keys(ord(char), ignorecase)
        assert keys is not None
        matched = {ord(m.group(0)) for m in re.finditer(re.escape(char), _EVERY, flags)}
        assert ord(char) in matched
        seen = {_sre.unicode_tolower(d) if ignorecase else d for d in matched}
        assert seen <= keys, (char, flags, seen - keys)


def test_the_literals_of_the_checks_alternations_have_sound_keys():
    """The same, for every character above ASCII that is a key of a branch of the quality checks'
    pruned alternations (the ones ``Pruned`` screens)."""
    from services.quality.assessor import Assessor
    from services.quality.warmup import warm_up
    from shared import prefilter

    warm_up(Assessor())
    chars: dict[int, bool] = {}
    for p in list(prefilter._PRUNED.values()):
        for g in p.branches:
            found = required_non_ascii(g.pattern)
            if found is not None:
                for key in found[1]:
                    chars[key] = chars.get(key, False) or found[0]
    assert len(chars) > 50
    # the cased ones (where lower case matters) all, and every eighth uncased one
    cased = sorted(c for c in chars if _sre.unicode_iscased(c))
    sample = cased + sorted(set(chars) - set(cased))[::8]
    for c in sample[:400]:
        for flags, ignorecase in ((0, False), (re.IGNORECASE, True)):
            keys = _keys(c, ignorecase)
            if keys is None:
                continue
            for m in re.finditer(re.escape(chr(c)), _EVERY, flags):
                d = ord(m.group(0))
                assert (_sre.unicode_tolower(d) if ignorecase else d) in keys, (chr(c), chr(d), flags)


@pytest.mark.parametrize("source, expected", [
    ("很好", "很"), ("(?:très|trés) bien", "èé"), ("x(?:é|ü)y", "éü"), ("[éü]z", "éü"), ("лагерь", "л"),
    (r"\bхватит (?:ныть|жаловаться)", "х"), ("(?:ab)?ש+", "ש"), ("a(?:b|ç)", None), ("é?x", None),
    ("[\u0400-\u04ff]", None), ("[^é]", None), ("ſ", None), ("\u212a", None), ("(?i:é)", None),
])
def test_required_characters(source, expected):
    for flags in (0, re.IGNORECASE):
        found = required_non_ascii(re.compile(source, flags))
        if expected is None:
            assert found is None
            continue
        ignorecase, keys = found
        assert ignorecase == bool(flags)
        assert keys == frozenset().union(*(_keys(ord(c), ignorecase) for c in expected))


def test_non_ascii_chars_are_the_text_s_own_and_their_lower_case():
    exact, lower = non_ascii_chars(Folded("Don’t — ΣΟΦΊΑ said Ёж"))
    assert exact == {ord(c) for c in "’—ΣΟΦΊΑЁ"} | {ord("ж")}
    assert lower == {_sre.unicode_tolower(c) for c in exact}
    assert ord("σ") in lower and ord("ё") in lower
    assert non_ascii_chars(Folded("plain ascii")) == (frozenset(), frozenset())


def test_pruned_gives_the_same_matches_with_the_required_characters_screen():
    """Alternations with branches in other scripts (cased and not), on texts in those scripts in either
    case, on English with curly quotes, and on the characters ``re`` equates (final sigma, micro sign,
    Angstrom, the Kelvin sign): the selection's matches are the whole pattern's."""
    sources = [
        r"\b(?:keep (?:it up|going)|great job)\b|很好|继续坚持|लगे रहो|\bbravo,? très bien\b|\bwell done\b|"
        r"\bхватит ныть\b|\bσοφία\b|μg|\bçok güzel\b|ångström|\bstraße\b|ſo good|\bdobrze\b",
        r"\b(?:such discipline|хватит (?:ныть|жаловаться)|birkaç gün ara ver\w*|ΣΤΟΠ|ω+)",
    ]
    texts = ["Don’t stop — keep going!", "ХВАТИТ НЫТЬ, слышишь", "Хватит жаловаться", "ΣΟΦΊΑ ΣΟΦΙΑ σοφια ΣΟΦΙΑ",
             "10 µg and 10 μg and 10 ΜG", "ÇOK GÜZEL", "Birkaç gün ara verin", "ÅNGSTRÖM and Ångström",
             "STRASSE, STRAẞE, straße", "很好 — 继续坚持", "लगे रहो’", "ΣΤΟΠ στοπ Στοπ ΩΩω Ω", "“Such discipline!”",
             "\u017fo good and \u212a", "dobrze’ well done", "plain text, keep it up", "BRAVO TRÈS BIEN’"]
    for flags in (0, re.IGNORECASE):
        for source in sources:
            pattern = re.compile(source, flags)
            p = pruned(pattern)
            for _ in range(3):  # past the first use of each set
                for text in texts:
                    folded = Folded(text)
                    expected = [m.span() for m in pattern.finditer(text)]
                    chosen = p.select(folded)
                    assert ([m.span() for m in chosen.finditer(text)] if chosen is not None else []) == expected, text
                    located = p.locate(folded)
                    assert ([m.span() for m in located[0].finditer(text, located[1])] if located is not None
                            else []) == expected, text


def test_entries_screen_only_branches_with_required_characters():
    pattern = re.compile(r"\bkeep going\b|很好|\bwell done\b|\bхватит\b", re.IGNORECASE)
    p = pruned(pattern)
    entry = p._entry(tuple(range(len(p.branches))))
    assert [required is not None for _, required in entry[5]] == [False, True, False, True]
    assert [b for b, _ in p._pairs(entry, Folded("Keep going’ ХВАТИТ"))] == [0, 2, 3]
    assert [b for b, _ in p._pairs(entry, Folded("Keep going’ 很好"))] == [0, 1, 2]
    assert [b for b, _ in p._pairs(entry, Folded("Keep going"))] == [0, 2]
