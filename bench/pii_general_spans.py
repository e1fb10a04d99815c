"""PII spans on general text, the texts PII rounds twenty-three to twenty-six counted for (e) of their rules:
``general_val.jsonl``'s client turns, replies and texts, the 5,000 Alpaca rows' instruction, input and output
(the non-empty ones), CounselChat's titles, questions and answers: 18,955 texts. Every span there is read as
false unless a round reads it otherwise (general text holds few persons' details).

    python bench/pii_general_spans.py [--out FILE] [--diff OLD.json]

Prints the number of texts and spans (by kind); ``--out`` writes every span (set, row, field, kind, text and
60 characters either side) as JSON, and ``--diff`` lists the spans of this run that an older ``--out`` file
does not hold, and those it held that this run lost (matched by set, row, field, kind and text, as many as
each occurs), to read the new ones one by one.
"""

from __future__ import annotations

import _checkout  # noqa: F401  (this checkout's packages first)

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from corpora import counselchat_rows  # noqa: E402
from shared.pii import find_pii  # noqa: E402

GENERAL_VAL = ROOT / "tests" / "support" / "labelled" / "general_val.jsonl"
ALPACA = ROOT.parent / "shared" / "datasets" / "alpaca_5000_subset.json"


def texts():
    """(set, row, field, text) of every general text, in a fixed order."""
    for i, line in enumerate(GENERAL_VAL.read_text(encoding="utf-8").splitlines()):
        if line.strip():
            row = json.loads(line)
            for field in ("client", "reply", "text"):
                if row.get(field):
                    yield "general_val", i, field, row[field]
    if ALPACA.exists():
        for i, row in enumerate(json.loads(ALPACA.read_text(encoding="utf-8"))):
            for field in ("instruction", "input", "output"):
                if row.get(field):
                    yield "alpaca", i, field, row[field]
    for i, row in enumerate(counselchat_rows()):
        for field in ("questionTitle", "questionText", "answerText"):
            if row.get(field):
                yield "counselchat", i, field, row[field]


def main(argv=None) -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", type=Path)
    ap.add_argument("--diff", type=Path)
    args = ap.parse_args(argv)
    spans, n = [], 0
    for name, row, field, text in texts():
        n += 1
        for s in find_pii(text):
            spans.append({"set": name, "row": row, "field": field, "kind": s.kind, "text": s.text,
                          "context": text[max(0, s.start - 60):s.end + 60]})
    print(f"{n} texts, {len(spans)} spans: " + ", ".join(f"{k} {v}" for k, v in Counter(s["kind"] for s in spans).most_common()))
    if args.out:
        args.out.write_text(json.dumps(spans, ensure_ascii=False, indent=0) + "\n", encoding="utf-8")
    if args.diff:
        def key(s):
            return s["set"], s["row"], s["field"], s["kind"], s["text"]
        old = Counter(key(s) for s in json.loads(args.diff.read_text(encoding="utf-8")))
        new = Counter(key(s) for s in spans)
        added, lost = new - old, old - new
        print(f"new {sum(added.values())}, lost {sum(lost.values())}")
        for s in spans:
            if added[key(s)] > 0:
                added[key(s)] -= 1
                print(f"  + {s['set']} {s['row']} {s['field']} {s['kind']} {s['text']!r}: {s['context']!r}")
        for k, v in lost.items():
            print(f"  - {k} x{v}")


if __name__ == "__main__":
    main()
