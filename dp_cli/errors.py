"""What can go wrong, and the exit status each kind gives::

    DpError                  exit 1 unless said otherwise
    ├── ConfigError          exit 2: no API key, a malformed URL or config file
    ├── NetworkError         exit 3: the gateway cannot be reached, or the connection broke
    ├── ApiError             exit 1: the gateway answered with a problem document (RFC 9457)
    ├── ChecksumMismatch     exit 1: a download's SHA-256 is not the one the API gave
    └── RunNotCompleted      exit 1: a followed run ended failed or cancelled

Typer's own usage errors (an unknown option, a missing argument) exit 2 as well.
"""

from __future__ import annotations

from typing import Any

import httpx


class DpError(Exception):
    exit_code = 1

    def __init__(self, title: str, detail: str = "") -> None:
        super().__init__(f"{title}: {detail}" if detail else title)
        self.title, self.detail = title, detail


class ConfigError(DpError):
    exit_code = 2


class NetworkError(DpError):
    exit_code = 3


class ChecksumMismatch(DpError):
    pass


class RunNotCompleted(DpError):
    def __init__(self, run: dict[str, Any]) -> None:
        error = run.get("error") or {}
        detail = error.get("detail") or error.get("reason") or error.get("message") or ""
        if detail and error.get("stage"):
            detail = f"{error['stage']}: {detail}"
        if not detail and error:
            detail = ", ".join(f"{k}={v}" for k, v in error.items())
        super().__init__(f"Run {run['status']}", detail)
        self.run = run


class ApiError(DpError):
    """A 4xx or 5xx answer. ``problem`` is the whole problem document (``type``, ``title``,
    ``status``, ``detail`` and the type's extra members), or a stand-in built from the status
    line when the body is not one (a proxy's HTML page, say)."""

    def __init__(self, status: int, problem: dict[str, Any]) -> None:
        title = str(problem.get("title") or f"HTTP {status}")
        super().__init__(title, str(problem.get("detail") or ""))
        self.status = status
        self.problem = problem

    @property
    def slug(self) -> str:
        return str(self.problem.get("type", "")).rsplit(":", 1)[-1]

    @classmethod
    def from_response(cls, response: httpx.Response) -> ApiError:
        problem: dict[str, Any] | None = None
        try:
            body = response.json()
            if isinstance(body, dict) and ("title" in body or "detail" in body):
                problem = body
        except ValueError:
            pass
        if problem is None:
            text = response.text.strip() if response.content else ""
            problem = {"title": response.reason_phrase or f"HTTP {response.status_code}",
                       "status": response.status_code, "detail": text[:300]}
        if "retry_after_s" not in problem and response.headers.get("Retry-After"):
            problem["retry_after_s"] = response.headers["Retry-After"]
        return cls(response.status_code, problem)

    def lines(self) -> list[str]:
        """What to show a person: the detail, each invalid field, when to retry, the request id."""
        out = []
        for err in self.problem.get("errors") or []:
            if isinstance(err, dict):
                loc = ".".join(str(p) for p in err.get("loc", []) if p != "body")
                out.append(f"{loc or 'body'}: {err.get('msg', '')}")
        if self.problem.get("retry_after_s"):
            out.append(f"retry after {self.problem['retry_after_s']} s")
        if self.problem.get("request_id"):
            out.append(f"request id {self.problem['request_id']}")
        return out
