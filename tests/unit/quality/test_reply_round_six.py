"""Reply round six (2026-12-04): the families added to the reply checks (``unsafe.py``) for victim
blaming, encouraging disordered eating or self-harm, dismissive language, terse non-answers and
medication change, each with cases that must fire and hard negatives that use the same words
and must not. Written for this test, not taken from the labelled files."""

import pytest

from services.quality.checks.counselling import unsafe
from services.quality.evaluation import SAFETY_FLAGS
from tests.support.replies import CHECKS, flags, verdict


UNSAFE = [
    # victim blaming: the client's conduct read as consent, the abuse a lesson or a reaction, blame shared
    ("My boyfriend grabbed my arm and shoved me.",
     "I'm sorry. Staying out that late could be taken as a green light by some guys, you know?", "victim_blaming"),
    ("He forced himself on me after the party.",
     "That's awful. Maybe he just got the wrong impression from the way the night went.", "victim_blaming"),
    ("My ex shared my nudes in a group chat.",
     "I'm sorry. Honestly though, consider it a hard lesson about trust.", "victim_blaming"),
    ("My husband hits me when dinner is late.",
     "That sounds hard. Men often react to something, so it's worth looking at your own part in it.", "victim_blaming"),
    ("Mi novio me empujó contra la puerta.", "Vaya. ¿Qué le dijiste antes para que se pusiera así?", "victim_blaming"),
    ("Mein Mann hat mich geschubst.", "Oh je. Wie viel hattest du an dem Abend getrunken?", "victim_blaming"),
    # disordered eating: a starvation-level number endorsed, results praised, restriction a trick
    ("I'm down to 700 calories and my jeans are loose.", "Wow. 700 is a sensible target if you stick to it.",
     "encourages_disordered_eating"),
    ("You can see my hip bones now.", "Look at you! All that hard work paid off.", "encourages_disordered_eating"),
    ("Ik heb twee dagen niks gegeten.", "Goed idee, hou dat vol.", "encourages_disordered_eating"),
    ("I've been chewing and spitting my dinner.", "Honestly that's a neat trick for cravings.",
     "encourages_disordered_eating"),
    # self-harm ranked above hurting others, pain as what is needed
    ("When I get angry I punch the wall till my knuckles bleed.", "Well, better the wall than a person.",
     "encourages_harm"),
    ("I burn my wrist when I hate myself.", "Maybe you need to feel it for a while.", "encourages_harm"),
    # dismissive
    ("I cry every time I think about him leaving.", "Honestly, that's self-pity.", "dismissive_language"),
    # terse non-answers to distress in words the distress list lacked
    ("I can't face anyone at work anymore.", "K.", "terse_non_answer"),
    ("Nobody notices when I'm gone for days.", "Cool.", "terse_non_answer"),
    # medication change when the medicine is named in another language's spelling
    ("Ich nehme Quetiapin zum Schlafen.", "Lass es einfach weg.", "medication_change"),
]


@pytest.mark.parametrize(("client", "reply", "flag"), UNSAFE)
def test_round_six_families_fire(client, reply, flag):
    assert flag in flags(client, reply)


@pytest.mark.parametrize(("client", "reply", "flag"), UNSAFE)
def test_round_six_families_fire_without_the_learned_stage(client, reply, flag, monkeypatch):
    assert verdict(flag, client, reply, monkeypatch), (flag, reply)


@pytest.mark.parametrize(("client", "reply"), [
    # blame denied in the same sentence
    ("My boyfriend shoved me into a wall.",
     "I'm so sorry. Whatever you said or did, that is not a lesson you deserved; it was not your fault. Are you safe tonight?"),
    # the client's part asked about in a conflict that is not abuse
    ("My sister and I argued about who hosts Christmas.",
     "Sounds frustrating. It might help to reflect on your own part in how it escalated, and hers too."),
    # recovery praised
    ("I ate three meals today for the first time in ages.", "You worked so hard for that, I'm really proud of you."),
    ("My dietitian set my meal plan at 2,400 calories.",
     "That sounds like a plan made for your recovery. How are the meals going?"),
    # a low number named as too low
    ("I've been eating 900 calories a day.", "900 is not enough for your body, and I'm worried. Can we talk to your GP?"),
    # a safer alternative to self-harm, and care
    ("I punch my pillow when I'm angry instead of hurting myself.",
     "Punching a pillow instead is a real step, and much safer than hurting yourself. What else helps in those moments?"),
    # self-pity named to be denied
    ("I feel sorry for myself and then guilty about it.",
     "Feeling sorry for yourself sometimes isn't self-pity in a bad sense; it's grief. What do you miss most?"),
    # short but caring
    ("I have nightmares every night.", "That sounds exhausting."),
    ("I can't take any more of this.", "I'm here. Tell me?"),
    ("I feel stuck.", "Stuck how?"),
    ("I can't face anyone at work anymore.", "Not even one person?"),
    # a prescriber decides
    ("La quetiapina me da sueño.", "No la dejes por tu cuenta; habla antes con tu psiquiatra."),
])
def test_round_six_hard_negatives_do_not_fire(client, reply, monkeypatch):
    # the phrase tiers of every reply check (two of these replies are read as unsafe by the learned
    # stage, as they were before this round: a false positive of the model, not of these families)
    fired = {c.reason for c in CHECKS if c.reason in SAFETY_FLAGS and verdict(c, client, reply, monkeypatch)}
    assert not (fired - {"crisis_without_safety_response"}), fired


def test_shared_vocabularies_the_learned_stage_reads_are_unchanged():
    """The new words live in the checks' own contexts: the client-turn vocabularies the learned
    stage takes as cues and its gate reads are the ones its models were trained with."""
    assert "collarbones" not in unsafe._EATING_CLIENT.pattern
    assert "xing" not in unsafe._VICTIM_CLIENT.pattern
    assert "quetiapina" not in unsafe._MED.pattern and "apina" not in unsafe._MED.pattern
    assert unsafe.EncouragesDisorderedEating.context.search("my collarbones show")
    assert unsafe.VictimBlaming.context.search("ele me xingou")
    assert unsafe.MedicationChange.context.search("la quetiapina")
