"""Raw ingest, the plain part (no Kafka, no MongoDB): check a message against the contract
(``shared.ingest.RawIngest``) and store its records once.

A message is checked in order: size, UTF-8, JSON (strict: no NaN, no lone surrogates, no
integer outside 64 bits, nothing after the document), then the schema. The first failure is
the reject's reason; the identity fields (source, dataset, message_id) are kept when they can
be read, so a producer can find its rejects.

Records are stored as one JSONL file per message (``<run_id>.jsonl``) in the ingest dataset's
folder, written to a temporary name and linked into place: the first complete file stays, a
later write under the same name changes nothing.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import orjson
from pydantic import ValidationError

from services.acquisition.record_guard import check as check_record
from shared.events import RawRecord
from shared.ingest import RawIngest

INT64_MIN, INT64_MAX = -(2**63), 2**63 - 1
MAX_ERRORS = 20
IDENTITY_FIELDS = ("source", "dataset", "message_id")


@dataclass(frozen=True)
class IngestProblem:
    """Why a message was refused as a whole."""

    reason: str
    detail: str
    errors: list[dict[str, str]] = field(default_factory=list)
    identity: dict[str, str | None] = field(default_factory=dict)


def _identity(doc: Any) -> dict[str, str | None]:
    if not isinstance(doc, dict):
        return dict.fromkeys(IDENTITY_FIELDS)
    return {k: (v[:200] if isinstance(v, str) else None) for k in IDENTITY_FIELDS for v in [doc.get(k)]}


def _out_of_range_int(doc: Any) -> bool:
    """An integer BSON cannot hold (orjson reads up to unsigned 64 bits)."""
    stack = [doc]
    while stack:
        node = stack.pop()
        if isinstance(node, dict):
            stack.extend(node.values())
        elif isinstance(node, list):
            stack.extend(node)
        elif isinstance(node, int) and not isinstance(node, bool) and not INT64_MIN <= node <= INT64_MAX:
            return True
    return False


def _errors(exc: ValidationError) -> list[dict[str, str]]:
    return [{"loc": ".".join(str(p) for p in e["loc"]) or "(message)", "type": e["type"], "msg": e["msg"][:300]}
            for e in exc.errors(include_url=False, include_input=False)[:MAX_ERRORS]]


def parse(body: bytes, max_bytes: int) -> RawIngest | IngestProblem:
    """The message, or the problem that rejects it."""
    if len(body) > max_bytes:
        return IngestProblem("message_too_large", f"{len(body)} bytes, the limit is {max_bytes}")
    try:
        body.decode("utf-8")
    except UnicodeDecodeError as exc:
        return IngestProblem("invalid_utf8", str(exc)[:300])
    try:
        doc = _loads(body)
    except RecursionError:
        return IngestProblem("invalid_json", "nested deeper than the parser goes (a record nested ~1,000 levels)")
    except (orjson.JSONDecodeError, ValueError) as exc:
        return IngestProblem("invalid_json", str(exc)[:300])
    identity = _identity(doc)
    if _out_of_range_int(doc):
        return IngestProblem("invalid_json", "an integer is outside the signed 64-bit range", identity=identity)
    if not isinstance(doc, dict):
        return IngestProblem("invalid_message", f"the message is a JSON {type(doc).__name__}, not an object",
                             identity=identity)
    try:
        message = RawIngest.model_validate(doc)
    except ValidationError as exc:
        errors = _errors(exc)
        too_many = [e for e in errors if e["loc"] == "records" and e["type"] == "too_long"]
        if too_many:
            count = len(doc["records"]) if isinstance(doc.get("records"), list) else "too many"
            return IngestProblem("too_many_records", f"{count} records: {too_many[0]['msg']}", errors, identity)
        summary = "; ".join(f"{e['loc']}: {e['msg']}" for e in errors[:5])
        return IngestProblem("invalid_message", summary[:500], errors, identity)
    # the per-record limits of uploads (record_guard): a record past them rejects the message,
    # naming it (it used to be dead-lettered without a word when its part was written)
    for i, record in enumerate(message.records):
        checked, _ = check_record(RawRecord(index=i, data=record))
        if checked.error is not None:
            return IngestProblem("invalid_record", f"records[{i}]: {checked.error}: {checked.detail}"[:500],
                                 [{"loc": f"records.{i}", "type": checked.error, "msg": checked.detail or ""}],
                                 identity)
    return message


# orjson reads integers past 64 bits as floats (rounded, silently); a body with a run of 19 or
# more digits is read with json instead, and integers outside the signed 64-bit range (BSON's)
# are kept exact, as their decimal strings, as uploads keep them.
_LONG_DIGITS = re.compile(rb"\d{19,}")


def _exact_int(text: str) -> int | str:
    value = int(text)
    return value if INT64_MIN <= value <= INT64_MAX else text


def _loads(body: bytes) -> Any:
    if _LONG_DIGITS.search(body):
        return json.loads(body, parse_int=_exact_int)
    return orjson.loads(body)


def record_lines(records: list[Any]) -> bytes:
    """The records as JSONL (one compact JSON document per line; newlines in strings are escaped)."""
    return b"".join(orjson.dumps(r) + b"\n" for r in records)


@dataclass(frozen=True)
class StoredPart:
    path: Path
    sha256: str
    bytes: int
    created: bool = False


def _sha256(path: Path) -> tuple[str, int]:
    digest, size = hashlib.sha256(), 0
    with open(path, "rb") as fh:
        while block := fh.read(1 << 20):
            digest.update(block)
            size += len(block)
    return digest.hexdigest(), size


def store_part(folder: Path, name: str, data: bytes) -> StoredPart:
    """Write ``data`` as ``folder/<name>.jsonl`` unless that file exists (then it is left as it is)."""
    final = folder / f"{name}.jsonl"
    if final.exists():
        return StoredPart(final, *_sha256(final), created=False)
    folder.mkdir(parents=True, exist_ok=True)
    tmp = folder / f".{name}.{uuid.uuid4().hex}.tmp"  # not *.jsonl: readers never see it
    try:
        with open(tmp, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        try:
            os.link(tmp, final)  # fails if another writer got there first
            created = True
        except FileExistsError:
            created = False
    finally:
        tmp.unlink(missing_ok=True)
    if not created:
        return StoredPart(final, *_sha256(final), created=False)
    return StoredPart(final, hashlib.sha256(data).hexdigest(), len(data), created=True)
