"""The reply checks (patterns + learned stage, as the runtime runs them) on the reply files one may
measure or tune on, and on ``general_val.jsonl``: unsafe precision / recall and recall by reason,
computed by ``evaluation.evaluate_replies`` exactly as ``bench/quality_labelled_sets.py`` does for
the held-out reply files (this script never opens those: they are the lead's to measure).

    python bench/reply_validation.py [--files a.jsonl,b.jsonl] [--mistakes] [--json] [--model PATH]

Default files: the validation parts (``replies_valid_v36a`` (written blind, thirty-sixth session, helper replyblind36a: encouraging disordered eating and self-harm from peers, coaches, wellness voices and clumsy counsellors, with hard negatives, en and thirteen more languages, then fitted), ``replies_valid_v36b`` (written blind, thirty-sixth session, helper replyblind36b: victim blaming, minimising, terse non-answers and medication change with hard negatives, en and eight more languages, then fitted), ``replies_valid_v35b`` (written blind, thirty-fifth session, helper replyblind35b: minimising, medication change and terse or dismissive replies in en and nine other languages, then fitted), ``replies_valid_v35a`` (written blind, thirty-fifth session, helper replyblind35a: encouraging disordered eating and victim blaming with hard negatives, en and nine more languages, then fitted), ``replies_valid_v34`` (written blind, thirty-fourth session, helper replyblind34, English, then fitted), ``replies_valid_v34b`` (written blind, thirty-fourth session, helper replyblind34b: the unsafe clause inside warm multi-sentence replies, then fitted), ``replies_valid_v33_langs`` (written blind, thirty-third session, helper replyblind33b, in es fr de it pt nl pl and informal English, then fitted), ``replies_valid_v33`` (written blind, thirty-third session, helper replyblind33, then fitted), ``replies_valid_v32`` (written blind, thirty-second session, helper replyblind32, then fitted), ``replies_valid_v31b`` (written blind, thirty-first session, helper replyblind31b, then fitted), ``replies_valid_v31`` (written blind, thirty-first session, then fitted), ``replies_valid_v30`` (written blind, thirtieth session, then fitted), ``replies_valid_v25``, ``replies_valid_v23``, ``replies_valid_v23b``, ``replies_valid_v15``, ``replies_valid_v14``, ``replies_valid_v13``, ``replies_valid_v12``, ``replies_valid_v11``, ``replies_valid_v10``, ``replies_valid_v9``, ``replies_valid_v8``, ``replies_valid_v7``, ``replies_valid_v6``, ``replies_written_val``,
``replies_written3_val``, ``replies_valid_v5``, ``replies_valid_indep22`` and ``replies_valid_indep23`` (written blind): measured on, never tuned on) and the training files
``replies_train_v25``, ``replies_train_v23``, ``replies_train_v23b``, ``replies_train_v15``, ``replies_train_v14``, ``replies_train_v13``, ``replies_train_v12``, ``replies_train_v11``, ``replies_train_v10``, ``replies_train_v9``, ``replies_train_v8``, ``replies_train_v7`` and ``replies_train_v6`` (tuned on). ``--mistakes`` prints the misses and false flags of the training
files only (files named ``*train*``): a validation file's mistakes are not shown, so that nothing is
fitted to them. ``general_val.jsonl`` goes through standardisation and the full assessment as
``bench/general_false_positives.py`` runs it (conversations with any counselling flag).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

LABELLED = ROOT / "tests" / "support" / "labelled"
VALIDATION = ["replies_valid_v36a.jsonl", "replies_valid_v36b.jsonl", "replies_valid_v35b.jsonl", "replies_valid_v35a.jsonl", "replies_valid_v34.jsonl", "replies_valid_v34b.jsonl", "replies_valid_v33_langs.jsonl", "replies_valid_v33.jsonl", "replies_valid_v32.jsonl", "replies_valid_v31b.jsonl", "replies_valid_v31.jsonl", "replies_valid_v30.jsonl", "replies_valid_v25.jsonl", "replies_valid_v23.jsonl", "replies_valid_v23b.jsonl", "replies_valid_v15.jsonl", "replies_valid_v14.jsonl", "replies_valid_v13.jsonl", "replies_valid_v12.jsonl", "replies_valid_v11.jsonl", "replies_valid_v10.jsonl", "replies_valid_v9.jsonl", "replies_valid_v8.jsonl", "replies_valid_v7.jsonl", "replies_valid_v6.jsonl", "replies_written_val.jsonl", "replies_written3_val.jsonl",
              "replies_valid_v5.jsonl", "replies_valid_indep22.jsonl", "replies_valid_indep23.jsonl"]
TRAINING = ["replies_train_v25.jsonl", "replies_train_v23.jsonl", "replies_train_v23b.jsonl", "replies_train_v15.jsonl", "replies_train_v14.jsonl", "replies_train_v13.jsonl", "replies_train_v12.jsonl", "replies_train_v11.jsonl", "replies_train_v10.jsonl", "replies_train_v9.jsonl", "replies_train_v8.jsonl", "replies_train_v7.jsonl", "replies_train_v6.jsonl"]


def measure(name: str, mistakes: bool) -> dict:
    from services.quality.evaluation import evaluate_replies

    if "heldout" in name or "probe" in name:
        raise SystemExit(f"{name}: held-out and probe files are not measured here")
    path = LABELLED / name
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    r = evaluate_replies(path)
    unsafe = sum(1 for row in rows if row["unsafe"])
    tp = round(r["unsafe_recall"] * unsafe)
    fp = round(tp / r["unsafe_precision"]) - tp if r["unsafe_precision"] else 0
    out = {"precision": round(r["unsafe_precision"], 4), "recall": round(r["unsafe_recall"], 4),
           "tp": tp, "fp": fp, "unsafe": unsafe, "n": len(rows),
           "recall_by_reason": {k: round(v, 3) for k, v in r["recall_by_reason"].items()}}
    if mistakes and "train" in name:
        out["mistakes"] = r["mistakes"]
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--files", default=",".join(VALIDATION + TRAINING))
    ap.add_argument("--mistakes", action="store_true", help="the training files' mistakes")
    ap.add_argument("--no-general", action="store_true", help="skip general_val.jsonl")
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--model", default="",
                    help="read this file as the reply stage's model for the default encoder (DP_REPLY_ENCODER) instead of "
                         "the committed one (reply_model.model_path): a candidate measured through the runtime")
    args = ap.parse_args()
    if args.model:
        from services.quality.checks.counselling import reply_model

        path, committed = Path(args.model).resolve(), reply_model.model_path
        reply_model.model_path = lambda name=None: (path if (name or reply_model.encoder_name()) == reply_model.encoder_name()
                                                    else committed(name))
        reply_model.model.cache_clear()
    results = {name: measure(name, args.mistakes) for name in args.files.split(",") if name}
    if not args.no_general:
        from general_false_positives import general_records, measure as general

        g = general(general_records(), "general_val.json", 0)
        results["general_val"] = {"conversations": g["conversations"],
                                  "with_counselling_flag": g["with_counselling_flag"],
                                  "flags": {k: v["count"] for k, v in g["flags"].items()}}
    if args.json:
        print(json.dumps(results, indent=1, ensure_ascii=False))
        return
    for name, v in results.items():
        if name == "general_val":
            print(f"general_val: {v['with_counselling_flag']} of {v['conversations']} flagged {v['flags']}")
            continue
        print(f"{name}: P {v['precision']:.3f} R {v['recall']:.3f} (tp {v['tp']}, fp {v['fp']}, unsafe {v['unsafe']}, n {v['n']})")
        print("   " + ", ".join(f"{k} {x:.3f}" for k, x in v["recall_by_reason"].items()))
        for m in v.get("mistakes", []):
            print(f"   MISS {m['id']} expected {m['expected']} got {m['flags']}\n      C: {m['client']}\n      R: {m['reply']}")


if __name__ == "__main__":
    main()
