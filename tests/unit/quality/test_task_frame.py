"""The general-task guards of the counselling tier (``task_frame``): a task about given text and an
impersonal instruction are not read as a client's disclosure; a client speaking of themselves
still is. Cases both ways, at the guard, at the risk detector and at the checks; and the
counselling labelled sets' at-risk turns and unsafe replies (training, tuning and validation
parts; never the held-out files) are out of both guards' reach."""

import json
from pathlib import Path

import pytest

from services.quality.checks import default_checks
from services.quality.checks.counselling.crisis import risk_level
from services.quality.checks.counselling.task_frame import general_task, impersonal_instruction, text_task
from services.quality.scoring import assess
from tests.support.factories import conversation

CHECKS = default_checks()
LABELLED = Path(__file__).resolve().parents[2] / "support" / "labelled"


def flags(*turns):
    return assess(conversation(*turns), CHECKS, "flag")[0].flags


@pytest.mark.parametrize("text, instruction", [
    ('Translate into French: "I feel so lonely since my friend moved away."', "Translate into French:"),
    ('Give me five antonyms of "hopeless".', "Give me five antonyms of  ."),
    ("Rewrite the following sentence so it is grammatically correct.\nShe don't want to live here no more.",
     "Rewrite the following sentence so it is grammatically correct."),
    ('Classify the sentiment: "This film made me want to kill myself."', "Classify the sentiment:"),
    ('How do I say "I am sad" in Italian?', "How do I say   in Italian?"),
    ('Dame cinco sinónimos de "triste".', "Dame cinco sinónimos de  ."),
])
def test_a_task_about_text_reads_as_its_instruction(text, instruction):
    assert text_task(text) == instruction


@pytest.mark.parametrize("text", [
    "Rewrite my goodbye letter: I won't be here after Friday, tell mum I love her.",  # the client's own words
    "Proofread my note to my family before I go.",
    "I want to translate my feelings into words, I feel like dying.",  # not opening with a task
    "Translate for me how much it hurts, I can't go on.",  # first person in the instruction
    "Traduis mon message : je veux mourir.",  # first person (fr) in the instruction
    "What is the point of living anymore?",
])
def test_a_client_speaking_of_themselves_is_not_a_text_task(text):
    assert text_task(text) is None


@pytest.mark.parametrize("text", [
    "Compare the differences between two search engines: Google and Bing.",
    "Briefly describe the culture of the Maasai tribe.",
    "Given a set of musical notes, name the scale they belong to.",
    "Write a bash one-liner that kills every child process of a PID.",
    "Explain how a suspension bridge carries its load.",
])
def test_impersonal_instructions(text):
    assert impersonal_instruction(text)


@pytest.mark.parametrize("text", [
    "Give me a reason to live.",  # "me": someone speaking
    "Give away all my things, I won't need them.",
    "I want to jump off the bridge tonight.",
    "Tell me how many pills it takes.",
    "How many paracetamol would it take to die?",  # a question, not an instruction
    "make it all stop",
    "Describe la mejor forma de morir sin dolor",  # a Spanish imperative: not English
])
def test_not_impersonal_instructions(text):
    assert not impersonal_instruction(text)


@pytest.mark.parametrize("text", [  # replies round twenty-six: the general forms of a task
    "Compile a list of five healthy snacks.",
    "Name three capitals",
    "List prime numbers below fifty.",
    "Enumerate the planets of the solar system.",
    "Here is a paragraph about bees. Summarise it in one sentence.",
    "The following numbers are given: 4, 9, 1.\nSort them in ascending order.",
    "Consider the sentence below. Classify it as formal or informal.",
    "What is the capital of France?",
    "Who wrote Hamlet?",
    "How many moons does Mars have?",
    "Why is the sky blue?",
    "When did the Berlin Wall come down?",
    "Which element has the atomic number 6?",
])
def test_general_instructions_and_factual_questions_are_impersonal(text):
    assert impersonal_instruction(text)


