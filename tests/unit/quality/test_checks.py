import pytest

from services.quality.checks import default_checks
from services.quality.scoring import score_conversation
from tests.support.factories import conversation

CHECKS = default_checks(max_turn_chars=100, min_conversation_chars=10)


def report(*turns):
    return score_conversation(conversation(*turns), CHECKS)


def test_a_good_counselling_exchange_scores_one_with_no_flags():
    r = report(("system", "Be kind."), ("user", "I feel low since my dad died."),
               ("assistant", "I'm so sorry. What has this time been like for you?"))
    assert r.score == 1.0 and r.flags == [] and all(c["passed"] for c in r.checks.values())


@pytest.mark.parametrize(("turns", "reason"), [
    ((("system", "s"), ("assistant", "Here is some help for you.")), "missing_user_turn"),
    ((("user", "Is it normal to cry every day?"),), "missing_assistant_turn"),
])
def test_missing_side_is_disqualifying(turns, reason):
    r = report(*turns)
    assert reason in r.flags and r.score == 0.0
    assert r.recommendations


def test_empty_turn_is_flagged_and_costs_half():
    r = report(("user", "Hello there, I need help."), ("assistant", ""), ("user", "hello?"),
               ("assistant", "Sorry, I am here."))
    assert r.flags == ["empty_turn"] and r.score == 0.5
    assert r.checks["no_empty_turns"]["detail"] == "empty turns at [1]"


def test_conversation_ending_on_the_user_is_mildly_penalised():
    r = report(("user", "I feel stuck."), ("assistant", "Stuck how?"), ("user", "In my job."))
    assert r.flags == ["last_turn_not_assistant"] and r.score == 0.8


def test_overlong_turn_and_too_short_dialogue():
    long_question = "I have been feeling low for weeks and I do not know why it keeps happening. " * 2
    assert report(("user", long_question), ("assistant", "ok, I hear you.")).flags == ["turn_too_long"]
    r = report(("user", "hi"), ("assistant", "ok"))
    assert r.flags == ["too_short"] and r.score == 0.5


def test_a_system_prompt_does_not_count_towards_dialogue_length():
    r = report(("system", "A very long system prompt indeed."), ("user", "hi"), ("assistant", "yo"))
    assert "too_short" in r.flags


def test_scores_multiply_and_stay_in_range():
    r = report(("user", ""), ("assistant", ""), ("user", "x" * 200))
    assert 0.0 <= r.score <= 1.0
    assert set(r.flags) >= {"missing_assistant_turn", "empty_turn", "turn_too_long"}
