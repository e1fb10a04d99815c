"""All MongoDB access of the quality service: a run's scored conversations (a compressed
document per batch, see ``shared.scored``), per-batch quality summaries, ad-hoc validations."""

from __future__ import annotations

from pymongo.asynchronous.database import AsyncDatabase

from services.quality.scoring import QualityReport
from shared import scored
from shared.conversation import Conversation
from shared.events import ConversationVerdict
from shared.mongo import insert_many_once, insert_once, run_collection, validation_collection
from shared.run_ledger import now


def scored_lines(assessed: list[tuple[Conversation, QualityReport, ConversationVerdict]]) -> list[bytes]:
    return [scored.line(c.model_dump(mode="json", exclude_none=True), r.to_document(),
                        {"score": v.score, "passed": v.passed, "flags": v.flags, "risk_level": r.risk_level})
            for c, r, v in assessed]


class QualityRepository:
    def __init__(self, db: AsyncDatabase) -> None:
        self.db = db

    async def store(self, run_id: str, batch_index: int, dataset_id: str, pii_policy: str,
                    lines: list[bytes], passed: int) -> None:
        """The batch's scored conversations (content as exported: redacted when the run says so),
        as one document in the run's ``scored`` collection; insert-once, so a replayed batch
        adds nothing twice."""
        await insert_once(run_collection(self.db, run_id, "scored"), scored.batch_document(
            batch_index, dataset_id, pii_policy, lines, count=len(lines), passed=passed, at=now()))

    async def add_summary(self, run_id: str, batch_index: int, dataset_id: str, summary: dict) -> None:
        """One summary per (run, batch), insert-once; analytics add them up."""
        await insert_many_once(self.db.quality_batches, [
            {"_id": f"{run_id}:{batch_index}", "run_id": run_id, "dataset_id": dataset_id, "at": now(), **summary}])

    async def add_validation(self, doc: dict) -> None:
        """In its day's collection (``shared.mongo.validation_collection``; the id says the day)."""
        await validation_collection(self.db, doc["_id"]).insert_one(doc)
