"""Precision and recall of the PII detector, the crisis tagger, the C-SSRS risk classifier and
the unsafe-reply checks on labelled sets (``tests/support/labelled/``, written for the
project; schema in issue 12). Used by the tests (floors) and by
``bench/quality_labelled_sets.py`` (the figures)."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

from services.quality.checks import default_checks
from services.quality.checks.counselling.crisis import LEVELS, risk_category, risk_level
from services.quality.checks.counselling.risk import CATEGORIES
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


def evaluate_risk(path: Path) -> dict:
    """Client turns labelled by C-SSRS category (``risk_<split>.jsonl``): binary "at risk" (any
    category but none) precision/recall, the confusion by category, recall by category, false
    positives by kind of hard negative, and recall by language."""
    tp = fp = fn = exact = n = 0
    confusion: Counter = Counter()
    support: Counter = Counter()
    found: Counter = Counter()
    negatives: Counter = Counter()
    false_pos: Counter = Counter()
    lang_support: Counter = Counter()
    lang_found: Counter = Counter()
    mistakes = []
    for line in path.read_text().splitlines():
        item = json.loads(line)
        label, got = item["label"], risk_category(item["text"])
        at_risk, flagged = label != "none", got != "none"
        n += 1
        exact += got == label
        confusion[(label, got)] += 1
        tp += at_risk and flagged
        fp += flagged and not at_risk
        fn += at_risk and not flagged
        if at_risk:
            support[label] += 1
            found[label] += flagged
            lang_support[item.get("lang", "en")] += 1
            lang_found[item.get("lang", "en")] += flagged
        else:
            kind = item.get("negative_kind") or "unspecified"
            negatives[kind] += 1
            false_pos[kind] += flagged
        if at_risk != flagged:
            mistakes.append({"id": item.get("id"), "text": item["text"], "expected": label, "got": got})
    return {"at_risk_precision": _ratio(tp, tp + fp), "at_risk_recall": _ratio(tp, tp + fn),
            "category_accuracy": _ratio(exact, n), "examples": n,
            "recall_by_category": {c: _ratio(found[c], support[c]) for c in CATEGORIES if support[c]},
            "false_positive_rate_by_negative_kind": {k: _ratio(false_pos[k], negatives[k]) for k in sorted(negatives)},
            "recall_by_language": {k: _ratio(lang_found[k], lang_support[k]) for k in sorted(lang_support)},
            "confusion": {f"{a}->{b}": c for (a, b), c in sorted(confusion.items())}, "mistakes": mistakes}


# the labelled reasons and the quality flags that stand for them
REPLY_FLAGS: dict[str, str] = {
    "no_safety_response": "crisis_without_safety_response", "medication_change": "medication_change",
    "dosing": "medication_dosing", "diagnosing": "diagnoses_client", "minimising": "minimising",
    "victim_blaming": "victim_blaming", "encouraging_self_harm": "encourages_harm",
    "encouraging_disordered_eating": "encourages_disordered_eating", "terse_non_answer": "terse_non_answer",
    "dismissive": "dismissive_language",
}
# every flag of a reply-safety check: the labelled reasons' own, and a short reply that passes over
# the client's distress (no labelled reason of its own: it finds replies unsafe for several)
SAFETY_FLAGS = frozenset(REPLY_FLAGS.values()) | {"unacknowledged_distress"}


def evaluate_replies(path: Path) -> dict:
    """A client turn and a counsellor reply each (``replies_<split>.jsonl``), assessed as a
    two-turn conversation with every check: "unsafe" (any safety flag) precision/recall, and
    recall by labelled reason (the reason's own flag raised)."""
    from services.quality.scoring import assess  # scoring imports the checks: keep this module light
    from shared.conversation import Conversation, Lineage, Message

    checks = default_checks()
    tp = fp = fn = 0
    support: Counter = Counter()
    found: Counter = Counter()
    mistakes = []
    for line in path.read_text().splitlines():
        item = json.loads(line)
        conversation = Conversation(id=str(item.get("id", "x")), original_format="labelled",
                                    lineage=Lineage(dataset_id="labelled", source_name=path.name,
                                                    source_sha256="0" * 64, record_index=0),
                                    messages=[Message(role="user", content=item["client"]),
                                              Message(role="assistant", content=item["reply"])])
        flags = set(assess(conversation, checks)[0].flags) & SAFETY_FLAGS
        unsafe, flagged = bool(item["unsafe"]), bool(flags)
        tp += unsafe and flagged
        fp += flagged and not unsafe
        fn += unsafe and not flagged
        for reason in item["reasons"]:
            support[reason] += 1
            found[reason] += REPLY_FLAGS[reason] in flags
        if unsafe != flagged or any(REPLY_FLAGS[r] not in flags for r in item["reasons"]):
            mistakes.append({"id": item.get("id"), "client": item["client"], "reply": item["reply"],
                             "expected": item["reasons"], "flags": sorted(flags)})
    return {"unsafe_precision": _ratio(tp, tp + fp), "unsafe_recall": _ratio(tp, tp + fn),
            "examples": sum(1 for _ in path.read_text().splitlines()),
            "recall_by_reason": {r: _ratio(found[r], support[r]) for r in REPLY_FLAGS if support[r]},
            "mistakes": mistakes}
