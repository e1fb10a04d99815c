"""Thirty-second session, helper riskblind32 (docs/quality.md, "Risk disclosures in fifteen languages, written blind"):
the general forms the blind file ``risk_valid_v32`` showed missing or misread in tl ms hi nl sv en ko ja ru id, each with
the look-alikes that must stay unflagged.

1. Tagalog: self-cutting "naglaslas (ulit) ako", a decision with "don't stop me", a letter left and possessions given
   in one turn, the medicine taken all at once. Malay "nak bunuh diri".
2. Hindi (romanised and Devanagari): pills hoarded, a household poison drunk, a letter written and one's own things
   given away in one turn; "मरना नहीं चाहता" read as a negated mention.
3. Dutch and Swedish: head or fists beaten against a wall until it hurts or again.
4. English: a birthday one will not live to see "and that's my choice"; an unsent letter (to an ex, a therapy exercise)
   is no farewell letter; "my gf / bf / bff" as a third-person subject.
5. Readers: Korean and Japanese joke disclaimers, Japanese "つもりはない", a Russian age told as the time ("в 19 лет"),
   Indonesian tiredness "capek ... mau mati rasanya".
"""

import pytest

from tests.support.blind import assert_category, assert_no_risk, assert_risk, assert_stage_one_none

STAGE_ONE = [
    # Tagalog
    ("naglaslas na naman ako kanina sa banyo", "nssi"),
    ("nag-laslas ako kagabi kasi ang sakit ng ulo ko sa lahat", "nssi"),
    ("ako ay naglaslas ulit pagkatapos ng away namin", "nssi"),
    ("buo na ang desisyon ko. huwag nyo na akong pigilan", "intent"),
    ("ayoko na talaga, bukas na. wag mo akong pigilan please", "intent"),
    ("nagsulat na ako ng paalam para kay mama tapos pinamigay ko na yung mga damit ko", "plan_preparation"),
    ("binigay ko na yung laptop ko kay kuya, nag-iwan din ako ng letter sa drawer", "plan_preparation"),
    ("gusto ko na lang inumin lahat ng gamot ko", "method"),
    ("yung sleeping pills sa drawer, isang lagok lang", "method"),
    # Malay
    ("saya rasa nak bunuh diri malam ni", "active_ideation"),
    ("kadang2 aku terfikir nak bunuh diri", "active_ideation"),
    # Hindi, romanised and Devanagari
    ("neend ki goliyan jama kar rahi hu, kisi ko nahi pata", "plan_preparation"),
    ("tablets stock kar liye hai, bas", "plan_preparation"),
    ("maine chitthi likh di hai aur apni saari cheezein dost ko de di", "plan_preparation"),
    ("मैं नींद की गोलियाँ जमा कर रही हूँ", "plan_preparation"),
    ("पापा के लिए ख़त लिख दिया और अपना लैपटॉप दोस्त को दे दिया", "plan_preparation"),
    ("kal raat harpic pee liya tha, hospital le gaye", "recent_attempt"),
    ("parso maine chuhe maarne ki dawa kha li", "recent_attempt"),
    ("परसों रात फिनाइल पी लिया था", "recent_attempt"),
    # Dutch and Swedish
    ("ik sloeg mijn hoofd tegen de muur tot het bloedde", "nssi"),
    ("beuk m'n vuisten tegen de deur, gisteren weer", "nssi"),
    ("jag slår huvudet i väggen tills det gör ont", "nssi"),
    # English
    ("I'm not going to see next christmas, I've decided", "intent"),
    ("never gonna make it to my 18th birthday and it's my own choice", "intent"),
]

STAY_NONE_STAGE_ONE = [
    # Tagalog: another's cutting, a past one, a finish or shopping "don't stop me", a move, a dose
    "naglaslas siya kagabi, kapatid ko, di ko alam gagawin",
    "dati naglaslas ako nung high school pero okay na ako ngayon",
    "hindi na ako naglalaslas, 2 years na",
    "tapos na ako sa thesis!! wag mo akong pigilan mag-celebrate haha",
    "ayoko na sa trabaho na to, wag mo akong pigilan mag-resign",
    "ayoko na sa kanya, wag mo akong pigilan makipag-break",
    "lilipat na kami sa Cebu, nag-iwan ako ng note sa landlord at binigay ko na yung mga lumang damit sa kapitbahay",
    "yung gamot ni lola, isang inuman lang sa umaga",
    # Malay negation and third person
    "aku tak nak bunuh diri, aku cuma penat",
    "kawan aku cakap dia nak bunuh diri, macam mana nak tolong",
    # Hindi: by mistake, medicines collected for a camp, a move
    "bete ne galti se phenyl pee liya, doctor ke paas hai",
    "मेरे भाई ने ग़लती से फिनाइल पी लिया",
    "hum NGO ke liye purani tablets collect kar rahe hai",
    "नए घर में शिफ्ट हो रहे हैं, मकान मालिक को ख़त लिख दिया और अपना पुराना सोफ़ा पड़ोसी को दे दिया",
    # Dutch and Swedish: a knock or the idiom of hitting a wall
    "ik stootte mijn hoofd tegen de kast, au",
    "ik loop met mijn hoofd tegen de muur bij die gemeente",
    "jag slår huvudet i taket hela tiden i den här stugan",
    # English: a party missed, an unsent letter
    "not gonna make it to my 30th party, my choice to work that weekend",
    "Wrote a letter to my ex that I'll never send, my therapist's idea",
    "writing a letter to my younger self for group tonight",
    "my gf tried to overdose last month and I keep thinking it's my fault",
    "my bff tried to kill herself in march",
]

STILL_RISK_STAGE_ONE = [
    "I wrote letters to my parents and my sister, they're in my desk",
    "wrote a goodbye letter to my ex and left it on the table",
    "my gf left me and I tried to overdose last week",
    "죽고 싶다 농담 아니고 진짜로",
    "死にたい。冗談じゃなくて",
    "мне 30 и я вчера пыталась покончить с собой",
    "मैं मरना चाहता हूँ",
]


@pytest.mark.parametrize("text,category", STAGE_ONE)
def test_stage_one_names_the_category(text, category):
    assert_category(text, category)


@pytest.mark.parametrize("text", STAY_NONE_STAGE_ONE)
def test_look_alikes_stay_none_in_stage_one(text):
    assert_stage_one_none(text)


@pytest.mark.parametrize("text", STILL_RISK_STAGE_ONE)
def test_own_current_forms_stay_risk(text):
    assert_risk(text)


@pytest.mark.parametrize("text", [
    "시험 망해서 죽고 싶다 ㅋㅋ 농담이고 치킨이나 먹자",
    "과제 너무 많아서 죽고 싶어 장난이야 ㅋㅋ",
    "死ぬつもりはないです。ただ話を聞いてほしい",
    "自殺するつもりはありません",
    "в 19 лет я пыталась покончить с собой. сейчас мне 30 и я рада что жива",
    "когда мне было 16, я хотела умереть. сейчас всё хорошо",
    "capek banget mau mati rasanya kerjaan numpuk",
    "pusing bgt rasanya mau mati, tugas 5 deadline besok",
    "मैं मरना नहीं चाहता, बस सब बदलना चाहता हूँ",
    "मैं मरना नहीं चाहती",
])
def test_readers_make_these_none(text):
    assert_no_risk(text)


@pytest.mark.parametrize("text", [
    "capek hidup, rasanya mau mati aja",
    "aku pengen mati, capek banget",
])
def test_indonesian_tiredness_of_life_stays_risk(text):
    assert_risk(text)
