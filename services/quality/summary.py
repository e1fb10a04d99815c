"""Per-batch quality summaries: score histogram, flags by reason, risk levels, PII kinds,
duplicates. Stored once per batch and added up on read (never by scanning conversations)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

from services.quality.scoring import QualityReport
from shared.events import ConversationVerdict

BINS = 10


def summarize(items: Iterable[tuple[QualityReport, ConversationVerdict]]) -> dict:
    histogram = [0] * BINS
    flags: Counter = Counter()
    risk: Counter = Counter()
    pii: Counter = Counter()
    n = passed = 0
    score_sum = 0.0
    tiers: Counter = Counter()
    for report, verdict in items:
        n += 1
        passed += verdict.passed
        score_sum += report.score
        histogram[min(BINS - 1, int(report.score * BINS))] += 1
        flags.update(verdict.flags)
        risk[report.risk_level] += 1
        pii.update(report.pii)
        tiers.update(report.tiers)
    return {"conversations": n, "passed": passed, "score_sum": round(score_sum, 4), "histogram": histogram,
            "flags": dict(flags), "risk_levels": dict(risk), "pii": dict(pii),
            "tier_sums": {k: round(v, 4) for k, v in tiers.items()}}


def merge(summaries: Iterable[dict]) -> dict:
    total = {"conversations": 0, "passed": 0, "score_sum": 0.0, "histogram": [0] * BINS, "flags": Counter(),
             "risk_levels": Counter(), "pii": Counter(), "tier_sums": Counter()}
    for s in summaries:
        total["conversations"] += s.get("conversations", 0)
        total["passed"] += s.get("passed", 0)
        total["score_sum"] += s.get("score_sum", 0.0)
        total["histogram"] = [a + b for a, b in zip(total["histogram"], s.get("histogram", [0] * BINS))]
        for key in ("flags", "risk_levels", "pii", "tier_sums"):
            total[key].update(s.get(key, {}))
    n = total["conversations"]
    return {
        "conversations": n,
        "passed": total["passed"],
        "mean_score": round(total["score_sum"] / n, 4) if n else None,
        "score_histogram": [{"from": i / BINS, "to": (i + 1) / BINS, "count": c}
                            for i, c in enumerate(total["histogram"])],
        "flags": dict(total["flags"].most_common()),
        "risk_levels": dict(total["risk_levels"]),
        "pii": dict(total["pii"]),
        "mean_tier_scores": {k: round(v / n, 4) for k, v in total["tier_sums"].items()} if n else {},
    }
