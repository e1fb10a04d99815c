"""The quality service's own HTTP API, for the gateway's synchronous validation routes
(``POST /internal/validate``): conversations in, full reports out; a stored validation
(its summary, under a ``validation_id``) when asked; with ``prior_reports``, each result's
report in the form a later run can reuse (a ``highest_quality`` merge asks: ``reuse``)."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, Field

from services.quality import reuse
from services.quality.assessor import Assessor, mark_duplicates
from services.quality.summary import summarize
from shared.conversation import Conversation, Lineage, conversation_id
from shared.events import QualityOptions
from shared.internal_http import json_endpoint
from shared.mongo import new_validation_id
from shared.quality_summary import merge
from shared.service_api import ConversationIn
from shared.run_ledger import now

MAX_CONVERSATIONS = 1000


class ValidateRequest(BaseModel):
    conversations: list[ConversationIn] = Field(min_length=1, max_length=MAX_CONVERSATIONS)
    threshold: float = Field(0.7, ge=0.0, le=1.0)
    options: QualityOptions = Field(default_factory=QualityOptions)
    store: bool = False
    prior_reports: bool = Field(False, description=(
        "also answer, in each result, `prior_report`: the report as a later run reuses it "
        "(shared.events.PriorQualityReport: made with these options, before any duplicate flag)"))


def _conversation(i: int, c: ConversationIn) -> Conversation:
    lineage = Lineage(dataset_id="validation", source_name="request", source_sha256="", record_index=i)
    return Conversation(id=conversation_id(lineage, c.messages), messages=c.messages, lineage=lineage,
                        original_format="openai_messages")


def validate_payload(req: ValidateRequest, assessor: Assessor) -> dict[str, Any]:
    conversations = [_conversation(i, c) for i, c in enumerate(req.conversations)]
    assessed, sigs = assessor.assess_batch(conversations, req.options, req.threshold)
    priors = None
    if req.prior_reports:  # before mark_duplicates: a run decides its own duplicates
        fingerprint = assessor.fingerprint(req.options)
        priors = [reuse.prior_report(report, original, fingerprint).model_dump()
                  for original, (_, report, _) in zip(conversations, assessed, strict=True)]
    mark_duplicates(assessed, sigs)
    results = []
    for conv, report, verdict in assessed:
        results.append({
            "index": conv.lineage.record_index, "score": report.score, "passed": verdict.passed,
            "flags": verdict.flags, "duplicate_of": verdict.cluster_id if verdict.cluster_id != conv.id else None,
            **{k: v for k, v in report.to_document().items() if k not in ("score", "flags", "version")},
            "messages": [m.model_dump(exclude_none=True) for m in conv.messages],
            **({"prior_report": priors[len(results)]} if priors is not None else {}),
        })
    summary = merge([summarize((r, v) for _, r, v in assessed)])
    summary.pop("reused_reports")  # a run's figure (prior reports of a merge): a validation has none
    return {"results": results, "summary": {"threshold": req.threshold, **summary}}


def make_validate_app(assessor: Assessor, store) -> Any:
    async def handle(req: ValidateRequest) -> dict[str, Any]:
        out = validate_payload(req, assessor)
        if req.store:
            out["validation_id"] = new_validation_id()
            await store({"_id": out["validation_id"], "created_at": now(), "summary": out["summary"],
                         "conversations": len(req.conversations)})
        return out

    return json_endpoint(ValidateRequest, handle)
