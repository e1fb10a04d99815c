"""Round six's router stems (``risk_cues.CUES_V6`` and their diacritic forms in ``CUES_RAW``),
written from the router's misses on ``risk_train_v5.jsonl``; a pattern with its own guard."""

import pytest

from services.quality.checks.counselling.crisis import possible
from services.quality.checks.counselling.risk_cues import CUES, CUES_LANG, CUES_V4, CUES_V6, FAMILIES, has_cue
from services.quality.checks.prefilter import Folded, guard

# training-part turns (risk_train_v5.jsonl) that no stem reached before round six
ROUTED_NOW = (
    "ik zou het echt niet erg vinden als ik morgen een ongeluk kreeg",
    "vrijdag doe ik het. ik wilde alleen dat iemand het wist",
    "ik kras met een mesje in mijn bovenbeen, niemand weet ervan",
    "annemler tatile gidince canıma kıyacağım",
    "yarin bir kaza gecirsem cok da umursamazdim aciksi",
    "kotu hissedince kafami duvara vuruyorum, kanayana kadar",
    "i lördags tog jag en överdos och vaknade på akuten",
    "jeg har skåret i mig selv igen i nat, ingen ved det",
    "jeg brenner meg selv med sigaretter når det blir for mye",
    "rozhodla jsem se, po víkendu tu už nebudu",
    "aku menyayat tanganku lagi tadi malam, cuma itu yang bikin lega",
    "я постійно думаю про те, щоб вкоротити собі віку",
    "roz sochta hoon ki khudkushi kar loon",
    "I've been handing out my books and records to friends and telling them it's a clear-out. it isn't.",
)


@pytest.mark.parametrize("text", ROUTED_NOW)
def test_the_training_misses_reach_the_learned_stage(text):
    assert has_cue(text), text
    assert possible(Folded(text)), text


def test_a_turn_only_the_new_stems_hold_is_possible_and_routed():
    text = "vrijdag doe ik het. ik wilde alleen dat iemand het wist"
    for older in (CUES, CUES_V4, CUES_LANG):
        assert not older.search(text)
    assert CUES_V6.search(text) and possible(Folded(text)) and has_cue(text)


@pytest.mark.parametrize("text", [
    "I have been feeling low since my divorce and can't sleep.",
    "My partner and I argue about money every week.",
    "I am so happy today, we had a great holiday at the beach.",
])
def test_their_guard_rules_ordinary_english_out(text):
    assert not guard(CUES_V6).may_match(Folded(text))


def test_their_stems_are_ascii():
    assert CUES_V6.pattern.isascii()


def test_the_learned_stage_reads_them_as_another_language():
    assert FAMILIES["other_language"].search("ongeluk") and FAMILIES["other_language"].search("khudkushi")
