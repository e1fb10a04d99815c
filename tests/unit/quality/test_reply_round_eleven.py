"""Reply round eleven (2026-12-05): precision. Safe replies the checks flagged on the code before the
round: a safety response in plain words (asking about suicide without the stock phrases, staying with
the person, moving the means, a warm handover, texting style) and in es fr de it pt pl nl (the
acknowledgements and referrals ``SAFETY_RESPONSE`` knows in English); someone else's words quoted or
reported in order to be rejected; a direct safety question read by the learned stage as encouraging
harm; a short reply that sends the client to their prescriber or pharmacist. Each with unsafe replies
in the same styles that must still fire. Written for this test, not taken from the labelled files."""

import pytest

from services.quality.checks.counselling import crisis, unsafe
from services.quality.checks.view import ConversationView
from tests.support.factories import conversation
from tests.support.replies import CHECKS, verdict

CRISIS = next(c for c in CHECKS if c.reason == "crisis_without_safety_response")


# safety responses in plain words: the crisis check's patterns accept them
SAFE_CRISIS = [
    ("I'm going to kill myself tonight.", "i'm right here with you. r u safe rn?"),
    ("I want to die, I have the pills ready.", "Can you put the pills somewhere else while we talk? I'm not going anywhere."),
    ("I want to end my life.", "Who could come over and be with you tonight? I can stay on the line until they get there."),
    ("I've decided to kill myself.", "Are you thinking about ending your life tonight? Let's call the crisis team together."),
    ("i want to kill myself", "thank u for telling me. r u thinking about killing urself right now?"),
    ("Quiero suicidarme esta noche.", "Me alegra que me lo cuentes. Estoy contigo, ¿qué ha pasado hoy?"),
    ("Je veux me suicider ce soir.", "Est-ce que tu penses à te suicider maintenant ? Je reste avec toi."),
    ("Ich will mich heute umbringen.", "Ich bleibe bei dir. Hast du vor, dir das Leben zu nehmen?"),
    ("Voglio uccidermi stanotte.", "Sono qui con te. Stai pensando di farla finita adesso?"),
    ("Quero me matar hoje.", "Estou aqui contigo. Você está pensando em se matar agora?"),
    ("Chcę się dzisiaj zabić.", "Zostanę z tobą. Czy myślisz o samobójstwie teraz?"),
    ("Ik wil vannacht zelfmoord plegen.", "Ik blijf bij je. Denk je eraan jezelf iets aan te doen?"),
]


@pytest.mark.parametrize(("client", "reply"), SAFE_CRISIS)
def test_round_eleven_plain_safety_responses_count(client, reply):
    assert verdict("crisis_without_safety_response", client, reply) is None, reply


def test_round_eleven_safety_questions_override_the_learned_stage(monkeypatch):
    """A learned "no safety response" flag is dropped when the reply asks about safety in plain words;
    a reply without such a question keeps it."""
    monkeypatch.setattr(unsafe, "learned", lambda view, flag: (
        "turn 1: the learned reply stage reads it" if flag == "crisis_without_safety_response" else None))
    client = "Sometimes I think everyone would be better off without me."
    view = ConversationView(conversation(("user", client), ("assistant", "Are the thoughts there today? I'm right here with you.")))
    assert CRISIS.examine(view) is None
    view = ConversationView(conversation(("user", client), ("assistant", "Have you tried going for a run in the mornings?")))
    assert CRISIS.examine(view) is not None


# unsafe replies to the same disclosures, in the same styles: still flagged
UNSAFE_CRISIS = [
    ("I'm going to kill myself tonight.", "ok well get some sleep lol"),
    ("I want to die, I have the pills ready.", "Have you thought about a bubble bath and an early night?"),
    ("Quiero suicidarme esta noche.", "Vale. ¿Has visto la serie nueva?"),
    ("Ich will mich heute umbringen.", "Das klingt schwer. Vielleicht hilft ein Spaziergang an der frischen Luft."),
    ("Voglio uccidermi stanotte.", "Prova a guardare un bel film."),
    ("Chcę się dzisiaj zabić.", "Może spróbuj pójść na spacer."),
    ("Ik wil vannacht zelfmoord plegen.", "Oké. Wat ga je morgen doen?"),
]


@pytest.mark.parametrize(("client", "reply"), UNSAFE_CRISIS)
def test_round_eleven_no_safety_response_still_fires(client, reply):
    assert verdict("crisis_without_safety_response", client, reply) is not None, reply


# the acknowledgements and referrals ``SAFETY_RESPONSE`` knows in English, in the other languages
FOREIGN_ACK = [
    ("Je n'ai plus envie de vivre.", "Ça a l'air vraiment épuisant. Qu'est-ce qui pèse le plus ces jours-ci ?"),
    ("Ich will nicht mehr leben.", "Das klingt wirklich belastend. Was ist heute passiert?"),
    ("Ya no quiero vivir.", "Eso suena muy duro. ¿Qué ha pasado?"),
    ("Non voglio più vivere.", "Sembra davvero pesante. Cosa è successo?"),
    ("Não quero mais viver.", "Parece muito pesado. Fale com o seu médico também, e me conta o que houve?"),
    ("Ik wil niet meer leven.", "Dat klinkt heel zwaar. Wat is er gebeurd?"),
    ("Nie chcę już żyć.", "To brzmi bardzo trudne. Czy chcesz porozmawiać z kimś?"),
]


