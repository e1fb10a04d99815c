"""riskblind31 (thirty-first session): mends from the blind English file ``risk_valid_v31`` (writers the earlier files
had not seen: older adults, tradesmen, farmers, veterans, paramedics and police, people in gambling debt, new parents,
teenagers texting, people with chronic pain or a terminal illness). docs/quality.md, "riskblind31".

Stage one (``risk.classify``):
1. passive wish: a fatal accident or a shift one does not come home from met with indifference or hope, the thing
   that nearly killed one wished to have done so, "content not to wake up", "a wish to die";
2. attempts told by their means without a risk word (a gun's barrel in one's mouth, a rope round one's neck, a poison
   drunk, "found me in the car with the engine running");
3. plans by logistics (helium and a hood ordered, a named drug saved up and hidden, affairs settled beside not
   expecting to see the new year), intent ("no intention of seeing another winter", "I'll be dead by Monday",
   "I'm doing it soon" with a death word in the turn), method (walking into a slurry pit or the sea thought of with
   what it would do; a means called "a peaceful way to go"), self-injury ("taking the pliers to my own hand");
4. readers: litotes ("I'd be lying if I said I hadn't ..."), indifference ("not fussed if I don't wake up") and a
   negation inside an "if" clause no longer negate; a question put to the speaker answered "no" does; years written
   "'93" are past; "back in the summer" and "after twelve years of this" are not; "shes", "one of the lads" are
   someone else; a will made on a solicitor's advice, "if I have to ... one more time I'm gonna jump", and "i wanna
   die lmao" over a video game are everyday;
5. "asking for a friend" or "hypothetically" with the friend owned as the writer ("(its me)", "my friend is me"): the
   friend, "you" and "someone" before it are read as the writer.

Whole detector (``crisis.everyday_alone`` through ``life_talk.EVERYDAY_EN31``): clocking out of a shift, checking out
of a caravan park, "in case I get hit by a bus" of passwords, life insurance taken out, "I could have hanged myself
when the mechanic told me the price" are cut as everyday talk when the turn has no death word of its own.
"""

from __future__ import annotations

import pytest

from services.quality.checks.counselling.crisis import risk_category
from services.quality.checks.counselling.risk import classify
from tests.support.blind import assert_category, assert_no_risk, assert_risk, assert_stage_one_none

AT_RISK = [
    # 1. passive wish
    ("Wouldn't bother me if a lorry took me out on the A1.", "passive_wish"),
    ("It wouldn't be the worst thing if the tractor crushed me one of these days.", "passive_wish"),
    ("Some shifts I hope I don't make it home.", "passive_wish"),
    ("Honestly I'm hoping we get a call where I don't come back from a shift.", "passive_wish"),
    ("If I didn't come back from a job one night I don't think I'd mind.", "passive_wish"),
    ("I wish the cancer had finished me off.", "passive_wish"),
    ("Some days I wish the crash had done its job.", "passive_wish"),
    ("Part of me wishes I'd drowned that day.", "passive_wish"),
    ("I half wish I'd gone under the tractor when it tipped.", "passive_wish"),
    ("It should have been me that died. I wish it had been.", "passive_wish"),
    ("I'd be quite content not to wake up tomorrow.", "passive_wish"),
    ("Not bothered if I don't wake up, to be honest.", "passive_wish"),
    ("I wish to die.", "passive_wish"),
    # 2. attempts by their means
    ("I put the gun to my head on Saturday night.", "recent_attempt"),
    ("Had the shotgun in my mouth last week.", "recent_attempt"),
    ("I had the rope round my neck on Sunday.", "recent_attempt"),
    ("Last month I drank a bottle of bleach.", "recent_attempt"),
    ("Back in the summer I swallowed a cup of weed killer.", "recent_attempt"),
    ("My brother found me in the garage with the engine running and the hose on.", "recent_attempt"),
    # 3. plans, intent, method, self-injury
    ("The helium and the hood arrived this morning.", "plan_preparation"),
    ("I've been saving my gabapentin for two months, they're in a tin in the shed.", "plan_preparation"),
    ("been stashing my mums codeine got like 30 now", "plan_preparation"),
    ("I have put my affairs in order and I don't expect to see Christmas.", "plan_preparation"),
    ("I changed my will last week. I won't see another spring.", "plan_preparation"),
    ("I have no intention of seeing another Christmas.", "intent"),
    ("I'll be dead by Friday.", "intent"),
    ("I've read about suicide and the pensions. I'm doing it soon.", "intent"),
    ("I think about walking into the reservoir. It'd be over quick.", "method"),
    ("Would an overdose of insulin be a painless way to go?", "method"),
    ("I keep thinking about driving into the estuary so it's all over.", "method"),
    ("I've been taking a razor to my thighs again.", "nssi"),
    ("Took the compass to my own arm in maths.", "nssi"),
    # 4. readers
    ("I'd be lying if I said I hadn't thought about killing myself.", "active_ideation"),
    ("If the loan doesn't come through I'm killing myself.", "active_ideation"),
    ("If they don't sort my pain out I will kill myself.", "intent"),
    ("After fifteen years of this I think about ending my life every day.", "active_ideation"),
    ("The helium and the hood arrived this morning.", "plan_preparation"),
    # 5. a hedged friend owned as the writer
    ("asking for a friend how do u stop thinking about killing urself (its me obviously)", "active_ideation"),
    ("Asking for a friend, she's been cutting herself every night. Ok it's me.", "nssi"),
    ("Hypothetically, how would someone stop wanting to kill themselves? my friend is me.", "active_ideation"),
]

