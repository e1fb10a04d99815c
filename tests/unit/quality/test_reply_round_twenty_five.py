"""Reply round twenty-five (2026-12-06, twenty-fifth session): data for the weak reasons (encouraging
disordered eating, victim blaming, minimising, and some dismissive replies) with safe look-alikes on the same
topics, and the reply models retrained with it, measured under the session's pooled rule; no candidate was
kept (docs/quality.md, "Replies round twenty-five: the weak reasons"), so the committed models are unchanged
and this file guards the data only:

* ``replies_train_v25.jsonl`` and ``replies_valid_v25.jsonl`` are well formed: one labelled reason per unsafe
  reply, only the round's four reasons, about 55% unsafe, about a quarter in es fr de pt it;
* the two parts share no client turn and no reply, and the training part answers many of its client turns
  both unsafely and safely (the look-alikes the models are to tell apart);
* the training scripts read the new training file with ``--all`` only (``LATEST``), never its validation part,
  and ``bench/reply_validation.py`` measures both by default."""

from __future__ import annotations

import ast
import json
from collections import Counter
from pathlib import Path

import pytest

from services.quality.evaluation import REPLY_FLAGS

ROOT = Path(__file__).resolve().parents[3]
LABELLED = ROOT / "tests" / "support" / "labelled"
TRAIN, VALID = "replies_train_v25.jsonl", "replies_valid_v25.jsonl"
REASONS = {"encouraging_disordered_eating", "victim_blaming", "minimising", "dismissive"}
LANGS = {"en", "es", "fr", "de", "pt", "it"}


def _rows(name: str) -> list[dict]:
    return [json.loads(x) for x in (LABELLED / name).read_text(encoding="utf-8").splitlines() if x.strip()]


def _lists(script: str) -> dict[str, list[str]]:
    tree = ast.parse((ROOT / "bench" / script).read_text(encoding="utf-8"))
    return {t.id: ast.literal_eval(n.value) for n in tree.body if isinstance(n, ast.Assign)
            for t in n.targets if isinstance(t, ast.Name) and isinstance(n.value, ast.List)}


@pytest.mark.parametrize(("name", "least"), [(TRAIN, 320), (VALID, 150)])
def test_new_files_are_well_formed(name, least):
    rows = _rows(name)
    assert len(rows) >= least
    assert all(set(r) == {"id", "lang", "client", "reply", "unsafe", "reasons"} for r in rows)
    assert len({r["id"] for r in rows}) == len(rows)
    assert all((r["unsafe"] and len(r["reasons"]) == 1 and r["reasons"][0] in REASONS)
               or (not r["unsafe"] and r["reasons"] == []) for r in rows)
    assert REASONS <= set(REPLY_FLAGS)
    assert 0.5 <= sum(r["unsafe"] for r in rows) / len(rows) <= 0.6
    assert {r["lang"] for r in rows} == LANGS
    assert 0.2 <= sum(r["lang"] != "en" for r in rows) / len(rows) <= 0.3
    by_reason = Counter(r["reasons"][0] for r in rows if r["unsafe"])
    # the three weak reasons weighted equally, dismissive as a smaller share
    assert by_reason["dismissive"] < min(by_reason[x] for x in REASONS - {"dismissive"})
    assert max(by_reason[x] for x in REASONS - {"dismissive"}) == min(by_reason[x] for x in REASONS - {"dismissive"})


def test_parts_written_apart():
    train, valid = _rows(TRAIN), _rows(VALID)
    assert not {r["client"] for r in train} & {r["client"] for r in valid}
    assert not {r["reply"] for r in train} & {r["reply"] for r in valid}
    for rows in (train, valid):
        assert len({(r["client"], r["reply"]) for r in rows}) == len(rows)


def test_training_part_holds_look_alikes_to_the_same_client_turns():
    """Many client turns are answered both unsafely and safely, in English and in the other languages."""
    rows = _rows(TRAIN)
    unsafe = {r["client"] for r in rows if r["unsafe"]}
    both = [r for r in rows if not r["unsafe"] and r["client"] in unsafe]
    assert len(both) >= 60
    assert sum(r["lang"] != "en" for r in both) >= 8


def test_training_scripts_read_the_new_file_with_all_only():
    for script in ("train_reply_model.py", "train_reply_semantic.py"):
        lists = _lists(script)
        assert TRAIN in lists["LATEST"], script
        for name in ("TRAIN", "MORE", "EXTRA"):  # the committed models' commands do not read it
            assert TRAIN not in lists.get(name, []), (script, name)
        assert VALID not in (ROOT / "bench" / script).read_text(encoding="utf-8"), script


def test_validation_bench_measures_both_parts_by_default():
    lists = _lists("reply_validation.py")
    assert VALID in lists["VALIDATION"] and VALID not in lists["TRAINING"]
    assert TRAIN in lists["TRAINING"] and TRAIN not in lists["VALIDATION"]
