"""The gateway's REST API, synchronously (httpx). Every call raises :class:`ApiError` for a
problem document and :class:`NetworkError` when the gateway cannot be reached; nothing here
prints. Tests pass ``transport=httpx.MockTransport(...)``."""

from __future__ import annotations

import hashlib
import os
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO

import httpx

from dp_cli.errors import ApiError, ChecksumMismatch, NetworkError
from shared.api import API_PREFIX as API

if TYPE_CHECKING:
    from pydantic import BaseModel
Progress = Callable[[int, int | None], None]  # (bytes so far, total or None)


def request_body(model: type[BaseModel], data: dict[str, Any]) -> dict[str, Any]:
    """``data`` checked against the API's request model (``shared.api``) before it is sent, as
    given (defaults left to the gateway); the 422 problem the gateway would answer otherwise.
    The models are imported where a body is built: pydantic would double the start-up time of
    every command, those that send no body too."""
    from pydantic import ValidationError

    try:
        return model.model_validate(data).model_dump(mode="json", exclude_unset=True)
    except ValidationError as exc:
        errors = [{"loc": ["body", *e["loc"]], "msg": e["msg"], "type": e["type"]} for e in exc.errors()]
        raise ApiError(422, {"type": "urn:dataset-pipeline:problem:validation_error", "title": "Request is not valid",
                             "status": 422, "detail": f"{len(errors)} field(s) failed validation (checked by dp)",
                             "errors": errors}) from None


class _ReadProgress:
    """A binary file whose reads report how far they got (httpx reads multipart files in
    64 KiB chunks, seeking to 0 first)."""

    def __init__(self, fh: BinaryIO, on_progress: Progress, total: int) -> None:
        self.fh, self.on_progress, self.total = fh, on_progress, total

    def read(self, size: int = -1) -> bytes:
        chunk = self.fh.read(size)
        self.on_progress(self.fh.tell(), self.total)
        return chunk

    def seek(self, offset: int, whence: int = os.SEEK_SET) -> int:
        return self.fh.seek(offset, whence)

    def tell(self) -> int:
        return self.fh.tell()

    def fileno(self) -> int:
        return self.fh.fileno()