STAY_NONE = [
    # accidents and jobs, without indifference or hope
    "It wouldn't bother me if the boss took me off the rota.",
    "Wouldn't bother me if my mate took me to the pub tonight.",
    "I hope we don't get back too late from the match.",
    "If I didn't get home in time for tea my wife would mind.",
    "I wish the plumber had done the job properly.",
    "I wish the dog had got me the ball back.",
    "I wish I'd gone under the radar at work.",
    "I wish it had been me who got the promotion.",
    "He should have been the one that got the job.",
    "I'd be happy not to wake up early on a Sunday.",
    # means without an attempt
    "The robber put a gun to my head and took my wallet.",
    "I put the rope over the beam to hoist the engine out.",
    "We tied the rope round the banister for the Christmas lights.",
    "The dog drank some antifreeze by accident and the vet saved him.",
    "The nurse found me on the floor after the fall, not breathing properly.",
    # plans without risk
    "We ordered the helium for the balloons at her birthday party.",
    "I've been saving my sertraline for the holiday so I don't run out.",
    "I collected my codeine from the pharmacy and put it in the drawer.",
    "I've put my affairs in order and I'm looking forward to Christmas with the grandchildren.",
    "I've just made my will and a lasting power of attorney, my solicitor says everyone should.",
    "We made our wills now we've got the baby.",
    "I'll be dead on my feet by Monday after this move.",
    "I'm doing it tonight, the whole essay, wish me luck.",
    "I think about walking into the reservoir for a swim, it'd be quick to cool off.",
    "Would morphine be a peaceful way to go for my dad? He's in the hospice.",
    "I took the scissors to my hair last night.",
    "I took a hammer to my own car door when it jammed.",
    # negations, past, other people, idioms
    "I'm not gonna kms dw, I'm just being dramatic.",
    "I've no wish to die.",
    "The GP asked if I'd had thoughts of harming myself and honestly no, never.",
    "tried to top myself in '93. Long time ago, I'm well now.",
    "Back in the summer of 1998 I took an overdose. I've been well for decades.",
    "my best mate just sent me a msg saying shes gonna kms tonight what do i do",
    "I want to spot if one of the lads is thinking of ending it.",
    "if i have to hear this song one more time im gonna jump out the window",
    "got killed like 40 times in elden ring tonight i wanna die lmao",
    "Not fussed if I don't get the job, to be honest.",
    "Hi it's me again. Asking for a friend: she wants to kill herself, what do I do?",
    "Asking for a friend, and I genuinely mean my flatmate: she's been saying she wants to die.",
    "Hypothetically, if someone wanted to kill themselves how would you talk them out of it? Asking as a teacher.",
    "If I don't pass this exam I'm going to be gutted.",
]


@pytest.mark.parametrize("text,category", AT_RISK)
def test_stage_one_reads_the_disclosure(text, category):
    assert_category(text, category)


@pytest.mark.parametrize("text", STAY_NONE)
def test_look_alikes_stay_none_at_stage_one(text):
    assert_stage_one_none(text)


# the whole detector (the learned stage included) on the denials and the other people's turns stage one now reads
WHOLE_NONE = [
    "im not gonna kms dw im just being dramatic abt my maths mock",
    "The health visitor asked if I'd had thoughts of harming myself and honestly no, never. Just very tired and weepy.",
    "First Gulf War messed me up, tried to top myself in '93. Long time ago. I'm well and I volunteer at the Legion.",
    "my best mate just sent me a msg saying shes gonna kms tonight what do i do pls",
    "I've just made my will and a lasting power of attorney at 72, my solicitor says everyone should. Felt very grown up!",
]


