"""What a converter is, what it returns, and the normalisation every converter shares."""

from __future__ import annotations

import html
import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, ClassVar, Literal

from shared.conversation import Message

Alternation = Literal["merge", "keep", "reject"]


class RejectRecord(Exception):
    """A record that cannot become a conversation; ``reason`` is a stable, actionable code."""

    def __init__(self, reason: str, detail: str = "") -> None:
        super().__init__(f"{reason}: {detail}" if detail else reason)
        self.reason = reason
        self.detail = detail


@dataclass
class Draft:
    """One conversation a record produced, before ids and lineage are attached."""

    messages: list[Message]
    metadata: dict[str, Any] = field(default_factory=dict)
    detector: str | None = None  # set when a generic rule guessed the shape: goes to lineage.detector


@dataclass(frozen=True)
class Evidence:
    """Why a converter claims a record: how sure it is and which keys (or markers) matched."""

    confidence: float
    keys: tuple[str, ...]


@dataclass(frozen=True)
class ConvertOptions:
    """Per-run choices: extra role names (``{"doctor": "assistant"}``) and column mapping."""

    roles: Mapping[str, str] = field(default_factory=dict)
    columns: Mapping[str, str] = field(default_factory=dict)


DEFAULT_OPTIONS = ConvertOptions()


class Converter:
    """One source format: ``match`` looks cheaply at the keys, ``convert`` does the work."""

    name: ClassVar[str]

    def match(self, record: dict[str, Any]) -> Evidence | None:
        raise NotImplementedError

    def convert(self, record: dict[str, Any], options: ConvertOptions = DEFAULT_OPTIONS) -> list[Draft]:
        raise NotImplementedError


ROLE_ALIASES: dict[str, str] = {
    "system": "system", "developer": "system",
    "user": "user", "human": "user", "client": "user", "patient": "user", "prompter": "user", "question": "user",
    "assistant": "assistant", "gpt": "assistant", "chatgpt": "assistant", "bard": "assistant",
    "bing": "assistant", "model": "assistant", "bot": "assistant", "counselor": "assistant",
    "counsellor": "assistant", "therapist": "assistant", "function_call": "assistant", "answer": "assistant",
    "tool": "tool", "function": "tool", "observation": "tool", "ipython": "tool",
}
# Counselling and support corpora (ESConv, PsyQA-style, medical dialogues, bots).
ROLE_ALIASES.update({
    "seeker": "user", "supporter": "assistant", "counselor_bot": "assistant", "doctor": "assistant",
    "psychologist": "assistant", "therapist_bot": "assistant", "chatbot": "assistant", "ai": "assistant",
    "usr": "user",
})


def normalize_role(raw: Any, options: ConvertOptions = DEFAULT_OPTIONS) -> str:
    key = str(raw).strip().lower() if raw is not None else ""
    role = options.roles.get(key) or ROLE_ALIASES.get(key)
    if role is None:
        raise RejectRecord("unknown_role", f"role {str(raw)[:40]!r} is not one this pipeline maps")
    return role


# Chat-template control tokens that sometimes leak into message text.
TEMPLATE_TOKENS = re.compile(
    r"<\|(?:im_start|im_end|endoftext|eot_id|begin_of_text|end_of_text|start_header_id|end_header_id|"
    r"user|assistant|system|end)\|>|</?s>|\[/?INST\]|<</?SYS>>"
)
_HTML_HINT = re.compile(r"<(?:br|p|div|li|ul|ol|b|i|em|strong|span|a|h[1-6])\b[^>]*>|&(?:#\d+|#x[0-9a-f]+|[a-z]+);",
                        re.IGNORECASE)
