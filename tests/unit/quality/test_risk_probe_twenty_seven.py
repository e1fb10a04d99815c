"""Risk stage one, round twenty-seven (2026-12-06, twenty-seventh session): disclosures a probe of 150 written
turns found missing (plan and preparation without a death word, attempts told by a stomach pumped or waking in
intensive care in other languages, charcoal with tape), each pinned beside look-alikes that use the same words
for an everyday reason (a move, a new job, retiring, a wedding, a barbecue, drink, a pet). Stage one names the
disclosures; the learned stage confirms them as it does every pattern-named turn. docs/quality.md, "Risk probes,
round twenty-seven"."""

from __future__ import annotations

import pytest

from services.quality.checks.counselling import crisis
from services.quality.checks.counselling.risk import classify

_FLAGGED = ("moderate", "high")


@pytest.mark.parametrize(("text", "category"), [
    # preparation without a death word
    ("Deleted my accounts and wrote my passwords down for my brother for after.", "plan_preparation"),
    ("I've been saying goodbye to people without them realising, one coffee at a time.", "plan_preparation"),
    ("I've asked my neighbour to take the cat after next Friday. She has no idea what it's for.", "plan_preparation"),
    ("I arranged for my sister to take the dog, she thinks I'm going travelling.", "plan_preparation"),
    # debts settled and possessions given away in one turn
    ("Had a long call with the bank and finally cleared the credit card. Then I rang the landlord and gave notice. "
     "I've given most of my clothes to the charity shop and my books to a friend. It feels tidy now.", "plan_preparation"),
    ("Hoy fui al banco y dejé pagadas todas mis deudas. También le di mi guitarra a un amigo, ya no hace falta.",
     "plan_preparation"),
    # the future cancelled
    ("I cancelled the dentist and the gym because I won't be around to use them.", "intent"),
    ("I haven't made any plans after the 20th, there won't be an after for me.", "intent"),
    # a vehicle wished to hit me
    ("Honestly I'd be fine if a bus hit me tomorrow.", "passive_wish"),
])
def test_english_disclosures(text, category):
    assert classify(text)[0] == category
    assert crisis.risk_level(text) in _FLAGGED


@pytest.mark.parametrize(("text", "category"), [
    ("Ich bin auf der Intensivstation aufgewacht, sie haben mir den Magen ausgepumpt.", "recent_attempt"),
    ("Ik werd wakker op de spoedeisende hulp, ze hadden mijn maag leeggepompt.", "recent_attempt"),
    ("Я очнулась в реанимации, мне промыли желудок.", "recent_attempt"),
    ("Вчера мне промыли желудок.", "recent_attempt"),
    ("我在急诊室醒来，他们给我洗了胃。", "recent_attempt"),
    ("目が覚めたら救急病院で、胃洗浄をされていた。", "recent_attempt"),
    ("Aku bangun di UGD, perutku dikuras.", "recent_attempt"),
    ("Comprei carvão e fita e guardei no porta-malas do carro.", "plan_preparation"),
    ("我买了木炭和胶带，放在车里。", "plan_preparation"),
    ("Ich habe schon einen Tag ausgesucht, danach ist alles vorbei.", "plan_preparation"),
    ("Benden sonra bakması için kedimi arkadaşıma verdim.", "plan_preparation"),
])
def test_other_language_disclosures(text, category):
    assert classify(text)[0] == category
    assert crisis.risk_level(text) in _FLAGGED


@pytest.mark.parametrize("text", [
    # the same acts for an everyday reason (each read as preparation on the base)
    "Since I'm retiring in June I wrote goodbye letters to my pupils.",
    "We picked the date for the wedding, June the 14th!",
    "I bought charcoal for the barbecue on Saturday.",
    "J'ai donné mes vêtements à une association parce que je déménage.",
    "Ho regalato i miei vestiti perché mi trasferisco in un appartamento più piccolo.",
    "كتبت رسالة وداع لزملائي لأنني سأنتقل إلى عمل جديد.",
])
def test_everyday_reasons_read_none(text):
    assert classify(text)[0] == "none"
    assert crisis.risk_level(text) not in _FLAGGED


@pytest.mark.parametrize("text", [
    # look-alikes of the new patterns: the same words, no disclosure
    "I wrote the wifi password down for the guests for after dinner.",
    "I've been saying goodbye to the neighbours without them realising we're moving.",
    "I asked mum to take the kids on Saturday, she thinks I'm going to the gym but it's for her surprise party.",
    "I won't be around to use the car next month, I'm moving to Spain.",
    "I'd be fine if a bus came soon, it's freezing at this stop.",
    "Mir wurde der Magen ausgepumpt, weil ich zu viel Alkohol getrunken hatte.",
    "Der Tierarzt hat unserem Hund den Magen ausgepumpt.",
    "Мне промыли желудок, потому что я отравился грибами.",
    "我买了木炭和胶带，周末烧烤要用。",
    "Comprei carvão e fita adesiva para o churrasco de domingo.",
    "Benden sonra nöbete gelen hemşire hastalara bakacak.",
    "Perutku dikuras karena keracunan makanan di pesta.",
    "Wir haben einen Tag für die Hochzeit ausgesucht.",
    "We're moving to Leeds so I paid off the credit card and gave my clothes away.",
    "Pagué todas mis deudas y le di mi guitarra a mi primo porque me mudo a Chile.",
    "Le di mi guitarra a mi primo por su cumpleaños.",
])
def test_look_alikes_read_none(text):
    assert crisis.risk_level(text) not in _FLAGGED
