"""European Portuguese clitics after the infinitive (twenty-ninth session): "Quero matar-me" is "quero me matar",
read by the same stage-one patterns; the everyday reflexives ("deitar-me", "sentar-me"), denials and another's
threat stay none."""

from __future__ import annotations

import pytest

from services.quality.checks.counselling import risk
from services.quality.checks.counselling.crisis import risk_category

DISCLOSURES = [
    ("Quero matar-me.", "active_ideation"),
    ("Estou a pensar em matar-me.", "active_ideation"),
    ("Ando a pensar em matar-me todos os dias.", "active_ideation"),
    ("Ontem tentei matar-me com comprimidos.", "recent_attempt"),
]

EVERYDAY = [
    "Vou deitar-me cedo hoje.",
    "Preciso de sentar-me um bocado.",
    "Não quero matar-me, só estou cansada.",
    "Ele quer matar-me, o meu vizinho ameaçou-me.",
    "I need a pick-me-up after this week.",
    "The forget-me-not flowers are out.",
]


@pytest.mark.parametrize("text,category", DISCLOSURES)
def test_enclitic_disclosure_read_by_stage_one(text, category):
    assert risk.classify(text)[0] == category
    assert risk_category(text) != "none"


@pytest.mark.parametrize("text", EVERYDAY)
def test_everyday_reflexives_denials_and_threats_stay_none(text):
    assert risk.classify(text)[0] == "none"
    assert risk_category(text) == "none"


def test_rewrite_only_touches_an_infinitive_before_me():
    assert risk._PT_ENCLITIC.sub(r"me \1", "quero matar-me e cortar-me") == "quero me matar e me cortar"
    assert risk._PT_ENCLITIC.sub(r"me \1", "a pick-me-up") == "a pick-me-up"
    assert risk._PT_ENCLITIC.sub(r"me \1", "forget-me-not") == "forget-me-not"
