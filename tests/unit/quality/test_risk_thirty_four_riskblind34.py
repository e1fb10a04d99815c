"""Thirty-fourth session, helper riskblind34 (docs/quality.md, "riskblind34: French, Chinese and nine more languages,
written blind"): the general forms the blind file ``risk_valid_v34_langs`` showed missing or misread, in French and
Chinese first and the neighbouring languages' wording, each with the look-alikes that must stay unflagged. The wordings
here are new, not the file's.

1. Active ideation: a first-person thought or wish "to end it" (fr "je pense à en finir", "l'envie d'en finir"; not a
   thing ended after it), ending it "with myself" (fr es pt it).
2. Method: lying down on or throwing oneself under the rails or a train (fr es pt it de nl); how many tablets it takes to
   die or not wake up (fr es pt it de; not waking at night).
3. Plan and preparation: a rope, then a place picked out (fr es; not a climbing rope); a bridge's height looked up with
   the hours nobody is there (fr); things given away or notice given "after that I won't need anything" (de fr; not for a
   move); everything left in order "so nobody has work after" (pt; not after the party).
4. Passive wish: a car or a lorry wished to run one over (pt); zh hit by a car "would be fine", Heaven asked to take one.
5. Intent (zh "我会动手的，了结…"), an attempt stopped on a ledge (ko), not giving it up affirms it (pt es).
6. Readers: "一了百了" of work done at one go, "我妈 / 我媽" as someone else, "那段时间 … 熬过来了" past and recovered,
   Korean "건 전혀 아니야", things given away for a move (zh), vanishing under the duvet (fr), the thoughts gone for years
   (fr); everyday spans the learned stage read as plans: a series or a book watched or read, a rope for climbing or
   camping, a will made for a birth, things given away for a move, expired medicines taken back to the pharmacy.
"""

import re

import pytest

from services.quality.checks.counselling import risk_use_langs
from services.quality.checks.counselling.life_talk import EVERYDAY34
from tests.support.blind import (
    assert_category, assert_no_risk, assert_patterns_fast, assert_risk, assert_stage_one_none, repeated,
)

STAGE_ONE = [
    # active ideation
    ("je pense sérieusement à en finir depuis la rentrée", "active_ideation"),
    ("l'idée d'en finir me suit partout", "active_ideation"),
    ("j'ai envie d'en finir avec moi-même", "active_ideation"),
    ("a veces quiero acabar conmigo misma", "active_ideation"),
    ("só penso em acabar comigo mesma", "active_ideation"),
    ("vorrei farla finita con me stesso", "active_ideation"),
    # method
    ("je pense à me jeter sous le métro", "method"),
    ("he pensado en tirarme a las vías del tren", "method"),
    ("penso em me jogar na frente do trem", "method"),
    ("a volte penso di buttarmi sotto il treno", "method"),
    ("ich denke daran, mich vor den Zug zu werfen", "method"),
    ("soms denk ik erover om voor de trein te springen", "method"),
    ("combien de somnifères il faudrait pour ne pas se réveiller ?", "method"),
    ("cuántas pastillas hacen falta para no despertarme", "method"),
    ("quantos comprimidos são precisos para morrer", "method"),
    ("quante pillole servono per morire", "method"),
    ("wie viele Schlaftabletten braucht man, um nicht mehr aufzuwachen", "method"),
    # plan and preparation
    ("j'ai pris la corde dans le garage et j'ai repéré un arbre près du lac", "plan_preparation"),
    ("ya tengo la cuerda en el armario y elegí el lugar", "plan_preparation"),
    ("j'ai vérifié la hauteur du pont et l'heure où il n'y a personne", "plan_preparation"),
    ("Hab mein Auto verkauft und alles gekündigt, dann brauch ich sowieso nichts mehr", "plan_preparation"),
    ("j'ai donné ma console à mon cousin, après j'en aurai plus besoin", "plan_preparation"),
    ("deixei as contas pagas para ninguém ter trabalho depois", "plan_preparation"),
    # passive wish
    ("rezo para que um caminhão me atropele", "passive_wish"),
    ("出车祸死了就好了", "passive_wish"),
    ("求老天把我收走", "passive_wish"),
    # intent, recent attempt, a negated giving-up
    ("我会动手的，了结自己", "intent"),
    ("다리 난간에 올라갔다가 경찰이 붙잡아서 내려왔어", "recent_attempt"),
    ("no pienso desistir de matarme", "active_ideation"),
]

STAY_NONE_STAGE_ONE = [
    "il veut en finir avec moi, on se sépare",
    "j'ai hâte d'en finir avec ce dossier",
    "combien de cachets de mélatonine il faut pour ne plus se réveiller la nuit ?",
    "je vais me mettre devant la télé ce soir",
    "j'ai acheté une corde d'escalade et j'ai repéré un endroit pour grimper",
    "la hauteur du viaduc est impressionnante, on y est allés quand il n'y avait personne",
    "j'ai tout donné avant le déménagement, après j'en aurai plus besoin",
    "deixei a cozinha arrumada para ninguém ter trabalho depois da festa",
    "queria que um carro me levasse para casa",
    "老天爷保佑我考试过",
    "我会动手的，帮你把房间收拾好",
    "je n'ai jamais pensé à en finir",
    "não vou desistir do curso",
]

STILL_RISK = [
    "je pense à en finir depuis que ma mère est morte",
    "跟我妈说了我不想活了，她不信",
    "我媽不知道我天天想死",
    "ma corde est prête et j'ai choisi l'arbre",
    "esta vez no voy a desistir de matarme",
]

READERS_NONE = [
    "我妈最近老说活着没意思，我很担心",
    "那段时间天天想死，总算熬过来了",
    "论文一口气写完，一了百了",
    "힘든 건 맞지만 죽고 싶은 건 전혀 아니야",
    "我把旧家具都送人了，下周要搬家",
    "ce week-end je vais disparaître sous la couette avec un bon livre",
    "À vingt ans je pensais souvent à en finir, ces idées sont parties depuis longtemps.",
    "j'ai acheté une corde pour le camping, on part samedi",
    "mon testament est fait depuis la naissance des jumeaux",
    "我买了绳子，周末去露营晾衣服用",
    "je lis un roman sur une fille qui donne toutes ses affaires",
    "家里过期的药拿去药店回收了",
    "j'ai offert mes meubles à une association avant le déménagement",
]


@pytest.mark.parametrize("text,category", STAGE_ONE)
def test_stage_one_names_the_category(text, category):
    assert_category(text, category)


@pytest.mark.parametrize("text", STAY_NONE_STAGE_ONE)
def test_look_alikes_stay_none_in_stage_one(text):
    assert_stage_one_none(text)


@pytest.mark.parametrize("text", STILL_RISK)
def test_own_current_forms_are_risk(text):
    assert_risk(text)


@pytest.mark.parametrize("text", READERS_NONE)
def test_readers_make_these_none(text):
    assert_no_risk(text)


_NEW = [re.compile(p, re.IGNORECASE) for d in (risk_use_langs._V34_ASCII, risk_use_langs._V34_RAW) for ps in d.values() for p in ps]


@pytest.mark.parametrize("unit", ["corde ", "combien de cachets ", "la hauteur du pont ", "donné ", "我会动手的，", "老天",
                                  "다리 난간에 올라갔다가 ", "je regarde une série ", "j'ai hâte d'en finir avec ce ", "pensé à "])
def test_no_catastrophic_backtracking(unit):
    """The new alternatives on a 20,000-character turn of one repeated unit: linear, well under a second each."""
    assert_patterns_fast((*_NEW, EVERYDAY34), repeated(unit))
