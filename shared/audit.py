"""The audit event: who did what through the gateway, and what it was told.

One per state-changing request (POST, PUT, PATCH, DELETE under ``/api/v1``) and one per
refused request (401, 403, 429 on ``/api/v1`` or ``/ws``, WebSockets included). The gateway
stores it append-only in MongoDB (``audit_events``, ``_id`` = ``event_id``), serves it at
``GET /api/v1/audit``, and publishes the same JSON on ``audit.events.v1`` (key: the key id,
``anonymous`` when unknown) for a SIEM. Additive changes bump ``schema_version``.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field


class AuditEvent(BaseModel):
    model_config = ConfigDict(extra="forbid")

    event_id: str = Field(description="32 hex digits, unique per event (the MongoDB _id)")
    schema_version: Literal[1] = 1
    occurred_at: datetime = Field(description="when the answer went out (UTC)")
    request_id: str = Field(description="the X-Request-ID of the request (also in its log lines)")
    key_id: str | None = Field(None, description="the API key used; for a 401, the id a `dp_<key_id>_...` token "
                                                 "claimed (unknown or revoked key); null when there was none")
    key_name: str | None = Field(None, description="the key's name, when the key was recognised")
    tier: str | None = Field(None, description="viewer, editor or admin, when the key was recognised")
    action: str = Field(description="`<tag>.<operation>` of the route (e.g. `pipeline.execute`, "
                                    "`keys.revoke_key`), `ws.<operation>` for a WebSocket, `unmatched` for no route",
                        examples=["pipeline.execute"])
    resource: str = Field(description="`<kind>:<id>` from the path's ids (e.g. `run:3f2a...`, `key:...`), "
                                      "else the route template (e.g. `/api/v1/pipeline/execute`), else the path",
                          examples=["run:0f6c2b8e4d0a4b5c9e7f1a2b3c4d5e6f"])
    method: str = Field(description="the HTTP method, or WEBSOCKET")
    path: str = Field(description="the path, never the query string (it may hold a WebSocket ticket)")
    status: int = Field(description="the outcome: the HTTP status, or for a WebSocket 101 (accepted) or the "
                                    "status of its 44xx close code (4401 -> 401)")
    client: str | None = Field(None, description="the client's address as the gateway saw it")

    def document(self) -> dict[str, Any]:
        """The stored form (``audit_events``): ``_id`` is the event id."""
        doc = self.model_dump()
        doc["_id"] = doc.pop("event_id")
        return doc

    @classmethod
    def from_document(cls, doc: Mapping[str, Any]) -> AuditEvent:
        return cls(event_id=doc["_id"], **{k: v for k, v in doc.items() if k != "_id"})
