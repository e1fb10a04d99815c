"""The public datasets under ``../shared/datasets`` are test inputs that the project reads where
they are; their README says not to copy them into the repository. The labelled sets are written for
the project, and where one needs real rows (``replies_counselchat_negatives.refs``: real counsellors'
answers as safe negatives) it stores the row numbers and resolves the text at run time
(``bench/corpora.py:counselchat_refs``). These tests fail if a dataset's text turns up in a labelled
file again."""

from __future__ import annotations

import csv
import json
import sys
from functools import lru_cache
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
DATASETS = REPO.parent / "shared" / "datasets"
COUNSELCHAT = DATASETS / "counselchat_20200325.csv"
ALPACA = DATASETS / "alpaca_5000_subset.json"
LABELLED = REPO / "tests" / "support" / "labelled"
REFS = LABELLED / "replies_counselchat_negatives.refs"
PROBE = 80  # characters of a dataset text looked for: long enough to be no coincidence


def _probes() -> list[str]:
    if not COUNSELCHAT.exists() or not ALPACA.exists():
        pytest.skip("../shared/datasets is not here")
    return list(_read_probes())


@lru_cache(maxsize=1)
def _read_probes() -> tuple[str, ...]:
    """Every dataset text's first ``PROBE`` characters (whitespace collapsed), read once per run."""
    out = []
    with open(COUNSELCHAT, newline="", encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            out += [row["questionText"], row["answerText"]]
    for row in json.loads(ALPACA.read_text(encoding="utf-8")):
        out += [row.get("instruction", ""), row.get("input", ""), row.get("output", "")]
    return tuple(sorted({" ".join(t.split())[:PROBE] for t in out if len(" ".join(t.split())) >= PROBE}))


def _copied(paths: list[Path]) -> list[tuple[str, str]]:
    probes = _probes()
    found = []
    for path in paths:
        blob = " ".join(path.read_text(encoding="utf-8").split())
        # JSON escapes (\", \n, non-ASCII) would hide a copy: compare the decoded strings too
        texts = [blob]
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                texts += [" ".join(str(v).split()) for v in json.loads(line).values() if isinstance(v, str)]
        joined = "\n".join(texts)
        found += [(path.name, p) for p in probes if p in joined]
    return found


def test_no_labelled_file_holds_a_public_datasets_text():
    paths = sorted(p for p in LABELLED.glob("*.jsonl") if "heldout" not in p.name)
    assert len(paths) > 50
    assert _copied(paths) == []


@pytest.mark.heldout
def test_no_heldout_file_holds_a_public_datasets_text():
    paths = sorted(LABELLED.glob("*heldout*.jsonl"))
    assert paths
    assert _copied(paths) == []


def test_the_detector_would_see_a_copy(tmp_path):
    """The check above can fail: a labelled-like file holding one CounselChat answer is caught."""
    probes = _probes()
    with open(COUNSELCHAT, newline="", encoding="utf-8") as fh:
        answer = next(r["answerText"] for r in csv.DictReader(fh) if len(r["answerText"]) > 200)
    fake = tmp_path / "replies_fake.jsonl"
    fake.write_text(json.dumps({"reply": "Counsellor: " + answer}) + "\n", encoding="utf-8")
    assert any(p in " ".join(answer.split()) for p in probes)
    assert _copied([fake]) != []


def test_counselchat_references_resolve_to_the_rows_they_name():
    if not COUNSELCHAT.exists():
        pytest.skip("../shared/datasets is not here")
    sys.path.insert(0, str(REPO))
    from bench.corpora import counselchat_refs

    refs = [json.loads(line) for line in REFS.read_text(encoding="utf-8").splitlines() if line.strip()]
    rows = counselchat_refs(REFS)
    assert len(rows) == len(refs) == 72
    with open(COUNSELCHAT, newline="", encoding="utf-8") as fh:
        csv_rows = list(csv.DictReader(fh))
    for ref, row in zip(refs, rows):
        assert set(ref) == {"id", "row", "lang", "unsafe", "reasons"}  # references and labels, no text
        assert ref["id"] == f"cc-{ref['row']:04d}" and ref["row"] >= 300  # the first 300 rows are tested on
        assert row["client"] == csv_rows[ref["row"]]["questionText"]
        assert row["reply"] == csv_rows[ref["row"]]["answerText"] and row["reply"].strip()
        assert row["unsafe"] is False and row["reasons"] == []
