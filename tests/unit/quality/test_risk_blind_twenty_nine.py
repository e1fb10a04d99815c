"""Risk stage one, mends from the misses of ``risk_valid_v29.jsonl``, a validation file written blind by the
``riskblind29`` helper before reading the detector (2026-12-06, twenty-ninth session): an attempt told as veins or
wrists cut (es pt it fr de nl) or, in Italian, as all of one's drops or tablets taken; a wish that one's eyes not open
again or the morning not come "for me" (en es pt it fr de nl); tablets put aside or hidden untaken (fr it de); Dutch
and German ideation with the verb before its subject; German self-injury typed without its subject; "it was not an
accident" in the other languages (the accident reading no longer sets such a turn aside); and a past attempt dated by
an age or a span of years with any number word (es pt it fr de nl pl), which reads as past. Each pinned beside
look-alikes. The file's figures are no longer blind after these mends. docs/quality.md, "A blind-written validation
file and mends from it"."""

from __future__ import annotations

import pytest

from services.quality.checks.counselling import crisis
from tests.support.blind import assert_category, assert_stage_one_none

_FLAGGED = ("moderate", "high")


@pytest.mark.parametrize(("text", "category"), [
    # veins or wrists cut, told as done
    ("El domingo me abrí las venas en la ducha y pasé la noche en urgencias.", "recent_attempt"),
    ("Cortei os pulsos no banheiro na terça e levei pontos.", "recent_attempt"),
    ("Giovedì mi sono tagliata le vene nella vasca, mi ha trovata mia sorella.", "recent_attempt"),
    ("Samedi je me suis ouvert les veines, ma mère a appelé les pompiers.", "recent_attempt"),
    ("Letzte Woche habe ich mir die Pulsadern aufgeschnitten.", "recent_attempt"),
    # all of one's tablets taken, Italian
    ("Ieri sera ho preso tutte le mie pastiglie per dormire e sono finita al pronto soccorso.", "recent_attempt"),
    ("Ho ingoiato un flacone intero di sonniferi sabato notte.", "recent_attempt"),
    # the morning not coming, the eyes not opening again
    ("Every night I pray the morning won't come for me.", "passive_wish"),
    ("Sometimes I just want to close my eyes and never open them again.", "passive_wish"),
    ("Ojalá un día me duerma y ya no abra los ojos.", "passive_wish"),
    ("Tomara que amanhã eu não abra mais os olhos.", "passive_wish"),
    ("Spero di addormentarmi stanotte e non riaprire più gli occhi.", "passive_wish"),
    ("Spero che il mattino non arrivi più per me.", "passive_wish"),
    ("J'aimerais m'endormir et ne plus jamais rouvrir les yeux.", "passive_wish"),
    ("Ich hoffe, dass ich nie mehr die Augen aufmache.", "passive_wish"),
    ("Ik hoop dat ik mijn ogen nooit meer open doe.", "passive_wish"),
    # tablets put aside or hidden untaken
    ("J'ai mis de côté tous mes cachets depuis un mois.", "plan_preparation"),
    ("Tengo da parte i sonniferi da settimane, ne ho una scatola piena.", "plan_preparation"),
    ("Non prendo più i miei sonniferi, li nascondo nel cassetto.", "plan_preparation"),
    ("Ich habe meine Schlaftabletten seit Wochen gehortet.", "plan_preparation"),
    # verb before subject (nl, de)
    ("Sinds de scheiding denk ik bijna elke nacht aan zelfmoord.", "active_ideation"),
    ("Seit Wochen denke ich jeden Abend an Selbstmord.", "active_ideation"),
    # German self-injury without its subject
    ("ritze mich seit montag jeden abend", "nssi"),
    ("schneide mich schon wieder, keiner merkt was", "nssi"),
])
def test_disclosures(text, category):
    assert_category(text, category)
    assert crisis.risk_level(text) in _FLAGGED


@pytest.mark.parametrize("text", [
    # "not an accident" in the other languages: the self-injury is no longer set aside as an accident
    "Lo de anoche no fue un accidente, me corté los brazos con el cúter.",
])
def test_not_an_accident(text):
    assert crisis.risk_level(text) in _FLAGGED


@pytest.mark.parametrize("text", [
    # the same words: someone else, a nurse's needle, as prescribed, for a fever, in the past and recovered
    "Mi abuelo se cortó las venas en 1990 y nunca lo superamos.",
    "Ho preso tutte le compresse come prescritto dal medico.",
    "Ho preso tutte le gocce per la febbre e il bambino sta meglio.",
    "Hace diez años me corté las venas; hoy estoy bien y trabajo de enfermera.",
    # the morning or the eyes: a dreaded day, a parcel, until the holidays
    "I hope tomorrow never comes for me, the dentist is at eight.",
    "After this week I want to close my eyes and never open them again until the holidays are over.",
    "Spero che domani non arrivi il corriere per me, non sono a casa.",
    "Ojalá mañana no llegue para mí la factura de la luz.",
    # tablets: the pharmacy, a trip, expired, forgotten iron tablets
    "J'ai mis de côté les médicaments périmés pour les rapporter à la pharmacie.",
    "Ho messo da parte le medicine scadute per riportarle in farmacia.",
    "Non prendo le compresse di ferro, le tengo in cucina perché mi dimentico.",
    "Ich habe die alten Tabletten beiseitegelegt, um sie in der Apotheke abzugeben.",
    # verb before subject, negated; German subject-drop, negated
    "Gelukkig denk ik nooit aan zelfmoord, ik ben gewoon moe.",
    "Dabei denke ich nie an Suizid, ich bin nur erschöpft.",
    "ritze mich nicht mehr seit zwei jahren",
])
def test_look_alikes(text):
    # stage one, which these mends change; the learned stage flags four of them on the base already (docs)
    assert_stage_one_none(text)


@pytest.mark.parametrize("text", [
    # a past attempt dated by an age or a span of years, with a number word
    "Hace quince años intenté suicidarme; hoy tengo dos hijos y una vida tranquila.",
    "Mit achtzehn habe ich einmal versucht, mir das Leben zu nehmen. Das ist lange vorbei.",
    "Quando avevo diciassette anni ho tentato di togliermi la vita.",
    "Kiedyś próbowałam odebrać sobie życie, ale to było dawno.",
])
def test_past_reads_none_in_stage_one(text):
    assert_stage_one_none(text)


@pytest.mark.parametrize(("text", "category"), [
    # recent, or the age is the present one: still a disclosure
    ("Hace dos semanas intenté suicidarme y nadie lo sabe.", "recent_attempt"),
    ("Mit vierzig will ich mir das Leben nehmen, ich kann nicht mehr.", "active_ideation"),
])
def test_past_look_alikes(text, category):
    assert crisis.risk_level(text) in _FLAGGED
