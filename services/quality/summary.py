"""Per-batch quality summaries: score histogram, flags by reason, risk levels, PII kinds,
safeguarding tags, duplicates. Stored once per batch and added up on read (never by scanning conversations)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

from services.quality.scoring import QualityReport
from shared.events import ConversationVerdict
from shared.quality_summary import BINS


def summarize(items: Iterable[tuple[QualityReport, ConversationVerdict]]) -> dict:
    histogram = [0] * BINS
    flags: Counter = Counter()
    risk: Counter = Counter()
    pii: Counter = Counter()
    safeguarding: Counter = Counter()  # conversations per safeguarding tag ("harm_by_others")
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
        safeguarding.update(t.partition(":")[2] for t in report.tags if t.startswith("safeguarding:"))
        tiers.update(report.tiers)
    return {"conversations": n, "passed": passed, "score_sum": round(score_sum, 4), "histogram": histogram,
            "flags": dict(flags), "risk_levels": dict(risk), "pii": dict(pii),
            "safeguarding": dict(safeguarding),
            "tier_sums": {k: round(v, 4) for k, v in tiers.items()}}
