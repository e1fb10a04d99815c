"""Talk of changing one's own medication is no disclosure of risk ("I want to stop my meds", "Lekarz
zmniejszył mi dawkę leku"): the learned stage read the medicine word as a method and the reply checks
then wanted a safety response. Taking them all, saving them up, or a disclosure beside the talk are
still read."""

from __future__ import annotations

import pytest

from services.quality.checks.counselling import crisis
from services.quality.checks.counselling.medication_talk import medication_spans, without_medication_talk

TALK = [
    "I want to stop my meds.",
    "I've been thinking about stopping my antidepressants.",
    "My psychiatrist raised my dose of sertraline last week.",
    "Lekarz zmniejszył mi dawkę leku.",
    "Ich habe die Tabletten abgesetzt.",
    "J'ai arrêté mon traitement il y a deux semaines.",
    "He dejado de tomar la medicación.",
    "Ho smesso di prendere i farmaci.",
    "Parei de tomar os remédios.",
    "Ik ben gestopt met mijn medicatie.",
]

STILL_AT_RISK = [
    "I took all my pills last night.",
    "I've been saving my pills.",
    "I've been skipping my meds to save them up.",
    "I want to stop my meds and take them all at once.",
    "I stopped taking my meds because I want to die.",
    "Ho smesso di prendere i farmaci e vorrei non svegliarmi più.",
]


@pytest.mark.parametrize("text", TALK)
def test_medication_talk_alone_is_none(text):
    assert medication_spans(text)
    assert crisis.risk_category(text) == "none"
    assert crisis.risk_level(text) == "none"


@pytest.mark.parametrize("text", STILL_AT_RISK)
def test_too_many_saved_up_or_a_disclosure_beside_it_is_still_read(text):
    assert crisis.risk_level(text) in ("moderate", "high")


def test_hoarding_words_leave_no_span_and_the_rest_is_kept():
    assert medication_spans("I've been skipping my meds to save them up.") == []
    assert without_medication_talk("I stopped my meds and I feel numb.") == "I and I feel numb."
    assert without_medication_talk("I feel fine.") == "I feel fine."
