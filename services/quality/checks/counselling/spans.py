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


# (thirty-first session, slow31) How far from a match its sentence is read, either way. A turn of 20,000 characters
# with no sentence break ("kill myself kill myself ...", "我想死我想死...") made each of its thousands of matches read
# the whole turn as its sentence (quadratic: 1-5 CPU s in ``risk_category``). No sentence of the labelled files or
# CounselChat is longer than 1,675 characters, so a reach of at least 2,000 on either side of a match reads every
# normal sentence whole, as before. A sentence cut short is cut at a multiple of ``SENTENCE_REACH`` (between one and
# two reaches from the match), so the matches of one stretch share one cut sentence and what is read of the sentence
# alone (``risk_langs._reads_portuguese``) is read once.
SENTENCE_REACH = 2000


def sentence_bounds(text: str, start: int, end: int, stops: str = ".!?\n") -> tuple[int, int]:
    """The whole sentence around ``text[start:end]``, its closing stop included: from after the last of ``stops``
    before ``start`` to just past the first at or after ``end`` (the text's ends when there is none; no reach cut,
    unlike ``sentence_span``)."""
    s = max(text.rfind(c, 0, start) for c in stops) + 1
    ends = [i for i in (text.find(c, end) for c in stops) if i != -1]
    return s, min(ends) + 1 if ends else len(text)


def sentence_span(text: str, start: int, end: int, stops: str) -> tuple[int, int]:
    """The sentence around ``text[start:end]``: from after the last of ``stops`` before ``start`` to the first at
    or after ``end`` (the text's ends when there is none), cut at a multiple of ``SENTENCE_REACH`` when it reaches
    farther than that from the match (at least one reach, less than two, either side)."""
    lo = max(0, (start // SENTENCE_REACH - 1) * SENTENCE_REACH)
    hi = min(len(text), (end // SENTENCE_REACH + 2) * SENTENCE_REACH)
    s = max(max(text.rfind(c, lo, start) for c in stops) + 1, lo)
    ends = [i for i in (text.find(c, end, hi) for c in stops) if i != -1]
    return s, min(ends, default=hi)
