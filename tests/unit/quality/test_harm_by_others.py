"""Harm another person does to the client ("my dad hits me", "mi padre me pega", "Mama mnie bije")
is a safeguarding disclosure, not the client's own suicide or self-harm risk (``harm_by_others``,
``crisis.harm_alone``): a turn that tells of it and of nothing else the detector reads as risk is
"none", while the client's own risk in the same turn is still found. The learned stage had read the
violence itself as risk in languages other than English (nssi, a plan, a passive wish)."""

from __future__ import annotations

import pytest

from services.quality.checks.counselling import crisis
from services.quality.checks.counselling.harm_by_others import harm_spans, without_harm_by_others

OTHERS_HARM = [
    "My stepmum slaps me whenever I talk back.",
    "The older boys on my bus push me around every morning.",
    "They hit me and take my lunch.",
    "My mum's boyfriend grabs me by the arm when he's angry.",
    "Mi hermano mayor me golpea cuando nadie lo ve.",
    "Mi novio me insultó delante de sus amigos otra vez.",
    "Mon frère me tape dès que nos parents sortent.",
    "Il me frappe plus fort quand il a bu.",
    "Ele me bate mais do que antes.",
    "Ma belle-mère m’a giflée devant tout le monde.",
    "Meine Schwester tritt mich unter dem Tisch.",
    "Mein Freund hat mich gestern wieder geschubst.",
    "Mio zio mi picchia quando perde a carte.",
    "A minha tia me bate com a colher de pau.",
    "Mijn oom slaat me als ik te laat thuis ben.",
    "Brat mnie bije, kiedy rodzice nie widzą.",
    "Ağabeyim beni dövüyor ve kimse inanmıyor.",
    "Брат бьёт меня, когда злится.",
    "أخي يضربني كل ليلة.",
    "我姐姐经常打我。",
    "兄に毎晩殴られています。",
    "형이 저를 때려요.",
]

# the speaker's own act on themselves, or a verb a disclosure is made of: never a clause of another's harm
OWN_ACT = [
    "Je me frappe la tête contre le mur quand ça ne va pas.",
    "Me pego en la cara cuando me equivoco.",
    "I hit myself when I get angry.",
    "La depresión me quita las ganas de vivir.",
    "我打自己的脸。",
    "I want them to hit me so I feel something.",
    "Sometimes I wish a car would hit me.",
    # not violence, or negated
    "They kicked me out when I turned 18 and I've been sofa surfing since.",
    "My boss pushed me to the point where I cried in the toilets.",
    "He never touches me any more and I feel unwanted.",
    "Mi padre no me pega, pero me ignora.",
    "Il ne me frappe pas, il m'ignore.",
    "Il ne me frappe plus depuis qu'il voit quelqu'un.",
    "Il me frappe plus.",
    "Ele não me bate mais, mas grita.",
    "Er schlägt mich nicht, aber er schreit.",
]

# another's violence and the client's own risk in one turn: the risk is still found
HARM_AND_OWN_RISK = [
    "Mi padrastro me pega y ya no quiero seguir viviendo.",
    "Mon père me frappe et j'ai envie de mourir.",
    "My brother beats me and I have been cutting myself again.",
    "Mein Vater schlägt mich und ich will nicht mehr leben.",
    "Cada vez que mi tío me insulta, me hago cortes en los brazos.",
    "Dopo che mio padre mi ha picchiata ho pensato di farla finita.",
    "Brat mnie bije i myślę o samobójstwie.",
    "Mio padre mi picchia e vorrei essere morta.",
    "Mijn vader slaat me en ik wil niet meer leven.",
]




@pytest.mark.parametrize("text", OTHERS_HARM)
def test_another_persons_harm_is_found_and_is_not_the_clients_risk(text):
    assert harm_spans(text.replace("\u2019", "'"))
    assert crisis.harm_alone(crisis.reading(text))
    assert crisis.risk_category(text) == "none"
    assert crisis.risk_level(text) in ("none", "low")


