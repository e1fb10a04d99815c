"""Thirty-first session, helper riskblind31b (docs/quality.md, "Risk disclosures in ten languages, written blind"):
the general forms the blind file ``risk_valid_v31_langs`` showed missing or misread in ko ja ar (and Arabizi) pl sv vi
es de fr pt, each with the look-alikes that must stay unflagged by stage one.

1. Passive wishes said as a conditional or a wish (de pl pt es ko sv vi, Arabizi).
2. Arabizi ideation, a jump from a height, an attempt; the farewell "thanks for everything ... forgive me".
3. Plans: a named medicine's amount looked up, boxes bought in several pharmacies, three acts of settling one's
   affairs in one turn (never with a move), a rope bought (pl), a place one does not come back from.
4. Intent with the Swedish verb first; French "j'ai fait une TS", a box swallowed.
5. Readers: a Japanese "とかは全然ない" negation, Korean and Polish denials, Arabic third persons ("صديقتي", "أنها"),
   past readings (ja "〜たことがある", 学生時代; sv "när jag var 17", "tjugo år sedan"; vi "ngày xưa"; de "Mit 19 lag
   ich ..."; Arabizi "men zaman") and the Arabizi negation "mesh".
"""

import pytest

from services.quality.checks.counselling.risk import classify
from tests.support.blind import assert_category, assert_no_risk, assert_risk, assert_stage_one_none

STAGE_ONE = [
    # passive wishes
    ("Ich will einfach nicht mehr sein.", "passive_wish"),
    ("ich möchte eigentlich nicht mehr existieren", "passive_wish"),
    ("Wenn ich weg wäre, würde es niemandem auffallen", "passive_wish"),
    ("Jakbym zniknął, nikt by nawet nie zauważył", "passive_wish"),
    ("czasem myślę, gdybym po prostu zniknął", "passive_wish"),
    ("sinceramente seria melhor sumir", "passive_wish"),
    ("às vezes queria não existir mais", "passive_wish"),
    ("la verdad sería un alivio no estar", "passive_wish"),
    ("ya retni mish mawjoud", "passive_wish"),
    ("law ma fi2t bokra a7san", "passive_wish"),
    ("내일 아침이 안 왔으면 좋겠어", "passive_wish"),
    ("이렇게 사는 게 무슨 의미가 있어", "passive_wish"),
    ("det vore skönt att bara inte finnas längre", "passive_wish"),
    ("ingen skulle märka om jag försvann", "passive_wish"),
    ("giá mà tôi chết đi cho rồi", "passive_wish"),
    ("sống thế này chẳng có ý nghĩa gì", "passive_wish"),
    ("gia ma minh bien mat luon", "passive_wish"),
    # Arabizi ideation, method, attempt, farewell
    ("bfakker ente7er kel yom", "active_ideation"),
    ("bfakker a2fez men el balcon", "method"),
    ("kel ma etla3 3al sat7 bfakker a2fez", "method"),
    ("7awalet ente7er el jom3a", "recent_attempt"),
    ("shukran 3ala kel shi w sam7ouni", "plan_preparation"),
    ("شكرا على كل شي وسامحوني", "plan_preparation"),
    # plans
    ("Busqué cuántas pastillas de paracetamol hacen falta", "plan_preparation"),
    ("pesquisei quantos comprimidos de dipirona matam", "plan_preparation"),
    ("comprei caixas de dipirona em várias farmácias", "plan_preparation"),
    ("j'ai acheté des boîtes de doliprane dans plusieurs pharmacies", "plan_preparation"),
    ("Testament gemacht, Wohnung gekündigt, Passwörter für meinen Bruder aufgeschrieben.", "plan_preparation"),
    ("Regalé la bici a mi primo, me di de baja del gimnasio y dejé el papeleo del banco ordenado", "plan_preparation"),
    ("Jag har skrivit testamente, sagt upp lägenheten och gett bort katten", "plan_preparation"),
    ("kupiłem linę", "plan_preparation"),
    # intent
    ("Den här gången ska jag ta livet av mig", "intent"),
    ("jag kommer att ta livet av mig", "intent"),
    ("me voy lejos, a un sitio del que no se vuelve", "intent"),
    # attempts (fr)
    ("jai fait une TS la semaine dernière", "recent_attempt"),
    ("j'ai avalé toute ma boîte hier soir", "recent_attempt"),
]

