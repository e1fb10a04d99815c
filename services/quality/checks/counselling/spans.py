"""Cutting spans out of a client turn: what the risk detector reads of a turn without the clauses
stage one has decided (harm by others, medication, sleep and diagnosis talk)."""

from __future__ import annotations


def without_spans(text: str, spans: list[tuple[int, int]]) -> str:
    """``text`` without ``spans`` (sorted; overlapping ones merged), the rest joined by single spaces,
    or ``text`` itself when there are none."""
    if not spans:
        return text
    parts, last = [], 0
    for s, e in spans:
        parts.append(text[last:max(s, last)])
        last = max(last, e)
    parts.append(text[last:])
    return " ".join(p.strip() for p in parts if p.strip())
