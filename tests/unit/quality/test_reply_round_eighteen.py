"""Reply round eighteen (2026-12-06, twenty-fourth session): a threshold per reason for the learned reply
stages. ``bench/train_reply_model.py --reason-threshold 0.9`` chooses, for each reason, the lowest threshold at
which the out-of-fold training replies whose likeliest reason it is are unsafe in at least 0.9 of cases (over at
least ``REASON_MIN`` of them; else the global threshold) and stores them in the model file as
``reason_threshold``; ``reply_model.ReplyModel.threshold_for`` reads the threshold of a reply's likeliest reason.
Every candidate (USE and L0, retrained ``--all`` or on the committed command's files, with and without
``--cv-foreign`` and ``--reason-lower-only``) failed the session's pooled rule (docs/quality.md, "Replies round
eighteen"), so no model was kept: the committed files hold no ``reason_threshold`` and answer as before. There are
therefore no "found by the kept model, not by the base" cases. What this file holds:

* the runtime reads per-reason thresholds from a model file, and answers as the training script does (the same
  replies at or above their threshold, on training pairs);
* a file without them (every committed file) reads the global threshold for every reason;
* the script's choice of thresholds (lowest reaching the target, at least ``REASON_MIN`` replies, else the
  global one; ``--reason-lower-only`` never above the global one)."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

from services.quality.checks.counselling import reply_model as rm
from services.quality.evaluation import REPLY_FLAGS
from tests.support.bench import bench_module

ROOT = Path(__file__).resolve().parents[3]
BENCH = ROOT / "bench"
LABELLED = ROOT / "tests" / "support" / "labelled"

THRESHOLDS = {"no_safety_response": 0.40, "medication_change": 0.45, "dosing": 0.30, "diagnosing": 0.36,
              "minimising": 0.40, "victim_blaming": 0.63, "encouraging_self_harm": 0.30,
              "encouraging_disordered_eating": 0.53, "terse_non_answer": 0.48, "dismissive": 0.66}


@pytest.fixture(scope="module")
def script():
    with bench_module("train_reply_model.py", "train_reply_model_r18") as module:
        yield module


def _with_thresholds(src: Path, dst: Path, thresholds: dict[str, float] | None) -> Path:
    with np.load(src, allow_pickle=False) as z:
        data = {k: z[k] for k in z.files}
    if thresholds is not None:
        data["reason_threshold"] = np.array([thresholds[str(r)] for r in data["reasons"]], np.float32)
    np.savez_compressed(dst, **data)
    return dst


def _committed(name: str) -> Path:
    path = rm.model_path(name)
    if not path.exists():
        pytest.skip(f"{path.name} missing")
    return path


@pytest.mark.parametrize("name", ["L0", "USE"])
def test_committed_models_hold_no_reason_thresholds(name):
    """No candidate was kept: the committed files read the global threshold for every reason."""
    m = rm.ReplyModel(_committed(name), name)
    assert m.reason_threshold is None
    for r in REPLY_FLAGS:
        assert m.threshold_for({r: 0.9, **{o: 0.1 for o in REPLY_FLAGS if o != r}}) == m.threshold
    assert m.threshold_for({}) == m.threshold


def test_reason_thresholds_are_read_from_the_model_file(tmp_path):
    path = _with_thresholds(_committed("L0"), tmp_path / "reply_minilm_L0.npz", THRESHOLDS)
    m = rm.ReplyModel(path, "L0")
    assert m.reason_threshold == pytest.approx(THRESHOLDS)
    for r, t in THRESHOLDS.items():
        every = {o: (0.8 if o == r else 0.2) for o in REPLY_FLAGS}
        assert m.threshold_for(every) == pytest.approx(t), r


def test_decide_reads_the_likeliest_reasons_threshold(tmp_path, monkeypatch):
    """A reply scored between two reasons' thresholds is flagged under the lower one's reason, not the other's."""
    path = _with_thresholds(_committed("L0"), tmp_path / "reply_minilm_L0.npz", THRESHOLDS)
    m = rm.ReplyModel(path, "L0")
    reply = "Honestly lots of people feel better once they stop the tablets, you could just try it."
    x = np.zeros(len(m.coef), np.float32)
    for lead, p, expect in (("medication_change", 0.5, True), ("dismissive", 0.5, False),
                            ("dismissive", 0.7, True)):
        every = {r: (0.9 if r == lead else 0.05) for r in m.reasons}
        monkeypatch.setattr(m, "assess", lambda _x, p=p, every=every: (p, every))
        monkeypatch.setattr(rm, "_allowed", lambda *_a: True)
        assert bool(rm._decide(m, x, reply)) is expect, (lead, p)


