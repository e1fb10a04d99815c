"""The quality service's work on a batch, free of Kafka and MongoDB: assess every
conversation with the run's options, mark duplicates, decide pass/fail."""

from __future__ import annotations

from functools import lru_cache

from services.quality.checks import Check, default_checks
from services.quality.dedup import DedupIndex
from services.quality.scoring import QualityReport, assess
from shared.conversation import Conversation
from shared.events import ConversationVerdict, QualityOptions


DEDUP_RECOMMENDATION = "a copy of another conversation in this run (see cluster_id): keep one per cluster"


class Assessor:
    def __init__(self, max_turn_chars: int = 16_000, min_conversation_chars: int = 10) -> None:
        self.max_turn_chars = max_turn_chars
        self.min_conversation_chars = min_conversation_chars

    @lru_cache(maxsize=32)  # noqa: B019 - a handful of language sets per process
    def checks(self, languages: tuple[str, ...]) -> tuple[Check, ...]:
        return default_checks(self.max_turn_chars, self.min_conversation_chars, languages)

    def assess_batch(self, conversations: list[Conversation], options: QualityOptions, threshold: float,
                     index: DedupIndex | None = None,
                     ) -> tuple[list[tuple[Conversation, QualityReport, ConversationVerdict]], dict[str, str]]:
        checks = self.checks(tuple(options.languages))
        out = []
        new_keys: dict[str, str] = {}
        for original in conversations:
            report, conversation = assess(original, checks, options.pii_policy)
            flags = list(report.flags)
            cluster = None
            if index is not None:
                dedup, added = index.assign(original)
                new_keys.update(added)
                for flag in dedup.flags(original.id):
                    flags.append(flag)
                    report.flags.append(flag)
                    report.recommendations.append({"reason": flag, "recommendation": DEDUP_RECOMMENDATION})
                cluster = dedup.near_cluster
            passed = report.score >= threshold and not report.excluded
            out.append((conversation, report, ConversationVerdict(id=original.id, score=report.score, passed=passed,
                                                                  flags=flags, cluster_id=cluster)))
        return out, new_keys
