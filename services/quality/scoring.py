"""Turn check results into a 0..1 score, flags and recommendations."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from services.quality.checks import Check
from shared.conversation import Conversation

SCORER_VERSION = 1


@dataclass
class QualityReport:
    score: float
    flags: list[str] = field(default_factory=list)
    checks: dict[str, dict] = field(default_factory=dict)
    recommendations: list[str] = field(default_factory=list)

    def to_document(self) -> dict:
        return {"score": self.score, "flags": self.flags, "checks": self.checks,
                "recommendations": self.recommendations, "version": SCORER_VERSION}


def score_conversation(conversation: Conversation, checks: Sequence[Check]) -> QualityReport:
    score = 1.0
    report = QualityReport(score=1.0)
    for check in checks:
        detail = check.inspect(conversation)
        if detail is None:
            report.checks[check.name] = {"passed": True}
            continue
        score *= 1.0 - check.weight
        report.flags.append(check.reason)
        report.checks[check.name] = {"passed": False, "reason": check.reason, "detail": detail}
        if check.recommendation:
            report.recommendations.append(check.recommendation)
    report.score = round(max(0.0, min(1.0, score)), 4)
    return report
