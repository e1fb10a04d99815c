"""Risk round fifteen (eighteenth session): English disclosures told in long turns. A long turn (over
``risk_model.LONG_TURN`` characters) in which stage one names a category is read by the learned stage
from the sentences stage one names alone (``risk_model._named_window``), each as its own sentence, and
its first-stage features from them too: the everyday sentences read with the disclosure dragged it
under the learned stage's threshold, and their idioms ("dead tired"), films and third persons put it
under the first look's floor. A sentence typed without full stops (a teenager's news run together
with "lol" and commas) is read in clauses (``_clauses``), and a turn whose match stage one reads as a
mention because of such a run-on sentence is read from the clause it names, with that clause's
category. Short turns and long turns stage one names nothing in are read as before."""

from __future__ import annotations

import pytest

from services.quality.checks.counselling import crisis
from services.quality.checks.counselling import risk_model as rm

EVERY = [
    "The plumber finally came about the radiator in the back bedroom.",
    "My sister is visiting from Bristol at the weekend with her two boys.",
    "We watched a film about a haunted lighthouse on Friday and it was rubbish.",
    "I've started doing the online food shop because the queues are so long.",
    "Work moved our team meeting to Monday mornings, which nobody likes.",
    "The cat has decided to sleep on my work clothes every night.",
    "I keep forgetting to renew the car insurance and the reminder came again.",
    "My neighbour is building an extension and the drilling starts at eight.",
    "I'm dead tired from the commute, the trains are always late.",
    "We booked a cheap week in Wales for August.",
    "My dad keeps sending me articles about pensions.",
    "I tried a new recipe for lentil soup and it was actually nice.",
]
TEXTING = [
    "my sister keeps stealing my makeup lol", "we had a mock in french today and i knew nothing",
    "ngl the new canteen pizza is good", "my mum wants me to tidy my room before saturday",
    "i watched a film about zombies last night and it was so dead boring", "my friend group is being weird with me tbh",
    "i have football training on tuesdays and thursdays now", "my phone cracked again lol",
    "my nan got a new puppy and its so cute", "we have to do a presentation on volcanoes in geography next week",
    "the bus driver didnt stop for us this morning so we were late", "i want to dye my hair blue but my dad says no",
]


def long_turn(sentence: str, at: int = 5) -> str:
    return " ".join(EVERY[:at] + [sentence] + EVERY[at:])


def texting(sentence: str, at: int = 4) -> str:
    return " ".join(TEXTING[:at] + [sentence] + TEXTING[at:])


def listed(sentence: str) -> str:
    return "Stuff going on:\n" + "\n".join("- " + s for s in EVERY[:4] + [sentence] + EVERY[4:9])


# (category, long turn): the learned stage dropped each on the code of before
FOUND_NOW = [
    ("intent", long_turn("I'm going to end my life after my exams are over.")),
    ("intent", long_turn("I'm going to end my life after my exams are over.", at=0)),
    ("intent", long_turn("I'm going to end my life after my exams are over.", at=12)),
    ("plan_preparation", texting("ive been hiding pills in my wardrobe for when i do it")),
    ("nssi", texting("i cut myself again last night")),
    ("intent", texting("im going to kill myself after the holidays")),
    ("plan_preparation", listed("I've written goodbye letters to my family.")),
]

# long turns found before and after
FOUND_BEFORE_AND_NOW = [
    long_turn("I've been hiding my tablets in a sock in my drawer for when I finally do it."),
    long_turn("Last weekend I tried to kill myself with my mum's sleeping pills."),
    long_turn("I've been cutting my arms again with a razor."),
    long_turn("I think about killing myself every day now."),
    listed("I burned my arm with a lighter on purpose again."),
    listed("I tried to hang myself on Sunday."),
]

# long hard negatives of the same length: none before and after
NOT_AT_RISK = [
    long_turn("My friend told me she took an overdose last year and is doing better now."),
    long_turn("This commute is killing me, honestly."),
    long_turn("I've never hurt myself and I'm not suicidal, just fed up."),
    long_turn("We watched a documentary about suicide in young men."),
    texting("my mate said she wants to die lol because of the exam"),
    texting("this homework is killing me lol"),
    listed("My grandad died last spring and I still miss him."),
    listed("I cut my finger chopping onions."),
    " ".join(EVERY),
    " ".join(TEXTING),
]


