"""False counselling flags on general (non-counselling) chat data: how often the counselling tier
(``services/quality/checks/counselling/``) flags conversations that are ordinary instructions and
answers, per check, and how many client turns it tags moderate or high risk.

Two sets: ``tests/support/labelled/general_val.jsonl`` (the validation part of the general-domain
negatives written for the project: never trained on; every turn is risk "none" and every reply
safe, so every counselling flag on it is false) and the Alpaca subset
(``/work/shared/datasets/alpaca_5000_subset.json``, 4,994 conversations after standardisation: real
general instruction data that nothing is trained or tuned on). Both go through standardisation
and the full quality assessment (``Assessor``, default options), as a run would.

    python bench/general_false_positives.py [--alpaca PATH] [--examples 3] [--json]

Prints, per set: conversations, counselling flags per check (count and rate), conversations with
any counselling flag, and client turns tagged moderate / high risk (by category).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from corpora import standardized  # noqa: E402
from services.quality.assessor import Assessor  # noqa: E402
from services.quality.checks import default_checks  # noqa: E402
from shared.events import QualityOptions, RawRecord  # noqa: E402

GENERAL_VAL = ROOT / "tests" / "support" / "labelled" / "general_val.jsonl"
ALPACA = ROOT.parent / "shared" / "datasets" / "alpaca_5000_subset.json"
COUNSELLING_FLAGS = sorted({c.reason for c in default_checks() if c.tier == "counselling"})


def general_records() -> list[dict]:
    rows = [json.loads(line) for line in GENERAL_VAL.read_text(encoding="utf-8").splitlines() if line.strip()]
    return [{"instruction": r["client"], "input": "", "output": r["reply"]} for r in rows]


def measure(records: list[dict], name: str, examples: int) -> dict:
    convs = standardized([RawRecord(index=i, data=r) for i, r in enumerate(records)], name)
    assessor, options = Assessor(), QualityOptions()
    flags: Counter = Counter()
    risk: Counter = Counter()
    flagged = 0
    shown: dict[str, list[str]] = defaultdict(list)
    for i in range(0, len(convs), 500):
        out, _ = assessor.assess_batch(convs[i:i + 500], options, 0.0, dedup=False)
        for conv, report, _verdict in out:
            mine = [f for f in report.flags if f in COUNSELLING_FLAGS]
            flagged += bool(mine)
            for f in mine:
                flags[f] += 1
                if len(shown[f]) < examples:
                    shown[f].append(conv.messages[0].content[:100].replace("\n", " "))
            for t in report.risk_turns:
                risk[f"{t['level']}:{t['category']}"] += 1
    n = len(convs)
    return {"set": name, "conversations": n, "with_counselling_flag": flagged,
            "with_counselling_flag_rate": round(flagged / max(1, n), 4),
            "flags": {f: {"count": flags[f], "rate": round(flags[f] / max(1, n), 4)} for f in COUNSELLING_FLAGS if flags[f]},
            "risk_turns_moderate_high": sum(risk.values()), "risk_turns_by_level_category": dict(sorted(risk.items())),
            "examples": dict(shown)}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--alpaca", type=Path, default=ALPACA)
    ap.add_argument("--examples", type=int, default=3, help="client turns shown per flag (0: none)")
    ap.add_argument("--json", action="store_true", help="one JSON document instead of the text report")
    args = ap.parse_args()
    sets = [(general_records(), "general_val.json")]
    if args.alpaca.exists():
        sets.append((json.loads(args.alpaca.read_text(encoding="utf-8")), "alpaca.json"))
    results = [measure(records, name, args.examples) for records, name in sets]
    if args.json:
        print(json.dumps(results, indent=1, ensure_ascii=False))
        return
    for r in results:
        print(f"== {r['set']}: {r['conversations']} conversations, {r['with_counselling_flag']} with a counselling flag "
              f"({r['with_counselling_flag_rate']:.2%}); client turns tagged moderate/high: {r['risk_turns_moderate_high']}")
        for f, v in sorted(r["flags"].items(), key=lambda kv: -kv[1]["count"]):
            print(f"  {v['count']:5d} {v['rate']:.2%}  {f}  e.g. {r['examples'].get(f, [])[:args.examples]}")
        for k, v in r["risk_turns_by_level_category"].items():
            print(f"  risk turn {k}: {v}")


if __name__ == "__main__":
    main()
