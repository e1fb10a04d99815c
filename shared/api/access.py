"""Who may do what over the REST API: key tiers and the scopes each carries, per-key rate
limits (``"<n>/<period>"``), the keys API (``/keys``), WebSocket tickets and pages of the audit
trail. Shared by the gateway (which enforces them) and the ``dp`` CLI."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime
from typing import Literal

from pydantic import BaseModel, Field, field_validator

from shared.audit import AuditEvent


Tier = Literal["viewer", "editor", "admin"]
TIERS: tuple[str, ...] = ("viewer", "editor", "admin")

# What each tier may do. Routes ask for a scope, never for a tier.
# exports:read downloads exports without unredacted personal data; data:sensitive adds those
# with it (generations and run exports of pii_policy=flag runs; see shared.visibility).
VIEWER_SCOPES = frozenset({"datasets:read", "runs:read", "analytics:read", "system:read", "exports:read"})
EDITOR_SCOPES = VIEWER_SCOPES | {"datasets:write", "runs:write", "validate", "standardize", "data:sensitive"}
ADMIN_SCOPES = EDITOR_SCOPES | {"keys:manage"}
SCOPES: dict[str, frozenset[str]] = {"viewer": VIEWER_SCOPES, "editor": EDITOR_SCOPES, "admin": ADMIN_SCOPES}
ALL_SCOPES = sorted(ADMIN_SCOPES)

# Per-key rate limits, ``"<n>/<second|minute|hour|day>"``, by bucket (enforced by gateway.ratelimit).
RATE_LIMIT_BUCKETS = ("validation", "export")
PERIODS = {"second": 1, "minute": 60, "hour": 3600, "day": 86400}
MAX_COUNT = 10**9
MAX_PERIOD_S = 366 * 86400  # "1/0hour" or a window past 2^63 s once failed at the first request
_LIMIT = re.compile(r"^\s*(\d+)\s*/\s*(\d*)\s*(second|minute|hour|day)s?\s*$")


@dataclass(frozen=True)
class Limit:
    count: int
    period_s: int

    @classmethod
    def parse(cls, text: str) -> Limit:
        m = _LIMIT.match(text) if len(text) <= 64 else None
        if not m:
            raise ValueError(f"rate limit {text[:64]!r} is not like '100/minute' or '10/hour'")
        count, period_s = int(m.group(1)), int(m.group(2) or 1) * PERIODS[m.group(3)]
        if not 1 <= count <= MAX_COUNT:
            raise ValueError(f"rate limit {text!r}: the count must be 1 to {MAX_COUNT}")
        if not 1 <= period_s <= MAX_PERIOD_S:
            raise ValueError(f"rate limit {text!r}: the window must be 1 second to 366 days")
        return cls(count, period_s)

    @property
    def policy(self) -> str:
        return f"{self.count};w={self.period_s}"


def checked_rate_limits(limits: dict[str, str]) -> dict[str, str]:
    """Per-key overrides by bucket, each a known bucket and a valid limit; ValueError otherwise."""
    for bucket, text in limits.items():
        if bucket not in RATE_LIMIT_BUCKETS:
            raise ValueError(f"unknown rate-limit bucket {bucket[:40]!r}; buckets: {', '.join(RATE_LIMIT_BUCKETS)}")
        Limit.parse(text)
    return limits


class KeyCreate(BaseModel):
    name: str = Field(min_length=1, max_length=100, description="who or what uses the key")
    tier: Tier
    rate_limits: dict[str, str] = Field(default_factory=dict, max_length=10,
                                        description='overrides per bucket, e.g. {"validation": "1000/minute"}')

    @field_validator("rate_limits")
    @classmethod
    def _limits(cls, value: dict[str, str]) -> dict[str, str]:
        return checked_rate_limits(value)


class KeyOut(BaseModel):
    key_id: str
    name: str
    tier: Tier
    scopes: list[str]
    rate_limits: dict[str, str] = Field(default_factory=dict)
    created_at: datetime
    created_by: str
    revoked_at: datetime | None = None


class KeyCreated(KeyOut):
    api_key: str = Field(description="the secret; shown once, only its hash is stored")


class KeyList(BaseModel):
    items: list[KeyOut]


class WhoAmI(BaseModel):
    key_id: str
    name: str
    tier: Tier
    scopes: list[str]
    all_scopes: list[str] = Field(description="every scope the API knows")


def key_view(doc: dict) -> KeyOut:
    return KeyOut(key_id=doc["_id"], name=doc["name"], tier=doc["tier"], scopes=sorted(SCOPES[doc["tier"]]),
                  rate_limits=doc.get("rate_limits") or {}, created_at=doc["created_at"],
                  created_by=doc.get("created_by", ""), revoked_at=doc.get("revoked_at"))


class TicketOut(BaseModel):
    ticket: str = Field(description="pass as ?ticket= to /ws/progress or /ws/runs/{run_id}; opens one socket")
    expires_in: int = Field(description="seconds the ticket stays valid (DP_GATEWAY_WS_TICKET_TTL_S)")


class AuditPage(BaseModel):
    items: list[AuditEvent]
    next_cursor: str | None = Field(description="pass as ?cursor= for the next (older) page; null on the last")
