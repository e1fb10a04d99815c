"""The router reaches the languages added later (sv, da, no, fi, tr, cs, uk, ro, hu, el, ko, vi, id,
he): a few stems per language, typed with and without diacritics and capitalised, reach the learned
stage; English text that merely contains the letters of a new ASCII stem does not."""

import pytest

from services.quality.checks.counselling import crisis
from services.quality.checks.counselling.risk_cues import CUES_LANG, CUES_RAW, has_cue, raw_may_match
from shared.prefilter import Folded, guard, necessary_literals

STEMS = [
    # sv
    "jag har tänkt på självmord", "vill bara do nu", "har gömt piller i lådan",
    # da
    "jeg vil slå mig selv ihjel", "jeg har skrevet et afskedsbrev", "selvmordstanker hele tiden",
    # no
    "jeg vil ta livet mitt", "tenker på å henge meg", "jeg kutter meg igjen",
    # fi
    "mietin itsemurhaa", "haluan kuolla", "viiltelen itseäni",
    # tr
    "intihar etmek istiyorum", "ölmek istiyorum", "kendimi jiletle kestim",
    # cs
    "myslím na sebevraždu", "chci umrit", "spolykal jsem prášky",
    # uk
    "думаю про самогубство", "хочу померти", "я ріжу себе",
    # ro
    "mă gândesc la sinucidere", "vreau sa mor", "m-am tăiat, mă tai des",
    # hu
    "öngyilkos akarok lenni", "meg akarok halni, meghalok", "vagdosom magam",
    # el
    "σκέφτομαι την αυτοκτονία", "θέλω να πεθάνω", "πήρα όλα τα χάπια",
    # ko
    "자살하고 싶어", "죽고 싶어", "자해를 했어",
    # vi
    "mình muốn tự tử", "muon chet", "mình rạch tay",
    # id
    "aku mau bunuh diri", "pengen mati aja", "aku nyilet tangan",
    # he
    "אני חושב על התאבדות", "אני רוצה למות", "כתבתי מכתב פרידה",
]


@pytest.mark.parametrize("text", STEMS)
def test_new_language_stems_reach_the_learned_stage_in_any_case(text):
    for variant in (text, text[0].upper() + text[1:], text.upper()):
        assert has_cue(variant), variant
        assert crisis.possible(Folded(variant)), variant  # not ruled out before the patterns run


@pytest.mark.parametrize("text", [
    "Repetition helps me learn.", "He hopped on the bus.", "I bought pastilles for my throat.",
    "Chet and I went to the adios party.", "The pod was full of peas.", "My daughter wore a tutu to the recital.",
])
def test_english_text_does_not_reach_the_router_through_a_new_stem(text):
    """The new ASCII stems are word-bounded and chosen not to start English words."""
    assert not has_cue(text)


def test_the_new_languages_own_guard_rules_ordinary_english_out():
    """Their stems are a pattern of their own so that English turns do not pay for them."""
    for text in ("I have been feeling low since my divorce and can't sleep.",
                 "My partner and I argue about money every week."):
        assert not guard(CUES_LANG).may_match(Folded(text))
    assert guard(CUES_LANG).may_match(Folded("Olmek istiyorum"))


def test_the_lowered_guard_takes_no_new_ascii_literal():
    """CUES_RAW's new stems are non-ASCII; the ASCII forms live in the case-insensitive CUES, so the
    lowered guard still rules out plain ASCII text (the ones below were there before)."""
    ascii_literals = {s for clause in necessary_literals(CUES_RAW) for s in clause if s.isascii()}
    assert len(ascii_literals) <= 66, sorted(ascii_literals)  # as many as before the 14 languages
    assert not raw_may_match("i went to the shop and then we watched a film at home.")
