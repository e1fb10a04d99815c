"""The risk stage's rule figures for a learned-stage model file, read by the runtime detector: on
``risk_valid_v3``, ``risk_valid_lang``, ``risk_valid_v4``, ``risk_valid_v5`` and (round seven)
``risk_valid_v6`` and (rounds eight and nine) ``risk_valid_v7``, ``risk_valid_v8`` and (thirteenth session) ``risk_valid_v9`` and (fourteenth session) ``risk_valid_v10``, ``risk_valid_v10_use``, ``risk_valid_v11``, ``risk_valid_v11_use`` and ``risk_valid_v11_langs`` and (fifteenth session) ``risk_valid_v12`` and ``risk_valid_v12_use`` and (sixteenth session) ``risk_valid_v13`` and ``risk_valid_v13_langs`` and (seventeenth session) ``risk_valid_v14`` and (eighteenth session) ``risk_valid_v15`` and (nineteenth session) ``risk_valid_v16`` and (twentieth session) ``risk_valid_v17`` and (twenty-first session) ``risk_valid_v18`` and (twenty-second session) ``risk_valid_v20`` (``evaluation.evaluate_risk``: precision, recall, at-risk turns found) and the ``general_val``
client turns tagged moderate/high (``bench/general_false_positives.py``'s measure, the whole
assessment). Never reads a held-out file.

    [DP_RISK_ENCODER=USE] python bench/risk_validation.py [--model PATH] [--json]

``--model``: a file written by ``bench/train_risk_minilm.py --out PATH`` (default: the encoder's
committed file, ``risk_model.minilm_path``); it must name the encoder ``DP_RISK_ENCODER`` names.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from services.quality.checks.counselling import risk_model  # noqa: E402

LABELLED = ROOT / "tests" / "support" / "labelled"
VALIDATION = ("risk_valid_v3.jsonl", "risk_valid_lang.jsonl", "risk_valid_v4.jsonl", "risk_valid_v5.jsonl",
              "risk_valid_v6.jsonl", "risk_valid_v7.jsonl", "risk_valid_v8.jsonl", "risk_valid_v9.jsonl",
              "risk_valid_v10.jsonl", "risk_valid_v10_use.jsonl", "risk_valid_v11.jsonl", "risk_valid_v11_use.jsonl",
              "risk_valid_v11_langs.jsonl", "risk_valid_v12.jsonl",
              "risk_valid_v12_use.jsonl", "risk_valid_v13.jsonl", "risk_valid_v13_langs.jsonl",
              "risk_valid_v14.jsonl", "risk_valid_v15.jsonl", "risk_valid_v16.jsonl",
              "risk_valid_v17.jsonl", "risk_valid_v18.jsonl", "risk_valid_v20.jsonl")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--model", type=Path)
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args()
    if args.model:
        m = risk_model.MiniLMRiskModel(args.model)
        risk_model._minilm_model.cache_clear()
        risk_model._minilm_model = lambda: m  # the runtime's loader, pointed at this file
    m = risk_model.minilm_model()
    assert m is not None, "no learned stage"
    from general_false_positives import general_records, measure

    from services.quality.evaluation import evaluate_risk

    out = {"encoder": m.encoder, "route_foreign": m.route_foreign, "model": str(args.model or risk_model.minilm_path())}
    found = 0
    for name in VALIDATION:
        r = evaluate_risk(LABELLED / name)
        at_risk = sum(json.loads(line)["label"] != "none" for line in (LABELLED / name).read_text().splitlines() if line.strip())
        tp = round(r["at_risk_recall"] * at_risk)
        found += tp
        flagged = round(tp / r["at_risk_precision"]) if r["at_risk_precision"] else 0
        out[name] = {"precision": r["at_risk_precision"], "recall": r["at_risk_recall"], "found": tp, "at_risk": at_risk,
                     "flagged": flagged,
                     "recall_by_language": r.get("recall_by_language")}
    out["found_all"] = found
    g = measure(general_records(), "general_val.json", 0)
    out["general_val_moderate_high"] = g["risk_turns_moderate_high"]
    out["stage_counts"] = dict(risk_model.STAGE_COUNTS)
    if args.json:
        print(json.dumps(out, indent=1, ensure_ascii=False))
        return
    print(f"{out['encoder']} route_foreign={out['route_foreign']} found {found}; general_val moderate/high "
          f"{out['general_val_moderate_high']}")
    for name in VALIDATION:
        v = out[name]
        print(f"  {name}: R {v['recall']:.3f} / P {v['precision']:.3f} ({v['found']} of {v['at_risk']}, {v['flagged']} flagged)")


if __name__ == "__main__":
    main()
