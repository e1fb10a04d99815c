"""Thirtieth session, main session's mends (docs/quality.md, "Main session's mends (thirtieth session)").

1. A person right after a preposition is its object, not the sentence's subject: a quarrel "with my mum" before the
   speaker's own disclosure no longer makes it someone else's (en, de, it, nl and the rest of the subject readers).
2. German "Ich möchte sterben" and its kin (only "ich will sterben" was known), and "Ich will tot sein".
"""

import pytest

from tests.support.blind import assert_category, assert_risk_category, assert_stage_one_none

OWN_AFTER_A_PREPOSITION = [
    ("I had a fight with my mum and just want to die", "active_ideation"),
    ("Ho litigato con il mio ragazzo e mi sono tagliata di nuovo", "nssi"),
    ("Ho litigato con il mio amico e voglio morire", "active_ideation"),
    ("Ik heb ruzie met mijn broer en wil dood", "active_ideation"),
    ("Ich habe Streit mit meinem Freund und will nicht mehr leben", "passive_wish"),
]

GERMAN_WISH = [
    ("Ich möchte sterben", "active_ideation"),
    ("Ich möchte einfach nur sterben", "active_ideation"),
    ("ich möcht sterben", "active_ideation"),
    ("Ich würde am liebsten sterben", "active_ideation"),
    ("ich will nur noch sterben", "active_ideation"),
    ("Manchmal möchte ich sterben", "active_ideation"),
    ("Ich habe Streit mit meiner Mutter und möchte sterben", "active_ideation"),
    ("Ich hab alles verloren und will nur noch sterben", "active_ideation"),
    ("Ich will tot sein", "passive_wish"),
    ("ich wär am liebsten tot", "passive_wish"),
]

STAY_NONE = [
    # someone else's, with a preposition elsewhere in the sentence
    "My brother wants to die",
    "Ho litigato con mia madre perché lei vuole morire",
    "I went with my friend because she wants to die",
    "I am with my friend who wants to die",
    "I talked to my sister, she wants to die",
    "I talked with my brother and he wants to die",
    "Ich habe mit meinem Bruder gesprochen, er will sterben",
    "Ik heb met mijn broer gepraat, hij wil dood",
    "Ho parlato con mio fratello, vuole morire",
    "Hablé con mi hermano, quiere morirse",
    "Ich habe mit ihm gesprochen und er möchte sterben",
    # German: negated, idioms, others, past
    "Ich möchte nicht sterben",
    "Ich will nicht sterben",
    "Ich will nie sterben",
    "Ich möchte vor Scham sterben",
    "Ich könnte vor Lachen sterben",
    "Ich würde sterben für ein Eis",
    "Er möchte sterben",
    "Meine Oma möchte sterben",
    "Ich will nicht, dass du stirbst",
    "Ich möchte nicht alleine sterben",
    "Ich habe gelesen und möchte nicht sterben",
    "Früher wollte ich sterben, jetzt geht es mir gut",
    "In dem Roman möchte die Heldin sterben",
]


@pytest.mark.parametrize("text, category", OWN_AFTER_A_PREPOSITION + GERMAN_WISH)
def test_reads_the_disclosure(text, category):
    assert_category(text, category)
    assert_risk_category(text, category)


@pytest.mark.parametrize("text", STAY_NONE)
def test_stays_none_at_stage_one(text):
    assert_stage_one_none(text)