@pytest.fixture(autouse=True)
def _fresh():
    rm.learned_category.cache_clear()
    rm._named_window.cache_clear()
    yield


def _learned_stage():
    if rm.minilm_model() is None:
        pytest.skip("the learned stage is not installed")


@pytest.mark.parametrize(("category", "text"), FOUND_NOW)
def test_the_long_disclosure_is_found(category, text):
    _learned_stage()
    assert len(text) > rm.LONG_TURN
    assert crisis.risk_category(text) == category


@pytest.mark.parametrize("text", FOUND_BEFORE_AND_NOW)
def test_the_long_disclosure_is_still_found(text):
    _learned_stage()
    assert crisis.risk_category(text) != "none"


@pytest.mark.parametrize("text", NOT_AT_RISK)
def test_the_long_hard_negative_stays_none(text):
    _learned_stage()
    assert len(text) > rm.LONG_TURN
    assert crisis.risk_category(text) == "none"


@pytest.mark.parametrize(("text", "window"), [
    (long_turn("I'm going to end my life after my exams are over."), "I'm going to end my life after my exams are over."),
    (listed("I've written goodbye letters to my family."), "- I've written goodbye letters to my family."),
    (long_turn("I've been cutting my arms again with a razor.", at=2) + " I'm going to end my life after my exams are over.",
     "I've been cutting my arms again with a razor. I'm going to end my life after my exams are over."),
])
def test_the_learned_stage_reads_the_named_sentences(text, window):
    assert rm._named_window(text) == window
    assert rm.model_input(text) == window


@pytest.mark.parametrize("text", [
    " ".join(EVERY),  # names nothing
    long_turn("This commute is killing me, honestly."),  # an idiom, no category
    long_turn("My friend told me she took an overdose last year and is doing better now."),  # a mention, short sentences
])
def test_a_long_turn_stage_one_names_nothing_in_is_read_as_before(text):
    assert rm._named_window(text) is None
    # the choice of before: the sentences most like a disclosure, in their order, up to LONG_TURN characters
    sentences = [s.strip() for s in rm._SENTENCES.findall(text) if s.strip()]
    weights = [rm._sentence_weight(s) for s in sentences]
    keep, size = set(), 0
    for i in sorted(range(len(sentences)), key=lambda i: -weights[i]):
        if weights[i] == 0 or keep and size + len(sentences[i]) > rm.LONG_TURN:
            break
        keep.add(i)
        size += len(sentences[i]) + 1
    assert rm.model_input(text) == (" ".join(sentences[i] for i in sorted(keep)) if keep else text)


def test_a_run_on_turn_is_read_from_the_clause_it_names():
    window = rm._named_window(texting("i cut myself again last night"))
    assert window is not None and "i cut myself again last night" in window and window.endswith(".")
    assert "film" not in window and "dead boring" not in window


@pytest.mark.parametrize("text", [
    "I'm going to end my life after my exams are over.",  # short turns are read whole, as before
    "i cut myself again last night lol " * 3,
    "Last weekend I tried to kill myself with my mum's sleeping pills.",
])
def test_a_short_turn_is_read_whole(text):
    assert len(text) <= rm.LONG_TURN
    assert rm.model_input(text) == text


def test_a_run_on_sentence_is_read_in_clauses():
    run_on = " ".join(TEXTING)
    pieces = rm._clauses(run_on)
    assert len(pieces) > 1
    assert all(len(p) <= rm.LONG_SENTENCE or len(p.split()) <= 30 for p in pieces)
    assert " ".join(pieces).split() == run_on.split()  # nothing lost, nothing added
    assert pieces[0].endswith("lol")  # a texting marker ends its clause


@pytest.mark.parametrize(("sentence", "stopped"), [
    ("i cut myself again", "i cut myself again."),
    ("I tried to hang myself on Sunday.", "I tried to hang myself on Sunday."),
    ("Why me?", "Why me?"),
    ('He said "enough."', 'He said "enough."'),
])
def test_stopped(sentence, stopped):
    assert rm._stopped(sentence) == stopped


def test_the_named_clause_gives_the_category_of_a_run_on_turn():
    text = texting("i cut myself again last night")
    assert rm._stage_one_category(text) == "nssi"
    assert rm._stage_one_category(" ".join(TEXTING)) == "none"
