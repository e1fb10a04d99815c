"""A service's own small HTTP API for synchronous questions from the gateway: one JSON
endpoint per route, a pydantic model for the body, size-limited and checked as JSON text at the
edge (``shared.http.limits``), errors as problem documents (``shared.http.problems``); and the
gateway's side, :func:`call`, which turns a service's refusal or absence into a problem."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any, TypeVar

import httpx
import orjson
from pydantic import BaseModel, ValidationError

from shared.http.limits import JsonBodyGuard
from shared.http.problems import Problem, send_problem
from shared.logs import request_id

M = TypeVar("M", bound=BaseModel)
MAX_BODY = 16 * 1024 * 1024


async def _respond(send, status: int, body: dict) -> None:
    raw = orjson.dumps(body)
    await send({"type": "http.response.start", "status": status,
                "headers": [(b"content-type", b"application/json"), (b"content-length", str(len(raw)).encode())]})
    await send({"type": "http.response.body", "body": raw})


def json_endpoint(model: type[M], handle: Callable[[M], Awaitable[dict[str, Any]]], max_body: int = MAX_BODY):
    """An ASGI app: POST a JSON body valid for ``model``, get ``handle``'s dict back (200);
    405, 413 and 422 (with the validation errors) problem documents otherwise."""

    async def app(scope, receive, send) -> None:
        if scope["type"] != "http":
            return
        if scope["method"] != "POST":
            await send_problem(send, 405, "method_not_allowed", "Method not allowed", "POST only", scope["path"])
            return
        chunks, size, more = [], 0, True
        while more:
            message = await receive()
            if message["type"] != "http.request":
                return
            size += len(message.get("body", b""))
            if size > max_body:
                await send_problem(send, 413, "payload_too_large", "Body too large", f"body over {max_body} bytes",
                                   scope["path"])
                return
            chunks.append(message.get("body", b""))
            more = message.get("more_body", False)
        try:
            request = model.model_validate_json(b"".join(chunks))
        except ValidationError as exc:
            errors = [{"loc": list(e["loc"]), "msg": e["msg"], "type": e["type"]} for e in exc.errors()]
            await send_problem(send, 422, "validation_error", "Request is not valid",
                               f"{len(errors)} field(s) failed validation", scope["path"], errors=errors)
            return
        await _respond(send, 200, await handle(request))

    return JsonBodyGuard(app, limit=max_body)


async def call(client: httpx.AsyncClient, url: str, payload: dict, *, service: str, timeout: float) -> dict:
    """POST ``payload`` to a service's endpoint (with this request's id): its answer, a 422
    problem for the service's validation errors, a 503 problem when it is unreachable or fails."""
    rid = request_id.get()
    try:
        r = await client.post(url, json=payload, timeout=timeout, headers={"X-Request-ID": rid} if rid != "-" else {})
    except httpx.HTTPError as exc:
        raise Problem(503, "service_unavailable", f"The {service} service is unavailable",
                      f"{type(exc).__name__} talking to the {service} service", headers={"Retry-After": "5"}) from None
    try:
        body = r.json()
    except ValueError:
        body = None
    if r.status_code == 422 and isinstance(body, dict):
        raise Problem(422, "validation_error", "Request is not valid", str(body.get("detail", "")),
                      errors=body.get("errors", []))
    if r.status_code != 200 or not isinstance(body, dict):
        raise Problem(503, "service_unavailable", f"The {service} service failed", f"status {r.status_code}")
    return body