_HTML_BREAK = re.compile(r"<br\s*/?>", re.IGNORECASE)
_HTML_BLOCK_END = re.compile(r"</(?:p|div|h[1-6]|ul|ol)>", re.IGNORECASE)
_HTML_LIST_ITEM = re.compile(r"<li\b[^>]*>", re.IGNORECASE)
_HTML_TAG = re.compile(r"</?(?:p|div|li|ul|ol|b|i|em|strong|span|a|h[1-6])\b[^>]*>", re.IGNORECASE)
_TRAILING_SPACE = re.compile(r"[ \t]+\n")
_MANY_BLANK_LINES = re.compile(r"\n{3,}")


def html_to_text(text: str) -> str:
    """Only the common tags are touched, so ``a < b`` or ``<3`` survive."""
    text = _HTML_BREAK.sub("\n", text)
    text = _HTML_BLOCK_END.sub("\n\n", text)
    text = _HTML_LIST_ITEM.sub("- ", text)
    text = _HTML_TAG.sub("", text)
    return html.unescape(text)


def normalize_text(value: Any) -> str:
    """NFC, HTML to text, template tokens out, line ends unified, whitespace tidied."""
    if value is None:
        return ""
    text = value if isinstance(value, str) else str(value)
    if "<" in text or "&" in text or "[" in text:
        if _HTML_HINT.search(text):
            text = html_to_text(text)
        text = TEMPLATE_TOKENS.sub("", text)
    text = unicodedata.normalize("NFC", text)
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    if "\n" in text:
        text = _MANY_BLANK_LINES.sub("\n\n", _TRAILING_SPACE.sub("\n", text))
    return text.strip()


def finish_messages(messages: list[Message], alternation: Alternation = "merge") -> list[Message]:
    """Apply the run's policy to same-role neighbours; refuse a record with nothing to train on."""
    out: list[Message] = []
    for m in messages:
        same = out and out[-1].role == m.role and m.role in ("user", "assistant")
        if same and alternation == "reject":
            raise RejectRecord("roles_not_alternating", f"two {m.role} turns in a row at turn {len(out)}")
        if same and alternation == "merge" and out[-1].name == m.name and not out[-1].metadata and not m.metadata:
            prev = out[-1]
            out[-1] = prev.model_copy(update={"content": "\n\n".join(p for p in (prev.content, m.content) if p)})
        else:
            out.append(m)
    if not out:
        raise RejectRecord("empty_conversation", "the record holds no messages")
    if all(not m.content and not m.metadata for m in out):
        raise RejectRecord("empty_content", "every message is empty")
    return out


def record_key(record: Mapping[str, Any]) -> str | None:
    """The record's own identifier, when it has one, for lineage."""
    for k in ("id", "conversation_id", "message_tree_id", "questionID", "question_id", "uuid"):
        v = record.get(k)
        if isinstance(v, (str, int)) and not isinstance(v, bool) and str(v):
            return str(v)[:200]
    return None


def kept_fields(record: Mapping[str, Any], skip: tuple[str, ...] | frozenset[str]) -> dict[str, Any]:
    """The record's other fields as conversation metadata (ids, situation, emotion, tags...):
    scalars, lists of scalars, objects of scalars or of objects of scalars; long or deep values
    are left in the source."""
    out: dict[str, Any] = {}
    for k, v in record.items():
        if not isinstance(k, str) or k in skip or v is None or v == "":
            continue
        if isinstance(v, (str, int, float, bool)):
            out[k] = v[:2000] if isinstance(v, str) else v
        elif isinstance(v, list) and len(v) <= 50 and all(isinstance(x, (str, int, float, bool)) for x in v):
            out[k] = v
        elif isinstance(v, dict) and len(v) <= 50 and all(_flat(x) for x in v.values()):
            out[k] = v
    return out


def _flat(value: Any) -> bool:
    """A scalar, or an object of at most 50 scalars (ESConv's survey scores)."""
    if value is None or isinstance(value, (str, int, float, bool)):
        return True
    return isinstance(value, dict) and len(value) <= 50 and all(
        v is None or isinstance(v, (str, int, float, bool)) for v in value.values())
