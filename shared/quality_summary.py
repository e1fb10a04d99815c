"""The per-batch quality summary document (written by the quality service, one per run and
batch) and how summaries add up: a contract between the writer and every reader.

A tier's mean is over the conversations whose reports have that tier: a batch of a run that
chose its tiers (``QualityOptions.tiers``) has no sum for the others, and does not count for them."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

BINS = 10


def merge(summaries: Iterable[dict]) -> dict:
    total = {"conversations": 0, "passed": 0, "reused_reports": 0, "score_sum": 0.0, "histogram": [0] * BINS, "flags": Counter(),
             "risk_levels": Counter(), "pii": Counter(), "safeguarding": Counter(), "tier_sums": Counter()}
    tier_n: Counter = Counter()  # conversations of the batches that have each tier
    for s in summaries:
        total["conversations"] += s.get("conversations", 0)
        total["passed"] += s.get("passed", 0)
        total["reused_reports"] += s.get("reused_reports", 0)
        total["score_sum"] += s.get("score_sum", 0.0)
        total["histogram"] = [a + b for a, b in zip(total["histogram"], s.get("histogram", [0] * BINS))]
        for key in ("flags", "risk_levels", "pii", "safeguarding", "tier_sums"):
            total[key].update(s.get(key, {}))
        tier_n.update(dict.fromkeys(s.get("tier_sums", {}), s.get("conversations", 0)))
    n = total["conversations"]
    return {
        "conversations": n,
        "passed": total["passed"],
        "reused_reports": total["reused_reports"],
        "mean_score": round(total["score_sum"] / n, 4) if n else None,
        "score_histogram": [{"from": i / BINS, "to": (i + 1) / BINS, "count": c}
                            for i, c in enumerate(total["histogram"])],
        "flags": dict(total["flags"].most_common()),
        "risk_levels": dict(total["risk_levels"]),
        "pii": dict(total["pii"]),
        "safeguarding": dict(total["safeguarding"]),
        "mean_tier_scores": {k: round(v / tier_n[k], 4) for k, v in total["tier_sums"].items() if tier_n[k]},
    }
