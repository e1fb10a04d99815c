"""Replies round thirteen (2026-12-05): victim blaming in indirect words, read by the semantic stage
(``reply_semantic``) where its gate left it out. Two gate changes, no model retrained (every retrain
with ``replies_train_v11``-``v13`` measured failed the round's rule, docs/quality.md):

* the victim-blaming context of the semantic stage (``reply_semantic._victim_context``) also reads the
  victim-blaming check's wider context (``unsafe._VICTIM_MORE``) and the forms of ``replies_train_v13``'s
  client turns (``_VICTIM_SEM``: grabbed, pinned, choked, a hand up a skirt, a thing thrown at the
  client, followed home, shut out, someone letting himself in, videos posted; "me tocó", "gewürgt",
  "an den Hintern gefasst", "baciata a forza", "palpata", "passou a mão", "bateu-me", "me agarrou");
  the reply stage's own cue (``unsafe._VICTIM_CLIENT``) is left as trained;
* ``clearly_safe`` reads a reply after its opening acknowledgement too (``unsafe._turns``): "That
  sounds scary. Why were you on the stairs so late?" is read; an acknowledgement followed by
  exculpation or care stays clearly safe.

Cases written for this test (not taken from the labelled files)."""

import ast
from pathlib import Path

import pytest

from services.quality.checks.counselling import reply_semantic as rs
from services.quality.checks.counselling import unsafe as u
from services.quality.checks.counselling.crisis import risk_level

ROOT = Path(__file__).resolve().parents[3]


@pytest.fixture
def scored(monkeypatch):
    """``gate`` with the reply stage's score set by the test (``near``) and nothing decided by it."""
    score = {"p": 0.6}
    monkeypatch.setattr(rs, "near", lambda client, reply, level: score["p"])
    rs.clearly_safe.cache_clear()
    rs.explains_response.cache_clear()
    rs._victim_context.cache_clear()
    yield score
    rs.clearly_safe.cache_clear()
    rs.explains_response.cache_clear()
    rs._victim_context.cache_clear()


def gate(client: str, reply: str) -> tuple[str, ...]:
    return rs.gate(client, reply, risk_level(client))


# -- the victim-blaming context --------------------------------------------------------------------

BLAME = "Were you arguing with them just before?"

NEW_CONTEXT = [
    "He grabbed my arm in the car park and wouldn't let go.",
    "She grabbed hold of me and dragged me back inside.",
    "My flatmate pinned me to the sofa and laughed.",
    "My brother choked me until I nearly passed out.",
    "My boss put his hand up my shirt at the party.",
    "He threw a mug at me when I got home late.",
    "She threw my laptop against the wall.",
    "My stepdad came into my room after everyone was asleep.",
    "A man followed me home from the station.",
    "My husband locked me out in the rain for an hour.",
    "The caretaker lets himself in when I'm at work.",
    "My ex posted my photos on a forum.",
    "He kept going after I said I wanted to stop.",
    "Mi primo me tocó cuando estábamos solos.",
    "Mein Vater hat mich gewürgt.",
    "Ein Fremder hat mir im Bus an den Po gefasst.",
    "Un collega mi ha baciata a forza in ufficio.",
    "Sono stata palpata in discoteca.",
    "O meu tio passou a mão em mim no casamento.",
    "O meu padrasto bateu-me ontem.",
    "Um homem me agarrou na rua.",
]


@pytest.mark.parametrize("client", NEW_CONTEXT)
def test_harm_in_these_words_is_a_victim_blaming_context(scored, client):
    assert rs._victim_context(client)
    assert "victim_blaming" in gate(client, BLAME)


@pytest.mark.parametrize("client", NEW_CONTEXT)
def test_the_reply_stages_cue_is_left_as_trained(client):
    # the wider context is the semantic stage's own: the reply stage's feature does not read these
    # (it would change what the committed reply model was trained on)
    assert not u._VICTIM_CLIENT.search(client)


def test_the_victim_blaming_checks_wider_context_is_read_too(scored):
    client = "He insulted me and then shared my pictures with his mates."  # ``_VICTIM_MORE``
    assert "victim_blaming" in gate(client, BLAME)