class GatewayClient:
    def __init__(self, base_url: str, api_key: str | None, *, timeout: float = 60.0,
                 transport: httpx.BaseTransport | None = None) -> None:
        headers = {"User-Agent": "dp-cli"}
        if api_key:
            headers["Authorization"] = f"Bearer {api_key}"
        self.base_url = base_url.rstrip("/")
        self.api_key = api_key
        self.http = httpx.Client(base_url=self.base_url, headers=headers, transport=transport,
                                 timeout=httpx.Timeout(timeout, connect=min(timeout, 10.0)))

    def close(self) -> None:
        self.http.close()

    def __enter__(self) -> GatewayClient:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # ------------------------------------------------------------------ plumbing

    def _network_error(self, exc: httpx.TransportError) -> NetworkError:
        if isinstance(exc, httpx.TimeoutException):
            return NetworkError("Gateway timed out", f"{self.base_url} did not answer in time ({type(exc).__name__})")
        if isinstance(exc, httpx.ConnectError):
            return NetworkError("Cannot reach the gateway",
                                f"{self.base_url}: {exc or 'connection failed'} (is it running? is DP_GATEWAY_URL right?)")
        return NetworkError("Connection to the gateway failed", f"{self.base_url}: {type(exc).__name__}: {exc}")

    def request(self, method: str, path: str, *, ok: tuple[int, ...] = (), **kwargs: Any) -> httpx.Response:
        """The response of a 2xx (or a status in ``ok``); ApiError for anything else."""
        try:
            response = self.http.request(method, path, **kwargs)
        except httpx.TransportError as exc:
            raise self._network_error(exc) from None
        if response.is_success or response.status_code in ok:
            return response
        raise ApiError.from_response(response)

    def json(self, method: str, path: str, **kwargs: Any) -> Any:
        response = self.request(method, path, **kwargs)
        try:
            return response.json()
        except ValueError:
            raise NetworkError("Unexpected answer", f"{method} {path} answered {response.status_code} "
                                                    "without a JSON body (is DP_GATEWAY_URL the gateway?)") from None

    # ------------------------------------------------------------------ datasets

    def upload(self, path: Path, name: str | None = None, on_progress: Progress | None = None) -> dict[str, Any]:
        """``POST /pipeline/upload``: 201 (a plain file, ``uploaded``) or 202 (an archive,
        ``registering``: poll :meth:`dataset`)."""
        total = path.stat().st_size
        with path.open("rb") as fh:
            body: BinaryIO | _ReadProgress = _ReadProgress(fh, on_progress, total) if on_progress else fh
            data = {"name": name} if name else None
            return self.json("POST", f"{API}/pipeline/upload", files={"file": (path.name, body)}, data=data)

    def dataset(self, dataset_id: str) -> dict[str, Any]:
        return self.json("GET", f"{API}/datasets/{dataset_id}", params={"preview": 0})

    def wait_dataset(self, dataset_id: str, interval: float = 1.0, timeout: float = 3600.0) -> dict[str, Any]:
        """Poll a dataset until it leaves ``registering``/``merging``/``downloading``."""
        deadline = time.monotonic() + timeout
        while True:
            doc = self.dataset(dataset_id)
            if doc["status"] not in ("registering", "merging", "downloading") or time.monotonic() > deadline:
                return doc
            time.sleep(interval)

    # ------------------------------------------------------------------ runs

    def execute(self, dataset_ids: list[str], **options: Any) -> dict[str, Any]:
        from shared.api.runs import ExecuteRequest  # here: see request_body

        body: dict[str, Any] = {"dataset_ids": dataset_ids}
        quality: dict[str, Any] = {}
        for key, value in options.items():
            if value is None:
                continue
            if key == "pii_policy":
                quality["pii_policy"] = value
            elif key in ("languages", "tiers"):
                quality[key] = value
            elif key == "template":
                body["export"] = {"template": value}
            else:
                body[key] = value
        if quality:
            body["quality"] = quality
        return self.json("POST", f"{API}/pipeline/execute", json=request_body(ExecuteRequest, body))

    def status(self, run_id: str) -> dict[str, Any]:
        return self.json("GET", f"{API}/pipeline/status/{run_id}")

    def runs(self, limit: int = 20, status: str | None = None) -> list[dict[str, Any]]:
        """The newest ``limit`` runs, following ``next_cursor`` (pages of at most 100)."""
        items: list[dict[str, Any]] = []
        cursor = None
        while len(items) < limit:
            params: dict[str, Any] = {"limit": min(100, limit - len(items))}
            if status:
                params["status"] = status
            if cursor:
                params["cursor"] = cursor
            page = self.json("GET", f"{API}/pipeline/runs", params=params)
            items.extend(page["items"])
            cursor = page.get("next_cursor")
            if not cursor or not page["items"]:
                break
        return items[:limit]

    # ------------------------------------------------------------------ exports

    def export_status(self, status_url: str) -> dict[str, Any]:
        return self.json("GET", status_url)

    def download_export(self, run_id: str, fmt: str, compression: str, target: Path,
                        on_pending: Callable[[dict[str, Any]], None] | None = None,
                        on_progress: Progress | None = None, poll_interval: float = 2.0,
                        timeout: float = 3600.0) -> dict[str, Any]:
        """Download a completed run's export to ``target``, verifying its SHA-256 against the
        ``X-Content-SHA256`` header (and the export's status document when production had to
        make it: a 202 is polled on the status URL, which is not rate limited, then the file is
        fetched once). Writes ``<target>.part`` and renames it only when the checksum holds.
        Returns ``{"path", "bytes", "sha256"}``."""
        url = f"{API}/pipeline/export/{fmt}"
        params = {"run_id": run_id, "compression": compression}
        expected_from_status: str | None = None
        deadline = time.monotonic() + timeout
        while True:
            with self._stream("GET", url, params=params) as response:
                if response.status_code == 202:
                    response.read()
                    view = response.json()
                else:
                    return self._save(response, target, expected_from_status, on_progress)
            status_url = response.headers.get("Location") or view.get("status_url")
            while True:
                if on_pending:
                    on_pending(view)
                if view.get("status") == "completed":
                    expected_from_status = view.get("sha256")
                    break
                if view.get("status") == "failed":
                    raise ApiError(503, {"title": "Export failed", "status": 503,
                                         "detail": view.get("error") or view.get("reason") or "production failed"})
                if time.monotonic() > deadline:
                    raise NetworkError("Export not ready", f"still {view.get('status')} after {timeout:.0f} s")
                time.sleep(poll_interval)
                view = self.export_status(status_url)
            if view.get("download_url"):
                url, params = view["download_url"], None

    @contextmanager
    def _stream(self, method: str, url: str, **kwargs: Any) -> Iterator[httpx.Response]:
        try:
            with self.http.stream(method, url, **kwargs) as response:
                if not response.is_success:
                    response.read()
                    raise ApiError.from_response(response)
                yield response
        except httpx.TransportError as exc:
            raise self._network_error(exc) from None

    def _save(self, response: httpx.Response, target: Path, expected: str | None,
              on_progress: Progress | None) -> dict[str, Any]:
        header = response.headers.get("X-Content-SHA256")
        if not header and not expected:
            raise ChecksumMismatch("No checksum", "the gateway sent no X-Content-SHA256: nothing to verify against")
        length = response.headers.get("Content-Length")
        total = int(length) if length and length.isdigit() else None
        part = target.with_name(target.name + ".part")
        digest = hashlib.sha256()
        done = 0
        try:
            with part.open("wb") as out:
                for chunk in response.iter_bytes(1 << 16):
                    out.write(chunk)
                    digest.update(chunk)
                    done += len(chunk)
                    if on_progress:
                        on_progress(done, total)
        except BaseException:
            part.unlink(missing_ok=True)
            raise
        actual = digest.hexdigest()
        for claimed in {c.lower() for c in (header, expected) if c}:
            if claimed != actual:
                part.unlink(missing_ok=True)
                raise ChecksumMismatch("Checksum mismatch",
                                       f"the download's SHA-256 is {actual}, the gateway said {claimed}; "
                                       "nothing was written")
        os.replace(part, target)
        return {"path": str(target), "bytes": done, "sha256": actual}

    # ------------------------------------------------------------------ validation

    def standardize_batch(self, records: list[Any]) -> dict[str, Any]:
        from shared.api.services import StandardizeBatchRequest  # here: see request_body

        return self.json("POST", f"{API}/standardize/batch",
                         json=request_body(StandardizeBatchRequest, {"records": records}))

    def validate_quality(self, conversations: list[dict[str, Any]], threshold: float,
                         options: dict[str, Any]) -> dict[str, Any]:
        from shared.api.services import ValidateQualityRequest  # here: see request_body

        body = {"conversations": conversations, "threshold": threshold, "options": options}
        return self.json("POST", f"{API}/validate/quality", json=request_body(ValidateQualityRequest, body))

    # ------------------------------------------------------------------ keys

    def keys(self) -> list[dict[str, Any]]:
        return self.json("GET", f"{API}/keys")["items"]

    def create_key(self, name: str, tier: str, rate_limits: dict[str, str] | None = None) -> dict[str, Any]:
        from shared.api.access import KeyCreate  # here: see request_body

        body = {"name": name, "tier": tier, "rate_limits": rate_limits or {}}
        return self.json("POST", f"{API}/keys", json=request_body(KeyCreate, body))

    def revoke_key(self, key_id: str) -> dict[str, Any]:
        return self.json("DELETE", f"{API}/keys/{key_id}")

    def whoami(self) -> dict[str, Any]:
        return self.json("GET", f"{API}/keys/me")

    # ------------------------------------------------------------------ WebSocket tickets

    def ws_ticket(self) -> str | None:
        """A short-lived WebSocket ticket (``POST /ws/tickets``), or None when this gateway has
        no such route (404/405: an older gateway; the caller sends the key as a header)."""
        try:
            response = self.http.post(f"{API}/ws/tickets")
        except httpx.TransportError as exc:
            raise self._network_error(exc) from None
        if response.status_code in (404, 405):
            return None
        if not response.is_success:
            raise ApiError.from_response(response)
        return response.json()["ticket"]
