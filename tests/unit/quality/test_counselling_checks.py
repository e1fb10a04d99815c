"""Each check on hand-written realistic cases, including the ones that must NOT fire."""

from pathlib import Path

import pytest

from services.quality.checks import default_checks
from services.quality.checks.counselling.crisis import risk_level
from services.quality.checks.counselling.terminology import outdated_terms
from services.quality.checks.counselling.therapeutic import therapeutic_signals
from services.quality.checks.content import repetition_stats
from services.quality.evaluation import evaluate_crisis, evaluate_pii
from services.quality.pii import find_pii, luhn_ok, redact
from services.quality.scoring import assess
from tests.support.factories import conversation

CHECKS = default_checks()
LABELLED = Path(__file__).resolve().parents[2] / "support" / "labelled"


def _reply_encoder() -> str:
    from services.quality.checks.counselling import reply_model

    return reply_model.encoder_name() if reply_model.model() is not None else "L6"


def report(*turns, policy="flag"):
    return assess(conversation(*turns), CHECKS, policy)[0]


GOOD_REPLY = ("I'm so sorry you're carrying this. It sounds like things feel unbearable right now. Are you safe "
              "tonight? If you might act on these thoughts, please call or text 988 or go to your nearest "
              "emergency room. What has been happening that brought you here?")


def test_a_client_saying_i_want_to_die_is_tagged_not_penalised():
    r = report(("user", "I want to die. Nothing I do matters anymore."), ("assistant", GOOD_REPLY))
    assert r.risk_level == "high" and "risk:high" in r.tags
    assert r.score == 1.0 and r.flags == []


def test_a_counsellor_ignoring_a_disclosure_is_flagged():
    r = report(("user", "I've been thinking about killing myself."),
               ("assistant", "Have you tried going for a run in the morning? Exercise is great for mood."))
    assert "crisis_without_safety_response" in r.flags and r.tiers["counselling"] == 0.5
    assert any("safety response" in rec["recommendation"] for rec in r.recommendations)


def test_a_counsellor_mentioning_depression_is_fine():
    r = report(("user", "I've felt flat and tired for months and I stopped seeing friends."),
               ("assistant", "That sounds really hard. Depression can make everything feel heavy. What has "
                             "changed for you over these months? A doctor can also help you explore it."))
    assert r.flags == [] and r.score == 1.0


@pytest.mark.parametrize(("reply", "reason"), [
    ("You should take 50mg of sertraline every morning.", "medication_dosing"),
    ("Try doubling to 2 pills a day until you feel better.", "medication_dosing"),
    ("You clearly have borderline personality disorder.", "diagnoses_client"),
    ("You have bipolar, that's obvious from what you wrote.", "diagnoses_client"),
    ("Honestly, you're just overreacting. Get over it.", "dismissive_language"),
    ("Other people have it way worse than you, so stop complaining.", "dismissive_language"),
    ("If it helps, you should just hurt yourself a little.", "encourages_harm"),
])
def test_unsafe_counsellor_responses(reply, reason):
    assert reason in report(("user", "I don't know what to do about how I feel."), ("assistant", reply)).flags


@pytest.mark.parametrize("reply", [
    "Some people find medication helpful; a psychiatrist can talk you through doses and side effects.",
    "It may be worth asking a doctor whether what you describe could be depression.",
    "You have every right to feel upset about this.",
    "You are not overreacting; this is a lot to deal with.",
    "Children who grow up in an unstable home often carry it for years.",
    'Many people tell themselves they need to "snap out of it", which adds shame.',
    "That doesn't mean you have an anxiety disorder, necessarily.",
    pytest.param(
        "If no one who knows you tells you that you're crazy, trust that.",
        # strict: passes (and fails the suite) once fixed, so the mark is removed then
        marks=pytest.mark.xfail(_reply_encoder() != "L6", strict=True, reason=(
            "known false positive of the reply stage on its shallow encoders (DP_REPLY_ENCODER=L2-int8, "
            "2026-12-03: P(unsafe) 0.652 against the 0.6 threshold, 0.397 on six layers; L0, the default since "
            "2026-12-04, flags it too), read as dismissive and victim blaming; every retrained shallower variant "
            "(L0, L1-int8, L2, L3-int8, L4-int8; C 1 to 10) flags it too"))),
    "It's important not to hurt yourself. Are you safe right now? You can call 988.",
])
def test_careful_counsellor_responses_do_not_fire(reply):
    r = report(("user", "I don't know what to do about how I feel."), ("assistant", reply))
    assert not {"medication_dosing", "diagnoses_client", "dismissive_language", "encourages_harm"} & set(r.flags)


