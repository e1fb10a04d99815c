"""Upload size limit enforced while the body streams in, not after it has all arrived.

An upload whose ``Content-Length`` is over the limit is refused before any byte is stored;
a chunked one is cut off as soon as the bytes received pass the limit. Either way the rest
of the body is read and discarded (up to a hard cap) before the 413 goes out: most HTTP
clients only read the response once they have sent their body, so answering early and
closing would show them a connection reset instead of the problem document.
"""

from __future__ import annotations

import json

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from gateway.problems import problem_body

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
        body = json.dumps(problem_body(413, "payload_too_large", "Upload too large",
                                       f"the upload limit is {self.file_limit} bytes")).encode()
        await send({"type": "http.response.start", "status": 413,
                    "headers": [(b"content-type", b"application/problem+json"),
                                (b"content-length", str(len(body)).encode()), (b"connection", b"close")]})
        await send({"type": "http.response.body", "body": body})
