"""False counselling flags on general (non-counselling) chat data: how often the counselling tier
(``services/quality/checks/counselling/``) flags conversations that are ordinary instructions and
answers, per check, and how many client turns it tags moderate or high risk.

Three sets: ``tests/support/labelled/general_val.jsonl`` (the validation part of the general-domain
negatives written for the project: never trained on; every turn is risk "none" and every reply
safe, so every counselling flag on it is false) and the Alpaca subset
(``/work/shared/datasets/alpaca_5000_subset.json``, 4,994 conversations after standardisation: real
general instruction data that nothing is trained or tuned on) and (thirtieth session)
``tests/support/labelled/general_langs.jsonl`` (464 everyday non-crisis user turns in 15 languages other
than English, written blind: questions, chat, work and school stress, fights, sadness, loneliness,
idioms of dying and killing, medicines as prescribed, news about others; every one risk "none"), each
line a one-turn user conversation. All go through standardisation and the full quality assessment
(``Assessor``, default options), as a run would. For ``general_langs`` the flagged turns are also
counted per language, per group and per ``negative_kind``, and by the stage that flagged them:
``pattern`` (a rule of the risk stage reads the turn) or ``learned`` (the learned stage alone), as
``bench/risk_validation.py --losses`` tells them apart.

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

from corpora import shared_path, standardized  # noqa: E402
from services.quality.assessor import Assessor  # noqa: E402
from services.quality.checks import default_checks  # noqa: E402
from shared.events import QualityOptions, RawRecord  # noqa: E402

GENERAL_VAL = ROOT / "tests" / "support" / "labelled" / "general_val.jsonl"
GENERAL_LANGS = ROOT / "tests" / "support" / "labelled" / "general_langs.jsonl"


ALPACA = shared_path("datasets/alpaca_5000_subset.json")  # found from a git worktree too
COUNSELLING_FLAGS = sorted({c.reason for c in default_checks() if c.tier == "counselling"})


def general_records() -> list[dict]:
    rows = [json.loads(line) for line in GENERAL_VAL.read_text(encoding="utf-8").splitlines() if line.strip()]
    return [{"instruction": r["client"], "input": "", "output": r["reply"]} for r in rows]


def langs_rows() -> list[dict]:
    return [json.loads(line) for line in GENERAL_LANGS.read_text(encoding="utf-8").splitlines() if line.strip()]


def langs_records(rows: list[dict]) -> list[dict]:
    """Each line a one-turn user conversation."""
    return [{"messages": [{"role": "user", "content": r["text"]}]} for r in rows]


def flagged_by(text: str) -> str:
    """``pattern`` when a rule of the risk stage reads the turn, else ``learned`` (the learned stage alone)."""
    from services.quality.checks.counselling import crisis as c
    from services.quality.checks.counselling import risk as r

    return "pattern" if r.classify(c.reading(text))[0] != "none" else "learned"


def measure_langs(rows: list[dict], examples: int) -> dict:
    """``measure`` on general_langs plus its flagged turns per language, group, kind and stage."""
    convs = standardized([RawRecord(index=i, data=r) for i, r in enumerate(langs_records(rows))], "general_langs.json")
    assert len(convs) == len(rows), "every line one conversation"
    row_of = {conv.id: row for conv, row in zip(convs, rows)}  # standardisation keeps the lines' order
    assessor, options = Assessor(), QualityOptions()
    flags: Counter = Counter()
    risk: Counter = Counter()
    per: dict[str, Counter] = {"lang": Counter(), "group": Counter(), "negative_kind": Counter(), "stage": Counter()}
    totals: dict[str, Counter] = {k: Counter() for k in ("lang", "group", "negative_kind")}
    flagged_turns: list[tuple] = []
    flagged = 0
    for i in range(0, len(convs), 500):
        out, _ = assessor.assess_batch(convs[i:i + 500], options, 0.0, dedup=False)
        for conv, report, _verdict in out:
            row = row_of[conv.id]  # by id: the assessment reads the redacted text
            for k in totals:
                totals[k][row[k]] += 1
            mine = [f for f in report.flags if f in COUNSELLING_FLAGS]
            flagged += bool(mine)
            for f in mine:
                flags[f] += 1
            for t in report.risk_turns:
                risk[f"{t['level']}:{t['category']}"] += 1
            if report.risk_turns or mine:
                text = conv.messages[0].content
                stage = flagged_by(text) if report.risk_turns else "flag_only"
                per["stage"][stage] += 1
                for k in totals:
                    per[k][row[k]] += 1
                cat = ",".join(sorted({t["category"] for t in report.risk_turns})) or ",".join(mine)
                flagged_turns.append((row["id"], row["lang"], stage, cat, text[:100]))
    n = len(convs)
    return {"set": "general_langs.json", "conversations": n, "with_counselling_flag": flagged,
            "with_counselling_flag_rate": round(flagged / max(1, n), 4),
            "flags": {f: {"count": flags[f], "rate": round(flags[f] / max(1, n), 4)} for f in COUNSELLING_FLAGS if flags[f]},
            "risk_turns_moderate_high": sum(risk.values()), "risk_turns_by_level_category": dict(sorted(risk.items())),
            "flagged_turns": len(flagged_turns),
            "flagged_by": {k: {name: f"{per[k][name]}/{totals[k][name]}" for name in sorted(totals[k])} for k in totals}
            | {"stage": dict(per["stage"])},
            "flagged": flagged_turns if examples else [], "examples": {}}


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
    if GENERAL_LANGS.exists():
        results.append(measure_langs(langs_rows(), args.examples))
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
        if "flagged_by" in r:
            print(f"  flagged turns (risk moderate/high or a counselling flag): {r['flagged_turns']}")
            for k, v in r["flagged_by"].items():
                print(f"  by {k}: " + ", ".join(f"{name} {x}" for name, x in v.items()))
            for row in r["flagged"]:
                print("    " + " | ".join(row))


if __name__ == "__main__":
    main()
