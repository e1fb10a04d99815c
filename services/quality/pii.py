"""PII/PHI detection and redaction for counselling text.

Detectors are regular expressions with validation where a checksum exists (Luhn for card
numbers) and context where a pattern alone is ambiguous (a date is a date of birth only
near "born"/"DOB"; a name only after "my name is" or under a sign-off). Redaction replaces
each span with a typed placeholder (``[EMAIL]``, ``[PHONE]``, ...).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from services.quality.checks.prefilter import Folded, guard


@dataclass(frozen=True)
class Span:
    kind: str
    start: int
    end: int
    text: str


def luhn_ok(digits: str) -> bool:
    total, parity = 0, len(digits) % 2
    for i, ch in enumerate(digits):
        d = int(ch)
        if i % 2 == parity:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


_DATE = r"(?:\d{1,2}[/.-]\d{1,2}[/.-](?:19|20)?\d{2}|(?:19|20)\d{2}-\d{2}-\d{2}|" \
        r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|" \
        r"oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.? \d{1,2}(?:st|nd|rd|th)?,? (?:19|20)\d{2}|" \
        r"\d{1,2}(?:st|nd|rd|th)? (?:of )?(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|" \
        r"aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?),? (?:19|20)\d{2})"
_NAME = r"[A-Z][a-z]+(?:[- ][A-Z][a-z]+)?"

PATTERNS: tuple[tuple[str, re.Pattern, int], ...] = (
    # (kind, pattern, group holding the PII)
    ("EMAIL", re.compile(r"\b[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}\b"), 0),
    ("URL", re.compile(r"\bhttps?://(?:www\.)?(?:facebook\.com|instagram\.com|twitter\.com|x\.com|linkedin\.com/in|"
                       r"tiktok\.com/@|github\.com|reddit\.com/u(?:ser)?)/[^\s)\"'<>]+|"
                       r"\bhttps?://[^\s)\"'<>]+/(?:users?|profiles?|members?|~)[/=][^\s)\"'<>]+", re.IGNORECASE), 0),
    ("SSN", re.compile(r"\b(?!000|666|9\d\d)\d{3}-(?!00)\d{2}-(?!0000)\d{4}\b"), 0),
    ("NATIONAL_ID", re.compile(r"\b[A-Z]{2} ?\d{2} ?\d{2} ?\d{2} ?[A-D]\b"), 0),  # UK NI number shape
    ("CARD", re.compile(r"\b(?:\d[ -]?){12,18}\d\b"), 0),
    ("IP", re.compile(r"\b(?:(?:25[0-5]|2[0-4]\d|1?\d?\d)\.){3}(?:25[0-5]|2[0-4]\d|1?\d?\d)\b"), 0),
    ("PHONE", re.compile(r"(?<![\w/-])(?:\+\d{1,3}[ .-]?)?(?:\(\d{3}\)|\d{3})[ .-]?\d{3}[ .-]?\d{4}(?![\w-])|"
                         r"(?<![\w/-])\+?44 ?7\d{3} ?\d{6}(?!\w)|(?<![\w/-])07\d{3} ?\d{6}(?!\w)"), 0),
    ("DOB", re.compile(rf"\b(?:born (?:on )?|date of birth:? |d\.?o\.?b\.?:? |birthday is (?:on )?)({_DATE})",
                       re.IGNORECASE), 1),
    ("ADDRESS", re.compile(r"\b\d{1,5} (?:[A-Z][a-z]+ ){1,3}(?:Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Lane|Ln|"
                           r"Drive|Dr|Court|Ct|Way|Place|Pl|Terrace|Close|Crescent)\b\.?(?:,? (?:Apt|Unit|Suite)"
                           r"\.? ?\w+)?"), 0),
    ("NAME", re.compile(rf"\b(?:[Mm]y name is|[Mm]y name's|I'm called|I am called|[Cc]all me|[Tt]his is) ({_NAME})"), 1),
    ("NAME", re.compile(rf"(?:^|\n)(?:Best|Regards|Kind regards|Warm regards|Sincerely|Warmly|Thanks|Thank you|"
                        rf"Cheers|Best wishes|Take care),?\s*\n\s*({_NAME})\s*(?:$|\n|,)"), 1),
)
NOT_NAMES = {"Here", "Not", "Just", "Me", "Someone", "Sad", "Tired", "Anxious", "Lost", "Okay", "Fine", "The", "A",
             "Crazy", "Weird", "Stupid", "Lazy", "Selfish", "Names", "Mom", "Dad"}


_DIGIT = re.compile(r"\d")
_NAME_CUES = re.compile(r"name|call|this is|regards|sincerely|warmly|thank|cheers|best|take care", re.IGNORECASE)


# Every digit detector but the UK NI number's finds its first digit where a word starts (after
# \b, "+", "(" or a (?<![\w/-]) lookbehind): text whose digits all sit inside words ("w123",
# "mp3", ids) cannot match them, so they do not run on it.
_WORD_INITIAL_DIGIT = re.compile(r"\b\d")
_INSIDE_WORDS_OK = frozenset({"NATIONAL_ID"})
_LITERAL_CUED = frozenset({"EMAIL", "URL", "NAME"})  # the others are digit detectors


def _could_match(kind: str, text: str, has_digit: bool, initial_digit: bool = True) -> bool:
    """Preconditions, so most text skips most patterns. Not only a speed-up: the URL
    pattern ignores case but runs only on text with a lower-case "http"."""
    if kind == "EMAIL":
        return "@" in text
    if kind == "URL":
        return "http" in text
    if kind == "NAME":
        return bool(_NAME_CUES.search(text))
    return has_digit and (initial_digit or kind in _INSIDE_WORDS_OK)


def find_pii(text: str, folded: Folded | None = None) -> list[Span]:
    """The PII spans in ``text``, in order; ``folded`` is ``Folded(text)`` when the caller
    has it. A pattern runs only when its guard cannot rule it out (literals it needs, such
    as "@" or "my name is ", and digits: a card number needs 13), so most text skips most
    patterns; then ``_could_match`` as before."""
    spans: list[Span] = []
    folded = folded or Folded(text)
    has_digit = folded.digits > 0
    initial_digit = has_digit and _WORD_INITIAL_DIGIT.search(text) is not None
    for kind, pattern, group in PATTERNS:
        if kind not in _LITERAL_CUED and not (has_digit and (initial_digit or kind in _INSIDE_WORDS_OK)):
            continue  # the cheapest test first for the digit detectors
        if not guard(pattern).may_match(folded) or not _could_match(kind, text, has_digit, initial_digit):
            continue
        add_matches(kind, pattern, group, text, spans)
    return sorted(spans, key=lambda s: s.start)


def add_matches(kind: str, pattern: re.Pattern, group: int, text: str, spans: list[Span]) -> None:
    """Append one detector's valid matches in ``text`` to ``spans`` (a card number must pass
    Luhn, a name must not be a common word, characters an earlier detector claimed stay its)."""
    for m in pattern.finditer(text):
        start, end = m.span(group)
        value = m.group(group)
        if kind == "CARD":
            digits = re.sub(r"\D", "", value)
            if not (13 <= len(digits) <= 19 and luhn_ok(digits)):
                continue
        if kind == "NAME" and value.split()[0] in NOT_NAMES:
            continue
        if any(s.start < end and start < s.end for s in spans):
            continue  # an earlier, more specific detector already claimed these characters
        spans.append(Span(kind, start, end, value))


def redact(text: str, spans: list[Span] | None = None) -> str:
    spans = find_pii(text) if spans is None else spans
    out, pos = [], 0
    for s in spans:
        out.append(text[pos:s.start])
        out.append(f"[{s.kind}]")
        pos = s.end
    out.append(text[pos:])
    return "".join(out)
