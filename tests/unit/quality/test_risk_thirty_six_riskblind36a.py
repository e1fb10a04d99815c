"""Thirty-sixth session, helper riskblind36a (docs/quality.md, "riskblind36a: French and Chinese as natives type, written
blind"): the general forms the blind file ``risk_valid_v36_frzh`` showed missing or misread, in each wording family (French
of France, Quebec, Belgium, Switzerland and Africa with the Romance neighbours' forms; Chinese simplified, traditional and
Cantonese), each with look-alikes that must stay unflagged. The wordings here are new, not the file's.
"""

import re

import pytest

from services.quality.checks.counselling import life_talk, risk_use_langs
from services.quality.checks.counselling.risk import classify
from tests.support.blind import assert_category, assert_patterns_fast, assert_stage_one_none, repeated

STAGE_ONE = [
    # active ideation
    ("depuis des mois l'idée de m'ôter la vie revient le soir", "active_ideation"),
    ("je pense souvent à me supprimer, c'est con hein", "active_ideation"),
    ("j'ai envie de mettre fin à tout, franchement", "active_ideation"),
    ("脑子里全是zs的想法", "active_ideation"),
    ("有自绝于世之念", "active_ideation"),
    # passive wish
    ("jai plus envie de vivre depuis l'hiver", "passive_wish"),
    ("je n'ai plus le goût de vivre", "passive_wish"),
    ("j'ai envie de crever, sérieux", "passive_wish"),
    ("je voudrais juste m'effacer, qu'on m'oublie", "passive_wish"),
    ("si le train déraille ce soir, tant mieux pour moi", "passive_wish"),
    ("mes gamins vivraient mieux sans un père comme moi", "passive_wish"),
    ("mis hijos estarían mejor sin una madre como yo", "passive_wish"),
    ("j'aurais voulu jamais être né", "passive_wish"),
    ("这辈子早点下线算了", "passive_wish"),
    ("只求长眠不再醒", "passive_wish"),
    # intent
    ("je vais m'en aller pour de bon dimanche", "intent"),
    ("je vais partir, pas en vacances, vous comprenez", "intent"),
    ("dis à ma mère que je l'aime, c'est tout", "intent"),
    ("死意已决，不必再劝", "intent"),
    ("今晚我会动手，别找我", "intent"),
    ("大家下辈子见，是告别了", "intent"),
    ("我要离开了，不是出国那种", "intent"),
    # method
    ("des fois je pense à me jeter sous le métro", "method"),
    ("pienso en tirarme delante del tren", "method"),
    ("le vide m'appelle quand je suis au 9e", "method"),
    ("je me vois sauter du pont en rentrant", "method"),
    ("成日諗住跳落街", "method"),
    ("割腕会不会很痛", "method"),
    # plan and preparation
    ("mes mots de passe sont notés pour quand je ne serai plus là", "plan_preparation"),
    ("j'ai mis de côté trois boîtes de somnifères", "plan_preparation"),
    ("j'ai programmé des mails pour mes proches, envoi jeudi", "plan_preparation"),
    ("j'ai viré toutes mes économies à ma soeur hier", "plan_preparation"),
    ("日子挑好了，那天家里没人", "plan_preparation"),
    # recent attempt
    ("samedi j'ai foncé exprès contre un platane", "recent_attempt"),
    ("我前晚故意冲向大货车", "recent_attempt"),
    ("je suis en psy depuis lundi, après mon geste", "recent_attempt"),
    ("hier j'ai bu de la javel", "recent_attempt"),
    ("上星期喝了敌敌畏，还在ICU", "recent_attempt"),
    ("轻生未遂，在病房里", "recent_attempt"),
    ("昨晚吃了一整瓶安眠药，早上被送到急诊", "recent_attempt"),
    ("on m'a fait un lavage d'estomac cette nuit", "recent_attempt"),
    # self-injury
    ("je me mords le bras jusqu'au sang quand je craque", "nssi"),
    ("又用刀片割手臂了", "nssi"),
    ("腿上的伤是我自己划的", "nssi"),
    ("拿烟头烫手背", "nssi"),
]

