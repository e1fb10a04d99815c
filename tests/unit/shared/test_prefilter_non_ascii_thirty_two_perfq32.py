"""perfq32: ``prefilter.needs_non_ascii``, the necessary condition ``Pruned`` asks before trying an
alternative in another script on an ASCII text (its native prescreen was one call per such branch on
every text; on CounselChat the branch-by-branch prescreen calls fall 86,795 -> 63,559 a pass, not the ~77% of them such
branches are, since many answers hold curly quotes and so are not ASCII)."""

from __future__ import annotations

import re

import _sre
import pytest
from re._casefix import _EXTRA_CASES

from shared import prefilter
from shared.prefilter import _FOLDS_TO_ASCII, Folded, needs_non_ascii, pruned

ASCII_TEXTS = [
    "I feel so alone lately and I can't sleep. What should I do?",
    "Keep going, you are doing great! Drink some water after.",
    "KIKI is sick; Ivan's kids said IIII and ssss and kkk.",
    "".join(chr(c) for c in range(128)),
]


def test_the_characters_re_matches_to_ascii_are_exactly_the_four():
    """A literal above ASCII matches an ASCII character under ``IGNORECASE`` only when its lower case
    is ASCII or ``re``'s extra cases make it so: every code point checked."""
    found = set()
    for c in range(128, 0x110000):
        lo = _sre.unicode_tolower(c)
        if lo < 128 or any(x < 128 for x in _EXTRA_CASES.get(lo, ())):
            found.add(c)
    assert found == set(_FOLDS_TO_ASCII)
    for c in found:  # and they do match one
        assert any(re.fullmatch(re.escape(chr(c)), chr(a), re.IGNORECASE) for a in range(128))


@pytest.mark.parametrize("source", ["很好", "继续坚持", "लगे रहो", "吐いた(?:後|あと)", r"\bmi dispiace già\b",
                                    "(?:très|trés) bien", r"(?:\w+ )?ñ+", "x(?:é|ü)y"])
def test_patterns_that_need_a_character_above_ascii(source):
    for flags in (0, re.IGNORECASE):
        pattern = re.compile(source, flags)
        assert needs_non_ascii(pattern)
        assert not any(pattern.search(t) for t in ASCII_TEXTS)


@pytest.mark.parametrize("source", [
    "ſ", "ı", "İ", "\u212a",  # they match s, i, I, k under IGNORECASE: never a proof
    "sleep", r"(?:très|tres) bien", "[ée]t[èe]", "(?:é)?x", "é*", r"(?=é)\w", "[^é]", r"\bcaf[eé]\b",
    "(?:é|e)", ".", r"\W",
])
def test_patterns_that_can_match_ascii_text_are_never_flagged(source):
    for flags in (0, re.IGNORECASE):
        assert not needs_non_ascii(re.compile(source, flags))


def test_pruned_gives_the_same_matches_on_ascii_and_other_texts():
    """An alternation with branches in other scripts and in English: the selection on an ASCII text
    drops the former, and the matches are those of the whole pattern on every text."""
    pattern = re.compile(r"\b(?:keep (?:it up|going)|great job)\b|很好|继续坚持|लगे रहो|\bbravo,? très bien\b|"
                         r"\bwell done\b|ſo good|\bdobrze\b", re.IGNORECASE)
    texts = ASCII_TEXTS + ["Keep going! 很好", "bravo, très bien", "well done 继续坚持 and keep it up",
                           "\u017fo good", "SO GOOD", "dobrze, great job"]
    p = pruned(pattern)
    for _ in range(3):  # past the first use of each set
        for text in texts:
            folded = Folded(text)
            chosen = p.select(folded)
            expected = pattern.findall(text)
            assert (chosen.findall(text) if chosen is not None else []) == expected, text
            located = p.locate(folded)
            assert (located[0].findall(text, located[1]) if located is not None else []) == expected, text


def test_ascii_pairs_leave_out_only_branches_in_other_scripts():
    pattern = re.compile(r"\bkeep going\b|很好|\bwell done\b|लगे रहो", re.IGNORECASE)
    p = pruned(pattern)
    entry = p._entry(tuple(range(len(p.branches))))
    assert [b for b, _ in entry[2]] == [0, 1, 2, 3]
    assert [b for b, _ in entry[4]] == [0, 2]
    assert prefilter.needs_non_ascii(p.branches[1].pattern) and not prefilter.needs_non_ascii(p.branches[0].pattern)


@pytest.mark.parametrize("source", ["[\u0100-\u0200]", "[\u0130é]", "[^é]", "[é\\w]", "[\u2100-\u2200]"])
def test_classes_holding_a_character_matched_to_ascii_or_negated_are_never_flagged(source):
    for flags in (0, re.IGNORECASE):
        assert not needs_non_ascii(re.compile(source, flags))


def test_classes_of_characters_above_ascii_alone_are_flagged():
    for source in ("[éü]", "[\u0400-\u04ff]+", "x[\u4e00-\u9fff]"):
        assert needs_non_ascii(re.compile(source, re.IGNORECASE)) and needs_non_ascii(re.compile(source))
