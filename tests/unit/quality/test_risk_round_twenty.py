"""Risk round twenty (``docs/quality.md``, "Round twenty"): the turns the router never showed the learned stage.

``risk_train_v20.jsonl`` disclosures that the code before this round read as none (no router cue: never read by
the learned stage) and that ``risk_cues.CUES_V20`` / ``CUES_V20_RAW`` route now; the "cut all ties" false alarm
(a partner's violence beside "I cut all ties with my ex" was tagged ``nssi``); and hard negatives of the new
stems' words, "none" before and after the round.
"""

from __future__ import annotations

import pytest

from services.quality.checks.counselling import crisis, risk, risk_cues, risk_model

pytestmark = pytest.mark.skipif(risk_model.minilm_model() is None, reason="the learned stage is not installed")

# risk_train_v20 disclosures: "none" on the round's base commit (no pattern, no cue), found now
FOUND = [
    "I wrote out who should get the guitar and the bike and left the list in my desk drawer.",
    "I don't care if the asthma gets me one of these nights, I've stopped carrying the inhaler.",
    "Jag tänker hela tiden på att köra av vägen i full fart.",
    "मैंने सोच लिया है कि कैसे करूँगा, बस सही दिन का इंतज़ार है।",
    "roz raat ko haath pe blade chalati hoon, tab jaake neend aati hai",
    "मैंने दुकान से चूहे मारने वाली दवा खरीद कर अलमारी में रख ली है।",
    "ive got it all worked out, the when and the how, i just havent said it out loud to anyone",
    "The urge to drive into the barrier on the bypass is very strong at the moment.",
    "I want to put an end to myself, I can't see another way through this.",
    "I know which kitchen drawer has the sharpest one and I keep thinking about using it on myself.",
]

# harm by others beside cutting someone off: tagged nssi before the round ("I cut all ties" read as "I cut")
CUT_TIES = [
    "I cut all ties with my ex after he hit me the second time, and I've changed my number.",
    "I cut all contact with him after he hurt me.",
    "He pushed me down the stairs, so I cut all ties and moved in with my brother.",
]

# the new stems' words in everyday sentences, and harm by others: none before and after the round
NEGATIVES = [
    "We figured out the when and the where of the wedding last night.",
    "Who should get the spare room when my sister visits?",
    "I said my goodbyes at the leaving party and headed to the airport.",
    "I cut all contact with my old landlord after the deposit row.",
    "I've made my peace with the new office layout.",
    "Ghar ki chhat pe kapde sukha rahi hoon, dhoop achhi hai.",
    "मैंने छत पर टमाटर और मिर्च के पौधे लगाए हैं।",
    "Я живу на пятом этаже, с балкона видно реку.",
    "我们周末在天台上烧烤，大家都很开心。",
    "우리 팀은 오늘 프로젝트를 다 끝냈어요!",
    "Her şeyi bitirdim, yarın tatile çıkıyorum.",  # none again since life_talk (thirtieth session, mlgfp30)
    "Racun tikus di gudang sudah dibuang sama bapak.",
    "Nenek bilang dulu kakek sering mukul meja kalau marah.",
    "Min läkare har bytt mitt läkemedel.",
    "My dad used to beat us with his belt, I cut ties with him years ago.",
]

# self-injury told with "cut" stays nssi (the "cut ties" exclusion is narrow)
STILL_NSSI = ["I cut my arm last night.", "i cut all over my arms again", "I cut again last night and it scared me."]


@pytest.fixture(autouse=True)
def _fresh():
    crisis.risk_category.cache_clear()
    risk_model.learned_category.cache_clear()
    yield


@pytest.mark.parametrize("text", FOUND)
def test_round_twenty_disclosures_are_found(text):
    assert crisis.risk_category(text) != "none"


@pytest.mark.parametrize("text", FOUND)
def test_they_reach_the_router_through_the_new_stems(text):
    folded_hit = risk_cues.CUES_V20.search(text) or risk_cues.CUES_V20_RAW.search(text.lower())
    assert folded_hit is not None
    assert risk_cues.has_cue(text)


@pytest.mark.parametrize("text", CUT_TIES)
def test_cutting_ties_is_no_self_injury(text):
    assert risk.classify(text)[0] != "nssi"
    assert crisis.risk_category(text) == "none"


@pytest.mark.parametrize("text", NEGATIVES)
def test_hard_negatives_stay_none(text):
    assert crisis.risk_category(text) == "none"


@pytest.mark.parametrize("text", STILL_NSSI)
def test_cutting_oneself_is_still_nssi(text):
    assert crisis.risk_category(text) == "nssi"


def test_the_raw_list_holds_no_ascii_literal():
    """Like ``CUES_RAW``: an ASCII stem in the raw list would let its guard pass every ASCII text."""
    for stem in risk_cues._RAW_V20.split("|"):
        assert any(ord(ch) > 127 for ch in stem), stem


def test_families_read_the_new_stems():
    f = dict(zip(risk_cues.CUE_FEATURE_NAMES, risk_cues.cue_features("I want to put an end to myself")))
    assert f["cue:death"] == 1.0
    f = dict(zip(risk_cues.CUE_FEATURE_NAMES, risk_cues.cue_features("mengakhiri hidup saja")))
    assert f["cue:other_language"] == 1.0
    f = dict(zip(risk_cues.CUE_FEATURE_NAMES, risk_cues.cue_features("Jag vill köra av vägen")))
    assert f["cue:non_ascii"] == 1.0


# the wider router's known cost (docs, "Round twenty"): a cue-less Swedish turn telling of a partner's violence
# now reaches the learned stage, which reads it as the client's own risk (``replies_train_v7``: one more false
# flag); stage one's harm-by-others clauses do not read Swedish. Fixed by the all-writers file (riskneg5: the
# everyday files' harm by others in Swedish), so a plain test since
def test_a_partners_violence_in_swedish():
    assert crisis.risk_category("Min pojkvän slog mig igår.") == "none"
