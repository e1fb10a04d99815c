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
from starlette.exceptions import HTTPException as StarletteHTTPException

log = logging.getLogger("dp.gateway")
PROBLEM_TYPE_BASE = "urn:dataset-pipeline:problem:"
MEDIA_TYPE = "application/problem+json"

_DEFAULT_SLUGS = {
    400: "bad_request", 401: "unauthorized", 403: "forbidden", 404: "not_found", 405: "method_not_allowed",
    409: "conflict", 413: "payload_too_large", 415: "unsupported_media_type", 422: "validation_error",
    429: "rate_limited", 500: "internal_error", 503: "service_unavailable",
}


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
        return problem_response(request, Problem(500, "internal_error", "Internal error",
                                                 f"the error was logged as incident {incident}", incident=incident))
