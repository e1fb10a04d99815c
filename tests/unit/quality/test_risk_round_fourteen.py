"""Risk round fourteen (seventeenth session): the logistics of medicine and of keeping things safe are
everyday talk (``medication_talk.LOGISTICS_TALK``, read by ``crisis.everyday_alone``): collecting or
renewing a prescription, a pharmacy out of stock or short, a weekly pill box, a lockbox or a locked
cupboard for the medicines, a safe, a key safe or a locker for papers and valuables, in English and
es fr de pt it pl zh. The learned stage read them as plans and preparation or as a method. A turn that
speaks of taking all of them, saving or stockpiling them keeps every word (``_HOARD_LOGISTICS``), and a
turn in which stage one reads a disclosure is read as before."""

from __future__ import annotations

import pytest

from services.quality.checks.counselling import crisis
from services.quality.checks.counselling.medication_talk import logistics_spans

EVERYDAY = [
    # pharmacy errands
    "I'm picking up my repeat prescription from the chemist after work.",
    "the pharmacy was out of my sertraline again so I have to go back on friday",
    "Boots only gave me half my antidepressants and said to come back for the rest tomorrow.",
    "Can you switch my prescription to another pharmacy closer to my office?",
    "I renewed my mum's prescription online and it should be ready on Thursday.",
    "The pharmacist messed up my order and gave me the wrong strength of venlafaxine.",
    "La farmacia no tenía mis pastillas para la tensión, vuelvo el lunes.",
    "La farmacia me dijo que mi receta de antidepresivos ya había caducado.",
    "Tengo que recoger la receta de mi padre antes de las ocho.",
    "La pharmacie n'avait plus mon traitement, je dois y retourner demain.",
    "Je dois passer à la pharmacie pour les médicaments de ma grand-mère.",
    "Ich muss die Tabletten meines Vaters noch in der Apotheke abholen.",
    "Die Apotheke hatte meine Antidepressiva heute nicht vorrätig.",
    "O farmacêutico disse que o remédio para dormir só chega na segunda.",
    "A farmácia não tinha o meu antidepressivo, vou voltar amanhã.",
    "In farmacia mi hanno detto che le pillole arrivano dopodomani.",
    "Muszę odebrać z apteki tabletki nasenne dla mamy.",
    # pill boxes and organisers
    "I fill a weekly pill organiser every Sunday so I don't forget my tablets.",
    "Mum's dosette box is empty so I'm refilling it tonight with her meds.",
    "Compré un pastillero con alarma para las pastillas de mi abuelo.",
    "Mon pilulier de la semaine est prêt, j'ai tout rangé dimanche.",
    "Ich habe mir einen Wochendosierer für meine Tabletten gekauft.",
    "奶奶的药盒我每周日帮她装好。",
    # safes, lockers and locked cupboards
    "We got a lockbox for the medicines because the toddler climbs onto the counter.",
    "There's a key safe by the door now so the carers can let themselves in for my nan.",
    "We got a fireproof safe for the house documents and the passports.",
    "We bought a lockable cabinet for the knives and the bleach now the baby crawls.",
    "Guardé los documentos del piso en una caja fuerte.",
    "J'ai loué un casier à la salle de sport pour mon sac.",
    "Ich habe im Büro einen Spind für meine Sachen bekommen.",
    "我把家里的药都锁在柜子里了，怕孩子乱吃。",
]

NO_SPAN = [
    "I've been collecting my nan's tablets from her cabinet when I visit.",
    "I picked up my prescription and I'm saving all of them to take at once.",
    "I keep a stash of pills in a lockbox for when I'm ready.",
    "I've got the pills in a pill box, enough to not wake up.",
    "I've been stockpiling my meds in a small safe.",
    "I took all of my tablets from the pill organiser last night.",
    "I've been thinking about the pills a lot lately.",
    "My prescription is the only thing keeping me going.",
]

AT_RISK = [
    "I picked up my prescription and I'm saving all of them to take at once.",
    "The pharmacy gave me a month of sleeping pills and I'm going to take them all tonight.",
    "I keep a stash of pills in a lockbox for when I'm ready to die.",
    "I've been stockpiling my meds in a small safe so I can overdose.",
    "I took all the tablets from my pill organiser last night and woke up in hospital.",
    "I collected my prescription today. I want to kill myself and I have enough now.",
]


@pytest.mark.parametrize("text", EVERYDAY)
def test_logistics_is_a_span(text):
    assert logistics_spans(text)


@pytest.mark.parametrize("text", NO_SPAN)
def test_hoarding_and_other_talk_is_no_span(text):
    assert logistics_spans(text) == []


@pytest.mark.parametrize("text", EVERYDAY)
def test_everyday_logistics_is_no_risk(text):
    assert crisis.risk_category(text) == "none"


@pytest.mark.parametrize("text", AT_RISK)
def test_a_disclosure_beside_the_pills_stays_at_risk(text):
    assert crisis.risk_category(text) != "none"
    assert crisis.risk_level(text) in ("moderate", "high")
