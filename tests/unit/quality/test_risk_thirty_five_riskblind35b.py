"""Thirty-fifth session, helper riskblind35b (docs/quality.md, "riskblind35b: French, Chinese and ten more languages as
natives type, written blind"): the general forms the blind file ``risk_valid_v35_langs`` showed missing or misread, in
each language's wording family, each with the look-alikes that must stay unflagged. The wordings here are new, not the
file's.

1. Intent: Gulf and Egyptian "finish myself off" (بخلص على نفسي), Polish "się zabiję", Indonesian ending one's life after
   a time.
2. Active ideation: Indonesian ngakhirin / ngabisin hidup / nyawa, Turkish kendimi yok etmek.
3. Method: an object in a place that stays in the mind or is gone to look at (nl, sv, de), a bridge found high enough and
   thought back to (fr es it pt), a step forward before a train (romanised Hindi), a car left running in a shut garage
   (fr es pt it), how many tablets suffice (ar), Cantonese sleeping pills all eaten (食晒 ... 瞓覺藥).
4. Plan and preparation: the count with tablets saved (ar, sv), a note for each one (fr; not guests or cards), messages
   set to send to everyone (zh 定时 ... 发).
5. Recent attempt: a leg over a bridge's barrier (pl), on the railway (nl; not "op het spoor van"), a step over the ledge
   and pulled back (zh, ja), charcoal burned and found (zh).
6. Self-injury: id nyilet / nyakar sampai berdarah, pl drapię się do krwi, ar hitting one's head on the wall, sv a
   lighter held to the wrist, fr "re-scarifiée", fr banging one's head on the wall with bumps or blood (not the idiom
   "à se taper la tête contre les murs").
7. Passive wish: fr "ça ne me dérangerait pas de ne plus exister" (es it pt), ru "лучше бы меня не было", id God asked
   to take me.
8. Readers: Arabic, Japanese and Korean "N years ago" and "doing well now", Polish "kilka lat temu", Korean "-는 게
   아니라", a series' heroine and a detective story as fiction (zh ja), "加班加到想死" as an idiom, a Polish denial
   "nie zrobię sobie krzywdy", medicines kept under lock and key (fr es it pt de zh).
"""

import re

import pytest

from services.quality.checks.counselling import risk_use_langs
from services.quality.checks.counselling.medication_talk import LOGISTICS_TALK
from tests.support.blind import assert_category, assert_patterns_fast, assert_stage_one_none, repeated

STAGE_ONE = [
    # intent
    ("sharaf بس خلاص بعد رمضان حخلص على نفسي", "intent"),
    ("serio, za tydzień się powieszę", "intent"),
    ("setelah wisuda aku bakal ngakhirin hidupku", "intent"),
    # active ideation
    ("akhir-akhir ini aku kepikiran ngabisin nyawaku sendiri", "active_ideation"),
    ("her gece kendimi yok etmeyi düşünüyorum", "active_ideation"),
    # method
    ("het touw in de schuur blijft maar in mijn hoofd zitten", "method"),
    ("Morfars gevär ligger i vapenskåpet. Jag tänker på det varje kväll.", "method"),
    ("la falaise derrière chez moi est assez haute, j'y repense souvent", "method"),
    ("el puente de la autopista es bastante alto y pienso en eso cada día", "method"),
    ("har subah metro platform pe lagta hai kood jaun", "method"),
    ("je suis resté dans le garage avec la voiture en marche et la porte fermée", "method"),
    ("كم حبة بنادول تكفي عشان ما أصحى", "method"),
    ("諗過一次過食晒啲安眠藥", "method"),
    # plan and preparation
    ("قريت كم حبة تكفي وصرت أجمعها من الصيدلية", "plan_preparation"),
    ("jag har kollat hur många som krävs och har samlat på mig sen i våras", "plan_preparation"),
    ("j'ai laissé une lettre à chacun dans l'entrée", "plan_preparation"),
    ("想说的话都录好了，设了定时下周一早上发给每个人", "plan_preparation"),
    # recent attempt
    ("wczoraj przeszłam przez barierkę na wiadukcie, strażak mnie ściągnął", "recent_attempt"),
    ("gisteravond lag ik op het spoor achter ons huis", "recent_attempt"),
    ("昨晚我在阳台上翻过栏杆，是我哥把我拉回来的", "recent_attempt"),
    ("前几天烧了一盆炭，被房东发现了", "recent_attempt"),
    ("昨日、橋の欄干を乗り越えようとして通行人に止められた", "recent_attempt"),
    # self-injury
    ("tiap malam nyayat paha pake cutter", "nssi"),
    ("aku suka nggaruk lengan sampai lecet kalau panik", "nssi"),
    ("gryzę się do krwi jak mam atak paniki", "nssi"),
    ("لما أزعل أخبط راسي بالحيط", "nssi"),
    ("Ibland håller jag cigaretten mot armen tills det gör ont.", "nssi"),
    ("rescarifiée ce soir, j'ai honte", "nssi"),
    ("jme cogne la tête contre le mur jusqu'à avoir mal", "nssi"),
    # passive wish
    ("franchement ça me gênerait pas de plus être là", "passive_wish"),
    ("no me importaría dejar de existir, la verdad", "passive_wish"),
    ("non mi dispiacerebbe sparire per sempre", "passive_wish"),
    ("лучше бы меня вообще не было", "passive_wish"),
    ("ya Allah, semoga Tuhan cepat ambil aku", "passive_wish"),
]

