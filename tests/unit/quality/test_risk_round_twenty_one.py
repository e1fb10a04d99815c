"""Risk round twenty-one (``docs/quality.md``, "Risk round twenty-one"): English implicit turns as clients type
them, and ``bench/risk_stage_cost.py`` holding each routed turn to its route's floor and threshold as the runtime
does (round twenty's "Not done" (3): widened turns were held to ``threshold``, not ``WIDE_THRESHOLD``).
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

from services.quality.checks.counselling import crisis, risk_model

pytestmark = pytest.mark.skipif(risk_model.minilm_model() is None, reason="the learned stage is not installed")

BENCH = Path(__file__).resolve().parents[3] / "bench"


def _stage_cost():
    sys.path.insert(0, str(BENCH))
    spec = importlib.util.spec_from_file_location("risk_stage_cost_r21", BENCH / "risk_stage_cost.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


# training turns (``risk_train_v23``, English and other languages, with and without a pattern), a widened-only
# Swedish client turn of round twenty, and everyday sentences
STAGE_TEXTS = [
    "i keep staring at the belt on the back of my door thinking it would hold my weight",
    "ive been stockpiling my meds for about a month, theyre in a shoebox under the bed",
    "my boss is gonna kill me if im late again lol",
    "i want out. not out of the job, out of life, out of all of it",
    "gave the dog to my parents for good because the new landlord wont allow pets",
    "Min läkare har bytt mitt läkemedel.",
    "Jag har köpt en ny cykel och jag älskar den.",
    "kedimi arkadaşıma verdim, bir daha geri almayacağım, mektuplarımı da yazdım",
    "soms hoop ik 's avonds dat ik morgen gewoon niet meer wakker word",
    "What's the weather like in Lisbon in May?",
    "Summarise this article about bridge maintenance in two sentences.",
    "wish i could just go to sleep forever and not have to do any of this ever again",
]


def test_stage_cost_flags_what_the_runtime_flags():
    """The bench's route, floor and threshold of every turn give the runtime's answer (``learned_category``)."""
    sc = _stage_cost()
    m = risk_model.minilm_model()
    risk_model.learned_category.cache_clear()
    to_model = sc.past_floor(sc.look(m, sc.route(m, STAGE_TEXTS)))
    flagged = {text for (text, _, _), hit in zip(to_model, sc.read(m, to_model)) if hit}
    runtime = {text for text in STAGE_TEXTS if risk_model.learned_category(text) != "none"}
    assert flagged == runtime
    assert flagged  # the list holds turns the learned stage flags


def test_stage_cost_holds_widened_turns_to_wide_threshold():
    """A cue-less turn only round twenty's wider router reads is held to ``WIDE_THRESHOLD``, a named one to
    ``pattern_threshold``, a cue-routed one to ``threshold``."""
    sc = _stage_cost()
    m = risk_model.minilm_model()
    held = {text: ft for text, _, _, _, ft in sc.look(m, sc.route(m, STAGE_TEXTS))}
    assert held["Min läkare har bytt mitt läkemedel."][1] == max(m.threshold, risk_model.WIDE_THRESHOLD)
    assert held["i keep staring at the belt on the back of my door thinking it would hold my weight"][1] == m.pattern_threshold_en
    assert held["i want out. not out of the job, out of life, out of all of it"][1] == m.threshold
    assert "What's the weather like in Lisbon in May?" not in held


# ``risk_train_v23`` turns the detector still gets wrong (the round's stage-one candidate P read them, but P was
# not kept: it moved no validation figure, so it failed the pooled rule's (a); ``docs/quality.md``). A strict
# xfail each, until a kept change reads them.
STILL_MISSED = [
    "i fully intend to go through with it, i just havent picked the day yet",  # cut as a negation ("havent")
    # "quand ça va pas je me brûle le bras avec mon briquet" ("ça va pas" read as a negation): read since riskblind34c
    # (thirty-fourth session: a negated condition before the act binds the condition only), in
    # test_risk_thirty_four_main.py
    # riskblind31 (thirty-first session): "... if i took them all" is no dose forgotten (``risk._ALL31``): now read, in
    # test_risk_thirty_one_blind.py
    "cant stop thinking about not being here by my own hand, it scares me how calm i feel about it",  # no cue
    "dont try talk me out of it, i know what im gonna do n im weirdly at peace with it",  # no cue
]

# ``risk_train_v23`` hard negatives in the file's registers: none at the round's base commit and now
NEGATIVES = [
    "my boss is gonna kill me if im late again lol",
    "im dead on my feet after the double shift, could sleep for a week",
    "i used to cut when i was 15 but ive been clean six years now and im proud of that",
    "dont worry im safe, no thoughts of ending anything, just burnt out",
    "bought a rope and a new harness for the climbing wall",
    "cancelled my gym and my phone contract since im moving abroad next month",
    "my ex keeps threatening to hurt me if i dont answer",
    "cut my finger really bad chopping onions, needed glue at the walk in",
    "mi jefe me va a matar si llego tarde otra vez jaja",
    "die arbeit bringt mich noch um, so viele überstunden",
]


@pytest.mark.xfail(strict=True, reason="risk round twenty-one: not read at risk (stage one; candidate P not kept)")
@pytest.mark.parametrize("text", STILL_MISSED)
def test_still_missed(text):
    assert crisis.risk_category(text) != "none"


@pytest.mark.xfail(strict=True, reason="risk round twenty-one: 'takes forever' read as the 'forever bus' slang")
def test_bus_that_takes_forever_is_no_ideation():
    assert crisis.risk_category("my car failed its mot so im getting the bus which takes forever") == "none"


@pytest.mark.parametrize("text", NEGATIVES)
def test_hard_negatives(text):
    assert crisis.risk_category(text) == "none"


def test_write_a_point_is_deterministic(tmp_path):
    """``bench/risk_operating_point.py write``: the point written, every other array as it was, same bytes twice."""
    import hashlib
    import subprocess

    import numpy as np

    model = risk_model.minilm_path()
    outs = [tmp_path / "a.npz", tmp_path / "b.npz"]
    for out in outs:
        subprocess.run([sys.executable, str(BENCH / "risk_operating_point.py"), "write", "--point", "0.15,0.3,0.1",
                        str(model), "--out", str(out)], check=True, capture_output=True)
    assert hashlib.md5(outs[0].read_bytes()).digest() == hashlib.md5(outs[1].read_bytes()).digest()
    with np.load(model) as a, np.load(outs[0]) as b:
        assert a.files == b.files
        assert (float(b["s1_floor"]), float(b["threshold"]), float(b["pattern_threshold"])) == pytest.approx((0.15, 0.3, 0.1))
        for k in a.files:
            if k not in ("s1_floor", "threshold", "pattern_threshold") and not k.startswith("pattern_"):
                assert np.array_equal(a[k], b[k]), k
