"""The digit detectors run only where a digit starts a word: the same spans as running them all."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from services.quality import pii
from shared.pii import detect as pii_detect

PIECES = ["415-555-0134", "(415) 555-0134", "+44 7700 900123", "07700 900123", "123-45-6789", "AB123456C",
          "QQ 12 34 56 C", "4111 1111 1111 1111", "192.168.0.1", "12 Baker Street", "born on 3 March 1990",
          "d.o.b. 12/03/1990", "w123", "mp3", "x4111111111111111", "a192.168.0.1", "id_415-555-0134", "/555-0134",
          "-415-555-0134", "٣٤٥-٦٧-٨٩٠١", " ", "\n", "call me", "my name is Jane", "e@x.io", "SW1A1AA", "LS6 2AB",
          "RSSMRA85T10A562S", "NHS ", "DNI ", "fe80::1", "NY 11215", "Flat 2, 18 Queen's Drive", "07700 900461"]


def reference(text: str) -> list[pii.Span]:
    """Every pattern run (only the literal preconditions of the original detector)."""
    spans: list[pii.Span] = []
    for kind, pattern, group in pii.PATTERNS:
        if not pii._could_match(kind, text, any(ch.isdigit() for ch in text)):
            continue
        pii.add_matches(kind, pattern, group, text, spans)
    pii_detect._add_in_context(text, spans)  # piiblind32's spans found by what the others found, as find_pii
    return pii.add_names(text, spans)  # names since issue 12


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(PIECES) | st.text(alphabet="w0123456789 -./()+", max_size=12), max_size=10))
def test_skipping_text_whose_digits_sit_inside_words_finds_the_same_spans(parts):
    text = "".join(parts)
    assert pii.find_pii(text) == reference(text)


def test_digits_inside_words_alone_run_no_digit_detector():
    assert pii.find_pii("w123 w4567 mp3 x4111111111111111 w1992") == []
    assert [s.kind for s in pii.find_pii("reach me on 415-555-0134 or w123")] == ["PHONE"]