@pytest.mark.parametrize("text", OWN_ACT)
def test_the_speakers_own_act_is_no_clause_of_anothers_harm(text):
    assert harm_spans(text) == []
    assert without_harm_by_others(text) == text
    assert not crisis.harm_alone(crisis.reading(text))


@pytest.mark.parametrize("text", HARM_AND_OWN_RISK)
def test_the_clients_own_risk_beside_anothers_harm_is_still_found(text):
    assert harm_spans(text)
    assert not crisis.harm_alone(crisis.reading(text))
    assert crisis.risk_category(text) != "none"
    assert crisis.risk_level(text) in ("moderate", "high")


def test_only_the_clause_is_taken_out():
    text = "Mi padre me pega casi todos los días y a veces pienso en no despertar."
    rest = without_harm_by_others(text)
    assert "me pega" not in rest
    assert rest.startswith("Mi padre") and rest.endswith("a veces pienso en no despertar.")
    assert without_harm_by_others("I feel so tired all the time.") == "I feel so tired all the time."


def test_a_batch_does_not_encode_a_turn_that_is_harm_alone(monkeypatch):
    """``crisis.prefetch`` leaves such a turn to stage one: nothing for the learned stage to read."""
    from services.quality.checks.base import ConversationView
    from tests.support.factories import conversation

    handed: list[str] = []
    monkeypatch.setattr(crisis, "prefetch_turns", lambda texts: handed.extend(texts) or 0)
    harm, own = "Mama mnie bije pasem za każdą złą ocenę.", "Brat mnie bije i myślę o samobójstwie."
    views = [ConversationView(conversation(("user", text), ("assistant", "To brzmi bardzo trudno. Jak się trzymasz?")))
             for text in (harm, own)]
    crisis.prefetch(views)
    assert handed == [own]


def _assessed(*turns_list, tiers=("structure", "content", "counselling")):
    from services.quality.assessor import Assessor
    from shared.events import QualityOptions
    from tests.support.factories import conversation

    convs = [conversation(*turns, record_index=i) for i, turns in enumerate(turns_list)]
    return Assessor().assess_batch(convs, QualityOptions(tiers=list(tiers)), 0.5)[0]


def test_the_report_tags_harm_by_others_for_safeguarding_and_the_summary_counts_it():
    from services.quality.scoring import SAFEGUARDING_HARM
    from services.quality.summary import summarize
    from shared.quality_summary import merge

    assessed = _assessed(
        [("user", "Mi padre me pega cuando bebe y no sé qué hacer."), ("assistant", "Lo siento. ¿Estás a salvo ahora?")],
        [("user", "My brother beats me and I have been cutting myself again."),
         ("assistant", "Thank you for telling me. Are you safe right now?")],
        # a task about given text, the counsellor's words, and an ordinary turn: no tag
        [("user", "Translate into French: 'my dad hits me'"), ("assistant", "Mon père me frappe.")],
        [("user", "I argued with my sister."), ("assistant", "Did he hit you? Does she hit you?")],
        [("user", "I can't sleep before exams."), ("assistant", "That sounds stressful. What have you tried?")],
    )
    tags = [r.tags for _, r, _ in assessed]
    assert [SAFEGUARDING_HARM in t for t in tags] == [True, True, False, False, False]
    # a tag, never a defect (the Spanish turn is flagged only for its language, which the default options do not expect)
    assert assessed[0][1].risk_level == "none" and assessed[0][2].flags == ["unexpected_language"]
    assert assessed[1][1].risk_level == "moderate"  # the client's own risk beside it is still read
    summary = summarize((r, v) for _, r, v in assessed)
    assert summary["safeguarding"] == {"harm_by_others": 2}
    assert merge([summary, summary, {"conversations": 1}])["safeguarding"] == {"harm_by_others": 4}


def test_without_the_counselling_tier_nothing_is_tagged():
    assessed = _assessed([("user", "Mi padre me pega cuando bebe."), ("assistant", "Lo siento mucho.")],
                         tiers=("structure", "content"))
    assert assessed[0][1].tags == []
