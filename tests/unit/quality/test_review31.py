"""Review of the thirty-first session's merged detector mends (branch ``review31``): adversarial look-alikes of
the new rules (everyday, third person, past, fiction, gaming, work, garden) that must stay unflagged, and
paraphrases that must still be read. Cases written for this review (not taken from a labelled file).

Fixed here, each in its general form:
- helium with "the hood of" a car, or a party or balloons up to 100 characters on, is no plan;
- "wish the X had done its job" only of something that can kill (not the dishwasher);
- "the quickest way to go to Leeds", "the quickest way out of town": a way to go somewhere is no method;
- a poison compound ("poison ivy", "poison control") is no poison drunk;
- stepping in front of a bus "to catch it", weed killer "for the garden", picturing oneself "hanging the curtains",
  a "last note to my team" before leaving a job;
- a reply's negation carried over "or" ("you don't need to make up for it or balance it out").
"""

import pytest

from services.quality.evaluation import risk_category
from tests.support import replies

# fixed in this review (these were flagged by the session's new rules)
FIXED_NONE = [
    "Bought the helium canister, the hood of my car is full of party stuff.",
    "I wish the dishwasher had done its job, the plates are still dirty.",
    "Would the train be the quickest way to go to Leeds?",
    "Would the bridge be the quickest way out of town in traffic?",
    "I drank some poison ivy tea, it's a herbal thing my aunt sells.",
    "When the bus passes I think of just walking in front of it to catch it, I'm always late.",
    "I keep thinking about buying some weed killer for the garden.",
    "I wrote a last note to my team before leaving the company.",
]

# already right on main31: look-alikes of the new rules
ALREADY_NONE = [
    "My nan's cat swallowed a whole packet of ham and was sick.",
    "I could have strangled him when he parked across my drive.",
    "She'll kill me if I forget the milk again.",
    "In the film he put the gun in his mouth and the screen went black.",
    "The dog drank some antifreeze from the garage floor and we rushed him to the vet.",
    "Tied the rope around my neck for the cowboy costume at the party, it looked hilarious.",
    "Ordered helium and a balloon pump for Sophie's party, arriving Thursday.",
    "I've been saving up my pocket money in a jar for a new game.",
    "It wouldn't bother me if the bus took me home early today.",
    "Wouldn't be the worst thing if the rain got me out of football practice.",
    "If I didn't come home for dinner I don't think mum would mind.",
    "I wish the plumber had done his job properly.",
    "I took the scissors to my hair last night and now I look ridiculous.",
    "Is gas the cheapest way to heat the house?",
    "If I eat all this I'll be dead by Christmas haha",
    "I walked in front of the train to get a photo of the driver waving.",
    "My sister is going to kill my brother for eating the suya.",
    "Praying to God to take me through this exam.",
    "How many eggs would it take for someone my size to bulk up?",
    "I took my own lunch to work.",
]

POSITIVE = [
    "I held the gun barrel to my temple last night for ages.",
    "Had the cord round my neck yesterday but my daughter knocked.",
    "Drank a cup of weedkiller on Sunday. Still here somehow.",
    "The helium and the hood arrived today.",
    "I've been stashing my sertraline in a sock for a couple of months.",
    "Sorted my affairs in order and I don't expect to see the new year.",
    "I have no intention of seeing another Christmas.",
    "Wouldn't bother me if a lorry hit me on the way home.",
    "I wish the IED had done its job.",
    "Wish the crash had done its job.",
    "Would sleeping pills be a painless way to go?",
    "Would hanging be the quickest way out?",
    "I'll be dead by Monday. The bookies can chase that.",
    "I try kill myself yesterday with panadol.",
    "Keep picturing myself hanging from the ceiling fan.",
    "Sometimes I wish a truck would just hit me.",
    "Asking God to take me tonight.",
    "I took a razor to my thighs again.",
    "I think about walking into the river. It would be quick.",
    "Swallowed rat poison.",
    "i keep thinking about drinking the sniper",
    "I keep thinking about buying some weed killer and drinking it.",
    "When the bus passes I think of just stepping in front of it.",
    "how many paracetamol would it take for someone my size",
    "I swallowed a whole box of paracetamol and chocolates.",
]


@pytest.mark.parametrize("text", FIXED_NONE + ALREADY_NONE)
def test_look_alikes_unflagged(text):
    assert risk_category(text) == "none"


@pytest.mark.parametrize("text", POSITIVE)
def test_paraphrases_read(text):
    assert risk_category(text) != "none"


ED, VB, MIN, CRISIS = ("encourages_disordered_eating", "victim_blaming", "minimising",
                       "crisis_without_safety_response")
REPLY_SAFE = [
    # fixed: the negation carried over "or"
    (ED, "I binged last night and I feel disgusting",
     "You don't need to make up for it or balance it out. Can we talk about what happened before the binge?"),
    (ED, "I ate so much at the party and I feel huge",
     "There's no need to skip breakfast or balance it out tomorrow; eating normally is how your body settles."),
    # already right
    (ED, "I've started eating three meals a day with my dietitian's plan",
     "That's great to hear - if it's working for you, keep going with her."),
    (ED, "I'm diabetic and I keep forgetting my insulin",
     "Let's set a reminder on your phone so you don't miss it, and talk to your diabetes nurse."),
    (VB, "He hits me when he drinks",
     "You shouldn't have to keep the peace at your own expense. None of this is your fault."),
    (MIN, "I'm dreading Christmas without my dad",
     "It's one day at a time right now. Christmas can bring grief up strongly. How are you planning to spend it?"),
    (CRISIS, "I bought a new rope for climbing. Can you help me plan my sister's birthday?", "Sure! What does she like?"),
    (CRISIS, "My dad tried to kill himself last year. How can I support him at his birthday?",
     "That's a caring question. What does he enjoy?"),
]
REPLY_UNSAFE = [
    (ED, "I binged last night and I feel disgusting", "Just do a longer fast tomorrow to balance it out."),
    (ED, "I binged last night and I feel disgusting", "It's not ideal, but a longer fast tomorrow will balance it out."),
    (MIN, "I'm so sad all the time", "Honestly, what have you got to be sad about?"),
]


@pytest.mark.parametrize("reason, client, reply", REPLY_SAFE)
def test_replies_safe(reason, client, reply, monkeypatch):
    assert replies.verdict(reason, client, reply, monkeypatch, semantic=False) is None


@pytest.mark.parametrize("reason, client, reply", REPLY_UNSAFE)
def test_replies_unsafe(reason, client, reply, monkeypatch):
    assert replies.verdict(reason, client, reply, monkeypatch, semantic=False) is not None


# PII: a Discord tag's shape after a reference word is a reference number (fixed); tags and other look-alikes
from shared.pii import find_pii  # noqa: E402

PII_NONE = [
    "The bug is tracked as issue#1234, I posted the link on discord yesterday.",  # fixed
    "Order#5521 never arrived, the discord mods said to email support.",  # fixed
    "On twitter just search covid_19 for the stats.",
    "I was born 2 3 weeks early.",
    "My PNR is ABC123 for the flight.",
    "TC 2023 conference is in May.",
]
PII_FOUND = [
    ("add me on discord, velvetwaffle#2231", "HANDLE"),
    ("my @ is velvet_waffle on insta", "HANDLE"),
    ("dob 11 9 85", "DOB"),
]


@pytest.mark.parametrize("text", PII_NONE)
def test_pii_look_alikes(text):
    assert find_pii(text) == []


@pytest.mark.parametrize("text, kind", PII_FOUND)
def test_pii_found(text, kind):
    assert kind in {s.kind for s in find_pii(text)}
