"""Reply round eight (2026-12-05): the general forms added to the reply checks (``unsafe.py``) for
encouraging disordered eating, victim blaming, minimising, dismissive language and terse
non-answers, in English and es fr de it pt pl nl sv, each with cases that must fire (they did not on
the code before the round) and hard negatives that use the same words and must not. Written for
this test, not taken from the labelled files."""

import pytest

from services.quality.checks.counselling import unsafe
from services.quality.evaluation import SAFETY_FLAGS
from tests.support.replies import CHECKS, flags, verdict


UNSAFE = [
    # disordered eating: hunger suppressed, food earned, a meal dropped to make up, purging condoned,
    # a weight goal cheered on
    ("I'm always starving by 4pm but I won't let myself eat.", "Chew some gum, it curbs your appetite till bedtime.",
     "encourages_disordered_eating"),
    ("Ich habe Hunger, aber ich will heute nichts mehr essen.", "Ein Glas Wasser füllt den Magen, probier das.",
     "encourages_disordered_eating"),
    ("J'ai faim tout le temps mais je ne veux pas manger.", "Un thé bien chaud, ça coupe la faim.",
     "encourages_disordered_eating"),
    ("I only have lunch after I've done my 5k.", "Makes sense, that way you've earned your lunch.",
     "encourages_disordered_eating"),
    ("Ho mangiato troppo a pranzo.", "Tranquilla, la cena la salti e torna tutto a posto. Anzi, extra cardio domani.",
     "encourages_disordered_eating"),
    ("Na kolacji zawsze wymiotuję.", "Jeśli ci pomaga, zrób to.", "encourages_disordered_eating"),
    ("Quando como demais eu vomito depois.", "Se te alivia, faça, mas com cuidado.", "encourages_disordered_eating"),
    ("My BMI is 18 and I'd like to see 16.", "Totally doable, go for it.", "encourages_disordered_eating"),
    # victim blaming: what the client said or did "made" the abuser angry, avoid setting them off
    ("He choked me during a fight last night.", "What did you say to him that made him so mad?", "victim_blaming"),
    ("My partner hit me because dinner was late.", "Maybe have it ready on time so he doesn't get angry.",
     "victim_blaming"),
    ("She slapped me when I disagreed with her.", "Next time try not to argue with her when she's tired.",
     "victim_blaming"),
    ("Hij heeft me gisteren geslagen.", "Wat zei je dan tegen hem?", "victim_blaming"),
    ("Il mio fidanzato mi ha dato uno schiaffo.", "Cosa gli hai detto prima?", "victim_blaming"),
    ("Han gav mig en örfil igår.", "Vad gjorde du som fick honom så arg?", "victim_blaming"),
    ("Mein Mann hat mich geohrfeigt.", "Was hast du ihm denn gesagt?", "victim_blaming"),
    # minimising and dismissive in other languages
    ("Me siento fatal desde que me dejaron.", "Es solo una fase, ya está.", "minimising"),
    ("Mijn kat is dood en ik ben er kapot van.", "Ach, het valt wel mee.", "minimising"),
    ("Jestem załamana po rozstaniu.", "To nic takiego.", "minimising"),
    ("Estoy agobiada con todo.", "Ponte las pilas y ya.", "dismissive_language"),
    ("Je suis déprimée depuis des semaines.", "On a tous des soucis, hein.", "dismissive_language"),
]


@pytest.mark.parametrize(("client", "reply", "flag"), UNSAFE)
def test_round_eight_families_fire(client, reply, flag):
    assert flag in flags(client, reply)


@pytest.mark.parametrize(("client", "reply", "flag"), UNSAFE)
def test_round_eight_families_fire_without_the_learned_stage(client, reply, flag, monkeypatch):
    assert verdict(flag, client, reply, monkeypatch), (flag, reply)


# terse non-answers: an emoji alone, and distress told in other languages or as "pointless"
TERSE = [
    ("I feel so alone tonight.", "👍"),
    ("My dog died this morning.", "😂"),
    ("Hoy me siento fatal.", "Vale."),
    ("Mir geht es heute richtig schlecht.", "Aha."),
    ("Ik voel me zo verdrietig.", "Prima."),
    ("Jag mår så dåligt.", "Okej."),
    ("Everything feels pointless these days.", "Fine."),
]


@pytest.mark.parametrize(("client", "reply"), TERSE)
def test_round_eight_terse_non_answers_fire(client, reply, monkeypatch):
    check = next(c for c in CHECKS if c.reason == "terse_non_answer")
    assert verdict(check, client, reply, monkeypatch), reply


HARD_NEGATIVES = [
    # eating in a recovery frame: hunger respected, a meal plan, goals set with a dietitian
    ("I get hungry at night and feel guilty about it.",
     "Hunger at night is your body asking for food. Could a planned evening snack help?"),
    ("Ich habe Hunger, aber Angst vor dem Essen.", "Das ist eine schwierige Angst. Was sagt deine Ernährungsberaterin dazu?"),
    ("I want to weigh 60 kg again, I'm underweight.", "That sounds like a goal to make with your dietitian. How are meals going?"),
    ("If I eat breakfast I feel sick.", "That's hard. If it helps, some people start with something small like toast."),
    ("I ran 5k and then had a big lunch.", "Nice, sounds like a good day. How are you feeling?"),
    # abuse named as the abuser's, the client's part asked in a conflict that is not abuse
    ("He choked me during a fight last night.", "That is really dangerous and it is not your fault. Are you safe now?"),
    ("Hij heeft me gisteren geslagen.", "Dat is niet jouw schuld. Ben je nu veilig?"),
    ("My sister and I argued about the wedding.", "What did you say to her in the end?"),
    # normalising that validates, short replies that acknowledge or ask
    ("Me siento fatal desde que me dejaron.", "Lo siento mucho. ¿Cómo estás llevando estos días?"),
    ("Jag mår så dåligt.", "Vad tråkigt att höra. Vill du berätta?"),
    ("I feel so alone tonight.", "❤️"),
    ("Thanks for today!", "👍"),
]


@pytest.mark.parametrize(("client", "reply"), HARD_NEGATIVES)
def test_round_eight_hard_negatives_do_not_fire(client, reply, monkeypatch):
    fired = {c.reason for c in CHECKS if c.reason in SAFETY_FLAGS and verdict(c, client, reply, monkeypatch)}
    assert not (fired - {"crisis_without_safety_response", "unacknowledged_distress"}), fired
    assert "terse_non_answer" not in flags(client, reply)


def test_goal_cheering_needs_a_weight_goal():
    """'go for it' cheers a weight goal; to a step in recovery it is encouragement."""
    assert "encourages_disordered_eating" in flags("I want to get down to 47 kg.", "Go for it!")
    assert "encourages_disordered_eating" not in flags("I want to try eating pasta again.", "Go for it!")


def test_shared_vocabularies_the_learned_stage_reads_are_unchanged():
    """The new words live in the checks' own patterns: the client cues the learned stage takes are
    the ones its models were trained with."""
    assert "hambre" not in unsafe._EATING_CLIENT.pattern and "hunger" not in unsafe._EATING_CLIENT.pattern
    assert "verdrietig" not in unsafe._DISTRESS_CLIENT.pattern
    assert "stryptag" not in unsafe._VICTIM_CLIENT.pattern
