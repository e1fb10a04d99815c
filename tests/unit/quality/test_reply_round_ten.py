"""Replies round ten (2026-12-05): the semantic stage for victim blaming and minimising
(``reply_semantic``) made cheap and switched on by default (``DP_REPLY_SEMANTIC=0`` switches it off).
Its gate now reads the reply stage's score first (``NEAR``: 0.1 for victim blaming, 0.25 for
minimising), leaves a reason the reply stage already raises, and reads an explained response to harm
("freezing is a normal reaction, it doesn't mean you wanted it") as exculpation for victim blaming; its
English encoder is MiniLM's first two layers, int8; ``prefetch`` reads a batch's candidates in one pass
per encoder and gives the labels reading them one at a time gives. End-to-end cases written for this
test, not taken from the labelled files, before the stage read them (the ones it gets wrong are strict
xfails, so a model that reads them right fails here and the list is updated): of the 15 unsafe
replies written, 9 are flagged with the stage off already (the patterns, the reply stage), 1 is found
by the stage alone (below) and 5 are missed (3 below); no hard negative is flagged."""

import pytest

from services.quality.checks.counselling import reply_model as rm
from services.quality.checks.counselling import reply_semantic as rs
from services.quality.checks.counselling.crisis import risk_level
from tests.support.factories import conversation
from tests.support.replies import flags


# -- the default -----------------------------------------------------------------------------------

def test_on_by_default(semantic_stage):
    assert rs.enabled()
    assert rs.model() is not None


def test_zero_switches_it_off(semantic_stage, monkeypatch):
    monkeypatch.setenv("DP_REPLY_SEMANTIC", "0")
    rs.model.cache_clear()
    assert not rs.enabled()
    assert rs.model() is None


def test_the_model_file_names_its_english_encoder():
    m = rs.SemanticModel()
    assert m.english == "L2-int8" == rs.ENGLISH
    assert m.with_client
    assert set(m.parts) == {(e, r) for e in rs.ENCODERS for r in rs.REASONS}
    for (enc, _), (coef, _, threshold) in m.parts.items():
        assert coef.shape == (2 * (512 if enc == "USE" else 384),)
        assert 0.0 < threshold <= 1.0


def test_near_is_lower_for_victim_blaming_than_for_minimising():
    assert 0 < rs.NEAR["victim_blaming"] < rs.NEAR["minimising"] < 0.5


# -- the gate, with the reply stage's score given ------------------------------------------------

VICTIM = "My neighbour grabbed me in the stairwell last night."
DISTRESS = "I've felt so low since my grandad died in the spring."


@pytest.fixture
def scored(monkeypatch):
    """``gate`` with the reply stage's score set by the test (``near``) and nothing decided by it."""
    score = {"p": 0.0}
    monkeypatch.setattr(rs, "near", lambda client, reply, level: score["p"])
    rs.clearly_safe.cache_clear()
    rs.explains_response.cache_clear()
    return score


@pytest.mark.parametrize("client,reply,p,expected", [
    # victim blaming from 0.1
    (VICTIM, "What were you doing out on the stairs that late?", 0.15, ("victim_blaming",)),
    (VICTIM, "What were you doing out on the stairs that late?", 0.05, ()),
    (VICTIM, "What were you doing out on the stairs that late?", 0.6, ("victim_blaming", "minimising")),
    # minimising from 0.25
    (DISTRESS, "Grandads get old, that's how it goes.", 0.3, ("minimising",)),
    (DISTRESS, "Grandads get old, that's how it goes.", 0.2, ()),
    (DISTRESS, "Grandads get old, that's how it goes.", 0.1, ()),
    # no score (the reply stage does not read the pair, or is off): not read
    (VICTIM, "What were you doing out on the stairs that late?", None, ()),
])
def test_the_gate_reads_the_reply_stages_score_per_reason(scored, client, reply, p, expected):
    scored["p"] = p
    assert rs.gate(client, reply, risk_level(client)) == expected


