"""A digest of everything the quality stage produces for a set of conversations, to show that a
speed change leaves it byte-identical: every report document, stored (redacted or not)
conversation and verdict under the ``redact`` and ``flag`` policies, and the dedup signatures.

    python bench/quality_digest.py [--n 3000] [--sharegpt FILE] [--dump OUT.jsonl]

Run it on the code before and after a change (same inputs) and compare the printed digests;
``--dump`` writes the documents themselves, one line per conversation and policy, to diff.
"""

from __future__ import annotations

import _checkout  # noqa: F401,I001 - this checkout's packages first (bench/_checkout.py)

import argparse
import hashlib
import json
from pathlib import Path

from corpora import counselchat_records, sharegpt_records  # bench/, the script's own folder
from services.quality.assessor import Assessor
from services.standardization.standardize import standardize_records
from shared.events import QualityOptions


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=3000)
    ap.add_argument("--sharegpt", type=Path, help="a ShareGPT JSONL file (gen.py's) instead of CounselChat")
    ap.add_argument("--dump", type=Path, help="also write every document, one JSON line each")
    args = ap.parse_args()
    records = sharegpt_records(args.n, args.sharegpt) if args.sharegpt else counselchat_records(args.n)
    conversations = standardize_records(records, dataset_id="digest", source_name="sharegpt.jsonl" if args.sharegpt
                                        else "cc", source_sha256="0").conversations
    assessor = Assessor()
    digest = hashlib.sha256()
    dump = open(args.dump, "w", encoding="utf-8") if args.dump else None
    for policy in ("redact", "flag"):
        options = QualityOptions(pii_policy=policy)
        for i in range(0, len(conversations), 500):
            assessed, sigs = assessor.assess_batch(conversations[i:i + 500], options, 0.7)
            for conversation, report, verdict in assessed:
                line = json.dumps([policy, conversation.model_dump(mode="json"), report.to_document(),
                                   verdict.model_dump(mode="json")], sort_keys=True, ensure_ascii=False)
                digest.update(line.encode())
                if dump:
                    dump.write(line + "\n")
            digest.update(sigs.tobytes())
    if dump:
        dump.close()
    print(json.dumps({"conversations": len(conversations), "sharegpt": str(args.sharegpt or ""),
                      "digest": digest.hexdigest()}))


if __name__ == "__main__":
    main()
