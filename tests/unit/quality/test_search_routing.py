"""The patterns the checks now search through ``prescreen.search`` / ``holds`` / ``leftmost``
(instead of ``re`` alone or ``found``) give ``re``'s answer: the same first match (span, groups),
the same yes or no, the same ``finditer`` from the leftmost start; and ``count_non_ascii_letters``
(ASCII runs dropped) counts what ``str.isalpha`` counts."""

from __future__ import annotations

import csv
import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from services.quality.checks.content import count_non_ascii_letters
from services.quality.checks.counselling import crisis, reply_model, risk, risk_cues, unsafe
from services.quality.checks.counselling.therapeutic import OPEN_QUESTION
from shared import prescreen

native = pytest.mark.skipif(prescreen.prescreen(crisis.SAFETY_RESPONSE) is None, reason="dp_native not installed")

COUNSELCHAT = Path(__file__).resolve().parents[4] / "shared" / "datasets" / "counselchat_20200325.csv"
PATTERNS = [crisis.SAFETY_RESPONSE, crisis._DEFLECTION, crisis._REFERRAL, unsafe._CARE, OPEN_QUESTION,
            *risk_cues.FAMILIES.values(), risk_cues.IDIOM, risk_cues._NEGATED, risk_cues._WISH_NEGATION,
            risk._NEG, risk._FIRST, risk._THIRD, risk._PAST, risk._RECOVERED, risk._RECENT, risk._USED_TO, risk._FRAME,
            risk.WEAK, unsafe._MED, unsafe._EATING_CLIENT, unsafe._PRESCRIBER, unsafe._BYPASS, reply_model._label(),
            reply_model._NEGATION, reply_model._QUOTE, reply_model._named_label()]
PIECES = ["I want to die", "call 988", "Samaritans", "That sounds really hard.", "have you tried yoga?", "your GP",
          "I'm so sorry", "what do you think?", "I took too many pills", "I stopped eating", "you have depression",
          "\u2019", "\n", ".", " ", "é", "İ", "\u212a", "😀", "x", "1"]
texts = st.lists(st.sampled_from(PIECES) | st.text(max_size=8), max_size=12).map("".join)


def same(a: re.Match | None, b: re.Match | None) -> bool:
    if a is None or b is None:
        return a is b
    return a.span() == b.span() and a.groups() == b.groups()


def check(text: str) -> None:
    for pattern in PATTERNS:
        first = pattern.search(text)
        assert same(prescreen.search(pattern, text), first), (pattern.pattern[:60], text[:80])
        assert prescreen.holds(pattern, text) is (first is not None)
    start = prescreen.leftmost(crisis.SAFETY_RESPONSE, text)
    matches = [m.span() for m in crisis.SAFETY_RESPONSE.finditer(text)]
    assert ([] if start is None else [m.span() for m in crisis.SAFETY_RESPONSE.finditer(text, start)]) == matches


@native
@pytest.mark.skipif(not COUNSELCHAT.exists(), reason="CounselChat not in shared/datasets")
def test_on_counselchat():
    with open(COUNSELCHAT, newline="", encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))[:300]
    for row in rows:
        for text in (row["questionText"], row["answerText"]):
            check(text)
            check(text.replace("\u2019", "'"))


@native
@settings(max_examples=200, deadline=None)
@given(texts)
def test_on_generated_text(text):
    check(text)


@settings(max_examples=500, deadline=None)
@given(st.text(max_size=60) | texts)
def test_count_non_ascii_letters(text):
    assert count_non_ascii_letters(text) == sum(map(str.isalpha, (c for c in text if ord(c) > 127)))
