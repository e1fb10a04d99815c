"""Thirty-first session, helper ``riskblind31c`` (docs/quality.md, "Other Englishes, written blind"): the mends read from
the blind ``risk_valid_v31c``'s misses and false flags, each as a class of phrasings with its look-alikes
(``services/quality/checks/counselling/risk_en31c.py``, hooks in ``risk``, ``crisis`` and ``life_talk``).

The sentences here are written for the tests, not copied from the validation file.
"""

import pytest

from services.quality.checks.counselling.risk_en31c import read_spelling
from tests.support.blind import assert_category, assert_no_risk, assert_risk, assert_stage_one_none

# stage one's reading of the new phrasings
STAGE_ONE = [
    # spelling slips and dialect forms of "myself", "take my own life", "tried", "overdose", "disappear"
    ("i want to kil my self", "active_ideation"),
    ("sometimes i think of killin myslf", "active_ideation"),
    ("Mi waan kill miself, mi tired", "active_ideation"),
    ("I keep wanting to tek mi own life", "active_ideation"),
    ("i tride to ovrdose on saturday", "recent_attempt"),
    ("i just wanna dissapear forever", "passive_wish"),
    # Caribbean "mi" as the subject
    ("Mi wish mi coulda dead", "passive_wish"),
    ("I wish I could be dead", "passive_wish"),
    # intent: going to hang / drown / take my own life; Pidgin and Creole futures
    ("I'm going to hang myself when everyone is asleep", "intent"),
    ("Im gonna drown myself in the lagoon", "intent"),
    ("I'm going to take my own life, I've decided", "intent"),
    ("This night I go kill myself", "intent"),
    ("Mi a go tek mi own life", "intent"),
    # recent attempts: a train stepped in front of; a driver who braked; poison drunk; Pidgin's "try"
    ("Two weeks ago I stepped in front of the express train", "recent_attempt"),
    ("I ran in front of a lorry on Friday but the driver braked", "recent_attempt"),
    ("Swallowed weedkiller on Monday. They kept me for three nights.", "recent_attempt"),
    ("I drank some bleach last night", "recent_attempt"),
    ("I try kill myself last month", "recent_attempt"),
    # plans: medicines from several chemists so nobody notices; a lethal amount asked for oneself
    ("I've been getting paracetamol from four different pharmacies so nobody notices", "plan_preparation"),
    ("how many sleeping tablets would it take for someone my weight", "plan_preparation"),
    ("What's the fatal dose of amitriptyline? Asking for myself.", "plan_preparation"),
    ("I was googling which cliff is high enough", "plan_preparation"),
    # methods: a poison or a gun in a thought; seeing oneself hanging; a vehicle; "that way"
    ("I keep thinking about drinking pesticide", "method"),
    ("The thought of shooting myself won't go", "method"),
    ("I keep imagining myself hanging in the garage", "method"),
    ("Whenever a matatu passes I think about jumping in front of it", "method"),
    ("I keep thinking about stepping in front of a bus", "method"),
    ("Pills are easy to get. I keep thinking about ending it that way.", "method"),
    # active ideation: "end mine" after others' lives
    ("Does God forgive those who take their own lives? I've been thinking of taking mine.", "active_ideation"),
    # self-injury: Pidgin's habitual "dey", Taglish "nag-cut"
    ("I dey burn my arm with hot spoon", "nssi"),
    ("Mi still dey cut mi thigh", "nssi"),
    ("Nag-cut ulit ako kagabi", "nssi"),
    # passive wishes: a vehicle wished to hit one; God asked to take one
    ("I wish a lorry would just hit me", "passive_wish"),
    ("Sometimes I pray that a bus will run me over", "passive_wish"),
    ("I keep begging God to take me", "passive_wish"),
    ("Lord, please take me. I'm so tired.", "passive_wish"),
    ("sana hindi na ako magising", "passive_wish"),
    ("Sana mamatay na lang ako, pagod na ako", "passive_wish"),
    ("I left a likkle note fi mi madda under the pillow", "plan_preparation"),
]

# look-alikes stage one must not read as a disclosure
STAGE_ONE_NONE = [
    "my self-esteem is low",
    "I'm working on my self confidence",
    "I stepped in front of the train doors to hold them for my gran",
    "Jumped in front of the bus to save the kid, my knee is wrecked",
    "I drank bleach by accident when I was four",
    "How many eggs would it take to make a big cake?",
    "What is the lethal dose of paracetamol for a patient of 60kg?",
    "I was googling flights to Lagos",
    "I keep thinking about drinking some tea",
    "Nag-cut ng class ako kahapon",
    "I wish a bus would come, I've been waiting an hour",
    "Lord, take me to a better job",
    "God take me through this exam",
    "Lord, take me as I am",
    "I'm not going to hang myself, relax",
    "the K-drama ended with him trying to jump off the bridge",
    "That teleserye had the mother trying to drown herself",
    "When I was drinking I tried to end it, but I've been sober for nine years",
    "Mi did try kill miself when mi was 19",
    "I'm tired of life in this hostel",
    "Sick of life in Lagos, the traffic is too much",
    "Sana hindi na ako ma-late bukas",
    "I left a little note for my flatmate to buy milk",
    "I wrote a short letter to my landlord about the leak",
]


@pytest.mark.parametrize("text,category", STAGE_ONE)
def test_stage_one_reads(text, category):
    assert_category(text, category)


@pytest.mark.parametrize("text", STAGE_ONE_NONE)
def test_stage_one_look_alikes(text):
    assert_stage_one_none(text)


# the whole detector: new phrasings at risk and their look-alikes
AT_RISK = [
    "Three days ago I drank the sniper in my room. My brother carried me to hospital.",
    "I dey use razor cut my wrist every night",
    "Mi waan kill miself",
    "I'm going to take my own life on Sunday",
    "i tride to kil my self yesterday",
    "My suicidal thoughts are back, like when I was in school",
    "I asked my pastor if God forgives people who take their own lives, because I've been thinking of taking mine.",
]

NOT_AT_RISK = [
    "I'm going to kill my brother for eating my jollof",
    "I'll kill my roommate if she finishes the milk again",
    "I'm tired of life in this compound, the generator runs all night.",
    "No quiero morirme, I just want my parents to stop fighting.",
    "I'm not going to hang myself like they think, I just want my case heard.",
    "That telenovela had the heroine trying to jump off the bridge, so dramatic",
    "I'm a staff nurse, what is the overdose threshold of paracetamol for an adult patient?",
]


@pytest.mark.parametrize("text", AT_RISK)
def test_at_risk(text):
    assert_risk(text)


@pytest.mark.parametrize("text", NOT_AT_RISK)
def test_not_at_risk(text):
    assert_no_risk(text)


def test_spelling_reads_only_the_slips():
    assert read_spelling("i want to kil my self") == "i want to kill myself"
    assert read_spelling("mi wish mi coulda dead") == "i wish i coulda dead"
    assert read_spelling("Mi casa es tu casa") == "Mi casa es tu casa"
    assert read_spelling("mi amiga se cortó") == "mi amiga se cortó"
    assert read_spelling("my self-esteem") == "my self-esteem"
    assert read_spelling("I love my self care routine") == "I love my self care routine"
