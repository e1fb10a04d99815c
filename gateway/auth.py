"""API keys: tiers mapped to scopes, keys stored hashed in MongoDB, a bootstrap admin key.

A key looks like ``dp_<key_id>_<secret>``. Only ``sha256(secret)`` is stored, in the
``api_keys`` collection under ``_id = key_id``, so a lookup is one primary-key read and the
comparison is constant-time. ``DP_ADMIN_API_KEY`` is the bootstrap key (tier ``admin``)
that creates the others (``python -m gateway.keys`` or ``POST /api/v1/keys``).

Lookups are cached per process for ``DP_GATEWAY_KEY_CACHE_S`` seconds (default 5): a
revoked key stops working on every replica within that time.
"""

from __future__ import annotations

import hashlib
import hmac
import re
import secrets
import time
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from fastapi import Depends, Request
from fastapi.routing import APIRoute
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from pymongo.asynchronous.database import AsyncDatabase

from gateway.repository import KeyDocuments
from shared.api.access import ADMIN_SCOPES, SCOPES, TIERS
from shared.http.edge import flat_routes
from shared.http.problems import Problem
from shared.visibility import SENSITIVE_SCOPE, sees_raw_data

# Tiers and the scopes each carries: shared.api.access (routes ask for a scope, never for a tier).
BOOTSTRAP_KEY_ID = "bootstrap-admin"
_TOKEN = re.compile(r"^dp_([0-9a-f]{16})_([A-Za-z0-9_-]{20,128})$")


@dataclass(frozen=True)
class Principal:
    key_id: str
    tier: str
    name: str = ""
    rate_limits: dict[str, str] = field(default_factory=dict, hash=False, compare=False)

    @property
    def scopes(self) -> frozenset[str]:
        return SCOPES[self.tier]


def _hash(secret: str) -> str:
    return hashlib.sha256(secret.encode()).hexdigest()


def new_token() -> tuple[str, str, str]:
    """(key_id, secret, token) for a fresh key."""
    key_id, secret = secrets.token_hex(8), secrets.token_urlsafe(32)
    return key_id, secret, f"dp_{key_id}_{secret}"


class KeyStore:
    """The ``api_keys`` collection. Each key is one document written by one actor, so
    FerretDB's lost concurrent updates cannot bite."""

    CACHE_MAX = 10_000  # key lookups remembered (hits and misses)

    def __init__(self, db: AsyncDatabase, bootstrap: str | None, cache_s: float = 5.0) -> None:
        self.keys = KeyDocuments(db)
        self.bootstrap = bootstrap
        self.cache_s = cache_s
        self._cache: dict[str, tuple[float, dict[str, Any] | None]] = {}

    async def create(self, name: str, tier: str, *, created_by: str,
                     rate_limits: dict[str, str] | None = None) -> tuple[dict[str, Any], str]:
        if tier not in TIERS:
            raise ValueError(f"tier must be one of {', '.join(TIERS)}")
        key_id, secret, token = new_token()
        doc = {"_id": key_id, "name": name, "tier": tier, "hash": _hash(secret), "created_at": datetime.now(UTC),
               "created_by": created_by, "revoked_at": None, "rate_limits": rate_limits or {}}
        await self.keys.insert(doc)
        return doc, token

    async def list(self, include_revoked: bool = True) -> list[dict[str, Any]]:
        return await self.keys.listing(include_revoked)

    async def get(self, key_id: str) -> dict[str, Any] | None:
        return await self.keys.get(key_id)

    async def revoke(self, key_id: str) -> bool:
        revoked = await self.keys.revoke(key_id, datetime.now(UTC))
        self._cache.pop(key_id, None)
        return revoked

    def _remember(self, key_id: str, doc: dict[str, Any] | None) -> None:
        """Cache a lookup (also a miss: unknown ids are what a scan sends). Bounded: expired
        entries are dropped when the cache is full, then the oldest ones (dicts keep insertion
        order, and an entry is re-inserted when refreshed)."""
        self._cache.pop(key_id, None)
        if len(self._cache) >= self.CACHE_MAX:
            now = time.monotonic()
            for k in [k for k, (at, _) in self._cache.items() if now - at >= self.cache_s]:
                del self._cache[k]
            while len(self._cache) >= self.CACHE_MAX:
                del self._cache[next(iter(self._cache))]
        self._cache[key_id] = (time.monotonic(), doc)

    async def authenticate(self, token: str | None) -> Principal | None:
        if not token:
            return None
        if self.bootstrap and hmac.compare_digest(token.encode(), self.bootstrap.encode()):
            return Principal(key_id=BOOTSTRAP_KEY_ID, tier="admin", name="bootstrap admin (DP_ADMIN_API_KEY)")
        match = _TOKEN.match(token)
        if match is None:
            return None
        key_id, secret = match.groups()
        doc = await self._lookup(key_id)
        if doc is None or doc.get("revoked_at") is not None or doc.get("tier") not in SCOPES:
            return None
        if not hmac.compare_digest(_hash(secret), doc["hash"]):
            return None
        return Principal(key_id=key_id, tier=doc["tier"], name=doc.get("name", ""),
                         rate_limits=doc.get("rate_limits") or {})

    async def _lookup(self, key_id: str) -> dict[str, Any] | None:
        cached = self._cache.get(key_id)
        if cached and time.monotonic() - cached[0] < self.cache_s:
            return cached[1]
        doc = await self.keys.with_hash(key_id)
        self._remember(key_id, doc)
        return doc

    async def principal(self, key_id: str) -> Principal | None:
        """The principal of a key known by its id (a WebSocket ticket names its key's id, never
        the key): None once the key is revoked or unknown, as :meth:`authenticate` would answer
        for the key itself. The bootstrap key holds while ``DP_ADMIN_API_KEY`` is set."""
        if key_id == BOOTSTRAP_KEY_ID:
            return Principal(key_id=BOOTSTRAP_KEY_ID, tier="admin", name="bootstrap admin (DP_ADMIN_API_KEY)") \
                if self.bootstrap else None
        doc = await self._lookup(key_id)
        if doc is None or doc.get("revoked_at") is not None or doc.get("tier") not in SCOPES:
            return None
        return Principal(key_id=key_id, tier=doc["tier"], name=doc.get("name", ""),
                         rate_limits=doc.get("rate_limits") or {})


