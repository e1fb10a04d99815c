"""The quality detectors on the project's labelled sets (issue 12): risk in client turns
(C-SSRS categories), unsafe counsellor replies and PII, on the tuning split (detectors were
tuned on it) and on the held-out split (written independently, before tuning, never tuned
on); plus the older crisis/PII sets. A file not written yet prints "missing".

    python bench/quality_labelled_sets.py [--mistakes]
"""

import _checkout  # noqa: F401,I001 - this checkout's packages first (bench/_checkout.py)

import argparse
import json
from pathlib import Path

from services.quality.evaluation import evaluate_crisis, evaluate_pii, evaluate_replies, evaluate_risk

LABELLED = Path(__file__).resolve().parents[1] / "tests" / "support" / "labelled"
SETS = {
    "tuning": {"risk": ("risk_tuning.jsonl", evaluate_risk), "replies": ("replies_tuning.jsonl", evaluate_replies),
               "pii": ("pii_tuning.jsonl", evaluate_pii),
               # PII written for the project after the first tuning round (types and hard negatives)
               "pii_extra": ("pii_train_extra.jsonl", evaluate_pii)},
    "heldout": {"risk": ("risk_heldout.jsonl", evaluate_risk), "replies": ("replies_heldout.jsonl", evaluate_replies),
                "pii": ("pii_heldout_v2.jsonl", evaluate_pii),
                # a second risk held-out set (382 turns, 13 languages), written after the first one had
                # been measured too often to be trusted: never tuned on, its mistakes never read
                "risk_v2": ("risk_heldout_v2.jsonl", evaluate_risk),
                # third blind sets (2026-12-03, sixth session): written by helpers that never opened the
                # detectors or any other labelled file, committed before any detector ran on them
                "risk_v3": ("risk_heldout_v3.jsonl", evaluate_risk),
                "replies_v2": ("replies_heldout_v2.jsonl", evaluate_replies),
                "pii_v3": ("pii_heldout_v3.jsonl", evaluate_pii),
                # fourth blind PII set (2026-12-04): written the same way, 377 texts, 308 spans, 9 languages
                "pii_v4": ("pii_heldout_v4.jsonl", evaluate_pii),
                # fourth blind risk set (2026-12-04): 427 turns, 15 languages
                "risk_v4": ("risk_heldout_v4.jsonl", evaluate_risk),
                # fifth blind sets (2026-12-04, ninth session): risk 425 turns in 17 languages, replies 266
                # pairs in 10, written the same way
                "risk_v5": ("risk_heldout_v5.jsonl", evaluate_risk),
                "replies_v3": ("replies_heldout_v3.jsonl", evaluate_replies)},
    # the earlier small sets (crisis levels, PII), kept as regression sets
    "legacy": {"crisis": ("crisis.jsonl", evaluate_crisis), "crisis_heldout": ("crisis_heldout.jsonl", evaluate_crisis),
               "pii": ("pii.jsonl", evaluate_pii), "pii_heldout": ("pii_heldout.jsonl", evaluate_pii)},
}
TARGETS = "held-out targets: risk recall >= 0.95 at precision >= 0.90; unsafe replies recall >= 0.85 at precision >= 0.85"


def run(mistakes: bool = False) -> dict:
    out: dict = {}
    for split, sets in SETS.items():
        for name, (filename, evaluate) in sets.items():
            path = LABELLED / filename
            if not path.exists():
                out.setdefault(split, {})[name] = "missing"
                continue
            result = evaluate(path)
            if not mistakes:
                result.pop("mistakes", None)
            out.setdefault(split, {})[name] = result
    return out


if __name__ == "__main__":
    ap = argparse.ArgumentParser()
    ap.add_argument("--mistakes", action="store_true", help="list every mistake too")
    args = ap.parse_args()
    print(json.dumps(run(args.mistakes), indent=2, ensure_ascii=False))
    print(TARGETS)
