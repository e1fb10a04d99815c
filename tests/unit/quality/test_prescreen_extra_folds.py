"""Python's IGNORECASE takes "ı" (dotless i), "İ", "ſ" (long s) and the Kelvin sign "K" to their ASCII letters; Rust's
case folding does not. A pattern literal in one of them must still be screened as a superset: CI64 found replyblind36a's
Turkish "acık" (hungry) matching "aciksi" in Python while its prescreen said no match anywhere."""

import re

import pytest

from shared import prescreen
from shared.native import NATIVE

pytestmark = pytest.mark.skipif(NATIVE is None, reason="no native module: no prescreens")

CASES = [
    (r"acık\w*", "yarin bir kaza gecirsem cok da umursamazdim aciksi"),
    (r"acık\w*", "ACIKSI"),
    (r"İstanbul", "istanbul"),
    (r"ſtop", "stop"),
    (r"ſtop", "STOP"),
    (r"\u212aelvin", "kelvin"),
    (r"[ı]", "I"),
    (r"kaza", "KAZA"),
]


@pytest.mark.parametrize("source,text", CASES)
def test_the_screen_finds_what_python_finds(source, text):
    pattern = re.compile(source, re.IGNORECASE)
    found = pattern.search(text)
    assert found is not None
    start = prescreen.leftmost(pattern, text)
    assert start is not None and start <= found.start()
    assert prescreen.may_match(pattern, text)


def test_a_screen_still_refuses_what_cannot_match():
    pattern = re.compile(r"acık\w*", re.IGNORECASE)
    assert prescreen.leftmost(pattern, "nothing of the kind here") is None