def bearer_token(header: str | None) -> str | None:
    if not header:
        return None
    scheme, _, token = header.partition(" ")
    return token.strip() if scheme.lower() == "bearer" and token.strip() else None


_bearer = HTTPBearer(auto_error=False, description="an API key: `Authorization: Bearer <key>`")


async def require_key(request: Request,
                      credentials: HTTPAuthorizationCredentials | None = Depends(_bearer)) -> Principal:
    token = credentials.credentials if credentials else None
    principal = await request.app.state.keys.authenticate(token)
    if principal is None:
        raise Problem(401, "unauthorized", "Missing or invalid API key",
                      "send 'Authorization: Bearer <key>' with a key that exists and is not revoked",
                      headers={"WWW-Authenticate": 'Bearer realm="dataset-pipeline"'})
    request.state.principal = principal
    return principal


def require_scope(scope: str):
    """A dependency: the caller's key must carry ``scope`` (403 otherwise)."""
    if scope not in ADMIN_SCOPES:
        raise ValueError(f"unknown scope {scope!r}")

    async def dependency(principal: Principal = Depends(require_key)) -> Principal:
        if scope not in principal.scopes:
            raise Problem(403, "insufficient_scope", "Insufficient scope",
                          f"this needs the {scope!r} scope, which a {principal.tier} key does not have",
                          required_scope=scope, tier=principal.tier)
        return principal

    dependency.__name__ = f"require_{scope.replace(':', '_')}"
    dependency.required_scope = scope  # type: ignore[attr-defined]  # read by the OpenAPI document
    return dependency


def sees_raw(request: Request) -> bool:
    """Whether the caller may see raw personal data (``shared.visibility``)."""
    principal = getattr(request.state, "principal", None)
    return principal is not None and sees_raw_data(principal.scopes)


def check_sensitive(principal: Principal, needs: str) -> None:
    """403 ``sensitive_data`` unless the key may see raw personal data; ``needs`` says what needs it."""
    if not sees_raw_data(principal.scopes):
        raise Problem(403, "sensitive_data", "Sensitive data",
                      f"{needs} the {SENSITIVE_SCOPE!r} scope, which a {principal.tier} key does not have",
                      required_scope=SENSITIVE_SCOPE, tier=principal.tier)


def required_scopes(dependant) -> list[str]:
    """The scopes a route's dependencies (its router's included) ask for."""
    found, stack = set(), [dependant]
    while stack:
        d = stack.pop()
        scope = getattr(d.call, "required_scope", None)
        if scope:
            found.add(scope)
        stack.extend(d.dependencies)
    return sorted(found)


def document_scopes(schema: dict[str, Any], routes) -> dict[str, Any]:
    """Mark each operation of the OpenAPI ``schema`` with ``x-required-scopes``, what a key needs
    (a client can hide what its tier cannot do; the tiered fuzz test holds every route to it).
    The routers are included without a prefix of their own (``gateway.app``)."""
    for route in flat_routes(routes):
        scopes = required_scopes(route.dependant) if isinstance(route, APIRoute) else []
        for method in route.methods if scopes else ():
            op = schema["paths"].get(route.path_format, {}).get(method.lower())
            if op is not None:
                op["x-required-scopes"] = scopes
    return schema