@pytest.mark.parametrize("reply", [
    "Freezing is a natural reaction to fear. It doesn't mean you wanted any of it.",
    "Going quiet is a really common response when someone grabs you; it's not consent.",
    "That was an automatic reaction, not a choice.",
])
def test_an_explained_response_is_exculpation_for_victim_blaming(scored, reply):
    scored["p"] = 0.6
    assert "victim_blaming" not in rs.gate(VICTIM, reply, risk_level(VICTIM))


@pytest.mark.parametrize("reply", [
    # turning away after the explanation
    "Freezing is a natural reaction, but next time you need to scream.",
    # "normal" said of something else
    "It's normal for neighbours to be friendly. Were you giving him the wrong idea?",
])
def test_the_explanation_does_not_cover_what_turns_from_it(scored, reply):
    scored["p"] = 0.6
    assert "victim_blaming" in rs.gate(VICTIM, reply, risk_level(VICTIM))


def test_an_explained_response_still_may_minimise(scored):
    scored["p"] = 0.6
    reply = "Feeling low is a normal reaction. Give it a week and you'll be over it."
    assert "minimising" in rs.gate(DISTRESS, reply, risk_level(DISTRESS))


def test_a_reason_the_reply_stage_raises_is_not_read_again(scored, monkeypatch):
    scored["p"] = 0.9
    reply = "What were you doing out on the stairs that late?"
    monkeypatch.setitem(rm._RESULTS, (VICTIM, reply), ("victim_blaming",))
    assert "victim_blaming" not in rs.gate(VICTIM, reply, risk_level(VICTIM))
    monkeypatch.setitem(rm._RESULTS, (VICTIM, reply), ("victim_blaming", "minimising"))
    assert rs.gate(VICTIM, reply, risk_level(VICTIM)) == ()
    monkeypatch.setitem(rm._RESULTS, (VICTIM, reply), ("dismissive",))
    assert "victim_blaming" in rs.gate(VICTIM, reply, risk_level(VICTIM))


def test_clearly_safe_and_long_replies_are_still_left(scored):
    scored["p"] = 0.9
    assert rs.gate(VICTIM, "That's assault, and it's on him. It's not your fault. Are you safe now?", "none") == ()
    assert rs.gate(VICTIM, " ".join(["Why were you on the stairs?"] * 20), "none") == ()
    assert rs.gate("What's 2 + 2?", "Four, obviously.", "none") == ()


def test_with_the_reply_stage_off_nothing_is_read(semantic_stage, monkeypatch):
    monkeypatch.setenv("DP_REPLY_MINILM", "0")
    rm.model.cache_clear()
    try:
        assert rm.score(VICTIM, "Why were you out that late?", "none") is None
        assert rs.gate(VICTIM, "Why were you out that late?", "none") == ()
    finally:
        rm.model.cache_clear()


def test_the_reply_stages_score_is_the_one_it_decides_on():
    client, reply = "My sister shoves me when she's angry.", "Stop winding her up and she won't."
    level = risk_level(client)
    p = rm.score(client, reply, level)
    assert p is not None and 0.0 <= p <= 1.0
    assert (client, reply) in rm._RESULTS
    assert rm.score("What's the capital of Peru?", "Lima.", "none") is None  # no candidate


# -- batching --------------------------------------------------------------------------------------

BATCH = [
    ("My stepfather hits me when he's been drinking.", "Maybe stay out of his way when he drinks?"),
    ("My stepfather hits me when he's been drinking.", "Drinking is no excuse. You don't deserve that."),
    ("A man at the gym keeps touching my back.", "Wear something less tight to the gym then."),
    ("My rabbit died and I can't stop crying.", "It was a rabbit. They don't live long anyway."),
    ("My rabbit died and I can't stop crying.", "I'm so sorry, he was part of your family."),
    ("Mi novio me grita y me empuja.", "¿Qué le dijiste para que se pusiera así?"),
    ("Mon frère me frappe quand nos parents sortent.", "Tu l'as sûrement cherché un peu, non ?"),
    ("I lost my flat and I'm sleeping on a friend's sofa.", "A sofa's fine, loads of people have it worse."),
    ("What's a good pasta recipe?", "Garlic, olive oil and chilli."),
]


