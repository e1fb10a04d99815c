"""The name tagger's out-of-fold figures through the runtime detector (nameall37, thirty-seventh session): each
fold's model (``bench/train_name_tagger.py --all-writers --fold-models DIR``) reads the validation files of its
own fold, files it was not trained on (a writer not seen), with ``find_pii`` as the detector runs it; NAME and
all-kind true, false and missed spans per file (``evaluate_pii``'s counting: kind and text), and pooled.

    python bench/name_tagger_folds.py DIR [--json]

Only ``pii_valid_*`` files of ``DIR/folds.json`` are read (the training files are the committed design's own
data, so they are not a measure of it); a ``heldout`` name is refused.
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

from shared.pii import find_pii, name_tagger  # noqa: E402

LABELLED = ROOT / "tests" / "support" / "labelled"


def counts(path: Path) -> dict:
    out = Counter()
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        item = json.loads(line)
        expected = Counter((s["kind"], s["text"]) for s in item["spans"])
        found = Counter((s.kind, s.text) for s in find_pii(item["text"]))
        for key in expected | found:
            hit = min(expected[key], found[key])
            for prefix in ("all", "name") if key[0] == "NAME" else ("all",):
                out[prefix + "_tp"] += hit
                out[prefix + "_fp"] += found[key] - hit
                out[prefix + "_fn"] += expected[key] - hit
    return dict(out)


def ratio(a: int, b: int) -> float:
    return round(a / b, 4) if b else 0.0


def main(argv=None) -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("dir", type=Path)
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args(argv)
    folds = json.loads((args.dir / "folds.json").read_text(encoding="utf-8"))
    results, pooled = {}, Counter()
    for name, fold in sorted(folds.items()):
        if "heldout" in name:
            raise SystemExit(f"refused: {name} is a held-out file")
        if "valid" not in name:
            continue
        directory = args.dir / f"fold{fold}"
        if name_tagger.model(directory) is None:
            raise SystemExit(f"no model in {directory}")
        name_tagger.MODEL_DIR = directory
        results[name] = {"fold": fold, **counts(LABELLED / name)}
        pooled.update({k: v for k, v in results[name].items() if k != "fold"})
    results["pooled"] = dict(pooled)
    for r in results.values():
        for p in ("all", "name"):
            tp, fp, fn = r.get(p + "_tp", 0), r.get(p + "_fp", 0), r.get(p + "_fn", 0)
            r[p + "_precision"], r[p + "_recall"] = ratio(tp, tp + fp), ratio(tp, tp + fn)
    if args.json:
        print(json.dumps(results, indent=1))
        return
    for name, r in results.items():
        print(f"{name:<28} NAME P {r['name_precision']:.4f} R {r['name_recall']:.4f} (tp {r.get('name_tp', 0)}, "
              f"fp {r.get('name_fp', 0)}, fn {r.get('name_fn', 0)})  all P {r['all_precision']:.4f} "
              f"R {r['all_recall']:.4f}")


if __name__ == "__main__":
    main()
