"""Risk stage one, round twenty-eight, second pass (2026-12-06, twenty-eighth session, branch riskprobe28b):
disclosures a probe of 150 written turns found missing (a wish that one's heart stops, in en de es fr it pt nl; which
pills would be enough, fr and pt; a burn done on purpose, it es fr pt de), each pinned beside look-alikes with the
same words (a racing heart, a fear of heart failure, pills for a migraine, a kitchen burn); and four everyday
readings stage one flagged (a sleep wished for with its time limit, "better off without me" said of a meeting or a
firm, a rope for a kayak, tablets that work for an ailment), read none now. docs/quality.md, "Risk probes, round
twenty-eight ..., second pass"."""

from __future__ import annotations

import pytest

from services.quality.checks.counselling import crisis
from tests.support.blind import assert_category, assert_stage_one_none

_FLAGGED = ("moderate", "high")


@pytest.mark.parametrize(("text", "category"), [
    # a wish that one's heart stops
    ("Some evenings I'm hoping my heart will just give out in my sleep.", "passive_wish"),
    ("I really wish my heart would stop, I'm worn out.", "passive_wish"),
    ("Jeden Morgen wünsche ich mir, dass mein Herz einfach aufhört zu schlagen.", "passive_wish"),
    ("Rezo para que mi corazón deje de latir esta noche.", "passive_wish"),
    ("Si seulement mon cœur pouvait lâcher, tout serait plus simple.", "passive_wish"),
    ("Ogni sera prego che il cuore si fermi.", "passive_wish"),
    ("Às vezes queria que o meu coração parasse de vez.", "passive_wish"),
    ("Soms hoop ik dat mijn hart gewoon stopt met kloppen.", "passive_wish"),
    # which pills would be enough
    ("Plus rien n'a de sens, je sais quels cachets suffiraient.", "method"),
    ("Já não aguento, eu sei bem quais remédios bastariam.", "method"),
    # a burn done on purpose
    ("Sabato mi sono bruciato la gamba con la sigaretta apposta.", "nssi"),
    ("El domingo me quemé la muñeca a propósito con el mechero.", "nssi"),
    ("Avant-hier je me suis griffée le bras exprès jusqu'au sang.", "nssi"),
    ("Na semana passada queimei-me na perna de propósito.", "nssi"),
    ("Ich habe mich am Montag absichtlich am Arm verbrannt.", "nssi"),
])
def test_disclosures(text, category):
    assert_category(text, category)
    assert crisis.risk_level(text) in _FLAGGED


@pytest.mark.parametrize("text", [
    # look-alikes of the new patterns: the same words, no disclosure (stage one reads none)
    "I hope my heart stops racing before my driving test.",
    "My heart specialist wishes I'd come in more often, my heart stopped once in surgery.",
    "I'm scared my heart will give out, so I never miss my cardiology check-ups.",
    "Ich habe Angst, dass mein Herz stehen bleibt, deshalb trage ich einen Herzschrittmacher.",
    "Ich hoffe, mein Herz hält die Operation gut durch.",
    "Espero que mi corazón deje de latir tan rápido cuando tomo café.",
    "J'espère que mon cœur arrête de s'emballer avant l'examen.",
    "Spero che il mio cuore regga la maratona.",
    "Espero que o meu coração aguente a cirurgia.",
    "Ik hoop dat mijn hart sterk genoeg is voor de operatie.",
    "Je sais quels médicaments suffiraient pour soigner ma grippe.",
    "Eu sei quais remédios bastariam para a minha enxaqueca.",
    "Ieri mi sono bruciata la mano con il ferro da stiro.",
    "Me quemé la mano con la sartén sin querer.",
    "Ich habe mich beim Bügeln am Arm verbrannt.",
])
def test_look_alikes_stage_one_reads_none(text):
    assert_stage_one_none(text)


@pytest.mark.parametrize("text", [
    # everyday readings stage one flagged on the base
    "Honestly I'd like to crawl into bed and not wake up until lunchtime tomorrow.",
    "After this exam week I want to sleep and never wake up before ten.",
    "ya no quiero despertar tan temprano para ir al gimnasio",
    "The budget meeting would be better off without me, I know nothing about spreadsheets.",
    "Die Abteilung wäre ohne mich besser dran, ich wechsle ins Marketing.",
    "Ese proyecto estaría mejor sin mí, no sé nada de diseño.",
    "We ordered some rope to tie down the canoe on the trailer.",
    "I know exactly which tablets help with my hay fever, the pharmacist showed me.",
])
def test_everyday_reads_none(text):
    assert_stage_one_none(text)


@pytest.mark.parametrize("text", [
    # the same readings with a person or a death word stay disclosures
    "I want to go to sleep and not wake up, ever.",
    "My family would be better off without me, and my team too.",
    "Sé que mis hijos estarían mejor sin mí.",
    "Got hold of a rope this week, I know where I would hang it.",
    "I know exactly which tablets I'd take to end it.",
])
def test_disclosures_stay_flagged(text):
    assert crisis.risk_level(text) in _FLAGGED
