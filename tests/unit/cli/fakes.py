"""A fake gateway for the CLI's unit tests: an httpx transport answering from a table of
routes (recording every request), and a WebSocket ``connect`` that plays scripted messages."""

from __future__ import annotations

import json
from collections.abc import Callable
from contextlib import contextmanager
from typing import Any

import httpx

Handler = Callable[[httpx.Request], httpx.Response]


def problem(status: int, title: str, detail: str = "", **extra: Any) -> httpx.Response:
    body = {"type": f"urn:dataset-pipeline:problem:{title.lower().replace(' ', '_')}", "title": title,
            "status": status, "detail": detail, **extra}
    return httpx.Response(status, json=body, headers={"Content-Type": "application/problem+json"})


class FakeGateway:
    def __init__(self) -> None:
        self.routes: dict[tuple[str, str], Handler | list[Handler]] = {}
        self.requests: list[httpx.Request] = []
        self.ws_connections: list[tuple[str, dict[str, str]]] = []
        self.ws_scripts: list[list[dict[str, Any]]] = []

    def on(self, method: str, path: str, *answers: Handler | httpx.Response) -> None:
        """Answer ``method path`` with these, in turn (the last one again after that)."""
        handlers = [a if callable(a) else (lambda request, a=a: a) for a in answers]
        self.routes[(method, path)] = handlers

    def handle(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        handlers = self.routes.get((request.method, request.url.path))
        if handlers is None:
            return problem(404, "Not found", f"no route {request.method} {request.url.path}")
        handler = handlers.pop(0) if len(handlers) > 1 else handlers[0]
        return handler(request)

    @property
    def transport(self) -> httpx.MockTransport:
        return httpx.MockTransport(self.handle)

    def connect(self, url: str, additional_headers: dict[str, str] | None = None, **kwargs: Any):
        self.ws_connections.append((url, dict(additional_headers or {})))
        script = self.ws_scripts.pop(0)

        @contextmanager
        def socket():
            yield iter([json.dumps(m) for m in script])

        return socket()


def run_state(run_id: str, status: str, processed: int = 0, total: int | None = 10, **extra: Any) -> dict[str, Any]:
    done = status == "completed"
    stage = {"batches_done": 1 if done else 0, "total_batches": 1 if done else None, "processed": processed,
             "total": total, "total_is_estimate": not done, "rate": 50.0 if processed else None,
             "eta_s": None if done else 3.0}
    return {"run_id": run_id, "kind": "pipeline", "mode": "sequential", "priority": 5, "status": status,
            "dataset_ids": ["d" * 32], "quality_threshold": 0.7,
            "counts": {"records_in": processed, "records_converted": processed, "conversations": processed,
                       "rejected": 0, "validated": processed, "passed": processed, "exported": processed,
                       "not_renderable": 0, "failed": 0},
            "formats": {}, "reject_reasons": {}, "quality_flags": {},
            "stages": {s: dict(stage) for s in ("acquisition", "standardization", "quality", "production")},
            "error_tolerance": 0.1, "failures": [], "error": None, "export": None, "partial_export_url": None,
            "created_at": "2026-12-01T10:00:00+00:00", "started_at": "2026-12-01T10:00:00+00:00",
            "finished_at": "2026-12-01T10:00:02+00:00" if status in ("completed", "failed") else None, **extra}