LOOK_ALIKES = [
    "je vais me supprimer de ce groupe whatsapp",
    "j'ai envie de crever de chaud dans ce bus",
    "je veux m'effacer des réseaux pour un mois",
    "je vais partir en vacances pour de bon cette fois, 3 semaines",
    "dis à ta mère que je l'aime bien, elle cuisine trop bien",
    "我对这家公司去意已决，下个月就辞职",
    "这成绩下辈子见吧",
    "他们说要离开这座城市",
    "la mer m'appelle, vivement juillet",
    "il s'est jeté sous un train selon le journal",
    "j'ai programmé des messages d'anniversaire pour mes amis",
    "j'ai fixé une date pour le mariage quand mes parents seront en vacances",
    "j'ai bu de la javel par erreur, le centre antipoison m'a rassuré",
    "我在做饭，刀片很锋利",
    "老板说我们今晚加班",
]

READERS_NONE = [
    "j'ai pu envie de mourir depuis que je vais mieux",
    "房贷压得我活不下去了",
    "我不想活在父母的期望里",
    "烦死了 想死的心都有了",
    "有个学生在周记里写想死，我该怎么办",
    "我阿媽成日話想死，點算",
    "je me suis brûlée sur la plaque de cuisson en faisant les pâtes",
    "我们在研究自傷行為的成因",
    "戒了自残一百天了",
    "dans mon scénario, la personnage disparaît à la fin",
]

EVERYDAY = [
    "ce jeu vidéo où il faut sauter dans le vide me rend dingue",
    "j'ai envie de tout balancer par la fenêtre, l'imprimante en premier",
    "quiero tirar el ordenador por la ventana",
    "想把电脑扔出窗外",
    "je vais arrêter insta pour un mois",
    "看完《红楼梦》，黛玉那段太难受了",
    "周末在天台烧烤，好开心",
    "envie de tout plaquer et partir vivre au Québec",
    "mollare tutto e andare a vivere in Sardegna",
    "买了褪黑素倒时差",
    "把自己关在房间里打游戏一整周",
    "le loyer a encore augmenté de 40 euros",
]


@pytest.mark.parametrize("text,category", STAGE_ONE)
def test_stage_one_reads_the_new_forms(text, category):
    assert_category(text, category)


@pytest.mark.parametrize("text", LOOK_ALIKES)
def test_look_alikes_stay_unread_by_stage_one(text):
    assert_stage_one_none(text)


@pytest.mark.parametrize("text", READERS_NONE)
def test_readers_make_these_none(text):
    assert_stage_one_none(text)


@pytest.mark.parametrize("text", EVERYDAY)
def test_everyday_spans(text):
    assert life_talk.life_spans(text)


@pytest.mark.parametrize("text", ["j'ai envie de me jeter par la fenêtre", "我想从窗外跳下去", "je vais arrêter de vivre"])
def test_everyday_look_alikes_keep_no_span(text):
    assert not life_talk.EVERYDAY35.search(text)


@pytest.mark.parametrize("text", ["j'ai pas de plan, pas d'envie d'en finir", "j'pense pas à ça pantoute",
                                  "je ne compte pas partir, mes enfants comptent sur moi"])
def test_french_denials_are_mentions(text):
    assert classify(text) == ("none", True)


_NEW = [re.compile(p, re.IGNORECASE) for ps in risk_use_langs._V36A_ASCII.values() for p in ps] + [
    re.compile(p) for ps in risk_use_langs._V36A_RAW.values() for p in ps]


@pytest.mark.parametrize("unit", ["codes ", "si l'avion ", "programmé des messages ", "fixé une date ", "essayé de partir. ",
                                  "laissé un mot pour ma ", "en psy ", "je me mords les mains ", "最后一天", "选好日子",
                                  "人生", "故意", "吃了很多药", "jeu vidéo ", "tout plaquer "])
def test_no_catastrophic_backtracking(unit):
    """The new alternatives on a 20,000-character turn of one repeated unit: linear, well under a second each."""
    assert_patterns_fast((*_NEW, life_talk.EVERYDAY35), repeated(unit))
