"""Generic detection, for records no known format claims. Never a silent guess: every
conversation made by a rule here names the rule and the fields it used in
``lineage.detector`` (through ``Draft.detector``).

- **turn list**: a top-level key whose value is a list of at least two objects that all hold
  one role-like field (``role``, ``speaker``, ``from``, ``sender``, ``author``...) with a text
  value and one text-like field (``content``, ``text``, ``utterance``, ``message``...), whose
  role values include a user and an assistant name (the role aliases plus the run's own):
  ``generic:turn-list(key=turns, role=speaker, text=utterance)``.
- **table**: a flat row with exactly one prompt-like and one reply-like text column, judged by
  the words of the header (``prompt_text``/``model_answer``, ``post``/``reply``...): see
  ``find_table_columns``; the ``qa_table`` converter uses it when no known column pair matches
  and marks ``generic:table(prompt=..., reply=...)``.
"""

from __future__ import annotations

import re
from typing import Any

from services.standardization.converters.base import (
    DEFAULT_OPTIONS, ROLE_ALIASES, ConvertOptions, Converter, Draft, Evidence, RejectRecord, kept_fields,
    normalize_role, normalize_text,
)
from shared.conversation import Message

ROLE_FIELDS = ("role", "speaker", "from", "sender", "author", "speakerrole", "participant", "who", "speakertype",
               "authorrole", "party", "interlocutor", "persona")
TEXT_FIELDS = ("content", "text", "value", "utterance", "message", "body", "msg", "utterancetext", "sentence",
               "said", "turn", "response")
_NON_ALNUM = re.compile(r"[^a-z0-9]")


def canon(key: str) -> str:
    return _NON_ALNUM.sub("", key.lower())


def _role_of(value: Any, options: ConvertOptions) -> str | None:
    if not isinstance(value, str):
        return None
    key = value.strip().lower()
    return options.roles.get(key) or ROLE_ALIASES.get(key)


def find_turn_list(record: dict[str, Any], options: ConvertOptions = DEFAULT_OPTIONS) -> tuple[str, str, str] | None:
    """(list key, role field, text field) of the first list of turn objects, or None."""
    for key, turns in record.items():
        if not isinstance(turns, list) or len(turns) < 2 or not isinstance(turns[0], dict):
            continue
        fields = {canon(k): k for k in turns[0] if isinstance(k, str)}
        role_key = next((fields[f] for f in ROLE_FIELDS if f in fields and isinstance(turns[0][fields[f]], str)),
                        None)
        text_key = next((fields[f] for f in TEXT_FIELDS if f in fields and fields[f] != role_key
                         and isinstance(turns[0][fields[f]], str)), None)
        if role_key is None or text_key is None:
            continue
        if not all(isinstance(t, dict) and role_key in t and text_key in t for t in turns):
            continue
        seen = {_role_of(t[role_key], options) for t in turns}
        if "user" in seen and "assistant" in seen:
            return str(key), role_key, text_key
    return None


def turn_list_hint(record: dict[str, Any]) -> str | None:
    """For a reject's detail: a turn list whose role names this pipeline cannot map."""
    for key, turns in record.items():
        if not isinstance(turns, list) or len(turns) < 2 or not isinstance(turns[0], dict):
            continue
        fields = {canon(k): k for k in turns[0] if isinstance(k, str)}
        role_key = next((fields[f] for f in ROLE_FIELDS if f in fields), None)
        text_key = next((fields[f] for f in TEXT_FIELDS if f in fields and fields[f] != role_key), None)
        if role_key and text_key:
            names = sorted({str(t.get(role_key))[:40] for t in turns if isinstance(t, dict)})[:8]
            return (f"the turns under {key!r} (role field {role_key!r}, text field {text_key!r}) have role names "
                    f"{names} that do not include both a user and an assistant name: map them with the run's roles "
                    f"option (lower case), e.g. {{{names[0].lower()!r}: 'user'}}")
    return None


class GenericTurns(Converter):
    name = "generic_turns"
    fallback = True  # detect() asks it only when no known format matched (see ``guess``)

    def match(self, record: dict[str, Any]) -> Evidence | None:
        found = find_turn_list(record)
        return Evidence(0.5, found) if found else None

    def convert(self, record: dict[str, Any], options: ConvertOptions = DEFAULT_OPTIONS) -> list[Draft]:
        found = find_turn_list(record, options)
        if found is None:
            raise RejectRecord("unknown_format", "no list of turns with a user and an assistant role")
        key, role_key, text_key = found
        messages = [Message(role=normalize_role(t[role_key], options), content=normalize_text(t[text_key]))
                    for t in record[key]]
        detector = f"generic:turn-list(key={key}, role={role_key}, text={text_key})"
        return [Draft(messages, kept_fields(record, (key,)), detector=detector)]


# Header words (after splitting snake_case, camelCase, spaces and punctuation).
PROMPT_WORDS = frozenset({
    "prompt", "question", "questions", "query", "queries", "input", "context", "post", "posts", "request",
    "instruction", "utterance", "message", "user", "human", "client", "patient", "seeker", "ask", "asked",
    "problem", "issue", "concern", "statement", "inquiry", "enquiry", "source", "src",
})
REPLY_WORDS = frozenset({
    "response", "responses", "answer", "answers", "reply", "replies", "output", "completion", "target", "tgt",
    "assistant", "bot", "gpt", "model", "counselor", "counsellor", "therapist", "doctor", "supporter", "advice",
    "solution", "resolution", "comment", "comments",
})
NOT_TEXT_WORDS = frozenset({
    "id", "ids", "idx", "index", "num", "number", "count", "len", "length", "score", "label", "labels", "date",
    "time", "timestamp", "url", "link", "lang", "language", "type", "category", "upvotes", "votes", "rank",
    "views", "tokens", "topic", "tag", "tags", "author", "name", "title",
})
_CAMEL = re.compile(r"(?<=[a-z0-9])(?=[A-Z])")
_SPLIT = re.compile(r"[^a-z0-9]+")


def header_words(key: str) -> set[str]:
    return {w for w in _SPLIT.split(_CAMEL.sub(" ", key).lower()) if w}


def find_table_columns(record: dict[str, Any]) -> tuple[str, str] | None:
    """(prompt column, reply column) when exactly one text column reads as a prompt and exactly
    one as a reply; a column whose header has words of both kinds, or an id/score-like word,
    counts as neither."""
    prompts: list[str] = []
    replies: list[str] = []
    for key, value in record.items():
        if not isinstance(key, str) or not isinstance(value, str):
            continue
        words = header_words(key)
        if not words or words & NOT_TEXT_WORDS:
            continue
        p, r = bool(words & PROMPT_WORDS), bool(words & REPLY_WORDS)
        if p and not r:
            prompts.append(key)
        elif r and not p:
            replies.append(key)
    if len(prompts) == 1 and len(replies) == 1:
        return prompts[0], replies[0]
    return None


def guess(record: dict[str, Any], options: ConvertOptions = DEFAULT_OPTIONS) -> tuple[str, Evidence] | None:
    """The generic rules, for a record no known format claimed: (converter name, evidence).
    Asked only then, so a recognised record never pays for them; their confidences (0.5, 0.6)
    are below every known format's anyway."""
    columns = find_table_columns(record)
    if columns is not None:
        return "qa_table", Evidence(0.6, (*columns, "generic"))
    turns = find_turn_list(record, options)
    if turns is not None:
        return GenericTurns.name, Evidence(0.5, turns)
    return None