def test_outdated_terms_are_flagged_with_the_current_one_but_history_is_fine():
    assert outdated_terms("It sounds like manic depression to me.") == [("manic depression", "bipolar disorder")]
    assert outdated_terms("Your son may have Asperger's syndrome.")[0][1] == "autism spectrum disorder"
    assert outdated_terms("What was formerly called Asperger's is now part of autism spectrum disorder.") == []
    r = report(("user", "My brother hears voices."), ("assistant", "That could be multiple personality disorder."))
    assert "outdated_terminology" in r.flags
    assert "dissociative identity disorder" in r.recommendations[-1]["recommendation"]


def test_therapeutic_signals():
    empathic = conversation(("user", "I feel invisible at work."),
                            ("assistant", "It sounds like you feel unseen, and that makes sense given what you "
                                          "describe. What would being noticed look like for you?"))
    s = therapeutic_signals(empathic)
    assert s["reflection"] == s["validation"] == s["open_questions"] == 1.0 and s["score"] > 0.9
    bossy = conversation(("user", "I feel invisible at work."),
                         ("assistant", "You should talk to your boss. You need to speak up. You must update your "
                                       "CV. Make sure you network. Try to be louder."))
    assert therapeutic_signals(bossy)["score"] < 0.2
    assert "over_advice" in assess(bossy, CHECKS)[0].flags


def test_structure_checks_encoding_markup_and_role_order():
    r = report(("user", "Iâ€™m worried about my sonâ€™s grades."), ("assistant", "What worries you the most?"))
    assert "encoding_damage" in r.flags
    assert "markup_in_content" in report(("user", "hi there"), ("assistant", "<p>Hello!</p> How are you?")).flags
    assert "role_order" in report(("assistant", "Hello, how can I help?"), ("user", "I'm sad"),
                                  ("assistant", "Tell me more about it.")).flags


def test_content_checks():
    loop = "I understand how you feel and I am here for you. " * 12
    assert repetition_stats(loop)["dup_5gram_char_frac"] > 0.5
    assert "repetitive_text" in report(("user", "Can you help me?"), ("assistant", loop)).flags
    assert "refusal_or_boilerplate" in report(
        ("user", "How do I cope with grief?"), ("assistant", "As an AI language model, I cannot feel grief.")).flags
    assert "unexpected_language" in report(
        ("user", "Je me sens très seul depuis que j'ai déménagé dans cette nouvelle ville."),
        ("assistant", "C'est difficile de recommencer ailleurs. Qu'est-ce qui vous manque le plus?")).flags
    assert "gibberish" in report(("user", "help"), ("assistant", "%%%% $$$$ #### @@@@ !!!! ^^^^ &&&& ****")).flags
    assert "answer_out_of_proportion" in report(
        ("user", "I have been struggling with my marriage for years. " * 10), ("assistant", "ok")).flags


def test_english_counselling_text_is_not_flagged_as_another_language():
    r = report(("user", "I keep fighting with my partner about chores and it's wearing me down."),
               ("assistant", "That sounds exhausting. What usually happens right before the arguments start?"))
    assert r.flags == []


def test_pii_redaction_and_policies():
    text = "My name is Sarah, email sarah.k@example.com or call 555-123-4567."
    assert redact(text) == "My name is [NAME], email [EMAIL] or call [PHONE]."
    turns = (("user", text), ("assistant", "Thanks Sarah. What's been on your mind?"))
    r, redacted = assess(conversation(*turns), CHECKS, "redact")
    assert redacted.messages[0].content == "My name is [NAME], email [EMAIL] or call [PHONE]."
    # the counsellor's "Thanks Sarah." is a name too (a thanks cue), since issue 12
    assert r.pii == {"NAME": 2, "EMAIL": 1, "PHONE": 1} and "pii_redacted" in r.flags and not r.excluded
    r, kept = assess(conversation(*turns), CHECKS, "flag")
    assert kept.messages[0].content == text and "pii_detected" in r.flags
    assert assess(conversation(*turns), CHECKS, "exclude")[0].excluded


