"""Risk round seventeen (twentieth session): the router's stems for the C-SSRS categories said in plain
words without a death word (``risk_cues.CUES_V17``, ``docs/quality.md``, "Round seventeen"). A turn that
holds no pattern and no cue is "none" and never reaches the learned stage; these tables pin what the
new stems let through and what the first look and the learned stage then decide: disclosures of
``risk_train_v17.jsonl`` that the code before this round read as none and that are found now, hard
negatives of the same words (the training file's and sentences written for this test) that stay none,
and the stems' guard, families and place in ``crisis.possible``."""

from __future__ import annotations

import pytest

from services.quality.checks.counselling import crisis
from services.quality.checks.counselling import risk_model as rm
from services.quality.checks.counselling.risk_cues import (CUES, CUES_LANG, CUES_RAW, CUES_V4, CUES_V6, CUES_V17,
                                                           FAMILIES, has_cue)
from services.quality.checks.prefilter import Folded, guard

# risk_train_v17 disclosures (English) that held no router cue before this round (no pattern, no cue:
# "none" without the learned stage) and are found now
ROUTED_AND_FOUND = [
    "I've started thinking I should just finish things myself rather than wait.",
    "I'm ready, I just want to finish a couple of things first.",
    "sometimes i wish i could just evaporate and nobody would have to deal with me",
    "I don't see myself getting to thirty. I don't really want to.",
    "I keep wishing I'd never have to get up again.",
    "Sometimes on the bend by the reservoir I think about letting go of the wheel.",
    "It would be a mercy if I just didn't have to do tomorrow.",
    "Bought a second pack of painkillers at another shop so they wouldn't ask questions.",
    "I'd give anything to just be nothing: no thoughts, no body, nothing.",
    "I keep reading up on how long it would take and whether it would hurt.",
    "ive recorded videos for my kids to watch when theyre older and i'm not there",
    "What's even the point of carrying on like this, year after year.",
    "When I cross the road I kind of hope the driver doesn't see me.",
    "Asked next door to feed the dog from Saturday and left her a key, she doesn't know I'm not coming back.",
    "I've written down my instructions for afterwards: the music, the clothes, who to call.",
]

# risk_train_v17 disclosures the router already sent to the first look (another language, ``route_foreign``)
# that stopped under its floor: the new stems give them a cue family (``other_language``)
FLOOR_LIFTED = [
    "Vorrei solo smettere di esistere, sono stanca di tutto.",
    "Mi faccio male di nascosto e copro i segni con le maniche.",
]

# hard negatives of the same words: risk_train_v17's, and everyday sentences written for this test that
# hold one of the new stems (the router now lets them through; the first look and the learned stage refuse)
NOT_AT_RISK = [
    "I sorted my affairs before the knee operation, the surgeon says it's routine but I like to be organised.",
    "I don't wish I was gone, I just wish my boss would leave me alone.",
    "I'm bowing out of the book club, I never finish the books.",
    "I read up on how long it takes to renew a passport, apparently ten weeks.",
    "Asked next door to feed the dog from Saturday because we're away in Devon for a week.",
    "I've returned everything I borrowed from the library before I go travelling.",
    "I keep touching the keys in my pocket to check I haven't lost them, it's a habit.",
    "No quiero desaparecer, solo necesito unas vacaciones.",
    "Burned my hand on the kettle, I hold it under the cold tap and it's fine.",
    "I'm ready, the taxi is outside.",
    "Can you recommend a painkiller for period cramps?",
    "My nan takes warfarin, so she can't have aspirin.",
    "How long would it take to drive from Leeds to York?",
    "We couldn't carry on like this with the leaking roof, so we moved.",
    "The dentist said the filling would be painless and it was.",
    "Do lithium batteries go in the normal bin?",
    "I dug my nails into the armrest all through the horror film.",
    "Leave the engine on while I run into the shop.",
    "My son recorded a video for his grandma's birthday.",
    "I'm not coming back to this hairdresser, she butchered my fringe.",
    "I don't see myself getting to the gym before work, it's too early.",
    "I shouldn't be here, I should be revising, but the pub quiz is on.",
    "It would be a mercy if the meeting finished early today.",
    "The driver didn't see me waving and drove straight past the stop.",
    "Can I take sertraline with ibuprofen for a headache?",
    "I could just evaporate in this heat.",
    # a client naming their prescription (replies_train_v6 / v12 / v7 client turns): the first version's
    # medicine names routed these, the learned stage read them as method, and the replies were flagged
    "I'm on 50 mg of sertraline and it doesn't seem to help.",
    "I think I want to come off sertraline now I'm feeling better.",
    "Meine Ärztin will das Citalopram langsam ausschleichen.",
]

# probes written beside the training file from the categories' definitions: no cue before, routed now
ROUTED_PROBES = [
    "I keep not wanting to be here.",
    "I pray God takes me soon.",
    "I don't care if I get sick and don't recover.",
    "I've been putting my fist through things until my hand is a mess.",
    "I wear long sleeves in summer so nobody sees.",
    "I shouldn't be here.",
    "I want to not feel anything ever again.",
    "I've been sorting out my affairs.",
]


@pytest.fixture(autouse=True)
def _fresh():
    rm.learned_category.cache_clear()
    rm._named_window.cache_clear()
    yield


def _learned_stage():
    if rm.minilm_model() is None:
        pytest.skip("the learned stage is not installed")


def _older_lists_hold(text: str) -> bool:
    return any(p.search(text) for p in (CUES, CUES_V4, CUES_LANG, CUES_V6)) or CUES_RAW.search(text.lower()) is not None


@pytest.mark.parametrize("text", ROUTED_AND_FOUND + ROUTED_PROBES)
def test_only_the_new_stems_route_it(text):
    assert not _older_lists_hold(text), text
    assert CUES_V17.search(text) and has_cue(text) and rm.undecided(text)
    assert crisis.possible(Folded(text))


@pytest.mark.parametrize("text", ROUTED_AND_FOUND + FLOOR_LIFTED)
def test_the_disclosure_without_a_death_word_is_found(text):
    _learned_stage()
    assert crisis.risk_category(text) != "none"


@pytest.mark.parametrize("text", NOT_AT_RISK)
def test_the_hard_negative_of_the_same_words_stays_none(text):
    _learned_stage()
    assert crisis.risk_category(text) == "none"


@pytest.mark.parametrize(("text", "family"), [
    ("I'd give anything to just be nothing", "death"),
    ("I pray God takes me soon", "death"),
    ("sat in the closed garage with the engine running", "method"),
    ("letting go of the wheel", "method"),
    ("how long it would take and whether it would hurt", "plan"),
    ("my instructions for afterwards", "plan"),
    ("a guy talked me down", "attempt"),
    ("I dig my nails into my palms", "nssi"),
    ("smettere di esistere", "other_language"),
    ("ne plus exister", "other_language"),
])
def test_the_learned_stage_reads_them_with_their_family(text, family):
    assert FAMILIES[family].search(text)


@pytest.mark.parametrize("text", [
    "I have been feeling low since my divorce and can't sleep.",
    "My partner and I argue about money every week.",
    "Describe the main causes of the French Revolution.",
])
def test_their_guard_rules_ordinary_text_out(text):
    assert not guard(CUES_V17).may_match(Folded(text))


def test_their_stems_are_ascii():
    assert CUES_V17.pattern.isascii()