STAY_NONE_STAGE_ONE = [
    # look-alike wishes
    "Ich will nicht mehr sein wie früher",
    "Wenn ich weg wäre, wer füttert dann die Katze?",
    "jakbym zniknął na weekend, szef by się wściekł",
    "seria melhor sumir daqui antes da chuva",
    "sería mejor no estar en casa cuando llegue",
    "law ma fi2et bukra bakkir ra7 yfoutni el bus",
    "내일이 안 왔으면 좋겠다 시험이라서",
    "이런 일 하는 게 무슨 의미가 있나",
    "butiken kommer inte finnas längre",
    "om jag försvann en vecka till Thailand skulle ingen märka",
    "giá mà mình biến mất khỏi cuộc họp này",
    # look-alike Arabizi
    "el walad 3am ye2fez 3al balcon",
    "sam7ini ma ra7 2e2dar eji 3al 3asha",
    "7awalet ente7er men zaman, hala2 mni7a",
    # look-alike plans
    "averigüé cuántos gramos de harina hacen falta para el bizcocho",
    "busqué cuántos comprimidos de ibuprofeno hacen falta para bajar la fiebre",
    "compré mascarillas en varias farmacias",
    "compré paracetamol en varias farmacias porque estaba agotado",
    "Wohnung gekündigt, Sachen verschenkt, Testament gemacht: wir ziehen nach Kanada!",
    "Ich hab mein Testament gemacht und die Passwörter aufgeschrieben",
    "Har sagt upp lägenheten, gett bort möblerna och skrivit testamente inför flytten till Spanien",
    "kupiłam linę do wspinaczki",
    "Ich hab das Alte Testament gelesen, das Testament von Goethe auch, und das Testament meiner Oma gefunden.",
    "Passwörter, Passwörter, Passwörter: ich hab die Passwörter für meine Mutter aufgeschrieben",
    "kupiłam linę na pranie",
    "fue un viaje a un lugar del que no se vuelve igual",
    # look-alike intent and attempts
    "jag ska inte ta livet av mig",
    "mamma kommer att döda mig om hon ser tatueringen",
    "j'ai fait une tentative de record hier",
    # readers: negation, denial, third person, past
    "死にたいとかは全然ないよ、ただ仕事辞めたいだけ",
    "자살 같은 건 생각해본 적도 없어요",
    "Nigdy bym sobie nic nie zrobił, mam dla kogo żyć.",
    "صديقتي تقول إنها تريد أن تنتحر، وأخبرتني أنها كتبت رسالة وداع",
    "学生時代に一度自殺未遂をしたことがあります。",
    "Jag försökte ta mitt liv när jag var 17",
    "ngày xưa mình từng tự làm đau bản thân",
    "Mit 19 lag ich nach einem Suizidversuch in der Psychiatrie.",
    "ana mesh suicidal wallah",
    "j'ai fait une tentative quand j'avais 17 ans, aujourd'hui je vais beaucoup mieux",
]

STILL_RISK_STAGE_ONE = [
    # the readers leave the own, current forms alone
    "死にたい気持ちは全然消えない",
    "أريد أن أنهي حياتي",
    "Jag försökte ta mitt liv i förrgår",
    "hôm qua mình lại tự làm đau bản thân",
    "j'ai fait une tentative la semaine dernière",
]


@pytest.mark.parametrize("text,category", STAGE_ONE)
def test_stage_one_names_the_category(text, category):
    assert_category(text, category)


@pytest.mark.parametrize("text", STAY_NONE_STAGE_ONE)
def test_look_alikes_stay_none_in_stage_one(text):
    assert_stage_one_none(text)


@pytest.mark.parametrize("text", STILL_RISK_STAGE_ONE)
def test_own_current_forms_stay_risk(text):
    assert classify(text)[0] != "none"


@pytest.mark.parametrize("text", [
    "Den här gången ska jag ta livet av mig, jag menar det.",
    "bfakker a2fez men el balcon, mesh 3am 2ol ra7 a3melha bas el fekra btirja3",
    "jai fait une TS, avalé toute ma boîte, les pompiers, lavage d'estomac",
])
def test_whole_detector_reads_risk(text):
    assert_risk(text)


@pytest.mark.parametrize("text", [
    "ana mesh suicidal wallah, bas ta3ban men el shoghl",
    "Mit 19 lag ich nach einem Suizidversuch in der Psychiatrie. Das ist jetzt 25 Jahre her, ich bin stabil.",
    "صديقتي تقول إنها تريد أن تنتحر، وأخبرتني أنها كتبت رسالة وداع. ماذا أفعل؟",
])
def test_whole_detector_reads_none(text):
    assert_no_risk(text)


@pytest.mark.parametrize("text", [
    # idioms of dying (life_talk.IDIOM) and loneliness (life_talk.LONELY) the learned stage read as risk
    "오늘 회의가 세 개 연속이라 진짜 죽는 줄 알았어요. 발표 듣다가 졸려 죽을 뻔 ㅋㅋ",
    "deadline dí chết mất, sếp mà biết chắc giết mình",
    "chết cười với clip này",
    "nóng chết đi được",
])
def test_idioms_of_dying_read_none(text):
    assert_no_risk(text)


@pytest.mark.parametrize("text", [
    # the idiom readers leave pills, oneself and a recent time alone
    "어제 약을 한 통 다 먹고 진짜 죽는 줄 알았어",
    "mình muốn tự giết mình",
])
def test_idiom_readers_keep_risk(text):
    assert_risk(text)


@pytest.mark.parametrize("text", [
    "学生時代に一度自殺未遂をしたことがあります。",
])
def test_japanese_lifetime_history_is_a_mention(text):
    assert classify(text) == ("none", True)


def test_japanese_recent_history_stays_risk():
    assert classify("最近自殺未遂をしたことがあります")[0] != "none"
