"""The prefilter may only skip a pattern that cannot match: a guard saying "no" is a proof.
Checked on strings generated *from* each pattern (hypothesis ``from_regex``), with case and
look-alike letters mutated, and on every code point for the case folding it relies on."""

import re
import string

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from services.quality import pii
from services.quality.checks import content, encoding
from services.quality.checks.counselling import crisis, risk, terminology, therapeutic, unsafe
from services.quality.checks.prefilter import Folded, fold, guard, min_digits, necessary_literals

PATTERNS = {
    **{f"pii_{kind}_{i}": p for i, (kind, p, _) in enumerate(pii.PATTERNS)},
    **{f"risk_{c}": p for c, p in risk._COMPILED},
    "low": crisis._LOW, "safety": crisis.SAFETY_RESPONSE,
    "reflection": therapeutic.REFLECTION, "validation": therapeutic.VALIDATION,
    "open_question": therapeutic.OPEN_QUESTION, "advice": therapeutic.ADVICE,
    "terms": terminology._ANY, "mojibake": encoding._MOJIBAKE, "template": encoding._TEMPLATE,
    "html": encoding._HTML, "boilerplate": content.BOILERPLATE,
    **{c.__name__: c.pattern for c in (unsafe.MedicationDosing, unsafe.OutrightDiagnosis, unsafe.Dismissive,
                                       unsafe.EncouragesHarm, unsafe.MedicationChange, unsafe.Minimising,
                                       unsafe.VictimBlaming, unsafe.EncouragesDisorderedEating)},
    **{f"{c.__name__}_contextual": c.contextual for c in (unsafe.EncouragesHarm, unsafe.EncouragesDisorderedEating,
                                                         unsafe.MedicationChange, unsafe.MedicationDosing,
                                                         unsafe.VictimBlaming)},
    **{f"{c.__name__}_brief": c.brief for c in (unsafe.Minimising, unsafe.Dismissive)},
    "heard": unsafe._HEARD,
}
LOOK_ALIKE = {"i": "\u0131", "I": "\u0130", "s": "\u017f", "k": "\u212a", "K": "\u212a"}


def test_fold_maps_every_character_ignorecase_equates_with_an_ascii_letter():
    """Only letters have case; every code point that ``re.IGNORECASE`` matches to an ASCII
    letter must fold to that letter."""
    everything = "".join(chr(c) for c in range(0x110000) if not 0xD800 <= c < 0xE000)
    matched = set(re.findall("[a-z]", everything, re.IGNORECASE))
    assert len(matched) == 52 + 4  # the ASCII letters, and İ ı ſ K
    for ch in matched:
        letters = [a for a in string.ascii_lowercase if re.fullmatch(a, ch, re.IGNORECASE)]
        assert letters == [fold(ch)], hex(ord(ch))


def test_folding_a_joined_text_is_joining_the_folded_texts():
    parts = ["ΣΑΣ", "İstanbul ſo", "", "ΟΔΟΣ\u0301", "K", "\u03a3x"]
    assert fold("\n".join(parts)) == "\n".join(map(fold, parts))
    joined = Folded.joined(tuple(Folded(p) for p in parts))
    assert (joined.text, joined.low, joined.digits) == ("\n".join(parts), fold("\n".join(parts)), 0)


def test_literals_are_derived_from_the_pattern():
    assert necessary_literals(therapeutic.OPEN_QUESTION)[1] == {"?"}
    assert {"a burden", "hopeless"} <= necessary_literals(crisis._LOW)[0]  # whole phrases
    assert {"i'm sorry", "im sorry"} <= necessary_literals(therapeutic.VALIDATION)[0]
    by_kind = {kind: p for kind, p, _ in reversed(pii.PATTERNS)}  # the first pattern of each kind
    assert min_digits(by_kind["CARD"]) == 13 and min_digits(by_kind["PHONE"]) == 7


def mutate(draw, text: str) -> str:
    out = []
    for ch in text:
        r = draw(st.integers(0, 9))
        out.append(ch.swapcase() if r == 0 else LOOK_ALIKE.get(ch, ch) if r == 1 else ch)
    return "".join(out)


@pytest.mark.parametrize("name", sorted(PATTERNS))
@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much])
@given(data=st.data())
def test_a_guard_never_rules_out_a_text_the_pattern_matches(name, data):
    pattern = PATTERNS[name]
    text = data.draw(st.from_regex(pattern))
    if data.draw(st.booleans()):
        text = mutate(data.draw, text)
    if pattern.search(text):
        assert guard(pattern).may_match(Folded(text)), text
