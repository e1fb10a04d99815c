"""The names round (2026-12-04, twelfth session): names in running text without an explicit cue.
Cases written for these tests (not taken from any labelled file)."""

from __future__ import annotations

import pytest

from shared.pii import find_pii


def names(text: str) -> list[str]:
    return [s.text for s in find_pii(text) if s.kind == "NAME"]


# the larger gazetteer: common given names and diminutives of many origins, anywhere capitalised
@pytest.mark.parametrize("text, want", [
    ("Honestly Gosia is the only one at work who checks on me.", ["Gosia"]),
    ("We stopped at Wiebke's on the way back and I cried in her kitchen.", ["Wiebke"]),
    ("I owe Chinedu an apology for Saturday.", ["Chinedu"]),
    ("It has been hard since Sjoerd moved to the night shift.", ["Sjoerd"]),
    ("La settimana scorsa Gennaro non è venuto a prendermi.", ["Gennaro"]),
    ("Wczoraj Jarek znowu nie wrócił na noc.", ["Jarek"]),
])
def test_gazetteer_names(text, want):
    assert names(text) == want


# names that are also words, places, works or months need a cue
@pytest.mark.parametrize("text", [
    "We watched Moana with the kids and I zoned out.",
    "Kuba to piękny kraj, ale nigdy tam nie byłam.",
    "Everton lost again and my dad sulked all evening.",
    "Prudence is the word my gran lived by.",
    "Alba is where we went on honeymoon.",
])
def test_ambiguous_names_need_a_cue(text):
    assert names(text) == []