@pytest.mark.parametrize("name,train_file", [("L0", "replies_train_v23.jsonl"), ("L0", "replies_train_v12.jsonl")])
def test_the_runtime_answers_as_the_script(script, tmp_path, name, train_file):
    """On training pairs, the replies whose P(unsafe) reaches their likeliest reason's threshold are the same
    for the training script (``flagged``, as its reports count them) and for the runtime (``threshold_for``)."""
    if rm.encoder_name() != name:
        pytest.skip("the stage runs another encoder")
    path = _with_thresholds(_committed(name), tmp_path / f"reply_minilm_{name}.npz", THRESHOLDS)
    m = rm.ReplyModel(path, name)
    rows = [json.loads(x) for x in (LABELLED / train_file).read_text(encoding="utf-8").splitlines() if x.strip()]
    pairs = [(r["client"], r["reply"]) for r in rows]
    x = rm.features_batch(pairs, encoder=name, with_client=m.with_client)
    with np.load(path, allow_pickle=False) as z:
        model = {k: z[k].astype(np.float64) if z[k].dtype.kind == "f" else z[k] for k in z.files}
    p, pr = script.predict(model, x.astype(np.float64))
    by_script = script.flagged(model, p, pr, float(model["threshold"]))
    by_runtime = []
    for row in x:
        q, every = m.assess(row)
        by_runtime.append(q >= m.threshold_for(every))
    # float32 (runtime) against float64 (script) arithmetic: a reply within 1e-5 of its threshold may differ
    close = np.abs(p - model["reason_threshold"][pr.argmax(axis=1)]) < 1e-5
    assert by_script.sum() > 0
    assert (by_script == np.array(by_runtime))[~close].all()


def test_script_chooses_the_lowest_threshold_reaching_the_target(script):
    rng = np.random.default_rng(0)
    n = 400
    oof = rng.uniform(0, 1, n)
    y = oof > 0.5  # unsafe exactly above 0.5
    pr = np.zeros((n, len(REPLY_FLAGS)))
    pr[:, 0] = 1.0  # every reply's likeliest reason is the first
    t = script.reason_thresholds(oof, pr, y, np.ones(n, bool), 0.47, 0.9)
    prec = lambda th: y[oof >= th].mean()  # noqa: E731
    assert 0.35 < t[0] < 0.5  # a few safe replies just under 0.5 are allowed
    assert prec(t[0]) >= 0.9 and prec(t[0] - 0.01) < 0.9  # the lowest reaching the target
    assert (t[1:] == 0.47).all()  # a reason never the likeliest keeps the global threshold


def test_script_keeps_the_global_threshold_for_rare_or_imprecise_reasons(script):
    n = 200
    oof = np.linspace(0.3, 0.99, n)
    y = np.zeros(n, bool)
    pr = np.zeros((n, len(REPLY_FLAGS)))
    pr[:, 1] = 1.0
    pr[:5, 1], pr[:5, 2] = 0.0, 1.0  # 5 replies led by reason 2: fewer than REASON_MIN
    y[:5] = True
    t = script.reason_thresholds(oof, pr, y, np.ones(n, bool), 0.6, 0.9)
    assert t[1] == 0.6  # never precise
    assert t[2] == 0.6  # too few
    assert script.REASON_MIN == 10


def test_script_options():
    src = (BENCH / "train_reply_model.py").read_text(encoding="utf-8")
    assert '"--reason-threshold"' in src and '"--reason-lower-only"' in src
    assert '"reason_threshold"' in src
