"""Thirty-third session, helper riskblind33b (docs/quality.md, "Risk in Scots, Irish, Australian and South Asian
English, written blind"): the general forms the blind file ``risk_valid_v33`` showed missing or misread, each with the
look-alikes that must stay unflagged (``risk_en33``).

1. Dialect words for killing oneself: Scots "masel / mysel", "dae ... in", "tae", "aboot", "endin it aw"; the dropped
   "g" ("toppin", "doin", "thinkin aboot"); "do away with myself", "knock myself off"; Scots negation ("I'm nae",
   "wouldnae") read as English so that a denial stays a denial.
2. The British "for ever" of sleeping or disappearing; everyone "happy / glad / relieved" without the writer;
   "better I was never born".
3. Hanging from the ceiling fan with a dupatta, chunni or saree, thought of or tried; cut down by the people who found
   the writer; strips of tablets bought from several chemists; a fist driven into a thing "because I wanted it to hurt".
4. Set aside: marks on the arm from the cat or the gym, words quoted from a song, a past state dated by the next
   sentence ("That was 2008").
"""

import pytest

from services.quality.checks.counselling.risk_en33 import read_spelling
from tests.support.blind import assert_category, assert_no_risk, assert_risk_category, assert_stage_one_none

STAGE_ONE = [
    # dialect words for killing oneself
    ("honestly been thinkin aboot toppin masel since the funeral", "active_ideation"),
    ("I keep thinking about doing away with myself when the house is quiet", "active_ideation"),
    ("been thinking bout knocking myself off, not gonna lie", "active_ideation"),
    ("lying awake thinkin aboot endin it aw, every night this week", "active_ideation"),
    ("I've been dreamin about doin myself in", "active_ideation"),
    ("I tried tae dae masel in on Friday night", "recent_attempt"),
    # passive wishes
    ("honestly I'd like to go to sleep for ever and not have to deal with any of it", "passive_wish"),
    ("my kids would be glad without me, I'm only a weight on them", "passive_wish"),
    ("it'd have been better if I'd never been born", "passive_wish"),
    # the fan and a cloth
    ("at night I lie looking at the ceiling fan and my chunni on the chair", "method"),
    ("I keep thinking about the saree and the fan in my room", "method"),
    ("last week I tried with the dupatta and the pankha but it came loose", "recent_attempt"),
    # cut down
    ("my flatmate cut me down on Sunday and called the ambulance", "recent_attempt"),
    ("I got cut down by staff at the unit two days ago", "recent_attempt"),
    # chemists
    ("been buying packs of paracetamol from three different pharmacies this month", "plan_preparation"),
    # a thing punched to hurt
    ("smashed my fist into the bathroom mirror, I wanted it to hurt", "nssi"),
]

STAY_NONE_STAGE_ONE = [
    # dialect look-alikes: a fall, the noise of a pub, ending a night out, a match, a denial
    "knocked myself off my bike this morning, grazed my knee",
    "I nearly knocked myself off the ladder clearing the gutters",
    "we're endin it aw at the pub the night, last day o' term!",
    "I was thinkin aboot the match all day",
    "I'm nae thinkin o' daein masel in, dinnae panic. Just needed tae vent.",
    "I wouldnae hurt masel, I'm just scunnered wi the work",
    "she's been talkin aboot endin it aw wi him",
    # for ever, happy without me, never born
    "the kids will be happy without me for a night, it's a sleepover",
    "they'd be happy without me this weekend, I'm away at the conference",
    "the babysitter says they were glad without me at the party lol",
    # the fan and a cloth in a chore or an accident
    "my dupatta got caught in the ceiling fan lol",
    "I was thinking of cleaning the fan with an old saree",
    "bought a new ceiling fan and a saree for Diwali, thinking of gifting it",
    # cut down otherwise
    "I got cut down from the squad on Saturday, gutted",
    "my hours were cut down by the manager again",
    "I was cut down by the flu for a whole week",
    # chemists for a shortage or for someone else
    "bought two packs of paracetamol from different chemists because of the shortage",
    "picked up strips of tablets from two different chemists for my dad's dosette box",
    # punches without the wish to hurt
    "punched the wall by accident moving the wardrobe, wanted to cry",
    # set aside: marks from the cat, a song quoted, a past dated by the next sentence
    "I'm not self-harming. The marks on my arm are from the cat.",
    "The lyrics go 'wish I could disappear', such a sad song",
    "the chorus is like 'I wanna die tonight' and everyone was singing it",
    "After the divorce I was suicidal for a while. That was 2011. I'm okay now.",
    "I tried to end it. That was twenty years ago, I volunteer with a helpline now.",
]

STILL_AT_RISK = [
    # a song quoted and then owned, a recent past dated as recent, the same after a dated next sentence of now
    ("The song goes 'wish I could disappear' and honestly same, I wish I could disappear.", "passive_wish"),
    ("I tried to kill myself on Sunday. That was the second time.", "recent_attempt"),
    ("I was suicidal last month. That was the worst week of my life.", "active_ideation"),
]


@pytest.mark.parametrize("text,category", STAGE_ONE)
def test_stage_one_reads_the_form(text, category):
    assert_category(text, category)


@pytest.mark.parametrize("text", STAY_NONE_STAGE_ONE)
def test_look_alikes_stay_none_at_stage_one(text):
    assert_stage_one_none(text)


@pytest.mark.parametrize("text,category", STILL_AT_RISK)
def test_still_at_risk(text, category):
    assert_category(text, category)


@pytest.mark.parametrize("text", [
    "I'm nae thinkin o' daein masel in, dinnae panic. Just needed tae vent.",
    "knocked myself off my bike this morning, grazed my knee",
    "my dupatta got caught in the ceiling fan lol",
    "I got cut down from the squad on Saturday, gutted",
    "I'm not self-harming. The marks on my arm are from the cat.",
])
def test_look_alikes_stay_none_whole_detector(text):
    assert_no_risk(text)


@pytest.mark.parametrize("text,category", [
    ("Been thinkin aboot toppin masel maist days, cannae shake it", "active_ideation"),
    ("Mate, thinking about knocking myself off lately. Haven't done anything.", "active_ideation"),
    ("Whenever I see the fan I think about my dupatta. Not done anything.", "method"),
])
def test_whole_detector_flags(text, category):
    assert_risk_category(text, category)


def test_spelling_reads_only_the_dialect_words():
    assert read_spelling("tried tae dae masel in") == "tried to do myself in"
    assert read_spelling("endin it aw") == "ending it all"
    assert read_spelling("I wish I could sleep for ever") == "I wish I could sleep forever"
    # untouched: "din", "aw" alone, "in" after other words, "tae" before a noun
    for text in ("the din of the pub", "aw that's lovely", "I'm in it for the long run", "a cup o tae please",
                 "for ever and ever amen"):
        assert read_spelling(text) == text
