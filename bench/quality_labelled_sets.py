"""PII detector and crisis tagger on the project's labelled sets: precision and recall.

    python bench/quality_labelled_sets.py
"""

import json
from pathlib import Path

from services.quality.evaluation import evaluate_crisis, evaluate_pii

LABELLED = Path(__file__).resolve().parents[1] / "tests" / "support" / "labelled"

if __name__ == "__main__":
    # *_heldout.jsonl were written after the rules were tuned on the others, and not tuned on.
    print(json.dumps({name: {"pii": evaluate_pii(LABELLED / f"pii{suffix}.jsonl"),
                             "crisis": evaluate_crisis(LABELLED / f"crisis{suffix}.jsonl")}
                      for name, suffix in (("tuning_set", ""), ("heldout_set", "_heldout"))}, indent=2))
