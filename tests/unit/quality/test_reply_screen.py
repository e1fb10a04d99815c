"""The screen in front of the learned reply stage's MiniLM pass (``reply_screen.py``, issue 12
item 6): it is trained for the committed reply model, it keeps every reply the stage flags on the
validation and tuning sets (so decisions there are the same with and without it), it decides
everyday candidates without MiniLM, and it can be switched off."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import numpy as np
import pytest

from services.quality.checks.counselling import reply_model, reply_screen

LABELLED = Path(__file__).resolve().parents[2] / "support" / "labelled"

needs_model = pytest.mark.skipif(reply_model.model() is None, reason="MiniLM weights or the reply model (models/reply_minilm*.npz) missing")


SCREEN_ENCODER = "L2-int8"  # the default encoder (L0, since 2026-12-04) runs without a screen


def _clear() -> None:
    reply_model._RESULTS.clear()
    reply_model.screen.cache_clear()
    reply_model.model.cache_clear()


@pytest.fixture(autouse=True)
def screened_encoder(monkeypatch):
    """Every test here reads the screen of an encoder that has one (``SCREEN_ENCODER``)."""
    monkeypatch.setenv("DP_REPLY_ENCODER", SCREEN_ENCODER)
    _clear()
    yield
    monkeypatch.delenv("DP_REPLY_ENCODER", raising=False)
    _clear()


@pytest.fixture
def fresh():
    _clear()
    yield
    _clear()


def test_the_default_encoder_runs_without_a_screen(monkeypatch):
    monkeypatch.delenv("DP_REPLY_ENCODER")
    _clear()
    assert reply_model.encoder_name() == "L0" and reply_model.screen() is None


def _candidates(name: str) -> list[tuple[str, str, str]]:
    from services.quality.checks.counselling.crisis import risk_level

    items = [json.loads(line) for line in (LABELLED / name).read_text().splitlines() if line.strip()]
    out = []
    for it in items:
        level = risk_level(it["client"])
        if reply_model.gate(it["client"], it["reply"], level):
            out.append((it["client"], it["reply"], level))
    return out


@pytest.mark.parametrize("encoder", sorted({"L6", SCREEN_ENCODER}))
def test_the_committed_screen_was_trained_for_the_committed_reply_model(encoder):
    """Retraining a reply model (``models/reply_minilm*.npz``, one per ``DP_REPLY_ENCODER`` value
    committed) without rerunning ``bench/train_reply_screen.py`` fails here (and the screen would
    be ignored at run time)."""
    path = reply_model.model_path(encoder)
    screen = reply_screen.ReplyScreen(reply_model.screen_path(encoder), reply_model_path=path)
    with np.load(path) as z:
        assert np.array_equal(screen.cue_coef, z["coef"][reply_model.DIM:].astype(np.float64))
        threshold = float(z["threshold"])
    assert max(screen.floors) < np.log(threshold / (1 - threshold))  # a margin below the stage's own threshold
    assert screen.floors[0] <= screen.floors[1]  # replies it knows less well have the wider margin


def test_a_screen_trained_for_another_reply_model_is_not_used(tmp_path, monkeypatch, caplog, fresh):
    other = tmp_path / "reply_minilm.npz"
    shutil.copy(reply_model.model_path(), other)
    with open(other, "ab") as fh:
        fh.write(b"retrained")
    with pytest.raises(ValueError, match="train_reply_screen"):
        reply_screen.ReplyScreen(reply_model.screen_path(), reply_model_path=other)
    monkeypatch.setattr(reply_model, "model_path", lambda name=None: other)
    assert reply_model.screen() is None
    assert "every candidate goes to MiniLM" in caplog.text


def test_the_screen_can_be_switched_off(monkeypatch, fresh):
    monkeypatch.setenv("DP_REPLY_SCREEN", "0")
    assert reply_model.screen() is None
    monkeypatch.delenv("DP_REPLY_SCREEN")
    reply_model.screen.cache_clear()
    assert reply_model.screen() is not None or reply_model.model() is None


@needs_model
@pytest.mark.parametrize("name", ["replies_written_val.jsonl", "replies_tuning.jsonl"])
def test_every_reply_the_stage_flags_passes_the_screen_and_decisions_are_unchanged(name, monkeypatch, fresh):
    candidates = _candidates(name)
    monkeypatch.setenv("DP_REPLY_SCREEN", "0")
    without = [reply_model.flagged_reasons(*c) for c in candidates]
    monkeypatch.delenv("DP_REPLY_SCREEN")
    _clear()
    s, tok = reply_model.screen()
    pairs = [(c, r) for c, r, _ in candidates]
    rows = reply_model.cue_rows(pairs, [lv for _, _, lv in candidates])
    ids = reply_screen.pieces(tok, [reply_model._normalise(r) for _, r, _ in candidates])
    kept = [s.keeps(i, row) for i, row in zip(ids, rows)]
    flagged = [bool(f) for f in without]
    assert sum(flagged) >= 10  # the set has flags for the screen to keep
    assert all(k for k, f in zip(kept, flagged) if f), [c[1] for c, k, f in zip(candidates, kept, flagged) if f and not k]
    before = dict(reply_model.STAGE_COUNTS)
    assert reply_model.prefetch(candidates) == sum(kept)
    assert [reply_model.flagged_reasons(*c) for c in candidates] == without
    assert reply_model.STAGE_COUNTS["screened"] - before["screened"] == len(set(pairs)) - sum(kept) or len(set(pairs)) < len(pairs)


SCREENED = {  # per reply encoder (DP_REPLY_ENCODER): candidates of gen.py text its screen decides
    "L6": [("W15 why so work therapy w4. W145 i do w2 w0 me w89 w1 w1 me i. That w11 w34.",
              "W0 to w4276 sad therapy is w4 when w32 w98 w281 w25 w5. W701 w1023 w18 w0 w0 w3913 can w3 w15. The how "
              "w1110 w401 w11 family w911 w1168 feel w47 sad w2308 been w47 w368 is w0 w681. W3515 like how anxious w103 "
              "w200 w1029 w1872 w2.", "none"),
             ("W187 my w443 do about family how you that friends. W37 w370 of w736 how can that w56 w174 w54 w326 w1234 "
              "w1360 w1 of.",
              "Feel not when like w1 sad a w244 the w2936 w1 w2 w137 w14 and w1861 that. To i really w174 w0 w48 can "
              "w3655 so w414 and that w4 about sad w226. Therapy w79 w3598 w24 w1 w2436 what w2 like w32 so w6 i family "
              "anxious w51. W11 so a why w4493 w7 have w11 work w846 me.", "none")],
    "L2-int8": [("W822 that what not w507 w435 sleep the a w752 w0 family. W68 w6 w284 w272 when w395 have. Me w2 about "
              "w3458 me w7 w2155 w0 the w34 to w4 w0 feel w308 w1. W160 me w1 w10 what w38 w2824 w1 w1 w4357 w5 been "
              "what. The w531 about w340 me have therapy my talk w406 w14 of w31 and work a w57. And w0 just w3808 w81 "
              "w520 help.",
              "W0 w2 w105 w25 anxious w2255. W114 w397 w9 is w5 my w1 w685 family w511 w482. Help w1170 therapy family do "
              "w0 w1 feel not and that it w1348 w2131. Why feel like w2 w1 w328. What w0 been w76 w5 w2556 w131 is w109 "
              "w17 how w2061 w7. W91 w4 that how to sleep.", "none"),
             ("To is that w731 sleep w1509 w45 w1130 w7 w2 w0 w131 have my like w2727 w844 w4. W50 w0 w4013 w0 feel why "
              "w39 w3 can why w127 w48 have w0 like. W93 w260 have it w11 you and w0 w1461 w0 just really can w1 really "
              "w4668 w10. About w3 w2 w18 w5 w0 w2 w2 do when talk do w3719 w0 w623 w0. The been and w695 w3 when really "
              "just w26 w0.",
              "W5 have w27 to anxious w27 why what work w238 can. W33 w243 me it why w2550 w2 w2224 w4 the w7 w1 w4058 w0 "
              "w297 w1 of w688. Not is w1248 really a w697 w48 like to can what. Feel like w4022 w0 w31 w55 and do of work "
              "w540 w12 feel w1092 w497.", "none")],
}


@needs_model
def test_candidates_the_screen_is_sure_of_are_decided_without_minilm(fresh):
    """Two candidates of the e2e bench's gen.py text for the encoder in use (pass the gate on "sad" or "anxious", "family",
    "therapy"; the stage reads them as safe): the screen decides them, MiniLM does not run. On
    real English replies the screen is more cautious (its wider margin for words it knows less)."""
    items = SCREENED[reply_model.encoder_name()]
    assert all(reply_model.gate(*it) for it in items)
    before = dict(reply_model.STAGE_COUNTS)
    assert reply_model.prefetch(items) == 0
    assert reply_model.STAGE_COUNTS["screened"] - before["screened"] == 2
    assert reply_model.STAGE_COUNTS["encoded"] == before["encoded"]
    assert all(reply_model.flagged_reasons(*it) == () for it in items)
    x = reply_model.features_batch([(c, r) for c, r, _ in items], [lv for *_, lv in items])
    assert all(reply_model._decide(reply_model.model(), row, r) == () for row, (_, r, _) in zip(x, items))