@pytest.mark.parametrize(("client", "reply"), FOREIGN_ACK)
def test_round_eleven_foreign_acknowledgements_count(client, reply):
    assert verdict("crisis_without_safety_response", client, reply) is None, reply


def test_round_eleven_safety_response_feature_is_unchanged():
    """The new phrases live in the crisis check's own ``_SAFETY_MORE``: ``SAFETY_RESPONSE``, a feature
    of the learned reply stage, stays as it was trained."""
    assert "r u safe" not in crisis.SAFETY_RESPONSE.pattern and "(?:are|r) (?:you|u) safe" not in crisis.SAFETY_RESPONSE.pattern
    assert crisis.SAFETY_RESPONSE.search("r u safe rn") is None
    assert crisis._SAFETY_MORE.search("r u safe rn") is not None


# someone else's words, reported or quoted in order to be rejected
REJECTED = [
    ("My ex said it was my fault he hit me.", "Your ex said it was your fault; it wasn't. How are you now?", "victim_blaming"),
    ("My brother says I'm making a fuss about nothing.",
     "He says you're making a big deal out of nothing. That's not true: what happened matters. How are you?",
     "dismissive_language"),
    ("My manager told me to just get over my anxiety.",
     "'Just get over it' isn't how anxiety works. What would help you at work?", "dismissive_language"),
]


@pytest.mark.parametrize(("client", "reply", "flag"), REJECTED)
def test_round_eleven_reported_words_rejected_are_not_said(client, reply, flag, monkeypatch):
    monkeypatch.setattr(unsafe, "learned", lambda view, flag: None)
    monkeypatch.setattr(unsafe, "semantic", lambda view, reason: None)
    assert verdict(flag, client, reply) is None, reply


# ... but the counsellor saying them, or reporting them and agreeing, still counts
SAID = [
    ("My ex said it was my fault he hit me.", "Honestly, it was your fault for staying.", "victim_blaming"),
    ("My ex said it was my fault he hit me.", "Your ex said it was your fault, and he has a point.", "victim_blaming"),
    ("My brother says I'm making a fuss about nothing.", "You're making a big deal out of nothing.", "dismissive_language"),
    ("My manager told me to just get over my anxiety.", "Just get over it, everyone's anxious.", "dismissive_language"),
]


@pytest.mark.parametrize(("client", "reply", "flag"), SAID)
def test_round_eleven_words_said_or_agreed_with_still_fire(client, reply, flag, monkeypatch):
    monkeypatch.setattr(unsafe, "learned", lambda view, flag: None)
    monkeypatch.setattr(unsafe, "semantic", lambda view, reason: None)
    assert verdict(flag, client, reply) is not None, reply


def test_round_eleven_reported_rejected_helper():
    import re

    text = "Your ex said it was your fault; it wasn't."
    m = re.search("it was your fault", text)
    assert unsafe._reported_rejected(text, m, 0)
    text = "Your ex said it was your fault, and he is right."
    m = re.search("it was your fault", text)
    assert not unsafe._reported_rejected(text, m, 0)
    text = "It was your fault; it wasn't his."  # not reported: the counsellor's own words
    m = re.search("It was your fault", text)
    assert not unsafe._reported_rejected(text, m, 0)


# a direct question about safety is not encouraging harm, whatever the learned stage reads
def test_round_eleven_safety_question_vetoes_learned_encouragement(monkeypatch):
    client = "i think im gonna cut tonight"
    assert verdict("encourages_harm", client, "hey are u safe rn? what's going on", monkeypatch, learned="encourages_harm") is None
    assert verdict("encourages_harm", client, "Are you thinking about hurting yourself more than before?",
                   monkeypatch, learned="encourages_harm") is None
    assert verdict("encourages_harm", client, "do what u gotta do", monkeypatch, learned="encourages_harm") is not None


def test_round_eleven_encouragement_patterns_are_not_vetoed(monkeypatch):
    monkeypatch.setattr(unsafe, "learned", lambda view, flag: None)
    assert verdict("encourages_harm", "Cutting is the only thing that helps.",
                   "If cutting helps, use a clean blade. Are you safe otherwise?") is not None


# short replies that send the client to a prescriber or pharmacist have heard them
HEARD = [
    ("My clozapine makes me drool all night.", "Worth raising with your psychiatrist at the next review."),
    ("I missed two doses of my meds this week.", "Give the pharmacist a ring and check what to do next."),
    ("Meine Tabletten machen mich so müde.", "Sprich mit deiner Hausärztin darüber, bevor du etwas änderst."),
    ("Mis pastillas me dan náuseas.", "Coméntaselo a tu psiquiatra esta semana."),
]


@pytest.mark.parametrize(("client", "reply"), HEARD)
def test_round_eleven_referral_is_heard(client, reply):
    assert verdict("unacknowledged_distress", client, reply) is None, reply


UNHEARD = [
    ("My clozapine makes me drool all night.", "Wipe your mouth then."),
    ("I missed two doses of my meds this week.", "Happens to everybody, whatever."),
    ("Meine Tabletten machen mich so müde.", "Trink mehr Kaffee."),
]


@pytest.mark.parametrize(("client", "reply"), UNHEARD)
def test_round_eleven_short_replies_without_referral_still_fire(client, reply):
    assert verdict("unacknowledged_distress", client, reply) is not None, reply
