"""Precision and recall of the PII detector and the crisis tagger on labelled sets
(``tests/support/labelled/``, written for the project). Used by the tests (floors) and by
``bench/quality_labelled_sets.py`` (the figures)."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

from services.quality.checks.counselling.crisis import LEVELS, risk_level
from services.quality.pii import find_pii


def _ratio(a: int, b: int) -> float:
    return round(a / b, 3) if b else 1.0


def evaluate_pii(path: Path) -> dict:
    tp: Counter = Counter()
    fp: Counter = Counter()
    fn: Counter = Counter()
    mistakes = []
    for line in path.read_text().splitlines():
        item = json.loads(line)
        expected = Counter((s["kind"], s["text"]) for s in item["spans"])
        found = Counter((s.kind, s.text) for s in find_pii(item["text"]))
        for key in expected | found:
            hit = min(expected[key], found[key])
            tp[key[0]] += hit
            fp[key[0]] += found[key] - hit
            fn[key[0]] += expected[key] - hit
        if expected != found:
            mistakes.append({"text": item["text"], "expected": sorted(expected), "found": sorted(found)})
    kinds = sorted(set(tp) | set(fp) | set(fn))
    total_tp, total_fp, total_fn = sum(tp.values()), sum(fp.values()), sum(fn.values())
    return {
        "precision": _ratio(total_tp, total_tp + total_fp),
        "recall": _ratio(total_tp, total_tp + total_fn),
        "by_kind": {k: {"precision": _ratio(tp[k], tp[k] + fp[k]), "recall": _ratio(tp[k], tp[k] + fn[k]),
                        "support": tp[k] + fn[k]} for k in kinds},
        "mistakes": mistakes,
    }


def evaluate_crisis(path: Path) -> dict:
    """Binary "at risk" (moderate or high) precision/recall, and exact-level accuracy."""
    tp = fp = fn = exact = n = 0
    confusion: Counter = Counter()
    mistakes = []
    for line in path.read_text().splitlines():
        item = json.loads(line)
        got = risk_level(item["text"])
        n += 1
        exact += got == item["level"]
        confusion[(item["level"], got)] += 1
        at_risk, flagged = LEVELS.index(item["level"]) >= 2, LEVELS.index(got) >= 2
        tp += at_risk and flagged
        fp += flagged and not at_risk
        fn += at_risk and not flagged
        if got != item["level"]:
            mistakes.append({"text": item["text"], "expected": item["level"], "got": got})
    return {"at_risk_precision": _ratio(tp, tp + fp), "at_risk_recall": _ratio(tp, tp + fn),
            "level_accuracy": _ratio(exact, n), "examples": n,
            "confusion": {f"{a}->{b}": c for (a, b), c in sorted(confusion.items())}, "mistakes": mistakes}
