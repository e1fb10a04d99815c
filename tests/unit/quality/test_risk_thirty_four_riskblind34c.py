"""Thirty-fourth session, helper riskblind34c (docs/quality.md, "riskblind34c: French, Chinese and code-switched risk
written blind"): the general forms the blind file ``risk_valid_v34c`` showed missing or misread in French (France,
Belgium, Switzerland, Quebec, West Africa), Chinese (simplified, traditional, written Cantonese), Thai, Vietnamese,
Indonesian and Hindi, each with the look-alikes that must stay unflagged. The wordings here are new, not the file's.

1. Stage one (``risk_use_langs._V34C_*``, ``risk_langs._V34C_*``): French ideation "by my own hand", an impersonal
   "is it normal to want to kill oneself" answered "moi si"; method questions (painless with a whole box, high enough
   "pour ne pas se rater"); religious passive wishes ("que Dieu me prenne") and a crash hoped for; tablets counted
   and hidden, letters to one's family with "everything is settled"; an interrupted attempt on a bridge's edge; "cette
   fois je ne vais pas me rater". Chinese "总想着自杀", Cantonese 諗住 / 自己了結, 亲手结束, 紫砂的念头; 烧炭 asked as
   painless, a floor to jump from, 冲下悬崖; a fatal illness or an early end hoped for; a train that does not stop, an
   insurance beneficiary changed; 烟头辣自己, 掐到发紫, cutting again after stopping. Thai pills "will I die", a
   building to jump from; Vietnamese "bao nhiêu viên ... thì chết"; Indonesian "ambil nyawaku"; Hindi last letters.
2. Readers: "要不 / 不如" and Cantonese "冇 / 唔" (negation), "我爸 / 我妈" (a third person), a negated condition
   before an act ("quand ça va pas"), Thai and Hindi past and recovered, "难到我想死的心都有了", a pet given away for a
   move or work, "die of boredom", charcoal for a barbecue, a timetable, tablets counted for a trip or a refill.
"""

import pytest

from tests.support.blind import assert_category, assert_no_risk, assert_risk, assert_stage_one_none

STAGE_ONE = [
    # French
    ("l'envie de m'en aller par moi-même me tient éveillée", "active_ideation"),
    ("je voudrais mettre fin à tout ça de ma propre main", "active_ideation"),
    ("j'ai pensé toute la nuit à en terminer avec ma vie", "active_ideation"),
    ("c'est normal d'avoir envie de se tuer à 15 ans? moi oui", "active_ideation"),
    ("si je prends toute la boîte, c'est sans douleur ?", "method"),
    ("le 7e étage c'est assez haut pour ne pas me rater ?", "method"),
    ("je demande juste que le bon Dieu vienne me chercher cette nuit", "passive_wish"),
    ("si seulement le train déraille demain matin avec moi dedans", "passive_wish"),
    ("j'ai mis de côté les cachets du mois, ils sont cachés au fond du placard", "plan_preparation"),
    ("un message pour mes enfants est posé sur mon bureau, tout est en ordre", "plan_preparation"),
    ("samedi j'étais sur la rambarde du viaduc, un passant m'a retenue", "recent_attempt"),
    ("la prochaine fois je vais pas me louper", "intent"),
    # Chinese
    ("这半年我一直想着自杀", "active_ideation"),
    ("我諗緊自殺，唔知點算", "active_ideation"),
    ("我想亲手结束这一切", "active_ideation"),
    ("紫砂的想法越来越多", "active_ideation"),
    ("上吊是不是很快，痛不痛？", "method"),
    ("从天台跳下去会不会死得很快", "method"),
    ("我老是想开车冲进河里", "method"),
    ("我只想早点死，早点解脱", "passive_wish"),
    ("得了癌症死了也不错", "passive_wish"),
    ("我查过哪一班动车不停这个站", "plan_preparation"),
    ("我把保险受益人改为我老婆了，我不在了她能拿到钱", "plan_preparation"),
    ("我用打火机烫自己", "nssi"),
    ("我掐自己掐到淤青", "nssi"),
    ("停了三个月又开始划手了", "nssi"),
    # Thai, Vietnamese, Indonesian, Hindi
    ("กินยานอนหลับหมดขวดจะตายไหม", "method"),
    ("อยากกระโดดจากตึกที่คอนโด", "method"),
    ("phải uống bao nhiêu viên thì mới chết?", "method"),
    ("Tuhan, cabutlah nyawaku sekarang", "passive_wish"),
    ("maine sabke liye aakhri khat likh diye hain", "plan_preparation"),
]

STAY_NONE_STAGE_ONE = [
    # French: a life of a kind ended, meeting up, God's mercy, a reminder, a crash feared, pills for a trip, a
    # letter for a birthday, a bridge visited
    "je veux en terminer avec ma vie de célibataire",
    "on se retrouve devant le cinéma à 20h pour pas se rater",
    "que Dieu me prenne en pitié, quelle journée",
    "le Seigneur me rappelle que je suis aimée",
    "j'espère que l'avion ne s'écrase pas, j'ai peur en vol",
    "j'ai compté mes comprimés pour les vacances, ils sont dans le pilulier à part",
    "une lettre pour ma mère pour son anniversaire, tout est prêt pour la fête",
    # Chinese: a matter settled oneself, the drop-tower ride, a direct train, leaving work early
    "这件事我想自己了结这个案子",
    "跳楼机快不快？周末想去游乐园玩",
    "我查了哪一班车不停站，直达比较快，回家方便",
    "我巴不得早点下班",
    "煙頭燙到自己的衣服了",
    # Thai: jumping into water to swim
    "อยากกระโดดน้ำที่ทะเล",
]

STILL_RISK = [
    "j'ai pensé à en finir par moi-même",
    "我真的想自杀",
    "我戒了一个月又开始割了",
    "Quand ça va pas je me coupe les bras",
]

READERS_NONE = [
    # negation, a third person, a negated condition, past and recovered
    "我冇諗過輕生，淨係好攰",
    "我妈最近总说活着没意思",
    "Quand ça va pas je me fais un thé et j'appelle ma sœur",
    "เมื่อก่อนเคยกรีดแขนตัวเอง แต่ตอนนี้ดีขึ้นแล้ว",
    "पहले मैं खुद को नुकसान पहुँचाती थी, अब तीन साल से ठीक हूँ।",
    "我沒有想傷害自己的想法，只是壓力大",
    # idioms and everyday
    "排队排得我想死的心都有了",
    "我把狗送给邻居了，因为要去上海工作",
    "J'ai donné mes plantes à ma voisine parce que je pars travailler à Genève.",
    "this lecture is so slow I'm going to die of boredom",
    "Mua than về nướng sườn tối nay nhé",
    "اشتريت فحم للمشاوي بكرة",
    "我看了一下火车时刻表，早上七点有一班",
    "药还剩五片，周一去医院开药",
    "J'ai compté mes cachets pour le séjour: deux semaines, tout y est.",
]


@pytest.mark.parametrize("text,category", STAGE_ONE)
def test_stage_one_names_the_category(text, category):
    assert_category(text, category)


@pytest.mark.parametrize("text", STAY_NONE_STAGE_ONE)
def test_look_alikes_stay_none_in_stage_one(text):
    assert_stage_one_none(text)


@pytest.mark.parametrize("text", STILL_RISK)
def test_disclosures_still_read_as_risk(text):
    assert_risk(text)


@pytest.mark.parametrize("text", READERS_NONE)
def test_readers_keep_look_alikes_none(text):
    assert_no_risk(text)
