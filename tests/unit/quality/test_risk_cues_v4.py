"""Round four's router stems (``risk_cues.CUES_V4``): intent and plans without a death word,
indirect passive wishes, the same in other languages; a pattern with its own guard."""

from services.quality.checks.counselling.crisis import possible
from services.quality.checks.counselling.risk_cues import CUES, CUES_V4, FAMILIES, has_cue
from services.quality.checks.prefilter import Folded, guard

# training-part turns (risk_train_v4.jsonl) that no stem reached before round four
ROUTED_NOW = (
    "nobody has to worry about me after tomorrow, it's handled",
    "i really don't see myself getting old. don't want to either",
    "spent the evening deleting all my accounts and moving my savings into my sister's name",
    "podjęłam decyzję, w piątek to zakończę i jestem z tym spokojna",
    "今晚就是那一晚了，我不想再装下去了",
    "heute nacht ist es so weit. ich mag nicht mehr so tun als ob",
    "seria tudo mais fácil se eu simplesmente não acordasse um dia",
)


def test_the_weak_areas_reach_the_learned_stage():
    for text in ROUTED_NOW:
        assert has_cue(text), text


def test_a_turn_only_the_new_stems_hold_is_possible_and_routed():
    text = "i really don't see myself getting old. don't want to either"
    assert not (guard(CUES).may_match(Folded(text)) and CUES.search(text))  # not the older stems
    assert CUES_V4.search(text) and possible(Folded(text)) and has_cue(text)


def test_their_guard_rules_ordinary_english_out():
    for text in ("I have been feeling low since my divorce and can't sleep.",
                 "My partner and I argue about money every week."):
        assert not guard(CUES_V4).may_match(Folded(text))


def test_the_learned_stage_reads_them_with_their_families():
    assert FAMILIES["plan"].search("it's handled") and not CUES.search("it's handled")
    assert FAMILIES["death"].search("getting old") and FAMILIES["other_language"].search("decyzja")
