"""Cost of the learned risk stage (``risk_model``) on CounselChat client turns: model load time,
share of client turns that pass the gate (patterns said "none" and a cue is present), and the
time per turn and per conversation of the model on the gated turns and on every turn.

    python bench/risk_model_cost.py [--n 3000]
"""

from __future__ import annotations

import _checkout  # noqa: F401,I001 - this checkout's packages first (bench/_checkout.py)

import argparse
import csv
import json
import time
from pathlib import Path

from services.quality.checks.counselling.risk import classify
from services.quality.checks.counselling.risk_model import RiskModel, gate
from services.standardization.standardize import standardize_records
from shared.events import RawRecord

DATA = Path(__file__).resolve().parents[2] / "shared" / "datasets" / "counselchat_20200325.csv"


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=3000)
    args = ap.parse_args()
    with open(DATA, newline="", encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    rows = rows[:args.n]
    records = [RawRecord(index=i, data=rows[i] | {"questionID": str(i)}) for i in range(len(rows))]
    conversations = standardize_records(records, dataset_id="bench", source_name="cc", source_sha256="0").conversations
    turns = [m.content.replace("\u2019", "'") for c in conversations for m in c.messages if m.role == "user"]
    t0 = time.perf_counter()
    m = RiskModel()
    load = time.perf_counter() - t0
    undecided = [t for t in turns if classify(t)[0] == "none"]
    t0 = time.perf_counter()
    gated = [t for t in undecided if gate(t)]
    gate_s = time.perf_counter() - t0

    def timed(texts):
        m._word.cache_clear()
        t = time.perf_counter()
        flagged = sum(m.at_risk(x)[1] != "none" for x in texts)
        return time.perf_counter() - t, flagged

    all_s, all_flagged = timed(turns)
    gated_s, gated_flagged = timed(gated)
    n = len(conversations)
    print(json.dumps({
        "conversations": n, "client_turns": len(turns), "mean_client_turn_chars": round(sum(map(len, turns)) / len(turns)),
        "model_load_ms": round(load * 1e3, 1),
        "patterns_undecided_turns": len(undecided),
        "gate_pass_turns": len(gated), "gate_pass_share_of_client_turns": round(len(gated) / len(turns), 3),
        "gate_us_per_undecided_turn": round(gate_s / max(1, len(undecided)) * 1e6, 1),
        "model_us_per_turn_all_turns": round(all_s / len(turns) * 1e6, 1),
        "model_us_per_gated_turn": round(gated_s / max(1, len(gated)) * 1e6, 1),
        "model_us_per_conversation_gated": round(gated_s / n * 1e6, 1),
        "flagged_by_model_all_turns": all_flagged, "flagged_by_model_gated_turns": gated_flagged,
    }, indent=2))


if __name__ == "__main__":
    main()
