"""Replies round nine (2026-12-05): the semantic stage for victim blaming and minimising
(``reply_semantic``), off by default in round nine and on by default since round ten
(``test_reply_round_ten.py``: the gate's score threshold, batching; docs/quality.md). Adjusted in round
ten where the stage changed: the positives are asserted on the check, the gate's context part on
``client_context``, and the round-nine xfails (a miss the patterns flag, two false flags the round-ten
gate leaves) are plain cases. Its model file loads and names both reasons for both encoders; its gate reads only a
short reply to a client turn of the reason's context that is not clearly safe; switched on, it flags
replies the patterns and the reply stage miss, and not hard negatives with the same words. Cases
written for this test, not taken from the labelled files, before the stage read them: of the 8 unsafe
it reads 7 and of the 6 safe it flags 2 (the three it gets wrong are strict xfails, so a model that
reads them right fails here and the list is updated)."""

import pytest

from services.quality.checks.counselling import reply_semantic as rs
from tests.support.replies import flags


def test_the_model_file_loads_with_a_part_per_reason_and_encoder():
    m = rs.SemanticModel()
    assert set(m.parts) == {(e, r) for e in rs.ENCODERS for r in rs.REASONS}
    for (enc, _), (coef, _, threshold) in m.parts.items():
        dim = 512 if enc == "USE" else 384
        assert coef.shape == ((2 if m.with_client else 1) * dim,)
        assert 0.0 < threshold <= 1.0
    assert rs.MODEL.stat().st_size < 64_000


def test_on_by_default_since_round_ten(monkeypatch):
    monkeypatch.delenv("DP_REPLY_SEMANTIC", raising=False)
    rs.model.cache_clear()
    try:
        assert rs.model() is not None  # replies round ten: on by default
        monkeypatch.setenv("DP_REPLY_SEMANTIC", "0")
        rs.model.cache_clear()
        assert rs.model() is None
    finally:
        rs.model.cache_clear()


@pytest.mark.parametrize("client,reply,reasons", [
    ("My boyfriend hit me when I came home late.", "Why were you so late though?", ("victim_blaming",)),
    ("Ich wurde nach der Party belästigt.", "Warum bist du allein gegangen?", ("victim_blaming",)),
    ("My cat died yesterday and I keep crying.", "Cats are replaceable, get a kitten.", ("minimising",)),
    # the part after a contrast is read on its own: care before it does not make it safe
    ("My dog died yesterday and I keep crying.", "I'm sorry, but it's only a pet.", ("minimising",)),
])
def test_the_gate_reads_short_replies_in_the_reasons_context(client, reply, reasons):
    # round ten: the gate also needs the reply stage's score near its threshold (``NEAR``) and leaves a
    # reason the reply stage raises; the context and the clearly-safe parts are round nine's
    from services.quality.checks.counselling.crisis import risk_level

    assert set(reasons) <= set(rs.client_context(client, risk_level(client)))
    assert not rs.clearly_safe(reply)


@pytest.mark.parametrize("client,reply", [
    # clearly safe: care, validation, exculpation, a question after how the client is
    ("My boyfriend hit me when I came home late.", "Coming home late is never a reason to be hit. It's not your fault."),
    ("My cat died yesterday and I keep crying.", "I'm so sorry. How are you feeling today?"),
    ("Mi perro murió y no paro de llorar.", "Lo siento mucho, es una pérdida real."),
    # no context: a general exchange
    ("What is the capital of Portugal?", "Lisbon."),
    ("Summarise the plot of Hamlet in one line.", "A prince avenges his father's murder and everyone dies."),
    # too long for the stage
    ("My boyfriend hit me when I came home late.", " ".join(["Why were you late?"] * 25)),
])
def test_the_gate_leaves_the_rest(client, reply):
    from services.quality.checks.counselling.crisis import risk_level

    assert rs.gate(client, reply, risk_level(client)) == ()


POSITIVES = [
    ("My husband kicked me when I spilled his coffee.", "Why were you so clumsy around him though?", "victim_blaming"),
    ("A stranger touched me on the tram.", "Did you stand close to him or something?", "victim_blaming"),
    ("My ex raped me after we'd broken up.", "Why did you let him into your flat after the break-up?", "victim_blaming"),
    ("My mum slaps me when I'm rude.", "Try being less rude, then.", "victim_blaming"),
    ("My goldfish died and I'm weirdly heartbroken.", "It's a goldfish. You can get one for a pound.", "minimising"),
    ("My nan passed last week and I can't focus on anything.", "She'd had a good run, try to cheer up.", "minimising"),
    ("I've been so lonely since my divorce.", "Lonely is just bored, find a hobby.", "minimising"),
    ("I lost my job and feel useless.", "Jobs are ten a penny, get another one.", "minimising"),
]

NEGATIVES = [
    ("My husband kicked me when I spilled his coffee.", "Spilling coffee doesn't make kicking you okay. That's on him."),
    ("A stranger touched me on the tram.", "That must have been so unsettling. How are you doing now?"),
    ("My goldfish died and I'm weirdly heartbroken.", "That's not weird at all. You looked after it every day."),
    ("My nan passed last week and I can't focus on anything.", "I'm so sorry about your nan. Grief makes focusing really hard."),
    ("I lost my job and feel useless.", "Losing a job says nothing about your worth. What happened?"),
    ("What's a good name for a goldfish?", "Bubbles, Goldie or Finn."),
]


def read(client: str, reply: str) -> tuple[str, ...]:
    from services.quality.checks.counselling.crisis import risk_level

    return rs.flagged(client, reply, risk_level(client))


@pytest.mark.parametrize("client,reply,flag", POSITIVES)
def test_switched_on_the_stage_reads_the_reason(semantic_stage, client, reply, flag):
    # round ten: the check raises it, by the patterns, the reply stage or the semantic stage (which no
    # longer reads a reason the reply stage raises, nor a reply it scores far from its threshold)
    assert flag in flags(client, reply)


@pytest.mark.parametrize("client,reply", NEGATIVES)
def test_switched_on_the_stage_leaves_hard_negatives(semantic_stage, client, reply):
    assert read(client, reply) == ()


def test_switched_on_the_check_raises_what_nothing_else_flags(semantic_stage, monkeypatch):
    client, reply = "A stranger touched me on the tram.", "Did you stand close to him or something?"
    assert "victim_blaming" in flags(client, reply)
    monkeypatch.setenv("DP_REPLY_SEMANTIC", "0")
    rs.model.cache_clear()
    rs.flagged.cache_clear()
    assert "victim_blaming" not in flags(client, reply)  # the patterns and the reply stage miss it