@pytest.mark.parametrize("text", WHOLE_NONE)
def test_whole_detector_stays_none(text):
    assert_no_risk(text)


# 6. pills thought of "if I took them all" are no dose forgotten (the dose-care reading stands aside)
def test_pills_all_of_them_is_a_method():
    assert classify("been thinking about the pills in the kitchen cupboard n like if i took them all. not gonna but idk")[0] == "method"
    assert classify("I was thinking about the pills, I can't remember whether I took them this morning.")[0] == "none"
    # round twenty-one's "still missed" turn, read since
    assert risk_category("i know which pills in the cupboard would do it if i took them all together with the vodka") != "none"


# 7. everyday English talk the learned stage read as risk (``life_talk.EVERYDAY_EN31``): cut when the turn has no death
# word, means or goodbye of its own; with one, the turn is read whole
EVERYDAY_NONE = [
    "Can't wait to clock out tonight, it's been a shocker at the depot.",
    "clocking off early today, knackered",
    "We're checking out of the caravan park on Sunday so I'll ring you after.",
    "Sorted all my passwords into a password manager and gave my wife the master one in case I get hit by a bus.",
    "Just took out life insurance now the baby's here. Reading the small print made me feel very mortal.",
    "The old tractor's finally given up the ghost. I could have hanged myself when the mechanic told me the price.",
]


@pytest.mark.parametrize("text", EVERYDAY_NONE)
def test_everyday_english_talk_stays_none(text):
    assert_no_risk(text)


EVERYDAY_KEPT = [
    "I'm going to clock out tonight for good. I've got the pills.",
    "Checking out of the hotel tomorrow, then I'll end it all.",
]


@pytest.mark.parametrize("text", EVERYDAY_KEPT)
def test_everyday_words_beside_a_disclosure_keep_it(text):
    assert_risk(text)


def test_everyday_spans_need_no_death_word():
    from services.quality.checks.counselling.life_talk import life_spans

    assert life_spans("We're checking out of the caravan park on Sunday.")
    assert not life_spans("We're checking out of the caravan park on Sunday and then I'll kill myself.")
    assert not life_spans("Took out life insurance, it pays out if it's self-inflicted after two years.")


def test_rope_carried_round_the_neck_is_no_attempt():
    # an older method pattern reads the words; the attempt pattern stands aside for carrying a coil
    assert classify("I put the rope round my neck to carry the coil up the ladder.")[0] != "recent_attempt"
    assert classify("I tied the rope to the beam in the loft yesterday.")[0] == "method"  # round thirteen's reading


def test_life_insurance_settled_is_no_everyday_span():
    from services.quality.checks.counselling.life_talk import EVERYDAY_EN31

    assert EVERYDAY_EN31.search("Just took out life insurance now the baby's here.")
    assert not EVERYDAY_EN31.search("I've sorted my life insurance out and paid off the car.")
    assert not EVERYDAY_EN31.search("Took out life insurance last month.")


PET_AND_NOTHING_KEEPING_ME = [
    "Found a lovely couple to take Biscuit. He goes Friday and then there's nothing keeping me.",
    "I've rehomed the cats. There's nothing holding me now.",
]
PET_NONE = [
    "We're rehoming our dog because my husband's allergies have got worse. Absolutely gutted.",
    "Found a new home for the dog, so there's nothing keeping me in this town. Moving to Leeds in March!",
    "Nothing keeping me up at night these days, the baby sleeps through.",
]


@pytest.mark.parametrize("text", PET_AND_NOTHING_KEEPING_ME)
def test_pet_rehomed_and_nothing_keeping_me_is_a_plan(text):
    assert classify(text)[0] == "plan_preparation"


@pytest.mark.parametrize("text", PET_NONE)
def test_pet_rehomed_look_alikes_stay_none(text):
    assert_stage_one_none(text)


def test_killed_for_a_small_fault_and_lying_down_to_die_are_everyday():
    assert risk_category("Update on the kitchen: the tiler didn't show. My wife said if I bring home one more tester pot she'll "
                         "kill me, and after six hours of sanding I'd happily lie down and die on the dust sheet.") == "none"
    assert risk_category("My wife will kill me if she finds out. I want to kill myself anyway.") != "none"
