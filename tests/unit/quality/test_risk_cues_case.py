"""The router's stems of other languages count whatever their case: a stem that opens a sentence
(capitalised) reaches the learned stage like one in mid-sentence. Its guard once scanned the text as
written while the stems are lower case, so "Samobójstwo ..." was ruled out before the pattern ran."""

import pytest

from services.quality.checks.counselling.risk_cues import has_cue


@pytest.mark.parametrize("lower", [
    "samobójstwo to jedyne wyjście.",
    "überdosis wäre einfach.",
    "таблетки лежат рядом со мной.",
    "médicaments, j'en ai assez pour tout finir.",
])
def test_a_stem_counts_in_any_case(lower):
    capitalised = lower[0].upper() + lower[1:]
    assert has_cue(lower)
    assert has_cue(capitalised)
    assert has_cue(lower.upper())


def test_text_without_a_stem_has_none():
    assert not has_cue("Dziś idę na zakupy z koleżanką.")


def test_a_capitalised_stem_is_not_ruled_out_before_the_risk_patterns():
    """``crisis.possible`` (False proves there is no risk) reads the same lowered guard."""
    from services.quality.checks.counselling.crisis import possible
    from shared.prefilter import Folded

    assert possible(Folded("Samobójstwo to jedyne wyjście."))
