"""PII precision and recall, overall and by kind, on the given labelled files (the project's own
scorer, ``services.quality.evaluation.evaluate_pii``: a span counts when its kind and text match).
Refuses held-out files: they are measured by the lead, never here.

    python bench/pii_validation.py [FILE ...] [--mistakes] [--json] [--model DIR]

FILE is a name in ``tests/support/labelled`` or a path; by default the validation files
``pii_valid_v9.jsonl``, ``pii_valid_v10.jsonl``, ``pii_valid_v11.jsonl``, ``pii_valid_v12.jsonl``, ``pii_valid_v13.jsonl``, ``pii_valid_v14.jsonl``, ``pii_valid_v15.jsonl``, ``pii_valid_v16.jsonl``, ``pii_valid_v17.jsonl``, ``pii_valid_v18.jsonl``, ``pii_valid_v19.jsonl``, ``pii_valid_v20.jsonl``, ``pii_valid_v21.jsonl``, ``pii_valid_v23.jsonl`` and ``pii_valid_indep22.jsonl`` (written blind, twenty-second session) and ``pii_valid_indep23.jsonl`` (written blind, harder texts, twenty-third session) and ``pii_valid_v30.jsonl`` (written
blind in nine languages, thirtieth session: its blind reading is recorded in docs/quality.md, it has been fitted since) and
``pii_valid_v31.jsonl`` (written blind, thirty-first session: intake forms, referral letters, case notes, signature
blocks, chat logs; its blind reading is recorded in docs/quality.md, it has been fitted since) and
``pii_valid_v31b.jsonl`` (written blind, thirty-first session: names as counselling clients write them, names that are also
words, and their look-alikes; its blind reading is recorded in docs/quality.md, it has been fitted since) and
``pii_valid_v32.jsonl`` (written blind, thirty-second session: every kind across twenty countries, addresses without a
street word, initials and surnames, ids after labels in other languages, and their look-alikes; its blind reading is
recorded in docs/quality.md, it has been fitted since) and ``pii_valid_v33.jsonl`` (written blind, thirty-third session:
cards, dates of birth and IBANs in ten languages first, and their look-alikes; its blind reading is recorded in
docs/quality.md, it has been fitted since) and ``pii_valid_v34.jsonl`` (written blind, thirty-fourth session: cards,
national ids of twenty countries, dates of birth and IBANs of thirty countries, and their look-alikes; its blind
reading is recorded in docs/quality.md, it has been fitted since) and ``pii_valid_v35.jsonl`` (written blind, thirty-fifth
session: national ids, cards, IBANs and dates of birth as people type them, dates in words in eleven languages,
birthdays without a year, and their look-alikes; its blind reading is recorded in docs/quality.md, it has been fitted
since), ``pii_valid_v36_names.jsonl`` (written blind, thirty-sixth session: names as counselling chat carries them,
next to relations, vocatives, sign-offs, nicknames, particle surnames, many cultures and scripts, and their look-alikes;
its blind reading is recorded in docs/quality.md, it has been fitted since) and ``pii_valid_v36_ids.jsonl`` (written
blind, thirty-sixth session: national ids of thirty countries, cards, IBANs and dates of birth in many registers and
languages, with 149 look-alikes; its blind reading is recorded in docs/quality.md, it has been fitted since).
``--mistakes`` lists the
texts whose spans differ (use it on training files only). ``--model DIR``: the name tagger's model read from
``DIR`` (``bench/train_name_tagger.py --out DIR``'s files) instead of ``shared/pii/data`` (nameall37).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from services.quality.evaluation import evaluate_pii  # noqa: E402

LABELLED = ROOT / "tests" / "support" / "labelled"
VALIDATION = ("pii_valid_v9.jsonl", "pii_valid_v10.jsonl", "pii_valid_v11.jsonl", "pii_valid_v12.jsonl",
              "pii_valid_v13.jsonl", "pii_valid_v14.jsonl", "pii_valid_v15.jsonl",
              "pii_valid_v16.jsonl", "pii_valid_v17.jsonl", "pii_valid_v18.jsonl",
              "pii_valid_v19.jsonl", "pii_valid_v20.jsonl", "pii_valid_v21.jsonl",
              "pii_valid_indep22.jsonl", "pii_valid_indep23.jsonl", "pii_valid_v23.jsonl", "pii_valid_v30.jsonl",
              "pii_valid_v31.jsonl", "pii_valid_v31b.jsonl", "pii_valid_v32.jsonl", "pii_valid_v33.jsonl",
              "pii_valid_v34.jsonl", "pii_valid_v35.jsonl", "pii_valid_v36_names.jsonl", "pii_valid_v36_ids.jsonl")


def resolve(name: str) -> Path:
    if "heldout" in Path(name).name:
        raise SystemExit(f"refused: {name} is a held-out file")
    path = Path(name)
    return path if path.exists() else LABELLED / name


def measure(names) -> dict:
    return {Path(n).name: evaluate_pii(resolve(n)) for n in names}


def table(results: dict, mistakes: bool = False) -> str:
    lines = []
    for name, r in results.items():
        lines.append(f"{name}: precision {r['precision']:.3f} recall {r['recall']:.3f}")
        for kind, k in r["by_kind"].items():
            lines.append(f"  {kind:<12} {k['precision']:.3f} / {k['recall']:.3f}  (support {k['support']})")
        if mistakes:
            for m in r["mistakes"]:
                missed = sorted(set(map(tuple, m["expected"])) - set(map(tuple, m["found"])))
                extra = sorted(set(map(tuple, m["found"])) - set(map(tuple, m["expected"])))
                lines.append(f"    {m['text']!r}\n      missed {missed} extra {extra}")
    return "\n".join(lines)


def main(argv=None) -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("files", nargs="*", default=list(VALIDATION))
    ap.add_argument("--mistakes", action="store_true")
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--model", type=Path, help="the name tagger's model folder (default shared/pii/data)")
    args = ap.parse_args(argv)
    if args.model is not None:
        from shared.pii import name_tagger

        if name_tagger.model(args.model) is None:
            raise SystemExit(f"no name tagger model in {args.model}")
        name_tagger.MODEL_DIR = args.model
    results = measure(args.files)
    if args.json:
        for r in results.values():
            if not args.mistakes:
                r.pop("mistakes", None)
        print(json.dumps(results, indent=1, ensure_ascii=False))
    else:
        print(table(results, args.mistakes))


if __name__ == "__main__":
    main()
