"""The ``heldout`` marker (pyproject.toml) and its guard (``tests/conftest.py``): a run with
``-m "not heldout"`` (a session tuning a detector) deselects the tests that measure the blind
held-out labelled files, and any other test that opens one fails."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import _refuse_heldout

ROOT = Path(__file__).resolve().parents[2]
LABELLED = ROOT / "tests" / "support" / "labelled"
PROBE = "DP_HELDOUT_GUARD_PROBE"


def _pytest(*args: str, probe: bool = False) -> subprocess.CompletedProcess:
    env = {**os.environ, PROBE: "1"} if probe else {k: v for k, v in os.environ.items() if k != PROBE}
    return subprocess.run([sys.executable, "-m", "pytest", "-p", "no:cacheprovider", "-q", *args], cwd=ROOT,
                          env=env, capture_output=True, text=True, timeout=300)


def test_the_hook_refuses_held_out_files_only():
    with pytest.raises(PermissionError, match="held-out"):
        _refuse_heldout("open", (str(LABELLED / "risk_heldout_v5.jsonl"), "r", 0))
    with pytest.raises(PermissionError):
        _refuse_heldout("open", (LABELLED / "pii_heldout_v4.jsonl", "rb", 0))
    _refuse_heldout("open", (str(LABELLED / "risk_valid_v11.jsonl"), "r", 0))
    _refuse_heldout("open", ("/tmp/heldout_notes.txt", "r", 0))  # not a labelled file
    _refuse_heldout("exec", (str(LABELLED / "risk_heldout_v5.jsonl"),))
    _refuse_heldout("open", (3, "r", 0))  # a file descriptor


def test_not_heldout_deselects_every_marked_test():
    out = _pytest("--collect-only", "-m", "not heldout", "tests/unit/quality/test_safety_labelled_sets.py",
                  "tests/unit/quality/test_counselling_checks.py")
    assert out.returncode == 0, out.stdout + out.stderr
    assert "heldout_floors" not in out.stdout and "test_labelled_sets_stay_above_their_floors" not in out.stdout
    assert "test_risk_tuning_split_floors" in out.stdout  # the rest stays


def test_an_unmarked_read_fails_in_a_not_heldout_run():
    me = f"{Path(__file__).relative_to(ROOT)}::test_probe_reads_a_held_out_file"
    guarded = _pytest("-m", "not heldout", me, probe=True)
    assert guarded.returncode == 1 and "PermissionError" in guarded.stdout, guarded.stdout[-2000:]
    plain = _pytest(me, probe=True)  # without the expression nothing is refused
    assert plain.returncode == 0, plain.stdout[-2000:]


@pytest.mark.skipif(not os.environ.get(PROBE), reason="run by test_an_unmarked_read_fails_in_a_not_heldout_run")
def test_probe_reads_a_held_out_file():
    with open(LABELLED / "risk_heldout_v2.jsonl", "rb") as f:  # noqa: PTH123 - the plain open, as a test would
        f.read(1)  # one byte: nothing of the set is looked at
