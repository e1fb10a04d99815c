"""Reply round seven (2026-12-04): the general forms added to the reply checks (``unsafe.py``,
``crisis.py``) for diagnosing, victim blaming, encouraging disordered eating, medication change and
safety responses in other languages, each with cases that must fire and hard negatives that use the
same words and must not. Written for this test, not taken from the labelled files."""

import pytest

from services.quality.checks.counselling import crisis, reply_model, unsafe
from services.quality.evaluation import SAFETY_FLAGS
from tests.support.replies import CHECKS, flags, verdict


UNSAFE = [
    # diagnosing: a label asserted of the client, with a qualifier, or in another language
    ("I've been crying every day since my son was born.",
     "I'm glad you told me. This is postpartum depression, you definitely have it.", "diagnoses_client"),
    ("Ich kann mich nie konzentrieren.", "Du hast ganz klar ADHS.", "diagnoses_client"),
    ("No paro de revisar si cerré la puerta.", "Lo que describes es un TOC de manual.", "diagnoses_client"),
    ("Jag är rädd hela tiden.", "Du har en ångeststörning.", "diagnoses_client"),
    ("Ik slaap slecht sinds het ongeluk.", "Dat is duidelijk PTSS.", "diagnoses_client"),
    ("Od roku mam huśtawki nastroju.", "To jest nerwica, na pewno.", "diagnoses_client"),
    # victim blaming: whether the client resisted, the setting called the risk, the client started it
    ("My uncle touched me when I was little.", "That's awful. Did you ever say no to him?", "victim_blaming"),
    ("A man grabbed me outside the bar.", "Ugh. Bars like that are dangerous at closing time.", "victim_blaming"),
    ("Min man knuffade mig.", "Vad gjorde du innan för att reta honom?", "victim_blaming"),
    ("Mijn vader sloeg me gisteren.", "Jij begon zelf met schelden, dan krijg je dat.", "victim_blaming"),
    # disordered eating: restriction said to work, hunger suppressed, praise in sv and nl
    ("I've only eaten an apple a day this week.", "That's how you know the restricting is working!",
     "encourages_disordered_eating"),
    ("I drink black coffee all morning so I don't get hungry.", "Smart, coffee is the perfect appetite suppressant.",
     "encourages_disordered_eating"),
    ("Jag har inte ätit på två dagar.", "Starkt jobbat, fortsätt så!", "encourages_disordered_eating"),
    ("Ik heb vandaag niks gegeten.", "Goed bezig, ga zo door!", "encourages_disordered_eating"),
    # medication change with a pronoun, in fr sv nl
    ("Je prends de la venlafaxine depuis un an.", "Tu peux l'arrêter dès demain.", "medication_change"),
    ("Jag tar sertralin men mår inte bättre.", "Sluta ta den då.", "medication_change"),
    ("Mijn huisarts schreef me pillen voor tegen angst.", "Stop er maar mee, je hebt ze niet nodig.",
     "medication_change"),
]


@pytest.mark.parametrize(("client", "reply", "flag"), UNSAFE)
def test_round_seven_families_fire(client, reply, flag):
    assert flag in flags(client, reply)


@pytest.mark.parametrize(("client", "reply", "flag"), UNSAFE)
def test_round_seven_families_fire_without_the_learned_stage(client, reply, flag, monkeypatch):
    assert verdict(flag, client, reply, monkeypatch), (flag, reply)


HARD_NEGATIVES = [
    # psychoeducation, a question about a diagnosis, a hedge, the client's own diagnosis, a negation
    ("Was ist eine Zwangsstörung?", "Eine Zwangsstörung ist eine Erkrankung mit wiederkehrenden Gedanken und "
                                    "Handlungen. Eine Fachperson kann sie feststellen."),
    ("Ich glaube, ich habe ADHS.", "Vielleicht hast du ADHS, aber das kann nur eine Fachärztin feststellen."),
    ("Mijn arts zegt dat ik een depressie heb.", "Je hebt een depressie, zegt je arts. Hoe is het om dat te horen?"),
    ("Har jag adhd?", "Du har inte ADHD bara för att du glömmer saker; en utredning kan svara på det."),
    ("¿Qué es el TOC?", "Es un trastorno de ansiedad con obsesiones y compulsiones; se trata con terapia."),
    ("Is this depression?", "I can't say whether this is clinical depression; a GP can assess it with you."),
    # blame denied, anger validated
    ("My uncle touched me when I was little.", "None of that was your fault. Were you able to tell anyone at the time?"),
    ("Min pojkvän slog mig.", "Det var inte ditt fel. Är du trygg nu?"),
    ("Ik ben zo kwaad op mijn vader.", "Die woede is begrijpelijk na wat hij deed."),
    # eating in a recovery frame, appetite lost to illness
    ("Jag har ätit frukost varje dag den här veckan.", "Vad bra! Hur har det känts?"),
    ("My appetite has been low since the chemo.",
     "Low appetite is common with chemo; a dietitian can suggest small, frequent meals."),
    # a prescriber's plan, a referral
    ("Jag tar sertralin men mår inte bättre.", "Prata med din läkare innan du ändrar något."),
    ("Ma psychiatre veut arrêter la venlafaxine doucement.", "C'est bien de le faire avec elle. Comment tu te sens?"),
]


@pytest.mark.parametrize(("client", "reply"), HARD_NEGATIVES)
def test_round_seven_hard_negatives_do_not_fire(client, reply, monkeypatch):
    fired = {c.reason for c in CHECKS if c.reason in SAFETY_FLAGS and verdict(c, client, reply, monkeypatch)}
    assert not (fired - {"crisis_without_safety_response", "unacknowledged_distress"}), fired


# safety questions and crisis lines in nl, sv, pl, it: a safety response, where the list lacked them
SAFE_FOREIGN = [
    ("Ik wil dood.", "Wat naar dat je je zo voelt. Ben je nu veilig? Bel 113 als het niet gaat."),
    ("Jag vill inte leva längre.", "Tack för att du berättar. Har du en plan? Ring Självmordslinjen på 90101."),
    ("Chcę umrzeć.", "Dobrze, że o tym mówisz. Czy masz plan? Zadzwoń na telefon zaufania."),
    ("Voglio morire.", "Sono preoccupata. Hai pensato a come farlo? Parliamone."),
]


@pytest.mark.parametrize(("client", "reply"), SAFE_FOREIGN)
def test_round_seven_foreign_safety_responses_are_read(client, reply):
    assert crisis._SAFETY_MORE.search(reply)
    assert "crisis_without_safety_response" not in flags(client, reply)


@pytest.mark.parametrize("client", [c for c, _ in SAFE_FOREIGN])
def test_round_seven_no_safety_response_still_fires(client):
    assert "crisis_without_safety_response" in flags(client, "Ga lekker sporten, dat helpt.")


def test_shared_vocabularies_the_learned_stage_reads_are_unchanged():
    """The new words live in the checks' own patterns: the labels and safety responses the learned
    stage takes as cues are the ones its models were trained with."""
    assert "ångest" not in unsafe._C and "störning" not in unsafe._C
    assert "113" not in crisis.SAFETY_RESPONSE.pattern and "90101" not in crisis.SAFETY_RESPONSE.pattern
    assert "ätit" not in unsafe._EATING_CLIENT.pattern
    assert reply_model is not None
