"""Who sees raw personal data, as rules on a caller's scopes (the gateway applies them; a CLI
or a report writer can too).

Rejects (their excerpt of the record, and details that quote it), run reports' reject examples
and raw-ingest rejects' excerpts hold the record as it came in, before any PII policy: callers
with ``data:sensitive`` (editor, admin keys) get that text as it is; callers without it (viewers)
get it redacted with typed placeholders (``[EMAIL]``, ``[SSN]``, ``[NAME]``, ...), by the same
detector the quality service redacts exports with (``shared.pii``). Reason codes, counts and
positions are the same for every tier.

Sensitive exports: a generation is sensitive when any of its conversations comes from a run with
``pii_policy: flag`` or carries personal data the quality stage found and left in place. The
detector's recall is below 1, so every conversation of a ``flag`` run counts as sensitive, found
or not; the same rule makes the exports of a ``flag`` run sensitive. They need ``data:sensitive``.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from typing import Any

from shared.pii import redact

SENSITIVE_SCOPE = "data:sensitive"
# A dataset's dry run (``POST /datasets/{id}/detect``) reads records no PII policy has touched
# and quotes field values in its details: for viewers those are withheld, not redacted.
WITHHELD = "[withheld: raw data needs the data:sensitive scope]"
_QUOTED = re.compile(r"""'(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*\"""", re.S)


def sees_raw_data(scopes: Collection[str]) -> bool:
    return SENSITIVE_SCOPE in scopes


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


def withheld_detection(report: dict[str, Any]) -> dict[str, Any]:
    """A dry run's report (``POST /datasets/{id}/detect``) without raw data: no conversations, no
    excerpts, no quoted record text in details."""
    rejects = [{**g, "details": [{**d, "detail": detail_without_quotes(d["detail"]),
                                  "excerpt": WITHHELD if d.get("excerpt") else ""} for d in g["details"]]}
               for g in report["rejects"]]
    return {**report, "conversations": [], "conversations_withheld": bool(report["conversations"]),
            "rejects": rejects}


def pii_policy(run: dict[str, Any]) -> str:
    """A run's PII policy, from its configuration document."""
    return ((run.get("quality") or {}).get("pii_policy")) or "redact"


def run_is_sensitive(run: dict[str, Any]) -> bool:
    """A run that kept personal data in place (``pii_policy: flag``): its exports are sensitive."""
    return pii_policy(run) == "flag"


def generation_is_sensitive(generation: dict[str, Any]) -> bool:
    """Known once the generation is completed; until then it counts as sensitive."""
    return generation.get("status") != "completed" or bool(generation.get("sensitive"))
