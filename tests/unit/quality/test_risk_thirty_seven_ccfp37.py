"""Thirty-seventh session, helper ccfp37 (docs/quality.md, "ccfp37: real everyday counselling questions read as risk"):
the general forms the ``train`` half of ``risk_counselchat_questions.refs`` (CounselChat's client questions) showed
misread as risk, each with the look-alikes at risk that must stay flagged (``risk_cc37``, its look-aheads in
``risk._PATTERNS``, ``risk._disclosure`` and ``life_talk.life_spans``). The sentences here are new: none is a line of
CounselChat (its text is not copied into the repository).

1. Stage one: "attempted to talk / reach out / explain" is no attempt; "hanging out / hanging with" someone is no
   method; a substance or a habit "harming myself" is no self-injury.
2. Read as everyday (``risk_cc37.EVERYDAY_CC37``, widened to its sentence unless the sentence names death, goodbyes or
   the means, and never where the sentence tells of a hurt to the body): skin picked as a habit (not hair pulled), a
   habit one wants to stop, an urge to throw one's things away, Santa or the tooth fairy real or not, hating the
   mirror, waking up feeling better, beating oneself up, an X-ray at the emergency room, "a reason to be upset",
   depersonalisation, why we are alive as "to work and die", trusting someone enough to tell, tired of pretending.
"""

import re

import pytest

from services.quality.checks.counselling import risk_cc37
from services.quality.checks.counselling.life_talk import life_spans
from tests.support.blind import assert_category, assert_fast, assert_no_risk, assert_risk

NOT_AT_RISK = [
    # attempts at talking
    "I attempted to talk with my dad about it but he just walked off.",
    "I've attempted many times to explain to my wife how lonely I feel.",
    "I have attempted to reach out to my sister twice this month and she never answers.",
    "I have attempted to set boundaries with my mother-in-law, nothing changes.",
    # hanging out with someone
    "I keep thinking she is hanging with her ex-boyfriend behind my back.",
    "I can't stop thinking about him hanging out with his coworkers every night.",
    # a substance or a habit that harms
    "I keep gambling even though it's hurting myself and my family.",
    "I know my drinking is harming myself but I can't cut down.",
    # habits of the body
    "I've been picking at my cuticles nonstop since the exams started.",
    "Whenever I'm stressed I pick at my lips without noticing.",
    # a habit one wants to stop
    "I have a bad habit of overthinking what my coworkers say about me. I want to stop it.",
    "I really want to stop worrying about what people think of my clothes.",
    # throwing things away
    "Lately I feel a strong urge to throw out all my things and start fresh, and I don't know why I do it.",
    # belief
    "My sister told my son that the tooth fairy isn't real, and now he feels tricked by me.",
    "My daughter asked me if ghosts exist and I didn't know how to answer her.",
    # the mirror
    "I hate what I see in the mirror and I crop my face out of every group photo.",
    # waking up better
    "We talked for hours and I felt so much better when I woke up the next day.",
    # idiom
    "I've been beating myself up about the exam for weeks, and I feel alone with it.",
    # hospital visit, a reason to be upset
    "I went to urgent care yesterday for an X-ray of my wrist and my husband wouldn't wait with me.",
    "He says I have no reason to be upset, and we keep fighting over it.",
    # depersonalisation
    "I don't feel like myself anymore; it's like watching my own life through a screen.",
    "Sometimes I get to the bottom of the stairs before realizing my legs were moving.",
    # purpose stated flatly, trust
    "Honestly I think the reason we're here is to work and pay bills and then die.",
    "I don't trust my teachers enough to tell them what is going on.",
    # tired of pretending
    "It's tiring pretending to be fine at work and I don't know how long I can keep it up.",
]

AT_RISK = [
    "I attempted to end it last week.",
    "I tried to kill myself on Sunday.",
    "I have attempted suicide twice.",
    "I have attempted before and I'm scared I will again.",
    "I keep thinking about hanging myself from the beam in the garage.",
    "I keep cutting even though it's harming myself.",
    "I'm harming myself again and I can't stop.",
    "I keep picking at my skin until it bleeds, on purpose.",
    "When I get angry I bite my arms, pull my hair and punch my thighs.",
    "I pull my hair out when nobody is home.",
    "I've been beating myself up, literally punching my arms until they bruise.",
    "It's exhausting pretending to be okay and I don't know how much longer I can keep going.",
    "I hate what I see in the mirror and I want to die.",
    "I took all my pills and woke up the next morning in hospital.",
    "if heaven is real then i hope god takes me there soon",
]


@pytest.mark.parametrize("text", NOT_AT_RISK)
def test_everyday_questions_stay_unflagged(text):
    assert_no_risk(text)


@pytest.mark.parametrize("text", AT_RISK)
def test_look_alikes_at_risk_stay_flagged(text):
    assert_risk(text)


def test_stage_one_keeps_the_attempt_and_the_method():
    assert_category("I have attempted to take my own life.", "recent_attempt")
    assert_category("I attempted to talk to my mum about it.", "none")
    assert_category("I keep thinking about hanging with my belt from the door.", "method")
    assert_category("I keep thinking he's hanging out with his ex.", "none")


def test_a_hurt_beside_a_habit_is_not_cut():
    text = "When I get mad I scratch my face and pull my hair."
    assert life_spans(text) == []


def test_everyday_span_is_not_widened_over_dark_words():
    text = "I hate what I see in the mirror, I want to die."
    assert all("die" not in text[s:e] for s, e in life_spans(text))


@pytest.mark.parametrize("pattern", [risk_cc37.EVERYDAY_CC37.pattern, risk_cc37._THING_HARMS.pattern,
                                     risk_cc37._SELF_HURT.pattern, r"attempted" + risk_cc37.ATTEMPTED_EVERYDAY,
                                     r"hanging" + risk_cc37.HANG_SOCIAL])
def test_no_catastrophic_backtracking(pattern):
    compiled = re.compile(pattern, re.IGNORECASE)
    for text in ("a " * 10_000, "drinking " * 2_200, "habit of thinking " * 1_200, "picking at my skin " * 1_000,
                 "attempted to " * 1_500, "hanging with " * 1_500, "x" * 20_000):
        assert_fast(compiled.search, text, 0.5)
