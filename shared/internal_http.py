"""A service's own small HTTP API for synchronous questions from the gateway: one JSON
endpoint per route, a pydantic model for the body, size-limited, errors as JSON."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any, TypeVar

import orjson
from pydantic import BaseModel, ValidationError

M = TypeVar("M", bound=BaseModel)
MAX_BODY = 16 * 1024 * 1024


async def _respond(send, status: int, body: dict) -> None:
    raw = orjson.dumps(body)
    await send({"type": "http.response.start", "status": status,
                "headers": [(b"content-type", b"application/json"), (b"content-length", str(len(raw)).encode())]})
    await send({"type": "http.response.body", "body": raw})


def json_endpoint(model: type[M], handle: Callable[[M], Awaitable[dict[str, Any]]], max_body: int = MAX_BODY):
    """An ASGI app: POST a JSON body valid for ``model``, get ``handle``'s dict back (200);
    405, 413 and 422 (with the validation errors) otherwise."""

    async def app(scope, receive, send) -> None:
        if scope["type"] != "http":
            return
        if scope["method"] != "POST":
            await _respond(send, 405, {"detail": "POST only"})
            return
        chunks, size, more = [], 0, True
        while more:
            message = await receive()
            if message["type"] != "http.request":
                return
            size += len(message.get("body", b""))
            if size > max_body:
                await _respond(send, 413, {"detail": f"body over {max_body} bytes"})
                return
            chunks.append(message.get("body", b""))
            more = message.get("more_body", False)
        try:
            request = model.model_validate_json(b"".join(chunks))
        except ValidationError as exc:
            errors = [{"loc": list(e["loc"]), "msg": e["msg"], "type": e["type"]} for e in exc.errors()]
            await _respond(send, 422, {"detail": "invalid request", "errors": errors})
            return
        await _respond(send, 200, await handle(request))

    return app
