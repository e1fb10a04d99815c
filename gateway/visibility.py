"""Who sees raw personal data. Rejects (their excerpt of the record, and details that quote it),
run reports' reject examples and raw-ingest rejects' excerpts hold the record as it came in,
before any PII policy: keys with ``data:sensitive`` (editor, admin) get that text as it is; keys
without it (viewers) get it redacted with typed placeholders (``[EMAIL]``, ``[SSN]``, ``[NAME]``,
...), by the same detector the quality service redacts exports with (``shared.pii``). Reason
codes, counts and positions are the same for every tier."""

from __future__ import annotations

import re
from typing import Any

from fastapi import Request

from shared.pii import redact

SENSITIVE_SCOPE = "data:sensitive"
# A dataset's dry run (``POST /datasets/{id}/detect``) reads records no PII policy has touched
# and quotes field values in its details: for viewers those are withheld, not redacted.
WITHHELD = "[withheld: raw data needs the data:sensitive scope]"
_QUOTED = re.compile(r"""'(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*\"""", re.S)


def sees_raw(request: Request) -> bool:
    principal = getattr(request.state, "principal", None)
    return principal is not None and SENSITIVE_SCOPE in principal.scopes


def shown_text(text: str | None, raw: bool) -> str:
    """Raw text (a record's excerpt, a detail quoting it) as this caller may see it."""
    text = text or ""
    return text if raw or not text else redact(text)


def shown_reject(item: dict[str, Any], raw: bool) -> dict[str, Any]:
    """A run's reject as this caller may see it."""
    if raw:
        return item
    return {**item, "excerpt": shown_text(item.get("excerpt"), raw), "detail": shown_text(item.get("detail"), raw)}


def detail_without_quotes(detail: str) -> str:
    """A reject's detail with every quoted excerpt (``line starts '...'``) withheld."""
    return _QUOTED.sub("[withheld]", detail or "")
