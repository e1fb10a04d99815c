"""API keys. For now one admin key from ``DP_ADMIN_API_KEY``; keys are compared in constant time."""

from __future__ import annotations

import hmac
from dataclasses import dataclass

from fastapi import Request

from gateway.problems import Problem


@dataclass(frozen=True)
class Principal:
    key_id: str
    tier: str


def _expected(request_app) -> str | None:
    secret = request_app.state.settings.admin_api_key
    return secret.get_secret_value() if secret else None


def authenticate(app, token: str | None) -> Principal | None:
    expected = _expected(app)
    if not token or not expected:
        return None
    if hmac.compare_digest(token.encode(), expected.encode()):
        return Principal(key_id="admin", tier="admin")
    return None


def bearer_token(header: str | None) -> str | None:
    if not header:
        return None
    scheme, _, token = header.partition(" ")
    return token.strip() if scheme.lower() == "bearer" and token.strip() else None


async def require_key(request: Request) -> Principal:
    principal = authenticate(request.app, bearer_token(request.headers.get("authorization")))
    if principal is None:
        raise Problem(401, "unauthorized", "Missing or invalid API key",
                      "send 'Authorization: Bearer <key>'", headers={"WWW-Authenticate": 'Bearer realm="dataset-pipeline"'})
    return principal
