"""Who sees raw personal data. Rejects (their excerpt of the record, and details that quote it),
run reports' reject examples and raw-ingest rejects' excerpts hold the record as it came in,
before any PII policy: keys without ``data:sensitive`` (viewers) get them withheld, as the
dataset preview withholds raw records. Reason codes, counts, positions and details without
quoted text stay visible to every tier."""

from __future__ import annotations

import re
from typing import Any

from fastapi import Request

SENSITIVE_SCOPE = "data:sensitive"
WITHHELD = "[withheld: raw data needs the data:sensitive scope]"
_QUOTED = re.compile(r"""'(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*\"""", re.S)


def sees_raw(request: Request) -> bool:
    principal = getattr(request.state, "principal", None)
    return principal is not None and SENSITIVE_SCOPE in principal.scopes


def detail_without_quotes(detail: str) -> str:
    """A reject's detail with every quoted excerpt (``line starts '...'``) withheld."""
    return _QUOTED.sub("[withheld]", detail or "")


def shown_reject(item: dict[str, Any], raw: bool) -> dict[str, Any]:
    """A run's reject as this caller may see it."""
    if raw:
        return item
    return {**item, "excerpt": WITHHELD if item.get("excerpt") else "",
            "detail": detail_without_quotes(item.get("detail", ""))}
