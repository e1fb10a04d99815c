"""A client turn whose only risk language is negated ("Je n'ai jamais pensé à me suicider", "Non ho
mai pensato di uccidermi") is decided by stage one: none, level "low" (a mention). The learned stage
read the words of suicide in it and called it active ideation. A negation that affirms ("I can't
stop thinking about killing myself", "I wouldn't mind if I didn't wake up"), a disclosure in another
clause or sentence, or a run-on message too long to cut are still read by the learned stage."""

from __future__ import annotations

import pytest

from services.quality.checks.counselling import crisis
from services.quality.checks.counselling.risk import classify, without_negated

NEGATED = [
    "Je n'ai jamais pensé à me suicider.",
    "Non ho mai pensato di uccidermi.",
    "Nunca pensei em me matar.",
    "Ich habe nie daran gedacht, mich umzubringen.",
    "Ich habe keine Absicht, mich umzubringen.",
    "I would never kill myself, I just feel low.",
    "Je ne pense pas à me suicider, je suis juste fatiguée.",
    "No tengo ningún plan de suicidarme, solo estoy harta del trabajo.",
    "I have never thought about killing myself.",
]

STILL_READ = [
    # the negation affirms
    ("I can't stop thinking about killing myself.", "high"),
    ("Je n'arrête pas de penser à me tuer.", "high"),
    ("I wouldn't mind if I didn't wake up.", "moderate"),
    # a disclosure after the negated clause
    ("I never want to kill myself again like last week, but tonight I have the pills ready.", "high"),
    ("Je n'ai jamais pensé à me suicider mais ce soir j'ai acheté des médicaments pour en finir.", "high"),
    ("Non ho mai pensato di uccidermi, ma ultimamente vorrei non svegliarmi più.", "moderate"),
    # German: a clause of its own after the comma is no infinitive of the negation
    ("Ich kann nicht mehr, ich will sterben.", "high"),
    ("Ich habe nie gedacht, dass ich mich umbringen will, aber jetzt schon.", "high"),
    # the denial of one thing does not count against another (the rest is read without it)
    ("I'm not suicidal, I just wish I didn't exist.", "moderate"),
    ("I don't have a plan. I just wish I would die in my sleep.", "moderate"),
    ("I'm not trying to die, I just need to see blood sometimes.", "moderate"),
    ("I'm not suicidal. I just want to sleep forever and never wake up.", "moderate"),
    # a passive wish stage one reads is never dropped by the first look ("never" is no denial)
    ("I want to sleep forever and never wake up.", "moderate"),
    ("I want to go to sleep and never wake up.", "moderate"),
]

DENIED_ALIKE = [  # the rest reads as the very thing the turn denied: the denial stands
    "I've never self harmed, I just bite my nails a lot.",
    "I'm not suicidal, I'm just exhausted from work.",
]


@pytest.mark.parametrize("text", NEGATED)
def test_a_turn_of_negated_risk_alone_is_none_and_low(text):
    assert classify(text) == ("none", True)
    assert crisis.risk_category(text) == "none"
    assert crisis.risk_level(text) == "low"


@pytest.mark.parametrize("text,level", STILL_READ)
def test_an_affirming_negation_or_a_disclosure_beside_it_is_still_read(text, level):
    assert crisis.risk_level(text) == level


@pytest.mark.parametrize("text", DENIED_ALIKE)
def test_a_rest_that_reads_as_what_was_denied_is_none(text):
    assert crisis.risk_category(text) == "none"
    assert crisis.risk_level(text) == "low"


def test_the_denial_beside_a_disclosure_is_cut_for_the_learned_stage():
    from services.quality.checks.counselling.risk import without_denials

    text = "I'm not suicidal. I just want to sleep forever and never wake up."
    assert without_denials(text) == "I just want to sleep forever and never wake up."
    assert without_denials("I want to kill myself.") is None  # nothing denied


def test_the_negated_clause_is_cut_and_the_rest_kept():
    text = "I never want to kill myself again like last week, but tonight I have the pills ready."
    assert without_negated(text) == "but tonight I have the pills ready."
    assert without_negated("Je n'ai jamais pensé à me suicider. Je dors mal.") == "Je dors mal."


def test_no_cut_when_a_match_is_not_negated_or_the_sentence_is_a_run_on():
    assert without_negated("I want to kill myself.") is None
    assert without_negated("I can't stop thinking about killing myself.") is None  # affirming
    run_on = " ".join(["tbh"] * 30) + " i never thought i would kill myself"
    assert without_negated(run_on) is None
    assert without_negated("I feel tired today.") is None  # no match at all


def test_prefetch_gives_the_same_readings():
    """``crisis.prefetch`` hands the learned stage what it will read (the rest beside a negated clause,
    not a turn of negated risk alone); the readings equal those of turns asked one by one."""
    from services.quality.checks.base import ConversationView
    from services.quality.checks.counselling import risk_model
    from shared.conversation import Conversation, Lineage, Message

    texts = NEGATED + [t for t, _ in STILL_READ] + DENIED_ALIKE
    one_by_one = [crisis.risk_level(t) for t in texts]
    for f in (crisis.risk_level, crisis.risk_category, risk_model.learned_category):
        f.cache_clear()
    views = [ConversationView(Conversation(
        id=f"c{i}", original_format="t",
        lineage=Lineage(dataset_id="t", source_name="t", source_sha256="0" * 64, record_index=i),
        messages=[Message(role="user", content=t), Message(role="assistant", content="I hear you.")]))
        for i, t in enumerate(texts)]
    encoded = crisis.prefetch(views)
    assert encoded > 0  # the turns the learned stage reads went in one batch
    assert [crisis.risk_level(t) for t in texts] == one_by_one