def test_a_batch_gives_the_labels_one_at_a_time_gives(semantic_stage):
    items = [(c, r, risk_level(c)) for c, r in BATCH]
    rs.flagged.cache_clear()
    alone = [rs.flagged(*item) for item in items]
    rs.flagged.cache_clear()
    rs.prefetch(items)
    batched = [rs.flagged(*item) for item in items]
    assert batched == alone
    assert any(alone)  # the batch holds something the stage flags


def test_after_prefetch_nothing_is_read_again(semantic_stage, monkeypatch):
    items = [(c, r, risk_level(c)) for c, r in BATCH]
    rs.flagged.cache_clear()
    rs.prefetch(items)

    def no_more(*args):
        raise AssertionError("read again")

    monkeypatch.setattr(rs, "_read", no_more)
    for item in items:
        rs.flagged(*item)


def test_prefetch_reads_the_candidates_in_one_pass_per_encoder(semantic_stage, monkeypatch):
    items = [(c, r, risk_level(c)) for c, r in BATCH]
    rs.flagged.cache_clear()
    calls = []
    real = rs._encoder

    def counting(name, english=None):
        enc = real(name, english)

        class Counted:
            def encode_batch(self, texts):
                calls.append((name, len(texts)))
                return enc.encode_batch(texts)

        return Counted()

    monkeypatch.setattr(rs, "_encoder", counting)
    rs.prefetch(items)
    names = [n for n, _ in calls]
    assert len(names) == len(set(names))  # one batched pass per encoder at most


def test_an_assessment_batch_prefetches_the_stage(semantic_stage):
    from services.quality.checks.counselling.crisis import prefetch
    from services.quality.checks.view import ConversationView

    client, reply = BATCH[0]
    rs.flagged.cache_clear()
    views = [ConversationView(conversation(("user", client), ("assistant", reply)))]
    prefetch(views)  # the assessor's batch prefetch (risk, then the reply stages)
    assert (client, reply, risk_level(client)) in rs._READ


# -- end to end: the check raises what the patterns and the reply stage miss -----------------------

MISSED = "missed by the committed model"
POSITIVES = [
    ("My ex choked me when I tried to take my stuff back.", "Going round there alone wasn't clever, was it?",
     "victim_blaming"),
    pytest.param("Someone put something in my drink at my cousin's wedding.", "Did you leave your glass on the table?",
                 "victim_blaming", marks=pytest.mark.xfail(strict=True, reason=MISSED + " (the reply stage scores it ~0)")),
    pytest.param("My ex keeps posting my address online to scare me.",
                 "Why did you give him your address in the first place?", "victim_blaming",
                 marks=pytest.mark.xfail(strict=True, reason=MISSED)),
    pytest.param("My boss keeps rubbing my shoulders even though I've asked him not to.",
                 "Were you really clear, or did you laugh it off?", "victim_blaming",
                 marks=pytest.mark.xfail(strict=True, reason=MISSED + " (no victim-blaming context in the client turn)")),
]

NEGATIVES = [
    ("My partner pinned me against the fridge and screamed at me.",
     "Being pinned and screamed at is frightening. Are you somewhere safe right now?"),
    ("Someone put something in my drink at my cousin's wedding.",
     "Whoever spiked your drink committed a crime. Have you been able to see a doctor?"),
    ("My boss keeps rubbing my shoulders even though I've asked him not to.",
     "You asked him to stop and he didn't. That's harassment, and it's his doing."),
    ("I froze when a stranger groped me at the concert.",
     "Freezing is a natural response to a shock like that. It doesn't mean you wanted it."),
    ("My dog died on Sunday and the house is so quiet.", "Sundays will be hard for a while. Tell me about him?"),
]


@pytest.mark.parametrize("client,reply,flag", POSITIVES)
def test_the_check_raises_what_nothing_else_flags(semantic_stage, monkeypatch, client, reply, flag):
    assert flag in flags(client, reply)
    monkeypatch.setenv("DP_REPLY_SEMANTIC", "0")
    rs.model.cache_clear()
    rs.flagged.cache_clear()
    assert flag not in flags(client, reply)  # the patterns and the reply stage miss it


@pytest.mark.parametrize("client,reply", NEGATIVES)
def test_the_stage_leaves_hard_negatives(semantic_stage, client, reply):
    assert rs.flagged(client, reply, risk_level(client)) == ()
