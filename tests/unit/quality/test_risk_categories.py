"""Risk detection by C-SSRS category (issue 12, second round): the kinds of disclosure the issue
lists as missed (self-injury in plain words, passive ideation as others being better off or not
wanting to wake up, loss of meaning, preparatory acts, other languages) against its hard negatives
(idioms, third person and helping a friend, past and recovered, academic / news / fiction,
prevention work, negations). The sentences here are written for the tests, not taken from the
labelled sets; a disclosure must be found (any category, level moderate or high) and a hard
negative must not be."""

from __future__ import annotations

import pytest

from services.quality.checks.counselling.crisis import risk_category, risk_level
from services.quality.checks.counselling.risk import classify
from services.quality.checks.counselling.risk_model import LONG_TURN, model_input

DISCLOSURES = {
    "nssi_plain_words": [
        "I press the hot spoon against my arm until it blisters.",
        "i scratch at my wrists with my nails till they bleed",
        "When I'm furious at myself I hit my own face hard, over and over.",
        "I've been using a razor on my legs where nobody can see.",
        "I keep a lighter in my bag for when I need to burn myself.",
        "Me corto los brazos cuando nadie me ve.",
        "Je me coupe les bras quand personne ne me voit.",
    ],
    "passive_others_better_off": [
        "My kids would be so much better off without me around.",
        "Everyone would be happier if I was gone, I'm sure of it.",
        "honestly my family would be fine if i just wasnt here",
        "Minha família ficaria melhor sem mim.",
        "La mia famiglia starebbe meglio senza di me, ne sono sicura.",
    ],
    "passive_not_waking": [
        "I hope I don't wake up tomorrow.",
        "Every night I pray not to wake up.",
        "i just want to go to sleep and never wake up",
        "Quisiera dormirme y no despertar nunca.",
        "Ich wünschte, ich würde morgens nicht mehr aufwachen.",
        "我每天晚上都希望自己不要再醒来。",
    ],
    "loss_of_meaning": [
        "I don't see the point in living anymore.",
        "Life has lost all its meaning for me.",
        "There's no reason to keep going, nothing means anything.",
        "Non vedo più alcun senso nella mia vita.",
        "Nie widzę sensu, żeby dalej żyć.",
    ],
    "preparatory_acts": [
        "I've written goodbye letters to my parents and my sister.",
        "I've been giving away my things to friends this week.",
        "I looked up how many of my tablets would be a lethal dose.",
        "I've been stockpiling my sleeping pills for a month.",
        "I gave my dog to my cousin so someone will look after him after I'm gone.",
        "Escribí una carta de despedida para mi madre.",
        "Napisałem listy pożegnalne do całej rodziny.",
        "我已经写好了给父母的遗书。",
    ],
    "active_intent_method_attempt": [
        "I want to kill myself and I think about it all the time.",
        "I'm going to end my life this weekend.",
        "I keep thinking about jumping off the bridge by the station.",
        "I took an overdose two days ago and nobody knows.",
        "Je pense à me suicider tous les jours.",
        "Tenho pensado em me matar.",
        "Voglio morire, non ce la faccio più.",
        "Chcę umrzeć.",
        "我想自杀。",
    ],
}

HARD_NEGATIVES = {
    "idiom": [
        "My back is killing me after moving all those boxes.",
        "I nearly died laughing at the wedding speech.",
        "This heat is going to be the death of me.",
        "Este tráfico me está matando.",
    ],
    "third_person": [
        "My sister told me she wants to kill herself. How can I help her?",
        "My friend has been cutting her arms and I don't know who to tell.",
        "My dad says we'd all be better off without him and it scares me.",
        "Mi hermano dice que quiere morir y no sé qué hacer.",
        "我朋友说她想自杀，我该怎么办？",
    ],
    "past_recovered": [
        "I attempted suicide when I was sixteen; I'm thirty now and doing really well.",
        "I used to self-harm years ago, but I've been free of it for a long time.",
        "Hace diez años intenté suicidarme, hoy estoy bien.",
    ],
    "academic_news_fiction": [
        "For my psychology essay I'm writing about suicide rates in young men.",
        "In the novel the heroine writes a farewell letter before she leaves for war.",
        "The news said the bridge will get new suicide barriers next year.",
    ],
    "prevention": [
        "I volunteer on a suicide prevention helpline on Tuesday nights.",
        "Our school is running a self-harm awareness training for teachers.",
    ],
    "negation": [
        "I'm not suicidal, I'm just really burnt out at work.",
        "I would never hurt myself, I just need someone to listen.",
        "No tengo ganas de hacerme daño, solo estoy muy cansada.",
        "我没有想伤害自己，只是太累了。",
    ],
}


def _cases(groups: dict[str, list[str]]) -> list:
    return [pytest.param(text, id=f"{kind}-{i}") for kind, texts in groups.items() for i, text in enumerate(texts)]


@pytest.mark.parametrize("text", _cases(DISCLOSURES))
def test_disclosure_is_found(text):
    assert risk_category(text) != "none"
    assert risk_level(text) in ("moderate", "high")


@pytest.mark.parametrize("text", _cases(HARD_NEGATIVES))
def test_hard_negative_is_not_a_disclosure(text):
    assert risk_category(text) == "none"
    assert risk_level(text) in ("none", "low")


@pytest.mark.parametrize("text, category", [
    ("Escrevi cartas de despedida para os meus filhos.", "plan_preparation"),
    ("Ho regalato le mie cose più care ai miei amici.", "plan_preparation"),
    ("Zbieram tabletki od kilku tygodni.", "plan_preparation"),
    ("Myślę o tym, żeby się zabić.", "active_ideation"),
    ("我最近一直想结束自己的生命。", "active_ideation"),
    ("我用刀片割自己的手臂。", "nssi"),
    ("上周我试过上吊。", "recent_attempt"),
    ("Ya no le encuentro sentido a la vida.", "passive_wish"),
    ("Ich sehe keinen Sinn mehr im Leben.", "passive_wish"),
])
def test_first_stage_names_the_category_in_other_languages(text, category):
    assert classify(text)[0] == category


@pytest.mark.parametrize("text", [
    "我没有想伤害自己。",  # negated
    "我朋友说她想自杀。",  # someone else
    "十年前我曾经自杀未遂，现在生活很好。",  # past, recovered
    "这本小说的主角写了一封遗书。",  # fiction
    "Mój brat mówi, że chce umrzeć.",  # someone else (pl)
    "Nie myślę o samobójstwie, po prostu jestem smutny.",  # negated (pl)
    "Hace diez años intenté suicidarme, hoy estoy bien.",  # past, recovered (es)
])
def test_first_stage_reads_negation_speaker_and_tense_in_other_languages(text):
    assert classify(text)[0] == "none"


FILLER = ("We spent the weekend at my in-laws' house and the kids were loud and the food was late, "
          "and my husband and I argued in the car on the way home about whose family is harder work. ")


@pytest.mark.parametrize("disclosure", [
    "Lately I've been stockpiling my tablets in a drawer.",
    "I keep thinking everyone would be better off without me.",
    "Last night I cut my thighs again with a blade.",
])
@pytest.mark.parametrize("where", ["middle", "end"])
def test_long_turns_keep_a_disclosure_deep_in_the_text(disclosure, where):
    text = FILLER * 4 + disclosure + (" " + FILLER * 2 if where == "middle" else "")
    assert len(text) > LONG_TURN
    picked = model_input(text)
    assert disclosure in picked and len(picked) <= LONG_TURN + len(disclosure)
    assert risk_category(text) != "none"
