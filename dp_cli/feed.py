"""A run's live state from ``/ws/runs/{run_id}``.

Authentication, without ever putting the key in a URL: first ``POST /api/v1/ws/tickets``
(the key in the ``Authorization`` header) for a short-lived, single-use ticket, and connect
with ``?ticket=``; a gateway without that route (404) gets the key as an ``Authorization``
header on the WebSocket handshake instead. A connection that drops before the run ends is
opened again (with a fresh ticket: the server sends the current state first on every
connection, so nothing is missed); when the WebSocket cannot be opened at all, the run's
status is polled over REST instead.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable, Iterator
from typing import Any
from urllib.parse import quote

from websockets.exceptions import ConnectionClosed, InvalidHandshake, InvalidStatus, InvalidURI
from websockets.sync.client import connect as ws_connect

from dp_cli.client import GatewayClient
from dp_cli.errors import ApiError, NetworkError

TERMINAL = frozenset({"completed", "failed", "cancelled"})
WS_ERROR_TITLES = {401: "Unauthorized", 403: "Forbidden", 404: "Unknown run"}


def ws_base(http_base: str) -> str:
    if http_base.startswith("https://"):
        return "wss://" + http_base[len("https://"):]
    if http_base.startswith("http://"):
        return "ws://" + http_base[len("http://"):]
    return http_base


class RunFeed:
    """Yields the run's state (the ``run`` of each ``state`` message) until it is terminal.

    ``on_event`` sees the other messages (progress events, heartbeats) if wanted.
    ``connect`` is :func:`websockets.sync.client.connect` unless a test passes its own."""

    def __init__(self, client: GatewayClient, run_id: str, *, connect: Callable[..., Any] = ws_connect,
                 max_reconnects: int = 5, poll_interval: float = 1.0,
                 on_event: Callable[[dict[str, Any]], None] | None = None,
                 on_notice: Callable[[str], None] | None = None) -> None:
        self.client, self.run_id = client, run_id
        self.connect = connect
        self.max_reconnects = max_reconnects
        self.poll_interval = poll_interval
        self.on_event = on_event or (lambda msg: None)
        self.on_notice = on_notice or (lambda text: None)
        self.auth_used: str | None = None  # "ticket" or "header", for `dp -v` and tests

    def _endpoint(self) -> tuple[str, dict[str, str]]:
        url = f"{ws_base(self.client.base_url)}/ws/runs/{self.run_id}"
        ticket = self.client.ws_ticket()
        if ticket is not None:
            self.auth_used = "ticket"
            return f"{url}?ticket={quote(ticket, safe='')}", {}
        self.auth_used = "header"
        return url, {"Authorization": f"Bearer {self.client.api_key}"} if self.client.api_key else {}

    def states(self) -> Iterator[dict[str, Any]]:
        failures = 0
        while True:
            url, headers = self._endpoint()
            try:
                with self.connect(url, additional_headers=headers, open_timeout=15,
                                  close_timeout=5, max_size=2**24) as sock:
                    failures = 0
                    for raw in sock:
                        msg = json.loads(raw)
                        kind = msg.get("type")
                        if kind == "state":
                            run = msg["run"]
                            yield run
                            if run["status"] in TERMINAL:
                                return
                        elif kind == "error":
                            status = int(msg.get("status") or 500)
                            raise ApiError(status, {"title": WS_ERROR_TITLES.get(status, "WebSocket error"),
                                                    "status": status, "detail": msg.get("detail", "")})
                        else:
                            self.on_event(msg)
                # closed without a terminal state (a gateway restart, a proxy timeout): again
                failures += 1
            except InvalidStatus as exc:
                status = exc.response.status_code
                if status in (401, 403):
                    body = exc.response.body.decode(errors="replace") if exc.response.body else ""
                    raise ApiError(status, {"title": WS_ERROR_TITLES[status], "status": status,
                                            "detail": body[:300] or "the WebSocket handshake was refused"}) from None
                failures += 1
                self.on_notice(f"WebSocket refused ({status})")
            except (ConnectionClosed, InvalidHandshake, InvalidURI, OSError, TimeoutError) as exc:
                failures += 1
                self.on_notice(f"WebSocket: {type(exc).__name__}: {exc}")
            if failures > self.max_reconnects:
                self.on_notice("following by polling the run's status instead")
                yield from self._poll()
                return
            time.sleep(min(0.5 * 2 ** (failures - 1), 5.0))

    def _poll(self) -> Iterator[dict[str, Any]]:
        last = None
        misses = 0
        while True:
            try:
                run = self.client.status(self.run_id)
                misses = 0
            except NetworkError:
                misses += 1
                if misses > 10:
                    raise
                time.sleep(self.poll_interval * 2)
                continue
            if run != last:
                yield run
                last = run
            if run["status"] in TERMINAL:
                return
            time.sleep(self.poll_interval)
