"""Request bodies checked at the edge: :class:`BodySizeLimit` for uploads, :class:`JsonBodyGuard`
for JSON bodies (used by the gateway and by the services' internal APIs, ``shared.internal_http``).

The upload size limit is enforced while the body streams in, not after it has all arrived.

An upload whose ``Content-Length`` is over the limit is refused before any byte is stored;
a chunked one is cut off as soon as the bytes received pass the limit. Either way the rest
of the body is read and discarded (up to a hard cap) before the 413 goes out: most HTTP
clients only read the response once they have sent their body, so answering early and
closing would show them a connection reset instead of the problem document.
"""

from __future__ import annotations

import json
import re

import orjson
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from shared.http.problems import send_problem

MULTIPART_OVERHEAD = 64 * 1024  # boundaries and part headers around the file
DRAIN_CAP_FACTOR = 4
TRUNCATED = "upload_truncated"  # set in request.state when the body was cut off


async def _drain(receive: Receive, cap: int) -> None:
    drained = 0
    while drained < cap:
        message = await receive()
        if message["type"] != "http.request":
            return
        drained += len(message.get("body", b""))
        if not message.get("more_body", False):
            return


class BodySizeLimit:
    def __init__(self, app: ASGIApp, paths: tuple[str, ...], limit: int) -> None:
        self.app, self.paths, self.file_limit = app, paths, limit
        self.limit = limit + MULTIPART_OVERHEAD
        self.drain_cap = self.limit * DRAIN_CAP_FACTOR

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["path"] not in self.paths:
            await self.app(scope, receive, send)
            return
        for name, value in scope.get("headers", ()):
            if name == b"content-length" and value.isdigit() and int(value) > self.limit:
                if int(value) <= self.drain_cap:
                    await _drain(receive, self.drain_cap)
                await self._send_413(send)
                return
        received = 0
        too_large = False

        async def limited_receive() -> Message:
            nonlocal received, too_large
            if too_large:
                return {"type": "http.request", "body": b"", "more_body": False}
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > self.limit:
                    # Stop feeding the app (it sees a short body and fails, or stores a
                    # truncated file it will never register), then answer 413 ourselves.
                    too_large = True
                    scope.setdefault("state", {})[TRUNCATED] = True
                    if message.get("more_body", False):
                        await _drain(receive, self.drain_cap)
                    return {"type": "http.request", "body": b"", "more_body": False}
            return message

        async def guarded_send(message: Message) -> None:
            if not too_large:
                await send(message)
            elif message["type"] == "http.response.start":
                await self._send_413(send)

        await self.app(scope, limited_receive, guarded_send)

    async def _send_413(self, send: Send) -> None:
        await send_problem(send, 413, "payload_too_large", "Upload too large",
                            f"the upload limit is {self.file_limit} bytes", close=True)


_SURROGATE_ESCAPE = re.compile(rb"\\u[dD][89a-fA-F][0-9a-fA-F]{2}")
_LONG_DIGITS = re.compile(rb"\d{19,}")
INT64 = 2**63


def _int64(text: str) -> int:
    value = int(text)
    if not -INT64 <= value < INT64:
        raise ValueError("integer out of the 64-bit range")
    return value


class JsonBodyGuard:
    """JSON request bodies: capped (413), valid UTF-8, free of lone UTF-16 surrogates and of
    integers beyond 64 bits (``"\\ud800"`` and ``1e30``-sized integers are legal JSON text but
    neither UTF-8 nor BSON nor orjson can carry them: they would fail later, in a service or in
    MongoDB, as a 500). A refused body gets a 422 ``json_invalid`` problem."""

    def __init__(self, app: ASGIApp, limit: int) -> None:
        self.app, self.limit = app, limit

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] not in ("POST", "PUT", "PATCH") or not _is_json(scope):
            await self.app(scope, receive, send)
            return
        chunks, size = [], 0
        while True:
            message = await receive()
            if message["type"] != "http.request":
                return
            size += len(message.get("body", b""))
            if size > self.limit:
                if message.get("more_body", False):
                    await _drain(receive, self.limit * DRAIN_CAP_FACTOR)
                await send_problem(send, 413, "payload_too_large", "Body too large",
                                    f"a JSON body may have at most {self.limit} bytes")
                return
            chunks.append(message.get("body", b""))
            if not message.get("more_body", False):
                break
        body = b"".join(chunks)
        error = _json_text_error(body)
        if error:
            await send_problem(send, 422, "json_invalid", "Body is not valid JSON text", error)
            return
        replayed = False

        async def replay() -> Message:
            nonlocal replayed
            if not replayed:
                replayed = True
                return {"type": "http.request", "body": body, "more_body": False}
            return await receive()

        await self.app(scope, replay, send)


def _is_json(scope: Scope) -> bool:
    for name, value in scope.get("headers", ()):
        if name == b"content-type":
            return value.split(b";")[0].strip().lower().endswith(b"json")
    return False


def _json_text_error(body: bytes) -> str | None:
    try:
        body.decode("utf-8")
    except UnicodeDecodeError as exc:
        return f"the body is not UTF-8 (byte {exc.start})"
    if _SURROGATE_ESCAPE.search(body):
        try:
            orjson.loads(body)
        except orjson.JSONDecodeError as exc:
            if "surrogate" in str(exc).lower():
                return "the body holds a lone UTF-16 surrogate escape (\\ud800-\\udfff): not a character"
    if _LONG_DIGITS.search(body):
        try:
            json.loads(body, parse_int=_int64)
        except ValueError as exc:
            if "64-bit" in str(exc):
                return "the body holds an integer outside the 64-bit range (JSON numbers here are 64-bit)"
    if b"NaN" in body or b"Infinity" in body:
        # Python's json (FastAPI's parser) takes these bare words; JSON (RFC 8259) has no such
        # numbers, and orjson and BSON consumers downstream fail on them (a 500 once).
        try:
            json.loads(body, parse_constant=_no_constant)
        except ValueError as exc:
            if "not JSON" in str(exc):
                return str(exc)
    return None


def _no_constant(name: str):
    raise ValueError(f"the body holds {name}, which is not JSON (RFC 8259 numbers are finite)")