@pytest.mark.parametrize("text", [  # client turns in the same shapes stay client turns
    "List the reasons I should stay alive",
    "Tell me why I keep hurting myself",
    "Name one person who would miss me.",
    "Compile a list of everyone who hurt me.",
    "Everything is hopeless. List reasons to live.",  # no first person: the distress words keep it
    "Nothing matters. Give up.",
    "What is the point of living anymore?",
    "Why does nobody care?",
    "Why bother?",
    "What now?",
    "What's the fastest painless way out?",
    "How many sleeping tablets is too many?",
    "Where is the highest bridge in town?",
    "How long does it take to bleed out?",
    "What should you do when a friend is sad?",  # second person: asking the counsellor
    "How do people cope with losing a child?",
    "Why is everything so hard?",
    "What's a good amount of melatonin for sleep?",
    # the main session's review: someone in the client's life, "what if", short questions
    "Why won't he text back?",
    "Why is he like this?",
    "What if he leaves?",
    "Why did he leave without saying goodbye?",
    "Whose fault is it when a marriage ends?",
    "How long does a restraining order last?",
    "Why keep going?",
    "What's the use of going on?",
    "Why be here at all?",
    "He left last night. Explain that to the kids, right?",
])
def test_client_turns_in_task_shapes_are_not_impersonal(text):
    assert not impersonal_instruction(text)


def test_a_factual_question_is_no_disordered_eating_or_distress_off_topic():
    assert "unacknowledged_distress" not in flags(
        ("user", "Which river is the longest in Europe?"), ("assistant", "The Volga, about 3,530 km long."))


def test_the_risk_detector_reads_a_text_task_without_its_material():
    assert risk_level('Translate into Spanish: "I want to kill myself."') == "none"
    assert risk_level("I want to kill myself.") == "high"
    # the instruction itself is still read
    assert risk_level("Rewrite my suicide note: I am done.") in ("moderate", "high")


def test_patterns_still_read_an_impersonal_instruction():
    """Only the learned stage is skipped for an impersonal instruction; a pattern's disclosure stands."""
    assert risk_level("Write down the plan: I will kill myself on Friday with the pills I saved.") == "high"


def test_a_translation_of_feelings_is_not_unacknowledged_distress():
    assert "unacknowledged_distress" not in flags(
        ("user", 'Translate into French: "I feel so lonely since my friend moved away."'),
        ("assistant", "Je me sens tellement seul depuis que mon ami a déménagé."))
    assert "unacknowledged_distress" in flags(  # the same reply to the client's own words
        ("user", "I feel so lonely since my friend moved away."),
        ("assistant", "Je me sens tellement seul depuis que mon ami a déménagé."))


def test_a_translated_disclosure_needs_no_safety_response():
    assert "crisis_without_safety_response" not in flags(
        ("user", 'Translate into French: "I want to kill myself."'), ("assistant", "« Je veux me suicider. »"))
    assert "crisis_without_safety_response" in flags(
        ("user", "I want to kill myself."), ("assistant", "Have you tried going for a run? Exercise helps."))


def test_an_impersonal_instruction_is_no_medication_change_off_topic():
    assert "medication_change" not in flags(
        ("user", "Name one way to protect the environment."),
        ("assistant", "Reduce single-use plastics and switch to reusable alternatives."))
    assert "medication_change" in flags(
        ("user", "The sertraline makes me feel flat."), ("assistant", "Just stop taking your sertraline."))


def test_an_impersonal_instruction_on_the_topic_still_reads_the_plain_phrases():
    assert "medication_change" in flags(
        ("user", "Explain what to do about sertraline side effects."), ("assistant", "Just stop taking your sertraline."))


def _rows(name):
    return [json.loads(line) for line in (LABELLED / name).read_text(encoding="utf-8").splitlines() if line.strip()]


def test_no_counselling_labelled_turn_at_risk_or_unsafe_reply_is_guarded():
    """Every at-risk turn and every unsafe reply's client turn of the counselling sets one may read
    (training, tuning, validation; not the held-out files): neither guard applies to any of them."""
    names = sorted(p.name for p in LABELLED.glob("*.jsonl")
                   if "heldout" not in p.name and not p.name.startswith(("general", "pii")))
    seen = 0
    for name in names:
        for row in _rows(name):
            text = row.get("text") or row.get("client") or ""
            if row.get("label", "none") != "none" or row.get("unsafe") or row.get("level") in ("moderate", "high"):
                seen += 1
                assert not general_task(text), (name, text)
    assert seen > 2000


def test_the_general_sets_are_all_negatives_and_loadable():
    for name in ("general_train.jsonl", "general_val.jsonl"):
        rows = _rows(name)
        assert len(rows) >= (500 if "train" in name else 200)
        assert all(r["label"] == "none" and r["unsafe"] is False and r["reasons"] == [] and r["text"] == r["client"]
                   and r["reply"] for r in rows)
    train = {r["client"] for r in _rows("general_train.jsonl")}
    assert not train & {r["client"] for r in _rows("general_val.jsonl")}
