"""The semantic reply stage's cost on a corpus (``reply_semantic``, replies round nine): how many
distinct (client turn, reply) pairs pass its gate, how many an encoder reads (MiniLM L6 or USE-m3)
and how many it flags, over one assessment of the first ``--n`` conversations (CounselChat, or a
ShareGPT file such as gen.py's), and the CPU seconds spent in ``reply_semantic.prefetch`` and ``reply_semantic.flagged`` (the gate, the
reply stage's score it reads when not read yet, the encoder passes).

    python bench/reply_semantic_cost.py [--n 3000] [--sharegpt FILE]
"""

from __future__ import annotations

import _checkout  # noqa: F401,I001 - this checkout's packages first (bench/_checkout.py)

import argparse
import json
import os
import time
from pathlib import Path

from corpora import counselchat_records, sharegpt_records  # bench/, the script's own folder
from services.quality.assessor import Assessor
from services.quality.checks.counselling import reply_semantic as rs
from services.standardization.standardize import standardize_records
from shared.events import QualityOptions


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=3000)
    ap.add_argument("--sharegpt", type=Path)
    args = ap.parse_args()
    os.environ.setdefault("DP_REPLY_SEMANTIC", "1")
    records = sharegpt_records(args.n, args.sharegpt) if args.sharegpt else counselchat_records(args.n)
    conversations = standardize_records(records, dataset_id="cost", source_name="x", source_sha256="0").conversations
    spent = [0.0]

    def timed(fn):
        def run(*args):
            t = time.process_time()
            try:
                return fn(*args)
            finally:
                spent[0] += time.process_time() - t
        return run

    # the stage's two entry points (round ten: ``prefetch`` reads a batch's candidates at once, ``flagged``
    # looks them up); unsafe.py looks them up on the module at each call
    rs.prefetch, rs.flagged = timed(rs.prefetch), timed(rs.flagged)
    assessor = Assessor()
    t0 = time.process_time()
    for i in range(0, len(conversations), 500):
        assessor.assess_batch(conversations[i:i + 500], QualityOptions(pii_policy="flag"), 0.7)
    total = time.process_time() - t0
    print(json.dumps({"conversations": len(conversations), "sharegpt": str(args.sharegpt or ""), **rs.COUNTS,
                      "cpu_s_in_stage": round(spent[0], 2), "cpu_s_total": round(total, 2)}))


if __name__ == "__main__":
    main()
