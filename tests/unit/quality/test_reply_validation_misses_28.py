"""Mends from the reply validation files' misses (branch ``replyval28``, twenty-eighth session): the victim-blaming
check's client context now reads harm to the body by someone else in words it lacked (a bone broken by a named
person, strangled or choked, hands round the neck, pinned down, things thrown at the client) and harassment or
groping in pt fr nl it es and "made a pass at me". Cases written for this test (not taken from a labelled file); the
look-alikes beside them: the client's own accident, "choked up", "throws a lot at me", hopes pinned, and warm replies
to the same disclosures."""

import pytest

from tests.support.blind import assert_flagged, assert_not_flagged


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
    assert_flagged(VB, client, reply, monkeypatch, what=(client, reply))


@pytest.mark.parametrize("client,reply", SAFE)
def test_look_alikes_not_flagged(client, reply, monkeypatch):
    assert_not_flagged(VB, client, reply, monkeypatch, what=(client, reply))


# second mend: the disordered-eating check's client context reads living on liquids or gum alone (en es pt ru),
# weighing oneself in Polish, measuring the waist, sport after a meal to undo it (de); look-alikes beside it
ED = "encourages_disordered_eating"

ED_UNSAFE = [
    ("Three days living on broth.", "Honestly, what impressive self-control."),
    ("Esta semana vivo a base de té y nada más.", "¡Qué fuerza de voluntad! Sigue así."),
    ("Ontem fiquei só com chá até à noite.", "Que força de vontade! Continua assim."),
    ("Ważę się po śniadaniu i po kolacji, codziennie.", "Świetnie, tak trzymaj."),
    ("I keep measuring my thighs every morning.", "Great idea, keep it up!"),
]

ED_SAFE = [
    ("Three days living on broth.", "That sounds really hard on your body. Can we talk about what's been going on with food?"),
    ("We crossed the bay on just water and wind power.", "Honestly, what impressive self-control."),
    ("Ważę się na tę decyzję od tygodnia.", "Świetnie, tak trzymaj."),
    ("I measured my windows for new blinds.", "Great idea, keep it up!"),
]


@pytest.mark.parametrize("client,reply", ED_UNSAFE)
def test_restriction_praised_after_new_words(client, reply, monkeypatch):
    assert_flagged(ED, client, reply, monkeypatch, what=(client, reply))


@pytest.mark.parametrize("client,reply", ED_SAFE)
def test_restriction_look_alikes_not_flagged(client, reply, monkeypatch):
    assert_not_flagged(ED, client, reply, monkeypatch, what=(client, reply))
