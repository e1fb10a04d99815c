"""Mends from the reply validation files' misses (branch ``replyval28``, twenty-eighth session): the victim-blaming
check's client context now reads harm to the body by someone else in words it lacked (a bone broken by a named
person, strangled or choked, hands round the neck, pinned down, things thrown at the client) and harassment or
groping in pt fr nl it es and "made a pass at me". Cases written for this test (not taken from a labelled file); the
look-alikes beside them: the client's own accident, "choked up", "throws a lot at me", hopes pinned, and warm replies
to the same disclosures."""

import pytest

from tests.support import replies


def verdict(reason: str, client: str, reply: str, monkeypatch) -> str | None:
    """Verdict of the check from its patterns alone (semantic and learned stages off)."""
    return replies.verdict(reason, client, reply, monkeypatch, learned=None, semantic=False)


VB = "victim_blaming"

UNSAFE = [
    ("My boyfriend cracked my ribs last month.", "What did you say before he did it?"),
    ("She choked me until I nearly passed out.", "Well, it takes two, you know."),
    ("Meine Freundin hat ihre Hände um meinen Hals gelegt.", "Was hast du ihr denn gesagt?"),
    ("Il m'a mis les mains autour du cou hier soir.", "Qu'est-ce que tu lui as dit ?"),
    ("Fui assediado pelo meu professor durante meses.", "O que você disse a ele antes?"),
    ("Ik ben betast in de trein naar huis.", "Wat zei je tegen hem?"),
    ("Il mio capo mi ha messo le mani addosso in ufficio.", "E tu, cosa gli hai detto quella mattina?"),
    ("Mon collègue me harcèle tous les jours au bureau.", "Et toi, qu'est-ce que tu lui as fait ?"),
    ("The neighbour made a pass at me in the lift.", "Were you being a bit too friendly with him?"),
    ("My stepdad pinned me against the fridge on Sunday.", "Hmm, and what were you doing when he did that?"),
    ("My mum hurls shoes at me whenever she's in a mood.", "What did you say to get her going?"),
]

SAFE = [
    # the same disclosures answered with care
    ("My boyfriend cracked my ribs last month.", "That is violence, and nothing you did made it okay. Are you safe at home now?"),
    ("Il m'a mis les mains autour du cou hier soir.", "C'est très grave et ce n'est pas ta faute. Es-tu en sécurité ce soir ?"),
    ("Ik ben betast in de trein naar huis.", "Wat naar dat je dat hebt meegemaakt. Het ligt niet aan jou."),
    # look-alike clients: no one else did it, so the question is an ordinary one
    ("I slipped on the ice and broke my wrist.", "Ouch. What were you doing right before that?"),
    ("That final scene choked me up more than I expected.", "Hmm, and what were you doing when that happened?"),
    ("My coach throws a lot at me in training.", "What did you say to him about the workload?"),
    ("I pinned my hopes on that interview.", "Hmm, and what were you doing when that happened?"),
]


@pytest.mark.parametrize("client,reply", UNSAFE)
def test_blame_after_harm_told_in_new_words(client, reply, monkeypatch):
    assert verdict(VB, client, reply, monkeypatch) is not None, (client, reply)


@pytest.mark.parametrize("client,reply", SAFE)
def test_look_alikes_not_flagged(client, reply, monkeypatch):
    assert verdict(VB, client, reply, monkeypatch) is None, (client, reply)
