"""The quality service's own HTTP API, for the gateway's synchronous validation routes
(``POST /internal/validate``): conversations in, full reports out; a stored validation
(its summary, under a ``validation_id``) when asked."""

from __future__ import annotations

import uuid
from typing import Any

import orjson
from pydantic import BaseModel, Field, ValidationError

from services.quality.assessor import Assessor
from services.quality.dedup import DedupIndex
from services.quality.summary import merge, summarize
from shared.conversation import Conversation, Lineage, Message, conversation_id
from shared.events import QualityOptions
from shared.run_ledger import now

MAX_CONVERSATIONS = 1000
MAX_BODY = 16 * 1024 * 1024


class ConversationIn(BaseModel):
    messages: list[Message] = Field(min_length=1, max_length=500)


class ValidateRequest(BaseModel):
    conversations: list[ConversationIn] = Field(min_length=1, max_length=MAX_CONVERSATIONS)
    threshold: float = Field(0.7, ge=0.0, le=1.0)
    options: QualityOptions = Field(default_factory=QualityOptions)
    store: bool = False


def _conversation(i: int, c: ConversationIn) -> Conversation:
    lineage = Lineage(dataset_id="validation", source_name="request", source_sha256="", record_index=i)
    return Conversation(id=conversation_id(lineage, c.messages), messages=c.messages, lineage=lineage,
                        original_format="openai_messages")


def validate_payload(req: ValidateRequest, assessor: Assessor) -> dict[str, Any]:
    conversations = [_conversation(i, c) for i, c in enumerate(req.conversations)]
    assessed, _ = assessor.assess_batch(conversations, req.options, req.threshold, DedupIndex())
    results = []
    for conv, report, verdict in assessed:
        results.append({
            "index": conv.lineage.record_index, "score": report.score, "passed": verdict.passed,
            "flags": verdict.flags, "duplicate_of": verdict.cluster_id if verdict.cluster_id != conv.id else None,
            **{k: v for k, v in report.to_document().items() if k not in ("score", "flags", "version")},
            "messages": [m.model_dump(exclude_none=True) for m in conv.messages],
        })
    summary = merge([summarize((r, v) for _, r, v in assessed)])
    return {"results": results, "summary": {"threshold": req.threshold, **summary}}


def make_validate_app(assessor: Assessor, store) -> Any:
    async def respond(send, status: int, body: dict) -> None:
        raw = orjson.dumps(body)
        await send({"type": "http.response.start", "status": status,
                    "headers": [(b"content-type", b"application/json"), (b"content-length", str(len(raw)).encode())]})
        await send({"type": "http.response.body", "body": raw})

    async def app(scope, receive, send) -> None:
        if scope["type"] != "http":
            return
        if scope["method"] != "POST":
            await respond(send, 405, {"detail": "POST only"})
            return
        chunks, size, more = [], 0, True
        while more:
            message = await receive()
            if message["type"] != "http.request":
                return
            size += len(message.get("body", b""))
            if size > MAX_BODY:
                await respond(send, 413, {"detail": f"body over {MAX_BODY} bytes"})
                return
            chunks.append(message.get("body", b""))
            more = message.get("more_body", False)
        try:
            req = ValidateRequest.model_validate_json(b"".join(chunks))
        except ValidationError as exc:
            errors = [{"loc": list(e["loc"]), "msg": e["msg"], "type": e["type"]} for e in exc.errors()]
            await respond(send, 422, {"detail": "invalid request", "errors": errors})
            return
        out = validate_payload(req, assessor)
        if req.store:
            out["validation_id"] = uuid.uuid4().hex
            await store({"_id": out["validation_id"], "created_at": now(), "summary": out["summary"],
                         "conversations": len(req.conversations)})
        await respond(send, 200, out)

    return app
