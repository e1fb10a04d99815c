"""PII (2026-12-06, twenty-seventh session): a name glued to the hyphen that signs a message off ("ok speak soon
\\n-Rashid", "see you then -Marek"), which the token scan cannot see (it reads "ex-Rashid" and "Jean-Luc" as one
word); written by the piiprobe27 helper, kept by the main session with the tagger's meta re-written (its rule
count) and a word of the project's training text on its own line left alone ("-Update", "-Admin").
docs/quality.md, "PII probes, round twenty-seven"."""

from __future__ import annotations

import pytest

from shared.pii import find_pii


def _names(text: str) -> list[str]:
    return [s.text for s in find_pii(text) if s.kind == "NAME"]


@pytest.mark.parametrize(("text", "name"), [
    ("ok speak soon\n-Rashid", "Rashid"),
    ("see you then -Marek", "Marek"),
    ("call me later x\n-Sarah x", "Sarah"),
    ("hope this helps\n-Jo", "Jo"),
    ("Thank you for your question, I hope the steps above are useful.\n-Priya", "Priya"),
])
def test_a_name_glued_to_the_sign_off_hyphen(text, name):
    assert _names(text) == [name]


@pytest.mark.parametrize("text", [
    "Shopping:\n-Milk\n-Eggs\n-Bread",
    "Thanks for reading\n-Update",
    "Thanks all\n-Admin",
    "The new pre-Covid rules\n-Reception",
    "I'm fine -Anyway",
    "Love you\n-Mum",
    "ok\n-Thursday",
    "good luck!\n-Team",
    "we met ex-Marines at the fair",
])
def test_no_name_in_a_glued_hyphen_that_signs_nothing(text):
    assert _names(text) == []
