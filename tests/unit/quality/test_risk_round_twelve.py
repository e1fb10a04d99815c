"""Round twelve of stage one (fifteenth session): everyday words, English and the languages of
``risk_langs``. Accidents and everyday cutting, burning and overdoing ("I cut my arm on a fence",
"burned my hand on the stove", "I'm killing myself at the gym", "I overdosed on coffee", "me corté el
pelo", "me cortei cortando cebola") are no disclosure; nor a denial in Finnish ("ei", "en", "emme"
before the verb), Romanian ("nu"), Czech ("nemám") or Indonesian ("ga", "ngga"); nor a past attempt
said to be over, in English or romanised Hindi ("college ke time ... ab sab theek hai", "years back");
nor a third person's risk. Their neighbours stay disclosures: an injury said to be meant or hidden
behind an accident story, a relapse told after a recovery ("ab sab theek hai bolti hoon par kal raat
phir se ..."), one's own risk beside a third person's ("... and honestly so have I"), "killing myself"
with a thought before it. Sentences written for this test (the brief's examples among them), not
taken from the labelled files."""

from __future__ import annotations

import pytest

from services.quality.checks.counselling import crisis
from services.quality.checks.counselling.risk import classify

# stage one read each of these as a disclosure before this round
EVERYDAY = [
    # accidents and everyday objects (English)
    "I cut my arm on a fence yesterday",
    "burned my hand on the stove",
    "I cut my hours at work so I can pick the kids up.",
    "I cut my fringe myself and now I look about twelve.",
    "i cut the grass and the hedge this morning",
    "Burnt my arm on the oven door getting the roast out, ouch.",
    "I hurt myself moving furniture and my back is killing me.",
    "Cut myself shaving again, I always do before interviews.",
    "I burned myself on the kettle, I'm so clumsy lately.",
    "I scratched my legs raw on the brambles picking blackberries.",
    # idioms of effort and everyday "overdoses"
    "I'm killing myself at the gym",
    "I'm killing myself trying to finish this dissertation.",
    "killing myself with overtime so we can afford Christmas",
    "I overdosed on coffee",
    "overdosed on Netflix all weekend, zero regrets",
    # Spanish and Portuguese
    "me corté el pelo",
    "me cortei cortando cebola",
    "Me corté cocinando, no es nada.",
    "me queimei no forno fazendo o jantar",
    # past and recovered
    "college ke time suicide attempt kiya tha, ab sab theek hai",
    "3 saal pehle mujhe suicidal thoughts aate the, ab main bilkul theek hoon",
    "Years back I overdosed on my meds; I'm a grandad now.",
    # negation in the languages of risk_langs
    "Minulla ei ole itsemurha-ajatuksia",
    "Nu mă gândesc la sinucidere, sunt doar obosită.",
    "Aku ga pengen mati kok, cuma capek.",
    "Nemám sebevražedné myšlenky, jen jsem unavená.",
    # accidents in the languages of risk_langs
    "Jag skar mig på en glasbit när jag diskade i köket.",
    "Jeg skar meg på kniven da jeg lagde middag.",
    "Pořezala jsem se při krájení chleba.",
    "Mă tai mereu când gătesc, sunt stângace.",
    "chai banate hue haath jala liya",
    "galti se haath kaat liya sabzi kaatte waqt",
    "सब्ज़ी काटते हुए चाकू से हाथ कट गया",
    "Порізала палець, коли різала хліб.",
    "Hinihiwa ko ang sibuyas para sa hapunan.",
]

# a third person's risk and nothing of the writer's: a mention (these were mentions before too)
THIRD_PERSON = [
    "my roommate has been cutting again",
    "meri behen ne khud ko nuksan pahunchaya",
    "Min syster säger att hon vill dö, och jag vet inte vad jag ska göra.",
]

DISCLOSURES = [
    # meant or hidden behind an accident story
    ("nssi", "I cut my arm on purpose, not on the fence like I told mum"),
    ("nssi", "I burned my hand on the stove on purpose because I deserved it."),
    ("nssi", "Told my boss I cut myself on the shelf at work. I didn't, I did it at home with a razor."),
    ("nssi", "i cut my thighs again last night"),
    ("nssi", "I cut myself when I feel numb."),
    ("nssi", "Me corté a propósito anoche."),
    ("nssi", "Pořezala jsem se schválně žiletkou."),
    ("nssi", "mummy ko bola sabzi kaatte hue kata, asal mein maine khud kaata tha"),
    # a relapse after a recovery
    ("recent_attempt", "ab sab theek hai bolti hoon par kal raat phir se goliyan kha li"),
    ("nssi", "I've started cutting again after two years clean."),
    ("nssi", "I'm in recovery but last night I cut again."),
    # one's own risk beside someone else's
    ("nssi", "my roommate has been cutting again and honestly so have I"),
    ("active_ideation", "My brother says he's suicidal and I am too."),
    # "killing myself" as a thought, not as effort
    ("active_ideation", "I'm killing myself at work all day and at night I think about killing myself for real."),
    ("active_ideation", "I keep thinking about killing myself at the gym."),
    ("recent_attempt", "I overdosed on my antidepressants on Saturday."),
    # the negation words read in their clause only
    ("active_ideation", "En jaksa enää, haluan kuolla."),
    ("active_ideation", "Nu mai pot, vreau să mor."),
    ("active_ideation", "aku pengen mati"),
    ("nssi", "Olen viillellyt itseäni taas."),
]


@pytest.mark.parametrize("text", EVERYDAY)
def test_everyday_words_are_no_disclosure(text):
    assert classify(text)[0] == "none"


@pytest.mark.parametrize("text", THIRD_PERSON)
def test_a_third_persons_risk_is_a_mention(text):
    assert classify(text) == ("none", True)


@pytest.mark.parametrize(("category", "text"), DISCLOSURES)
def test_the_writers_own_risk_among_everyday_words_stays_a_disclosure(category, text):
    assert classify(text) == (category, True)


@pytest.mark.parametrize("text", [
    "I cut my arm on purpose, not on the fence like I told mum",
    "my roommate has been cutting again and honestly so have I",
    "ab sab theek hai bolti hoon par kal raat phir se goliyan kha li",
])
def test_both_stages_find_the_turn_at_risk(text):
    assert crisis.risk_category(text) != "none"
    assert crisis.risk_level(text) in ("moderate", "high")
