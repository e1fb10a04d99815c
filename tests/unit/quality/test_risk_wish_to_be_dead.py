"""Stage one reads the wish to be dead and past thoughts of suicide said outright in Spanish,
Italian, Portuguese, German, French, Dutch and Polish ("ojalá estuviera muerta", "preferirei
essere morto", "ich habe an Selbstmord gedacht", "myślałam o samobójstwie"), which only the learned
stage had read, or nothing. Someone else's wish, a denial, and thoughts long past stay none."""

from __future__ import annotations

import pytest

from services.quality.checks.counselling import crisis
from services.quality.checks.counselling.risk import classify

PASSIVE = [
    "Ojalá estuviera muerta, así no tendría que sentir esto.",
    "Preferiría estar muerto que seguir así.",
    "Preferirei essere morto piuttosto che tornare a scuola.",
    "Vorrei essere morta, davvero.",
    "Preferia estar morto a viver assim.",
    "Ich wäre lieber tot als so weiterzumachen.",
    "Ich wünschte, ich wäre tot.",
    "Je préférerais être morte que de revivre ça.",
    "Ik wou dat ik dood was.",
    "Ik ben liever dood dan dat ik dit nog een jaar volhoud.",
    "Wolałbym być martwy niż to dalej znosić.",
    "Ik wil niet meer leven.",
]
ACTIVE = [
    "Ich habe in letzter Zeit oft an Selbstmord gedacht.",
    "Myślałam o samobójstwie w zeszłym tygodniu.",
    "Ho pensato al suicidio più volte questo mese.",
    "Pensei em me matar ontem à noite.",
    "Ik heb aan zelfmoord gedacht deze week.",
    "Ik denk vaak aan zelfmoord.",
    "He pensado en quitarme la vida.",
    "J'ai pensé à me suicider cette semaine.",
]
NOT_THE_CLIENTS = [
    "Mi abuela dice que preferiría estar muerta antes que en una residencia.",
    "Mein Opa hat an Selbstmord gedacht, als er jung war.",
    "No, nunca he pensado en suicidarme.",
    "Früher habe ich oft an Selbstmord gedacht, heute geht es mir gut.",
    "Mijn vriendin wil niet meer leven, hoe help ik haar?",
]


@pytest.mark.parametrize("text", PASSIVE)
def test_the_wish_to_be_dead_is_a_passive_wish(text):
    assert classify(text)[0] == "passive_wish"
    assert crisis.risk_level(text) == "moderate"


@pytest.mark.parametrize("text", ACTIVE)
def test_thoughts_of_suicide_are_active_ideation(text):
    assert classify(text)[0] == "active_ideation"
    assert crisis.risk_level(text) == "high"


@pytest.mark.parametrize("text", NOT_THE_CLIENTS)
def test_someone_elses_a_denied_or_a_long_past_wish_is_not_stage_ones(text):
    assert classify(text)[0] == "none"