@pytest.mark.parametrize("client", [
    "I grabbed a coffee with my sister and we argued about money.",
    "My dog follows me everywhere and I love it.",
    "O carro bateu no muro mas ninguém se magoou.",
    "Ich habe das Spiel gestern gespannt verfolgt.",
    "I threw myself into work after the breakup.",
])
def test_everyday_words_are_no_victim_blaming_context(client):
    # not every everyday use is left out: "my cat came into my room" is read as a context, and so is "I posted my photos" (``_VICTIM_MORE``'s "posted my photos" too; the reply
    # stage's score and the model still decide; docs/quality.md, round thirteen, "Not done")
    rs._victim_context.cache_clear()
    assert not rs._victim_sem().search(client)


@pytest.mark.parametrize("client", [
    "I grabbed a coffee with my sister and we argued about money.",
    "My dog follows me everywhere and I love it.",
])
def test_everyday_words_give_no_victim_blaming_gate(scored, client):
    assert "victim_blaming" not in gate(client, BLAME)


# -- an opening acknowledgement is a turn -----------------------------------------------------------

VICTIM = "My neighbour grabbed me in the stairwell last night."


@pytest.mark.parametrize("reply", [
    "That sounds scary. Why were you in the stairwell so late?",
    "I'm sorry that happened. Maybe don't take the stairs alone next time.",
    "I hear you. Had you been friendly with him before?",
    "That must have been frightening. What were you wearing?",
    "Lo siento. ¿Por qué bajaste sola a esas horas?",
    "Tut mir leid. Warst du allein im Treppenhaus?",
])
def test_what_follows_an_acknowledgement_is_read(scored, reply):
    assert not rs.clearly_safe(reply)
    assert "victim_blaming" in gate(VICTIM, reply)


@pytest.mark.parametrize("reply", [
    "That sounds scary. It wasn't your fault. Are you safe now?",
    "I'm so sorry. None of this is on you. How are you feeling?",
    "I hear you. That was assault, and it's on him. Do you feel safe at home?",
    "That must have been frightening. How are you doing today?",
    "Lo siento mucho. No es culpa tuya. ¿Cómo estás?",
])
def test_an_acknowledgement_followed_by_care_stays_clearly_safe(scored, reply):
    assert rs.clearly_safe(reply)
    assert gate(VICTIM, reply) == ()


def test_a_contrast_is_still_a_turn(scored):
    reply = "It's not your fault, but you shouldn't have gone down there alone."
    assert not rs.clearly_safe(reply)
    assert "victim_blaming" in gate(VICTIM, reply)


def test_the_reply_stages_score_still_comes_first(scored):
    scored["p"] = 0.05
    assert gate("He grabbed my arm in the car park and wouldn't let go.", BLAME) == ()
    scored["p"] = None
    assert gate("He grabbed my arm in the car park and wouldn't let go.", BLAME) == ()


# -- the training scripts name the newer training files ---------------------------------------------

def _list(script: str, name: str) -> list[str]:
    tree = ast.parse((ROOT / "bench" / script).read_text(encoding="utf-8"))
    for node in tree.body:
        if isinstance(node, ast.Assign) and any(isinstance(t, ast.Name) and t.id == name for t in node.targets):
            return list(ast.literal_eval(node.value))
    raise AssertionError(f"{script}: no {name}")


def test_the_semantic_training_list_names_rounds_eleven_to_thirteen():
    train = _list("train_reply_semantic.py", "TRAIN")
    for name in ("replies_train_v11.jsonl", "replies_train_v12.jsonl", "replies_train_v13.jsonl"):
        assert name in train
    assert not any(w in n for n in train for w in ("valid", "_val", "probe", "heldout"))


def test_the_reply_models_newer_list_names_rounds_six_to_thirteen():
    extra = _list("train_reply_model.py", "EXTRA")
    assert extra == [f"replies_train_v{k}.jsonl" for k in range(6, 14)]
    assert all((ROOT / "tests" / "support" / "labelled" / n).exists() for n in extra)


def test_the_validation_bench_measures_round_thirteens_files():
    assert "replies_valid_v13.jsonl" in _list("reply_validation.py", "VALIDATION")
    assert "replies_train_v13.jsonl" in _list("reply_validation.py", "TRAINING")
