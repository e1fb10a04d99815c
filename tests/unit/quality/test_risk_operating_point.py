"""Risk round eighteen (twenty-first session): ``bench/risk_operating_point.py`` scores each turn once and
re-thresholds it for every point of the sweep (``docs/quality.md``, "Round eighteen"). Its answer must be the
runtime's: ``risk_model.learned_category`` with the model's ``s1_floor``, ``threshold`` and
``pattern_threshold`` set to the same point, at today's point and away from it."""

from __future__ import annotations

import pytest

from services.quality.checks.counselling import risk_model as rm
from tests.support.bench import bench_module


# disclosures and hard negatives of the training files (``risk_train_v16``, ``risk_train_v17``, round
# sixteen's and seventeen's tests), English and other languages, with and without a pattern
TEXTS = [
    "I've started thinking I should just finish things myself rather than wait.",
    "sometimes i wish i could just evaporate and nobody would have to deal with me",
    "Bought a second pack of painkillers at another shop so they wouldn't ask questions.",
    "Vorrei solo smettere di esistere, sono stanca di tutto.",
    "Mi faccio male di nascosto e copro i segni con le maniche.",
    "I keep praying the Lord takes me home.",
    "I want to kill myself.",
    "I'm bowing out of the book club, I never finish the books.",
    "I read up on how long it takes to renew a passport, apparently ten weeks.",
    "No quiero desaparecer, solo necesito unas vacaciones.",
    "Burned my hand on the kettle, I hold it under the cold tap and it's fine.",
    "My nan takes warfarin, so she can't have aspirin.",
    "What's the weather like in Lisbon in May?",
    # round nineteen: other languages, with and without a pattern
    "Estoy tan cansada de todo, ya no quiero seguir.",
    "Ich möchte einfach nicht mehr aufwachen.",
    "Je n'en peux plus, je veux que tout s'arrête.",
    "Nie chcę już żyć, wszystko mnie przerasta.",
    "Eu só queria dormir e não acordar mais.",
    "Ik ga morgen met mijn zus naar de markt.",
    # round twenty: cue-less turns only the wider router reads, held to WIDE_THRESHOLD (replies_train_v7's
    # client turns; the sweep read them at ``threshold`` before the twenty-second session's fix)
    "Jag har bara ätit en banan idag.",
    "Min läkare har bytt mitt läkemedel.",
]
POINTS = [(0.2179, 0.375, 0.125), (0.1, 0.3, 0.1), (0.3, 0.5, 0.25), (0.05, 0.05, 0.05)]


@pytest.fixture(scope="module")
def bench():
    with bench_module("risk_operating_point.py", "risk_operating_point") as module:
        yield module


@pytest.fixture(scope="module")
def model():
    m = rm.minilm_model()
    if m is None:
        pytest.skip("the learned stage is not installed")
    return m


@pytest.mark.parametrize("point", POINTS)
def test_the_sweep_answers_as_the_runtime(bench, model, point, monkeypatch):
    scored = bench.Scored(model)
    scored.point = point
    monkeypatch.setattr(model, "s1_floor", point[0])
    monkeypatch.setattr(model, "threshold", point[1])
    monkeypatch.setattr(model, "pattern_threshold", point[2])
    # one point for every turn (round nineteen's per-language pattern values follow it)
    for lang in ("en", "other"):
        monkeypatch.setattr(model, f"pattern_s1_floor_{lang}", point[0])
        monkeypatch.setattr(model, f"pattern_threshold_{lang}", point[2])
    scored.groups = {}
    rm.learned_category.cache_clear()
    try:
        for text in TEXTS:
            assert scored.learned(text) == rm.learned_category(text), (point, text)
            stage = scored.stage(text)
            assert (stage == "learned") == (scored.learned(text) != "none"), (point, text)
    finally:
        rm.learned_category.cache_clear()


def test_today_is_the_model_file(bench, model):
    # the file's fields are float32 (0.525 reads 0.52499998): compared to four places, as the floor always was
    assert bench.TODAY == tuple(round(float(v), 4) for v in (model.s1_floor, model.threshold, model.pattern_threshold))


# round nineteen: a turn a pattern named a category is held to its language's floor and threshold
# (``pattern_s1_floor_en``/``_other``, ``pattern_threshold_en``/``_other``), the sweep's ``pattern/*`` groups;
# the first is the round's setting (the model file holds its pattern/other part: IN_FILE below)
KEPT = {"pattern/en": (0.1, 0.125, 0.125), "pattern/other": (0.2179, 0.05, 0.05)}
GROUP_SETTINGS = [KEPT, {"pattern/en": (0.3, 0.5, 0.5), "pattern/other": (0.05, 0.05, 0.05)},
                  {"pattern/en": (0.05, 0.05, 0.05)}, {"pattern/other": (0.4, 0.6, 0.6)}]


@pytest.mark.parametrize("groups", GROUP_SETTINGS)
def test_the_sweep_answers_as_the_runtime_per_language(bench, model, groups, monkeypatch):
    scored = bench.Scored(model)
    scored.point = bench.TODAY
    scored.groups = groups
    for name in ("s1_floor", "threshold", "pattern_threshold") + tuple(
            f"pattern_{k}_{lang}" for k in ("s1_floor", "threshold") for lang in ("en", "other")):
        monkeypatch.setattr(model, name, getattr(model, name))  # restored after the test
    bench.set_point(model, bench.TODAY, groups)
    assert bench.file_groups(model) == groups
    rm.learned_category.cache_clear()
    try:
        for text in TEXTS:
            assert scored.learned(text) == rm.learned_category(text), (groups, text)
    finally:
        rm.learned_category.cache_clear()


def test_both_languages_are_read_with_a_pattern(bench, model):
    """The texts hold pattern-named turns in English and in other languages, so the test above tests both."""
    scored = bench.Scored(model)
    groups = {scored.parts(t)[-1] for t in TEXTS if len(scored.parts(t)) > 1}
    assert {"pattern/en", "pattern/other"} <= groups, groups


# at the merge the English floor went back to today's (it let "I cut all ties with the former relationship" through
# as self-injury in CounselChat): the file holds the other-language threshold alone
# riskneg5 (the all-writers file, N5): its own English pattern threshold is 0.65, so the file holds the
# committed English pattern values (floor 0.2179, threshold 0.125) apart as well
IN_FILE = {"pattern/en": (0.2179, 0.125, 0.125), "pattern/other": (0.2179, 0.05, 0.05)}


def test_the_model_file_holds_round_nineteens_setting(bench, model):
    assert bench.file_groups(model) == IN_FILE
    assert bench.Scored(model).groups == IN_FILE
