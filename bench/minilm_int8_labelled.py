"""What the learned stages decide on every labelled file that is not held out, with the encoder
``DP_MINILM_INT8`` selects: run once with ``DP_MINILM_INT8=0`` and once with ``1``, then compare.

    DP_MINILM_INT8=0 python bench/minilm_int8_labelled.py OUT0.json
    DP_MINILM_INT8=1 python bench/minilm_int8_labelled.py OUT1.json
    python bench/minilm_int8_labelled.py --compare OUT0.json OUT1.json

Held-out files (``*heldout*``) are never opened.
"""

from __future__ import annotations

import _checkout  # noqa: F401,I001 - this checkout's packages first (bench/_checkout.py)

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
LABELLED = ROOT / "tests" / "support" / "labelled"


def snapshot(out: Path) -> None:
    import services.quality.evaluation as evaluation

    res = {}
    for path in sorted(LABELLED.glob("*.jsonl")):
        if "heldout" in path.name:
            continue
        kind = path.name.split("_")[0].removesuffix(".jsonl")
        fn = {"risk": "evaluate_risk", "replies": "evaluate_replies"}.get(kind)
        if fn:
            res[path.name] = getattr(evaluation, fn)(path)
    out.write_text(json.dumps(res, ensure_ascii=False, default=str))


def compare(a: Path, b: Path) -> None:
    x, y = json.loads(a.read_text()), json.loads(b.read_text())
    for name in x:
        p, q = x[name], y[name]
        figures = {k: (p[k], q[k]) for k in p if k != "mistakes" and p[k] != q[k]}
        mp = {json.dumps(m, sort_keys=True) for m in p.get("mistakes", [])}
        mq = {json.dumps(m, sort_keys=True) for m in q.get("mistakes", [])}
        print(name, "identical" if p == q else {"changed": figures, "mistakes_only_0": len(mp - mq),
                                                 "mistakes_only_1": len(mq - mp)})


if __name__ == "__main__":
    if sys.argv[1] == "--compare":
        compare(Path(sys.argv[2]), Path(sys.argv[3]))
    else:
        snapshot(Path(sys.argv[1]))
