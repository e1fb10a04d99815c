"""Round thirteen of stage one in the other languages (``risk_langs``, ``risk_use_langs``; sixteenth
session): Chinese chat forms (轻生 / 輕生 wished or thought of, 一死了之, 结束自己, 自我了断, 活着没意思,
"might as well be dead", 跳楼 / 跳河 wished, pesticide, passwords and savings left to someone), romanised
and Devanagari Hindi ("soch ... ki mar jaun", "zinda nahi rehna", "marne ka soch", a bridge or a roof and
"kud-"), Indonesian "hidup ... pengen udahan", Spanish / Portuguese "I don't want to be here any more";
a Hindi negation no longer binds across a comma; denials in Hindi, Indonesian, Russian and a Korean past
negative ("없었어요"); a Hindi turn that only reports someone else's risk is decided none
(``risk_use_langs.third_person_spans``, ``crisis.third_alone``). Sentences written for this test, not
taken from the labelled files; on the code of before 37 of the 52 cases fail (27 of the 30 disclosures,
4 of the 5 decided none, 4 of the 5 mentions, one of the two beside the writer's own, the spans test)."""

from __future__ import annotations

import pytest

from services.quality.checks.counselling import crisis, risk_use_langs
from services.quality.checks.counselling.risk import classify
from services.quality.checks.prefilter import Folded

DISCLOSURES = [
    # (text, category)
    ("这几天一直在想要不要轻生", "active_ideation"),
    ("轻生的想法每天晚上都冒出来", "active_ideation"),
    ("輕生的衝動越來越強了", "active_ideation"),
    ("我只想一死了之，什么都不管了", "active_ideation"),
    ("我想找个没人的地方结束掉自己", "active_ideation"),
    ("考虑过自我了断", "active_ideation"),
    ("活着真没意思，每天都一样", "passive_wish"),
    ("活著沒意義，每天上班下班", "passive_wish"),
    ("这样下去还不如死了算了", "passive_wish"),
    ("我干脆死掉算了", "passive_wish"),
    ("好几次都想去跳河", "method"),
    ("打算去跳樓，已經看好地方", "method"),
    ("想着从宿舍窗户跳下去", "method"),
    ("我想喝百草枯", "method"),
    ("银行卡密码都写给我弟了", "plan_preparation"),
    ("raat bhar sochta rehta hu ki mar jaun", "passive_wish"),
    ("dil karta hai bas mar hi jaun", "passive_wish"),
    ("mujhe ab zinda nahi rehna yaar", "passive_wish"),
    ("main marne ka soch rahi hu", "active_ideation"),
    ("chhat se kudne ka mann karta hai", "method"),
    ("nahar me kudna chahta hu", "method"),
    ("रोज़ लगता है कि मर जाऊँ", "passive_wish"),
    ("मुझे अब ज़िंदा नहीं रहना", "passive_wish"),
    ("पुल से कुदने का सोचती हूँ", "method"),
    ("udah capek sama hidup, pengen udahan", "active_ideation"),
    ("pengen udahan aja dari hidup ini", "active_ideation"),
    ("Ya no quiero seguir viviendo así", "passive_wish"),
    ("Não quero mais estar aqui", "passive_wish"),
]

# a negation before a comma binds its own clause only (Hindi and the other ``risk_langs`` languages)
ACROSS_A_COMMA = [
    ("neend nahi aati, bas sochti hu ki mar jaun", "passive_wish"),
    ("kuch accha nahi lagta, jeene ka mann nahi karta", "passive_wish"),
]

# decided none by stage one (the learned stage read each as risk before)
DECIDED_NONE = [
    "मेरी सहेली कहती है वो मरना चाहती है",                 # a friend's, reported
    "mera dost bolta hai usko jeene ka mann nahi karta",      # a friend's, reported
    "मैंने कभी सुसाइड के बारे में नहीं सोचा",                 # a denial
    "Saya tidak pernah berpikir untuk bunuh diri",             # a denial
    "자살하고 싶은 생각은 없었어요",                         # a past negative after the match
]

MENTIONS = [
    "我朋友说她想轻生，我很害怕",            # a friend's
    "我从来没有想过要轻生",                   # a denial
    "以前有过轻生的念头，现在已经走出来了",   # past and recovered
    "新闻里有人一死了之",                     # news
    "meri didi kehti hai ki usko zinda nahi rehna",     # a sister's
]

NOT_RISK = [
    "笑死，你发的表情包",
    "今天累死了，明天还要早起",
    "想死你了，周末见",
    "mar gaya yaar aaj gym me",
    "hans hans ke mar gaye hum",
    "By the river a kudu was drinking",
    "She sat on the bridge and watched the river",
    "Ya no quiero seguir con este trabajo",
    "Não quero mais estudar hoje",
]

# the writer's own risk beside a reported friend's is still read
REPORTED_WITH_OWN = [
    "mera dost bolta hai woh marna chahta hai, aur main bhi marna chahta hoon",
    "मेरी बहन कहती है वो मरना चाहती है। मुझे भी अब ज़िंदा नहीं रहना",
]


@pytest.mark.parametrize("text,category", DISCLOSURES + ACROSS_A_COMMA)
def test_round_thirteen_disclosures_are_found_by_stage_one(text, category):
    assert classify(text) == (category, True)
    assert crisis.possible(Folded(text))


@pytest.mark.parametrize("text", DECIDED_NONE)
def test_round_thirteen_reported_or_denied_risk_is_decided_none(text):
    assert crisis.risk_category(text) == "none"
    assert crisis.risk_level(text) == "low"  # still a mention


@pytest.mark.parametrize("text", MENTIONS)
def test_round_thirteen_someone_elses_a_denied_a_past_or_a_news_one_is_a_mention(text):
    assert classify(text) == ("none", True)


@pytest.mark.parametrize("text", NOT_RISK)
def test_round_thirteen_patterns_do_not_read_idioms_or_everyday_words(text):
    assert classify(text)[0] == "none"


@pytest.mark.parametrize("text", REPORTED_WITH_OWN)
def test_round_thirteen_a_reported_friends_risk_beside_the_writers_own_is_read(text):
    assert risk_use_langs.third_person_spans(text) is None
    assert not crisis.third_alone(crisis.reading(text))
    assert crisis.risk_category(text) != "none"


def test_round_thirteen_hindi_third_person_spans():
    text = "मेरा भाई कहता है वो ज़िंदा नहीं रहना चाहता"
    assert risk_use_langs.third_person_spans(text) == [(0, len(text))]
    assert risk_use_langs.third_person_spans("मुझे अब ज़िंदा नहीं रहना") is None
    assert risk_use_langs.third_person_spans("she said she wants to die") is None
