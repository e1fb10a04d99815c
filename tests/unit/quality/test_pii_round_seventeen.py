"""PII round seventeen (2026-12-05): names with no cue word (docs/quality.md, "PII round
seventeen"). Cases written for these tests (not taken from any labelled file). Every positive fails
on the code before the round (e71d7c7); the hard negatives guard the two kept rules: texts in
capitals without a name or with words that are names elsewhere, lower-case words after the texting
cues in capitalised text (places, words, brands), and the rules measured and dropped (their cases
stay as they were)."""

from __future__ import annotations

import pytest

from shared.pii import redact
from shared.pii import names as names_module
from tests.support.pii import names, rule_names


# a text all in capitals: the lower-case rules read it in lower case
SHOUTED = [
    ("I CAN'T STOP THINKING ABOUT FARIDA", ["FARIDA"]),
    ("ME AND PRIYA ARE DONE FOR GOOD", ["PRIYA"]),
    ("I TOLD AMARA AND SHE LAUGHED", ["AMARA"]),
    ("HONESTLY I HATE SEEING NATHANIEL WITH HER", ["NATHANIEL"]),
    ("WHY WOULD I EVEN TEXT CONOR AFTER THAT", ["CONOR"]),
    ("MY BOYFRIEND DECLAN SAID IT WAS MY FAULT", ["DECLAN"]),
    ("I WANT TO CALL ROWAN BUT I'M SCARED", ["ROWAN"]),
]

# a lower-case name after a texting cue in text that capitalises "I" and its sentences (round
# sixteen's rule ran only on text in texting style)
LOWER_IN_CAPITALISED = [
    ("I really miss kwabena so much it hurts.", ["kwabena"]),
    ("Yesterday I went to see nathan and it was awful.", ["nathan"]),
    ("I can't stop thinking about siobhan.", ["siobhan"]),
    ("Should I text aoife or leave it? I don't know.", ["aoife"]),
    ("I had another fight with marcus last night.", ["marcus"]),
    ("I'm scared of seeing declan at the wedding.", ["declan"]),
    ("It all started because of priya's party.", ["priya"]),
]

NEGATIVES = [
    "I CAN'T DO THIS ANYMORE, EVERYTHING HURTS",
    "WHY DOES NOBODY LISTEN TO ME",
    "CALL NOW FOR A FREE QUOTE TODAY",
    "I MISS MY OLD LIFE SO MUCH",
    "I HOPE WILL POWER IS ENOUGH",
    "I miss the summer so much.",
    "I can't stop thinking about work.",
    "I had another fight with my mum last night.",
    "I was scared of seeing them at the wedding.",
    "It all started because of money.",
    "I went with grace and dignity, or so I told myself.",
    "I deleted TikTok for Lent and I actually feel calmer.",  # dropped rule: stays as before, see below
]


@pytest.mark.parametrize("text, want", SHOUTED)
def test_names_in_text_written_in_capitals(text, want):
    assert names(text) == want


@pytest.mark.parametrize("text, want", LOWER_IN_CAPITALISED)
def test_lower_case_names_in_capitalised_text(text, want):
    assert names(text) == want


@pytest.mark.parametrize("text", NEGATIVES[:-1])
def test_hard_negatives(text):
    assert names(text) == []


def test_dropped_rules_leave_the_old_output():
    # measured and dropped (no validation file moved): "Lent" is still taken, the object verbs and
    # "would"/"never" after a lower-case name give nothing new
    assert names(NEGATIVES[-1]) == ["Lent"]
    assert rule_names("Dad adores Teodoro and ignores everything I do.") == []  # the rules alone
    assert names("Dad adores Teodoro and ignores everything I do.") == ["Teodoro"]  # the tagger (round twenty-six)
    assert names("I really hoped gemma would call me back.") == []


def test_redaction_stays_typed():
    assert redact("ME AND PRIYA ARE DONE FOR GOOD") == "ME AND [NAME] ARE DONE FOR GOOD"
    assert redact("I really miss kwabena so much it hurts.") == "I really miss [NAME] so much it hurts."


def test_shouted_rule_reads_only_text_in_capitals():
    assert names_module._shouted_names("I miss Conor so much") == []
    assert names_module._shouted_names("OK FINE") == []
    assert names_module._shouted_names("İSTANBUL'DA ÇOK YALNIZIM VE AYŞE YOK") == []  # "İ" lower-cases to two characters
