"""The quality service's work on a batch, free of Kafka and MongoDB: assess every
conversation with the run's options, decide pass/fail, compute dedup signatures.

Duplicates are not decided here: which copy is the original depends on every earlier batch of
the run, which another replica may be scoring right now. Each conversation's signature travels
with its verdict, and production resolves the run's clusters in input order at its end
(``shared.dedup``)."""

from __future__ import annotations

from functools import lru_cache

import numpy as np

from services.quality.checks import Check, default_checks
from services.quality.dedup import signatures
from services.quality.checks.counselling.crisis import prefetch as prefetch_risk
from services.quality.scoring import QualityReport, finish, prepare
from shared.conversation import Conversation
from shared.dedup import RECOMMENDATION, resolve
from shared.events import ConversationVerdict, QualityOptions

Assessed = tuple[Conversation, QualityReport, ConversationVerdict]


class Assessor:
    def __init__(self, max_turn_chars: int = 16_000, min_conversation_chars: int = 10) -> None:
        self.max_turn_chars = max_turn_chars
        self.min_conversation_chars = min_conversation_chars

    @lru_cache(maxsize=32)  # noqa: B019 - a handful of language sets per process
    def checks(self, languages: tuple[str, ...]) -> tuple[Check, ...]:
        return default_checks(self.max_turn_chars, self.min_conversation_chars, languages)

    def assess_batch(self, conversations: list[Conversation], options: QualityOptions, threshold: float,
                     dedup: bool = True) -> tuple[list[Assessed], np.ndarray | None]:
        """Every conversation's report, stored form (redacted by policy) and verdict; and, when
        ``dedup``, the batch's dedup signatures (``shared.dedup``), computed on the original text."""
        checks = self.checks(tuple(options.languages))
        prepared = [prepare(c, options.pii_policy) for c in conversations]
        prefetch_risk([view for view, _ in prepared])  # MiniLM reads the batch's undecided turns at once
        out = []
        for original, (view, pii) in zip(conversations, prepared):
            report, conversation = finish(view, pii, checks, options.pii_policy), view.conversation
            passed = report.score >= threshold and not report.excluded
            out.append((conversation, report, ConversationVerdict(id=original.id, score=report.score, passed=passed,
                                                                  flags=list(report.flags), cluster_id=original.id)))
        return out, (signatures(conversations) if dedup else None)


def mark_duplicates(assessed: list[Assessed], sigs: np.ndarray) -> None:
    """Resolve duplicates within one set of conversations (a validation request is its own
    run) and mark them in the reports and verdicts, in place."""
    clusters = resolve(sigs)
    for i in clusters.duplicates():
        conversation, report, verdict = assessed[i]
        flag = clusters.flag(int(i))
        cluster = assessed[int(clusters.near[i])][2].id
        report.flags.append(flag)
        report.recommendations.append({"reason": flag, "recommendation": RECOMMENDATION})
        verdict.flags.append(flag)
        verdict.cluster_id = cluster
