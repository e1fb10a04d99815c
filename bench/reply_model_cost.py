"""Cost of the learned stage of the reply checks (``reply_safety.verdicts``): on CounselChat
conversations (long answers, mostly left to the patterns by the turn-size gate) and on the
turn-sized training replies (``replies_tuning.jsonl`` + ``replies_train_extra.jsonl``).

    python bench/reply_model_cost.py [--n 2000]
"""

from __future__ import annotations

import argparse
import csv
import json
import time
from pathlib import Path

from services.quality.checks.counselling import reply_model
from services.quality.checks.counselling.reply_safety import _verdicts
from services.quality.checks.view import ConversationView
from services.standardization.standardize import standardize_records
from shared.conversation import Conversation, Lineage, Message
from shared.events import RawRecord

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT.parent / "shared" / "datasets" / "counselchat_20200325.csv"
LABELLED = ROOT / "tests" / "support" / "labelled"


def timed(conversations: list[Conversation]) -> float:
    views = [ConversationView(c) for c in conversations]
    for v in views:  # the risk levels of the client turns are the risk check's: computed before
        _verdicts(v)
    views = [ConversationView(c) for c in conversations]
    t0 = time.process_time()
    for v in views:
        _verdicts(v)
    return (time.process_time() - t0) / len(views) * 1e6


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=2000)
    args = ap.parse_args()
    t0 = time.perf_counter()
    reply_model.model.cache_clear()
    reply_model.model()
    load_ms = (time.perf_counter() - t0) * 1e3
    out = {"model_load_ms": round(load_ms, 1)}
    if DATA.exists():
        with open(DATA, newline="", encoding="utf-8") as fh:
            rows = list(csv.DictReader(fh))
        records = [RawRecord(index=i, data=rows[i % len(rows)] | {"questionID": str(i)}) for i in range(args.n)]
        cc = standardize_records(records, dataset_id="b", source_name="cc", source_sha256="0").conversations
        replies = [m.content for c in cc for m in c.messages if m.role == "assistant"]
        out["counselchat"] = {"conversations": len(cc),
                              "replies_read_by_model": round(sum(map(reply_model.readable, replies)) / len(replies), 3),
                              "us_per_conversation": round(timed(cc), 1)}
    items = [json.loads(line) for name in ("replies_tuning.jsonl", "replies_train_extra.jsonl")
             for line in (LABELLED / name).read_text().splitlines()]
    lab = [Conversation(id=str(i), original_format="l",
                        lineage=Lineage(dataset_id="l", source_name="l", source_sha256="0" * 64, record_index=0),
                        messages=[Message(role="user", content=it["client"]),
                                  Message(role="assistant", content=it["reply"])]) for i, it in enumerate(items)]
    out["turn_sized_exchanges"] = {"conversations": len(lab), "us_per_conversation": round(timed(lab), 1)}
    print(json.dumps(out, indent=1))


if __name__ == "__main__":
    main()
