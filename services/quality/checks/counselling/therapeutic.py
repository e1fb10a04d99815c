"""Therapeutic quality signals in counsellor turns, reported as sub-scores (0..1):
reflection, validation/empathy, open questions; plus a flag for advice-giving with no
reflection at all. Markers follow common counselling-skills rubrics (reflective
listening, validation, open vs closed questions: e.g. Miller & Rollnick's MI skills)."""

from __future__ import annotations

import re

from services.quality.checks.base import Check, ConversationView
from services.quality.checks.prefilter import pruned
from shared.conversation import Conversation

REFLECTION = re.compile(
    r"\b(?:it sounds like|sounds like you|it seems (?:like|that)|i hear (?:that|you)|what i'?m hearing|"
    r"you(?:'re| are) feeling|you feel|you(?:'ve| have) been feeling|if i understand|so you(?:'re| are)|"
    r"that must (?:be|feel|have))\b", re.IGNORECASE)
VALIDATION = re.compile(
    r"\b(?:that makes (?:a lot of )?sense|it'?s (?:understandable|okay|ok|natural|normal) to|"
    r"(?:it is|that'?s) understandable|i'?m (?:so )?sorry|that sounds (?:really |so |very )?(?:hard|difficult|"
    r"painful|exhausting|overwhelming|frustrating|scary|lonely)|you(?:'re| are) not alone|"
    r"thank you for (?:sharing|telling|reaching)|(?:it )?takes courage|many people (?:feel|experience))\b",
    re.IGNORECASE)
OPEN_QUESTION = re.compile(
    r"(?:^|[.!?]\s+|\n)(?:what|how|when|where|who|which|in what way|tell me|could you (?:describe|tell|share)|"
    r"can you (?:describe|tell|share))\b[^?]*\?", re.IGNORECASE)
ADVICE = re.compile(
    r"\b(?:you should|you need to|you must|you have to|make sure|i recommend|i suggest|i would suggest|"
    r"try to|don'?t forget to|the best thing (?:is|would be))\b", re.IGNORECASE)


_SENTENCE_END = re.compile(r"[.!?](?:\s|$)")


def therapeutic_signals(conversation: Conversation) -> dict[str, float]:
    return signals(ConversationView(conversation))


def _present(pattern: re.Pattern, view: ConversationView) -> float:
    """``min(1.0, len(pattern.findall(text)) / 1)``: 1.0 if it occurs at all, else 0.0. A function
    of the counsellor text alone, kept with its ``Folded`` form (``Folded.remembered``): a
    counsellor text met again is not searched again."""
    folded = view.folded("assistant")
    # a module constant: its id is stable, and hashing a pattern hashes its code
    return folded.remembered(("present", id(pattern)), lambda: _find(pattern, folded))


def _find(pattern: re.Pattern, folded) -> float:
    # only the alternatives the text can hold (``prefilter.Pruned``: the same matches)
    located = pruned(pattern).locate(folded)  # and where matches may start
    if located is None:
        return 0.0
    run, pos = located
    text = folded.text
    # Every open-question match ends at a "?", so none lies past the last one; searching
    # only up to it spares ``[^?]*`` its scan to the end after each question word.
    end = text.rfind("?") + 1 if pattern is OPEN_QUESTION else len(text)
    return 1.0 if run.search(text, pos, end) is not None else 0.0


def _advice(view: ConversationView) -> int:
    folded = view.folded("assistant")
    return folded.remembered("advice", lambda: _count_advice(folded))


def _count_advice(folded) -> int:
    located = pruned(ADVICE).locate(folded)
    return len(located[0].findall(folded.text, located[1])) if located is not None else 0


def signals(view: ConversationView) -> dict[str, float]:
    """``therapeutic_signals`` on a view: a function of the counsellor text alone, made once per
    text (``Folded.remembered``; a copy each call)."""
    folded = view.folded("assistant")
    return dict(folded.remembered("signals", lambda: _signals(view)))


def _signals(view: ConversationView) -> dict[str, float]:
    text = view.text("assistant")
    if not text:
        return {"reflection": 0.0, "validation": 0.0, "open_questions": 0.0, "advice_load": 0.0, "score": 0.0}
    reflection = _present(REFLECTION, view)
    validation = _present(VALIDATION, view)
    open_q = _present(OPEN_QUESTION, view)
    n_advice = _advice(view)
    advice = 0.0
    if n_advice:  # sentences only matter as advice's denominator
        advice = min(1.0, n_advice / max(1, len(_SENTENCE_END.findall(text))))
    score = round((reflection + validation + open_q) / 3 * (1.0 - 0.5 * advice), 3)
    return {"reflection": reflection, "validation": validation, "open_questions": open_q,
            "advice_load": round(advice, 3), "score": score}


class OverAdvice(Check):
    name = "over_advice"
    reason = "over_advice"
    tier = "counselling"
    weight = 0.1
    recommendation = "mostly instructions with no reflection or validation: a weak counselling example"

    def __init__(self, min_advice: int = 4) -> None:
        self.min_advice = min_advice

    def examine(self, view: ConversationView) -> str | None:
        advice = _advice(view)
        if advice >= self.min_advice and not _present(REFLECTION, view) and not _present(VALIDATION, view):
            return f"{advice} directives and no reflection or validation"
        return None