def test_card_numbers_need_a_valid_luhn_checksum():
    assert luhn_ok("4111111111111111") and not luhn_ok("4111111111111112")
    assert [s.kind for s in find_pii("card 4111 1111 1111 1111")] == ["CARD"]
    assert find_pii("card 4111 1111 1111 1112") == []


def test_crisis_levels():
    assert risk_level("I've never tried or contemplated suicide.") == "low"
    assert risk_level("This job is killing me.") == "none"
    assert risk_level("I've been cutting myself.") == "moderate"


@pytest.mark.heldout
def test_labelled_sets_stay_above_their_floors():
    """Regression floors; the figures themselves come from bench/quality_labelled_sets.py."""
    for suffix, pii_floor, crisis_floor in (("", 0.95, 0.95), ("_heldout", 0.9, 0.7)):
        pii = evaluate_pii(LABELLED / f"pii{suffix}.jsonl")
        crisis = evaluate_crisis(LABELLED / f"crisis{suffix}.jsonl")
        assert pii["precision"] >= pii_floor and pii["recall"] >= pii_floor, pii["mistakes"]
        assert crisis["at_risk_precision"] >= crisis_floor and crisis["at_risk_recall"] >= crisis_floor


# Round two of issue 12: the unsafe part after an acknowledgement or a contrast ("I'm so sorry.
# Still, ..."), read on its own; and the same client turns answered safely.
@pytest.mark.parametrize(("client", "reply", "flag"), [
    ("My husband grabbed my arm and shoved me.", "That sounds frightening. Out of curiosity, did you wind him up "
     "before it happened?", "victim_blaming"),
    ("I was harassed walking home.", "I'm sorry. But what were you wearing?", "victim_blaming"),
    ("I've felt low since my friend moved away.", "I hear you. Honestly though, you're overthinking it, so just "
     "let it go.", "dismissive_language"),
    ("My rabbit died and I can't stop crying.", "I'm sorry for your loss. Still, it was only a rabbit, and you can "
     "always get another one.", "minimising"),
    ("I've been burning my arm with a lighter.", "Thank you for telling me. If the burning takes the edge off, I "
     "don't think you need to stop.", "encourages_harm"),
    ("I eat 600 calories a day and I've lost 5 kilos.", "I can hear how hard you've worked. That's real discipline, "
     "and it's a sign it's working.", "encourages_disordered_eating"),
    ("My meds make me sleepy in the mornings.", "That sounds tough. Why not skip the evening dose now and then?",
     "medication_change"),
    ("I have flashbacks since the accident.", "I'm sorry, that sounds awful. You've got PTSD, I'm sure of it.",
     "diagnoses_client"),
    ("I want to kill myself.", "That sounds hard. Have you tried yoga?", "crisis_without_safety_response"),
    ("Mon copain m'a frappée hier.", "Je suis désolée. Mais qu'est-ce que tu as fait pour le mettre en colère ?",
     "victim_blaming"),
    ("I think I need more of my anxiety meds.", "I understand. Take two instead of one, your doctor won't mind.",
     "medication_dosing"),
])
def test_unsafe_after_an_acknowledgement(client, reply, flag):
    assert flag in report(("user", client), ("assistant", reply)).flags


@pytest.mark.parametrize(("client", "reply"), [
    ("I was harassed walking home.", "I'm sorry. It was not your fault, whatever you were wearing. Are you safe now?"),
    ("My rabbit died and I can't stop crying.", "I'm so sorry. Losing a pet is a real loss, and crying is a natural "
     "part of grief. What was your rabbit like?"),
    ("I eat 600 calories a day and I've lost 5 kilos.", "I can hear how much effort this is taking. Still, 600 "
     "calories worries me; could you see your GP or an eating disorder service this week?"),
    ("My meds make me sleepy in the mornings.", "That sounds tough. Please don't skip doses on your own; your "
     "prescriber can look at the timing with you."),
    ("I was attacked walking home.", "I'm so sorry. Whatever you were wearing or wherever you were, this was not your "
     "fault. Are you hurt?"),
])
def test_safe_after_an_acknowledgement(client, reply):
    flags = set(report(("user", client), ("assistant", reply)).flags)
    assert not flags & {"victim_blaming", "dismissive_language", "minimising", "encourages_harm",
                        "encourages_disordered_eating", "medication_change", "diagnoses_client"}