LOOK_ALIKES = [
    # not oneself, or another sense of the words
    "ik zit hem op het spoor van die oplichter",
    "j'ai écrit un mot pour chacun de mes invités pour le mariage",
    "c'est à se taper la tête contre les murs, ce dossier",
    "hur många ägg behövs till pannkakorna?",
    "het touw in de schuur is voor de was",
    "le pont de l'île est assez haut pour les voiliers",
    "كم حبة بانادول آخذ للصداع؟",
    "我设了定时发送，周一早上把报表发给每个人",
    "nyakar tembok pas main panjat tebing sampai berdarah jari",
    "kakakku nyilet lengannya, aku takut",
    "anakku suka nyakar tangannya sampai berdarah",
]

READERS_NONE = [
    "من عشر سنين جرحت نفسي، الحين عايشة بخير والحمدلله",
    "中学の時にリスカしてたけど、今は毎日楽しく働いてます",
    "두 년 전에 자해했었는데 지금은 잘 지내요",
    "Kilka lat temu chciałam się zabić, ale to już przeszłość.",
    "죽고 싶은 게 아니라 그냥 쉬고 싶어",
    "那部剧的女主最后跳楼了，看得我好难受",
    "推理小説の登場人物が睡眠薬の致死量を調べる場面を書いた",
    "热到想死，空调又坏了",
    "Nie zrobię sobie żadnej krzywdy, spokojnie.",
]

LOCKED = [
    "je garde les médicaments sous clé à cause du petit",
    "tengo las pastillas bajo llave por los niños",
    "家里的药品都锁起来了，孩子太小",
    "die Schlaftabletten sind weggeschlossen",
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


@pytest.mark.parametrize("text", LOCKED)
def test_medicines_locked_away_are_logistics(text):
    assert LOGISTICS_TALK.search(text)


@pytest.mark.parametrize("text", ["je garde ma rancune sous clé", "ich habe mich im Bad eingeschlossen"])
def test_lock_look_alikes_are_not_logistics(text):
    assert not LOGISTICS_TALK.search(text)


_NEW = [re.compile(p, re.IGNORECASE) for d in (risk_use_langs._V35B_ASCII,) for ps in d.values() for p in ps] + [
    re.compile(p) for ps in risk_use_langs._V35B_RAW.values() for p in ps]


@pytest.mark.parametrize("unit", ["garage voiture ", "pont assez haut ", "hur många ", "touw op zolder ", "gevär ", "كم حبة ",
                                  "给每个人 ", "烧了炭 ", "je me cogne la tête contre le mur ", "écrit un mot pour chacun ",
                                  "abis ", "train ", "nyakar lengan "])
def test_no_catastrophic_backtracking(unit):
    """The new alternatives on a 20,000-character turn of one repeated unit: linear, well under a second each."""
    assert_patterns_fast((*_NEW, LOGISTICS_TALK), repeated(unit))
