"""Errors as ``application/problem+json`` (RFC 9457) with a stable ``type`` per kind.

Domain code raises :class:`Problem`; the handlers below turn it, validation errors,
unknown routes and unexpected exceptions into problem documents. A stack trace never
reaches the client: unexpected errors are logged with the request id and answered 500.
"""

from __future__ import annotations

import logging
import uuid
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from pydantic import BaseModel, ConfigDict, Field
from starlette.exceptions import HTTPException as StarletteHTTPException

from shared.logs import request_id
from shared.pagination import InvalidCursor

log = logging.getLogger("dp.gateway")
PROBLEM_TYPE_BASE = "urn:dataset-pipeline:problem:"
MEDIA_TYPE = "application/problem+json"

_DEFAULT_SLUGS = {
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


def problem_response(request: Request, problem: Problem) -> JSONResponse:
    return JSONResponse(
        problem_body(problem.status, problem.slug, problem.title, problem.detail, request.url.path, **problem.extra),
        status_code=problem.status, headers=problem.headers, media_type=MEDIA_TYPE,
    )


def install(app: FastAPI) -> None:
    @app.exception_handler(Problem)
    async def _problem(request: Request, exc: Problem) -> JSONResponse:
        return problem_response(request, exc)

    @app.exception_handler(RequestValidationError)
    async def _validation(request: Request, exc: RequestValidationError) -> JSONResponse:
        errors = [{"loc": list(e.get("loc", ())), "msg": e.get("msg", ""), "type": e.get("type", "")}
                  for e in exc.errors()]
        return problem_response(request, Problem(422, "validation_error", "Request is not valid",
                                                 f"{len(errors)} field(s) failed validation", errors=errors))

    @app.exception_handler(InvalidCursor)
    async def _cursor(request: Request, exc: InvalidCursor) -> JSONResponse:
        return problem_response(request, Problem(422, "invalid_cursor", "Invalid cursor", str(exc)))

    @app.exception_handler(StarletteHTTPException)
    async def _http(request: Request, exc: StarletteHTTPException) -> JSONResponse:
        slug = _DEFAULT_SLUGS.get(exc.status_code, "http_error")
        detail = exc.detail if isinstance(exc.detail, str) else ""
        return problem_response(request, Problem(exc.status_code, slug, slug.replace("_", " ").capitalize(),
                                                 detail, headers=dict(exc.headers or {})))

    @app.exception_handler(Exception)
    async def _unexpected(request: Request, exc: Exception) -> JSONResponse:
        incident = uuid.uuid4().hex[:12]
        log.exception("unhandled error on %s %s (incident %s)", request.method, request.url.path, incident)
        request.state.incident = incident  # answered and logged: the edge (gateway.edge) need not again
        return problem_response(request, Problem(500, "internal_error", "Internal error",
                                                 f"the error was logged as incident {incident}", incident=incident))
