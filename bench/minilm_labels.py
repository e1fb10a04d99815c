"""Every label the learned risk stage can move, written to a JSON file, and the difference between
two such files: for a change to how MiniLM runs (``minilm.py``, batching) that must not change what
it decides.

    python bench/minilm_labels.py snapshot OUT.json [--n 2000]
    python bench/minilm_labels.py compare BEFORE.json AFTER.json

A snapshot holds:

* the risk category and level of every turn of ``risk_tuning.jsonl`` and ``risk_train_extra.jsonl``,
  and of the client turns of the first ``--n`` CounselChat rows (``risk_category``/``risk_level``,
  one turn at a time);
* the same CounselChat conversations through ``Assessor.assess_batch`` in batches of 500 (the
  service's path, batched MiniLM included): each one's flags, risk level, category and risk turns;
* the tuning-split and older non-held-out outputs of ``bench/quality_labelled_sets.py`` (risk,
  replies, PII, crisis), mistakes included.

Held-out sets are not read. To snapshot the code before a change, run this file from that
revision's tree (``git archive REV | tar -x -C DIR``, then ``PYTHONPATH=DIR``).
"""

from __future__ import annotations

import _checkout  # noqa: F401,I001 - this checkout's packages first (bench/_checkout.py)

import argparse
import csv
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
LABELLED = ROOT / "tests" / "support" / "labelled"
DATA = ROOT.parent / "shared" / "datasets" / "counselchat_20200325.csv"
RISK_FILES = ("risk_tuning.jsonl", "risk_train_extra.jsonl")
EVALUATED = {"tuning.risk": ("risk_tuning.jsonl", "evaluate_risk"),
             "tuning.replies": ("replies_tuning.jsonl", "evaluate_replies"),
             "tuning.pii": ("pii_tuning.jsonl", "evaluate_pii"),
             "tuning.pii_extra": ("pii_train_extra.jsonl", "evaluate_pii"),
             "legacy.crisis": ("crisis.jsonl", "evaluate_crisis"),
             "legacy.pii": ("pii.jsonl", "evaluate_pii")}


def _conversations(n: int):
    from services.standardization.standardize import standardize_records
    from shared.events import RawRecord

    with open(DATA, newline="", encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))[:n]
    records = [RawRecord(index=i, data=row | {"questionID": str(i)}) for i, row in enumerate(rows)]
    return standardize_records(records, dataset_id="labels", source_name="cc", source_sha256="0").conversations


def snapshot(out: Path, n: int) -> None:
    import services.quality.evaluation as evaluation
    from services.quality.assessor import Assessor
    from services.quality.checks.counselling.crisis import risk_category, risk_level
    from shared.events import QualityOptions

    turns: dict[str, dict[str, list[str]]] = {}
    for name in RISK_FILES:
        texts = [json.loads(line)["text"] for line in (LABELLED / name).read_text().splitlines() if line.strip()]
        turns[name] = {"text": texts, "category": [risk_category(t) for t in texts],
                       "level": [risk_level(t) for t in texts]}
    conversations = _conversations(n)
    texts = [m.content for c in conversations for m in c.messages if m.role == "user"]
    turns["counselchat"] = {"text": texts, "category": [risk_category(t) for t in texts],
                            "level": [risk_level(t) for t in texts]}
    for f in (risk_category, risk_level):  # the batched path must work it out again, not read these
        f.cache_clear()
    from services.quality.checks.counselling import risk_model

    risk_model.learned_category.cache_clear()
    assessor, options, batched = Assessor(), QualityOptions(), []
    for i in range(0, len(conversations), 500):
        assessed, _ = assessor.assess_batch(conversations[i:i + 500], options, 0.7, dedup=False)
        batched += [{"id": c.id, "flags": sorted(r.flags), "risk_level": r.risk_level,
                     "risk_category": r.risk_category, "risk_turns": r.risk_turns} for c, r, _ in assessed]
    evaluated = {}
    for key, (filename, fn) in EVALUATED.items():
        if (LABELLED / filename).exists():
            evaluated[key] = getattr(evaluation, fn)(LABELLED / filename)
    out.write_text(json.dumps({"turns": turns, "batched": batched, "evaluated": evaluated}, ensure_ascii=False))
    print(f"wrote {out}: {sum(len(t['text']) for t in turns.values())} turns, {len(batched)} conversations, "
          f"{len(evaluated)} labelled-set outputs (code: {Path(evaluation.__file__).parents[2]})")


def compare(before: Path, after: Path) -> int:
    a, b = json.loads(before.read_text()), json.loads(after.read_text())
    changed = 0
    report: dict = {"turns": {}, "batched": {}, "evaluated": {}}
    for name, old in a["turns"].items():
        new = b["turns"][name]
        assert old["text"] == new["text"], f"{name}: not the same turns"
        diffs = [{"text": t[:120], "category": [c0, c1], "level": [l0, l1]}
                 for t, c0, c1, l0, l1 in zip(old["text"], old["category"], new["category"], old["level"], new["level"])
                 if c0 != c1 or l0 != l1]
        report["turns"][name] = {"turns": len(old["text"]), "changed": len(diffs), "changes": diffs}
        changed += len(diffs)
    old_b, new_b = {c["id"]: c for c in a["batched"]}, {c["id"]: c for c in b["batched"]}
    assert old_b.keys() == new_b.keys(), "not the same conversations"
    diffs = [{"id": k, "before": old_b[k], "after": new_b[k]} for k in old_b if old_b[k] != new_b[k]]
    report["batched"] = {"conversations": len(old_b), "changed": len(diffs), "changes": diffs}
    changed += len(diffs)
    for key, old in a["evaluated"].items():
        new = b["evaluated"].get(key)
        same = old == new
        report["evaluated"][key] = "identical" if same else {"before": {k: v for k, v in old.items() if k != "mistakes"},
                                                             "after": {k: v for k, v in (new or {}).items()
                                                                       if k != "mistakes"}}
        changed += not same
    report["changed_labels"] = changed
    print(json.dumps(report, indent=2, ensure_ascii=False))
    return changed


def main() -> None:
    ap = argparse.ArgumentParser()
    sub = ap.add_subparsers(dest="cmd", required=True)
    s = sub.add_parser("snapshot")
    s.add_argument("out", type=Path)
    s.add_argument("--n", type=int, default=2000, help="CounselChat rows (one client turn each)")
    c = sub.add_parser("compare")
    c.add_argument("before", type=Path)
    c.add_argument("after", type=Path)
    args = ap.parse_args()
    if args.cmd == "snapshot":
        snapshot(args.out, args.n)
    else:
        sys.exit(1 if compare(args.before, args.after) else 0)


if __name__ == "__main__":
    main()
