"""Errors as ``application/problem+json`` (RFC 9457) with a stable ``type`` per kind.

Domain code raises :class:`Problem`; a FastAPI app turns it, validation errors, unknown routes
and unexpected exceptions into problem documents (``shared.http.handlers``); plain ASGI code
(middlewares, the services' internal APIs) sends one with :func:`send_problem`. A stack trace
never reaches the client: unexpected errors are logged with the request id and answered 500.
Nothing here imports FastAPI.
"""

from __future__ import annotations

import json
from typing import Any

from pydantic import BaseModel, ConfigDict, Field

from shared.logs import request_id

PROBLEM_TYPE_BASE = "urn:dataset-pipeline:problem:"
MEDIA_TYPE = "application/problem+json"

DEFAULT_SLUGS = {
    400: "bad_request", 401: "unauthorized", 403: "forbidden", 404: "not_found", 405: "method_not_allowed",
    409: "conflict", 413: "payload_too_large", 415: "unsupported_media_type", 422: "validation_error",
    429: "rate_limited", 500: "internal_error", 503: "service_unavailable",
}


# Every status the API answers with a problem document, and what it means there.
STATUS_MEANINGS = {
    400: "the request cannot be served as asked (e.g. an unknown export format)",
    401: "missing, malformed, unknown or revoked API key",
    403: "the key's tier lacks the scope this needs, or the resource is off limits",
    404: "no such resource",
    409: "the resource is in a state that forbids this (e.g. the run already finished)",
    413: "the body or file is over the size limit",
    415: "the content is of a type no loader reads",
    422: "the request does not match its schema",
    429: "rate limit reached; see Retry-After and RateLimit-* headers",
    500: "unexpected error (logged with an incident id; no stack trace is returned)",
    503: "a service the gateway needs is unavailable; retry later",
}


class ProblemDetails(BaseModel):
    """An RFC 9457 problem document. ``type`` is stable per kind of error; the extra members
    (``errors``, ``missing``, ``retry_after_s``...) depend on the type."""

    model_config = ConfigDict(extra="allow")

    type: str = Field(description="stable URN: urn:dataset-pipeline:problem:<slug>",
                      examples=["urn:dataset-pipeline:problem:not_found"])
    title: str
    status: int
    detail: str | None = None
    instance: str | None = None
    request_id: str | None = Field(None, description="the X-Request-ID of the request, for support and logs")


def responses(*statuses: int, **described: str) -> dict[int | str, dict[str, Any]]:
    """OpenAPI ``responses`` for a route: problem documents for ``statuses``. Pass
    ``s404="no such run"`` style keywords to say what a status means on that route."""
    out: dict[int | str, dict[str, Any]] = {}
    for status in statuses:
        text = described.get(f"s{status}", STATUS_MEANINGS[status])
        out[status] = {"model": ProblemDetails, "description": text}
    return out


def problem_openapi(schema: dict[str, Any]) -> dict[str, Any]:
    """Post-process the generated document: every 4xx/5xx is ``application/problem+json``
    with the ProblemDetails schema (FastAPI's own 422 model included); every operation
    documents 422 and 500, every authenticated one 401 and 403 too."""
    ref = {"$ref": "#/components/schemas/ProblemDetails"}
    schemas = schema.setdefault("components", {}).setdefault("schemas", {})
    schemas.setdefault("ProblemDetails", ProblemDetails.model_json_schema(ref_template="#/components/schemas/{model}"))
    for name in ("HTTPValidationError", "ValidationError"):
        schemas.pop(name, None)
    for path, operations in schema.get("paths", {}).items():
        for method, op in operations.items():
            if not isinstance(op, dict) or "responses" not in op:
                continue
            secured = bool(op.get("security"))
            wanted = {422: STATUS_MEANINGS[422], 500: STATUS_MEANINGS[500]}
            if secured:
                wanted |= {401: STATUS_MEANINGS[401], 403: STATUS_MEANINGS[403]}
            body_types = op.get("requestBody", {}).get("content", {})
            if "application/json" in body_types:
                wanted[413] = "the JSON body is over the size limit"
            if "multipart/form-data" in body_types:
                wanted[400] = "the multipart body is malformed"
            for status, text in wanted.items():
                op["responses"].setdefault(str(status), {"description": text})
            for code, response in op["responses"].items():
                if code[0] in "45":
                    response["content"] = {MEDIA_TYPE: {"schema": ref}}
    return schema


class Problem(Exception):
    def __init__(self, status: int, slug: str, title: str, detail: str = "",
                 headers: dict[str, str] | None = None, **extra: Any) -> None:
        super().__init__(detail or title)
        self.status, self.slug, self.title, self.detail = status, slug, title, detail
        self.headers = headers or {}
        self.extra = extra


def problem_body(status: int, slug: str, title: str, detail: str = "", instance: str | None = None,
                 **extra: Any) -> dict[str, Any]:
    body = {"type": PROBLEM_TYPE_BASE + slug, "title": title, "status": status}
    if detail:
        body["detail"] = detail
    if instance:
        body["instance"] = instance
    if request_id.get() != "-":
        body["request_id"] = request_id.get()
    body.update(extra)
    return body


async def send_problem(send, status: int, slug: str, title: str, detail: str = "", instance: str | None = None,
                       close: bool = False, **extra: Any) -> None:
    """A problem document sent straight on an ASGI ``send`` (a middleware, or an app without
    FastAPI's handlers)."""
    body = json.dumps(problem_body(status, slug, title, detail, instance, **extra)).encode()
    headers = [(b"content-type", MEDIA_TYPE.encode()), (b"content-length", str(len(body)).encode())]
    if close:
        headers.append((b"connection", b"close"))
    await send({"type": "http.response.start", "status": status, "headers": headers})
    await send({"type": "http.response.body", "body": body})


async def not_found(scope, receive, send) -> None:
    """An ASGI app answering every HTTP request with a 404 problem (a WebSocket is closed)."""
    if scope["type"] == "websocket":
        await send({"type": "websocket.close", "code": 1000})
        return
    await send_problem(send, 404, "not_found", "Not found", f"no route {scope['method']} {scope['path']}"[:300],
                       scope["path"])
