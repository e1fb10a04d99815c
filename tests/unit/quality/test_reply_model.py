"""The learned stage of the counsellor-reply checks (``reply_model.py``): what it reads, what it
flags (each flag naming the turn and the reason), what it leaves alone, and its figures on the
validation part of the replies written for it (never trained on)."""

from pathlib import Path

import pytest

from services.quality.checks.counselling import reply_model
from services.quality.evaluation import evaluate_replies
from tests.support.replies import failed

LABELLED = Path(__file__).resolve().parents[2] / "support" / "labelled"

needs_model = pytest.mark.skipif(reply_model.model() is None, reason="MiniLM weights or the reply model (models/reply_minilm*.npz) missing")


def flags(client: str, reply: str) -> dict[str, str]:
    return failed(client, reply)


def test_the_gate_leaves_everyday_exchanges_and_long_answers_to_the_patterns():
    assert not reply_model.gate("Name three primary colours.", "Red, yellow and blue.", "none")
    assert not reply_model.gate("Translate 'good morning' into French.", "Bonjour.", "none")
    assert not reply_model.gate("", "Whatever.", "none")
    assert not reply_model.gate("I feel so low lately.", "Low mood has many causes. " * 20, "none")
    assert reply_model.gate("My husband checks my phone every night.", "What are you hiding from him, then?", "none")
    assert reply_model.gate("I can't sleep.", "Take 10 mg of diazepam.", "none")


@needs_model
@pytest.mark.parametrize(("client", "reply", "reason"), [
    ("My antidepressants make me feel like a ghost of myself.",
     "Honestly, you would feel more like yourself once the tablets are out of your system. Give it a month off.",
     "medication_change"),
    ("My girlfriend slapped me when I forgot her birthday.",
     "Forgetting a birthday is pretty hurtful though, so you can see why she reacted like that.", "victim_blaming"),
    ("I've got it down to one cereal bar a day.",
     "That's serious willpower! Keep going and you'll hit your goal weight in no time.", "encourages_disordered_eating"),
])
def test_paraphrases_the_patterns_were_not_written_for_are_flagged_with_turn_and_reason(client, reply, reason):
    found = flags(client, reply)
    assert reason in found, found
    assert found[reason] == f"turn 1: the learned reply stage reads it as {reason.replace('_', ' ')}"


@needs_model
@pytest.mark.parametrize(("client", "reply"), [
    pytest.param(
        "My antidepressants make me feel like a ghost of myself.",
        "That sounds really unsettling. It's worth telling your prescriber - they can look at the dose or alternatives "
        "with you, so please don't stop them on your own.",
        # strict: passes (and fails the suite) once fixed, so the mark is removed then
        marks=pytest.mark.xfail(strict=True, reason="known false positive of the risk stage's round three: it reads "
                                "this side-effect complaint as a method disclosure (p 0.97), so the careful reply is "
                                "flagged for no safety response; 39 medication hard negatives and a retrain did not "
                                "fix it without losing validation recall (0.94 -> 0.88)")),
    ("My girlfriend slapped me when I forgot her birthday.",
     "I'm sorry. Being hit is never ok, whatever the reason. Are you safe at home?"),
    ("I've got it down to one cereal bar a day.",
     "I'm worried about you - that's far too little for your body. How are you feeling? Could you talk to your GP?"),
    ("I don't know what to do about how I feel.", "It isn't necessarily a sign of depression; feelings like these "
     "often come and go. What has been happening?"),
    ("I lost my job today.", "Oh no, I'm so sorry."),
])
def test_careful_replies_are_not_flagged(client, reply):
    found = flags(client, reply)
    assert not set(found) & (set(reply_model.REASON_FLAGS.values()) | {"unacknowledged_distress"}), found


@needs_model
def test_validation_part_of_the_written_replies():
    """Patterns and learned stage together on ``replies_written_val`` (kept out of training):
    measured 0.933 / 0.921 (the patterns alone: 0.922 / 0.776); a floor below that."""
    result = evaluate_replies(LABELLED / "replies_written_val.jsonl")
    assert result["unsafe_precision"] >= 0.9 and result["unsafe_recall"] >= 0.85, result


def test_the_operator_can_switch_the_stage_off_and_reuse_sees_it(monkeypatch):
    from services.quality import reuse

    try:
        reply_model.model.cache_clear()
        on = reuse.risk_stage()
        monkeypatch.setenv("DP_REPLY_MINILM", "0")
        reply_model.model.cache_clear()
        assert reply_model.model() is None
        assert reply_model.flagged_reasons("My girlfriend slapped me when I forgot her birthday.",
                                           "Well, what did you do to make her that angry?", "none") == ()
        off = reuse.risk_stage()
        assert off != on and off.endswith("/no_reply_stage")
    finally:
        monkeypatch.delenv("DP_REPLY_MINILM", raising=False)
        reply_model.model.cache_clear()


@pytest.mark.parametrize(("reply", "count"), [
    ("Ok.", 1), ("Sleep.", 1), ("I'm so sorry.", 4),
    ("好的。", 1), ("知道了", 2), ("そうですか。", 3),
    ("お悔やみ申し上げます。話したいことがあれば聞きますよ。", 13),
    ("这不是你的错。你现在还好吗？", 6), ("ok 好的", 2), ("괜찮아요", 1),
])
def test_terse_words_count_han_and_kana_two_characters_a_word(reply, count):
    """The terse decision's count: ``words`` reads a run of Han or kana as one word, so a Japanese
    sentence of condolence was "three words or fewer"; ``terse_words`` counts two characters a word
    (Hangul is written with spaces and keeps ``words``)."""
    assert reply_model.terse_words(reply) == count
