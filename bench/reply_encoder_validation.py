"""The reply stage's encoders (``DP_REPLY_ENCODER``) side by side on the validation data, through
the whole check pipeline: each encoder in a fresh process (its own model and screen files), the
validation reply files of ``bench/train_reply_model.py`` (``VALIDATION``) by
``evaluation.evaluate_replies`` (patterns + stage; with its screen, and with ``DP_REPLY_SCREEN=0``),
and ``general_val.jsonl`` through standardisation and the full assessment as
``bench/general_false_positives.py`` runs it (conversations with any counselling flag).

    python bench/reply_encoder_validation.py [--encoders L2-int8,L1-int8,L0,L0+USE] [--json]

A name ``X+USE`` is encoder ``X`` with the model for exchanges in other languages
(``reply_model.foreign_model``, ``DP_REPLY_FOREIGN=1``); a plain name is measured without it
(``DP_REPLY_FOREIGN=0``).

Never reads a held-out file (``bench/quality_labelled_sets.py`` measures those).
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def one(variant: str, screen: bool) -> dict:
    """Run in the child process: the figures of the encoder the environment names."""
    sys.path.insert(0, str(ROOT))
    sys.path.insert(0, str(ROOT / "bench"))
    from general_false_positives import general_records, measure
    from train_reply_model import LABELLED, VALIDATION

    from services.quality.checks.counselling import reply_model as rm
    from services.quality.evaluation import evaluate_replies

    encoder, _, foreign = variant.partition("+")
    assert rm.encoder_name() == encoder and rm.model() is not None, f"{encoder}: no reply model"
    assert (rm.screen() is not None) == screen, f"{encoder}: screen expected {screen}"
    assert (rm.foreign_model() is not None) == bool(foreign), f"{variant}: foreign model expected {bool(foreign)}"
    out: dict = {"encoder": variant, "screen": screen}
    for name in VALIDATION:
        path = LABELLED / name
        rows = [json.loads(line) for line in path.read_text().splitlines() if line.strip()]
        r = evaluate_replies(path)
        unsafe = sum(1 for row in rows if row["unsafe"])
        tp = round(r["unsafe_recall"] * unsafe)
        fp = round(tp / r["unsafe_precision"]) - tp if r["unsafe_precision"] else 0
        out[name] = {"precision": round(r["unsafe_precision"], 4), "recall": round(r["unsafe_recall"], 4),
                     "tp": tp, "fp": fp, "unsafe": unsafe, "n": len(rows),
                     "recall_by_reason": {k: round(v, 3) for k, v in r["recall_by_reason"].items()}}
    g = measure(general_records(), "general_val.json", 0)
    out["general_val"] = {"conversations": g["conversations"], "with_counselling_flag": g["with_counselling_flag"],
                          "flags": {k: v["count"] for k, v in g["flags"].items()}}
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--encoders", default="L2-int8")
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--child", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        print(json.dumps(one(args.child, os.environ.get("DP_REPLY_SCREEN", "1") != "0")))
        return
    results = []
    for encoder in args.encoders.split(","):
        # an encoder without a screen (L0: ``reply_model.screen``) is measured once, without
        name, _, foreign = encoder.partition("+")
        for screen in ("1", "0") if name not in ("L0", "USE") else ("0",):
            env = dict(os.environ, DP_REPLY_ENCODER=name, DP_REPLY_SCREEN=screen, DP_REPLY_FOREIGN="1" if foreign else "0")
            done = subprocess.run([sys.executable, __file__, "--child", encoder], env=env, cwd=ROOT,
                                  capture_output=True, text=True, check=True)
            results.append(json.loads(done.stdout.strip().splitlines()[-1]))
    if args.json:
        print(json.dumps(results, indent=1))
        return
    for r in results:
        found = sum(v["tp"] for name, v in r.items() if name.endswith(".jsonl"))
        files = " ; ".join(f"{name.removeprefix('replies_').removesuffix('.jsonl')} {v['precision']:.3f} / "
                           f"{v['recall']:.3f} (tp {v['tp']}, fp {v['fp']})"
                           for name, v in r.items() if name.endswith(".jsonl"))
        print(f"{r['encoder']:8} screen {'on ' if r['screen'] else 'off'}: {files} ; found {found} ; general_val "
              f"{r['general_val']['with_counselling_flag']} of {r['general_val']['conversations']} "
              f"{r['general_val']['flags']}")


if __name__ == "__main__":
    main()
