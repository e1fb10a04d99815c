"""A FastAPI app's errors as problem documents (``shared.http.problems``): a :class:`Problem`
raised anywhere, a request that does not match its schema, a bad cursor, an unknown route or
method, and an unexpected exception (logged with its stack and an incident id, answered 500)."""

from __future__ import annotations

import logging
import uuid

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

from shared.http.edge import INCIDENT
from shared.http.problems import DEFAULT_SLUGS, MEDIA_TYPE, Problem, problem_body
from shared.pagination import InvalidCursor


def problem_response(request: Request, problem: Problem) -> JSONResponse:
    return JSONResponse(
        problem_body(problem.status, problem.slug, problem.title, problem.detail, request.url.path, **problem.extra),
        status_code=problem.status, headers=problem.headers, media_type=MEDIA_TYPE,
    )


def install(app: FastAPI, log: logging.Logger) -> None:
    """Answer every error of ``app`` with a problem document; unexpected ones are logged on ``log``."""

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
        slug = DEFAULT_SLUGS.get(exc.status_code, "http_error")
        detail = exc.detail if isinstance(exc.detail, str) else ""
        return problem_response(request, Problem(exc.status_code, slug, slug.replace("_", " ").capitalize(),
                                                 detail, headers=dict(exc.headers or {})))

    @app.exception_handler(Exception)
    async def _unexpected(request: Request, exc: Exception) -> JSONResponse:
        incident = uuid.uuid4().hex[:12]
        log.exception("unhandled error on %s %s (incident %s)", request.method, request.url.path, incident)
        setattr(request.state, INCIDENT, incident)  # answered and logged: the edge (shared.http.edge) need not again
        return problem_response(request, Problem(500, "internal_error", "Internal error",
                                                 f"the error was logged as incident {incident}", incident=incident))
