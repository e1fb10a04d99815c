"""Risk stage one (2026-12-06, twenty-seventh session, main session's probe; a miss the replyprobe27b helper met):
suicide that goes through one's head, said in the idiom of each language, was read none by both stages ("O
suicídio passa pela minha cabeça todos os dias", "L'idée du suicide me trotte dans la tête", "Zelfmoord spookt
door mijn hoofd", "Der Gedanke an Selbstmord geht mir nicht mehr aus dem Kopf"). Not another's suicide, not
denied, not in the past, not across a comma. docs/quality.md, "Probes of written variants, main session
(twenty-seventh session)"."""

from __future__ import annotations

import pytest

from services.quality.checks.counselling import crisis
from services.quality.checks.counselling.risk import classify


@pytest.mark.parametrize("text", [
    "Zelfmoord gaat steeds vaker door mijn hoofd.",
    "Zelfmoord plegen spookt steeds vaker door mijn hoofd.",
    "De gedachte aan zelfmoord laat me niet los.",
    "Der Gedanke an Selbstmord geht mir nicht mehr aus dem Kopf.",
    "L'idée du suicide me trotte dans la tête.",
    "O suicídio passa pela minha cabeça todos os dias.",
    "La idea de matarme se me pasa por la cabeza cada noche.",
    "Samobójstwo chodzi mi po głowie.",
])
def test_suicide_going_through_ones_head_is_ideation(text):
    assert classify(text)[0] == "active_ideation"
    assert crisis.risk_level(text) == "high"


@pytest.mark.parametrize("text", [
    "Le suicide de mon frère me hante.",
    "Nunca se me ha pasado por la cabeza el suicidio.",
    "Hace años el suicidio se me pasaba por la cabeza, ahora estoy bien.",
    "Mijn vriendin zegt dat zelfmoord door haar hoofd spookt.",
    "Die Melodie geht mir nicht mehr aus dem Kopf.",
    "Ce film me trotte dans la tête depuis hier.",
])
def test_not_the_writers_ideation_by_stage_one(text):
    assert classify(text)[0] == "none"
