"""The one conversation schema every service speaks."""

from __future__ import annotations

import hashlib
import re
from typing import Any, Literal

import orjson
from pydantic import BaseModel, Field, field_validator

Role = Literal["system", "user", "assistant", "tool"]
INT64_MIN, INT64_MAX = -(2**63), 2**63 - 1


def storable(value: Any) -> Any:
    """Metadata as MongoDB (BSON, and FerretDB's stricter key rules) and orjson can hold it, so
    an odd or hostile source field never fails a whole batch's write: integers past 64 bits
    become their decimal string; keys lose what a key may not hold (``.`` becomes ``\uff0e``,
    a leading ``$`` ``\uff04``, NUL ``\ufffd``); lone surrogates become ``\ufffd``."""
    if isinstance(value, bool) or value is None:
        return value
    if isinstance(value, int):
        return value if INT64_MIN <= value <= INT64_MAX else str(value)
    if isinstance(value, str):
        return _utf8(value)
    if isinstance(value, dict):
        return {_key(k): storable(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [storable(v) for v in value]
    return value


def _utf8(text: str) -> str:
    try:
        text.encode("utf-8")
        return text
    except UnicodeEncodeError:
        return "".join("\ufffd" if "\ud800" <= ch <= "\udfff" else ch for ch in text)


def _key(key: Any) -> str:
    key = _utf8(str(key)).replace("\x00", "\ufffd").replace(".", "\uff0e")
    return "\uff04" + key[1:] if key.startswith("$") else key


def _storable_metadata(value: dict[str, Any] | None) -> dict[str, Any] | None:
    return None if value is None else storable(value)


class Message(BaseModel):
    role: Role
    content: str
    name: str | None = None
    metadata: dict[str, Any] | None = None

    _metadata = field_validator("metadata")(_storable_metadata)


class Lineage(BaseModel):
    """Where a conversation came from: enough to find the original record again."""

    dataset_id: str
    source_name: str
    source_sha256: str
    record_index: int = Field(ge=0, description="0-based position of the record in the source file")
    part: int = Field(0, ge=0, description="index of this conversation among those the record produced")
    record_key: str | None = Field(None, description="the record's own id, when it has one")
    detector: str | None = Field(None, description="set when a generic rule, not a known format, guessed the shape "
                                                   "(e.g. 'generic:turn-list(key=turns, role=speaker, text=utterance)')")


class Conversation(BaseModel):
    id: str
    messages: list[Message]
    lineage: Lineage
    original_format: str
    metadata: dict[str, Any] = Field(default_factory=dict)

    _metadata = field_validator("metadata")(_storable_metadata)


def conversation_id(lineage: Lineage, messages: list[Message]) -> str:
    """Deterministic id from source position and content.

    A replayed batch produces the same ids, so upserts never make a second copy; the same
    text at two positions of a file stays two conversations (deduplication is quality's job).
    """
    h = hashlib.sha256()
    h.update(f"{lineage.dataset_id}\x00{lineage.record_index}\x00{lineage.part}\x00".encode())
    h.update(orjson.dumps([(m.role, m.content, m.name) for m in messages]))
    return h.hexdigest()[:32]


_SPACE = re.compile(r"\s+")


def fold(text: str) -> str:
    """Case and whitespace folded: what "the same text" means when matching conversations."""
    return _SPACE.sub(" ", text).strip().casefold()


def conversation_key(messages: list[dict[str, Any]]) -> str:
    """The *same conversation* across datasets: equal user turns after case and whitespace
    folding (answers may differ: that is what a newer or better version changes)."""
    users = [fold(m["content"]) for m in messages if m["role"] == "user"]
    return hashlib.sha256(orjson.dumps(users)).hexdigest()
