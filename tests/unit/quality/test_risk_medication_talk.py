"""Talk of changing one's own medication, or of sleeping badly, is no disclosure of risk ("I want to stop my meds", "Lekarz
zmniejszył mi dawkę leku"): the learned stage read the medicine word as a method and the reply checks
then wanted a safety response. Taking them all, saving them up, or a disclosure beside the talk are
still read."""

from __future__ import annotations

import pytest

from services.quality.checks.counselling import crisis
from services.quality.checks.counselling.medication_talk import medication_spans, without_everyday_talk

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
    assert without_everyday_talk("I stopped my meds and I feel numb.") == "I and I feel numb."
    assert without_everyday_talk("I feel fine.") == "I feel fine."


SLEEP = [
    "No puedo dormir por las noches.",
    "Od tygodni źle śpię.",
    "Ik slaap al weken slecht.",
    "Non riesco a dormire bene da settimane.",
    "Ich schlafe seit Wochen schlecht und bin ständig müde.",
    "Haftalardır iyi uyuyamıyorum.",
    "Я уже несколько недель плохо сплю.",
    "I can't sleep at night.",
]

SLEEP_AND_A_WISH = [
    "I can't sleep, I just want to sleep forever.",
    "No puedo dormir y ojalá no despertara nunca.",  # "no despertara" is the wish, not a denial
    "Od tygodni źle śpię i chcę umrzeć.",
    "I haven't slept in days and I've been cutting again.",
]


@pytest.mark.parametrize("text", SLEEP)
def test_sleeping_badly_alone_is_no_disclosure(text):
    from services.quality.checks.counselling.sleep_talk import sleep_spans

    assert sleep_spans(text)
    assert crisis.risk_level(text) in ("none", "low")


@pytest.mark.parametrize("text", SLEEP_AND_A_WISH)
def test_sleeping_badly_beside_a_wish_or_self_harm_is_still_read(text):
    assert crisis.risk_level(text) in ("moderate", "high")


DIAGNOSIS = [
    "Je me demande si j'ai un TDAH.",
    "Penso di avere la depressione.",
    "Acho que tenho TDAH.",
    "Myślę, że mam depresję.",
    "Sanırım depresyondayım.",
]

DIAGNOSIS_AND_RISK = [
    "I think I have depression and I want to die.",
    "Creo que tengo depresión y a veces pienso en matarme.",
    "Maybe I have BPD, I cut myself when I'm upset.",
]


@pytest.mark.parametrize("text", DIAGNOSIS)
def test_wondering_about_a_diagnosis_is_no_disclosure(text):
    from services.quality.checks.counselling.diagnosis_talk import diagnosis_spans

    assert diagnosis_spans(text)
    assert crisis.risk_level(text) in ("none", "low")


@pytest.mark.parametrize("text", DIAGNOSIS_AND_RISK)
def test_a_diagnosis_beside_a_disclosure_is_still_read(text):
    assert crisis.risk_level(text) in ("moderate", "high")
