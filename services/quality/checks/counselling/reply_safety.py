"""The learned stage of the counsellor-reply checks, read per conversation: each counsellor turn
of turn size (``reply_model.readable``) that answers a client turn goes through the reply model
once, and every reply check asks the result for its own reason (``learned``).

The checks run their patterns first; ``learned`` is what they fall back on when no pattern
fires. Each verdict names the counsellor turn, the client turn it answers and the model's
probability, so a reviewer sees why it was flagged.
"""

from __future__ import annotations

from services.quality.checks.base import ConversationView
from services.quality.checks.counselling import reply_model
from services.quality.checks.counselling.crisis import LEVELS, turn_risk

_MEMO = "reply_model"


def _verdicts(view: ConversationView) -> dict[str, tuple[int, int, float]]:
    """The first counsellor turn the model flags for each reason: reason -> (turn, client turn,
    probability)."""
    model = reply_model.model()
    out: dict[str, tuple[int, int, float]] = {}
    if model is None:
        return out
    client = None
    for j, m in enumerate(view.messages):
        if m.role == "user":
            client = j
            continue
        if m.role != "assistant" or client is None or not m.content.strip() or not reply_model.readable(m.content):
            continue  # an empty turn is the structure check's (empty_turn)
        text = view.messages[client].content
        risk = LEVELS.index(turn_risk(view, client)) >= 2
        for reason, p in model.reasons_for(text, m.content, risk).items():
            out.setdefault(reason, (j, client, p))
    return out


def verdicts(view: ConversationView) -> dict[str, tuple[int, int, float]]:
    """``_verdicts``, computed once per conversation (every reply check asks)."""
    found = view.memo.get(_MEMO)
    if found is None:
        found = view.memo[_MEMO] = _verdicts(view)
    return found


def learned(view: ConversationView, reason: str, what: str) -> str | None:
    """The check's detail if the model flags a counsellor turn for ``reason`` (a labelled reason,
    ``evaluation.REPLY_FLAGS``), else None. ``what`` says what the reason is, for the detail."""
    hit = verdicts(view).get(reason)
    if hit is None:
        return None
    j, i, p = hit
    return f"turn {j}: {what} in the reply to turn {i} (learned stage, p={p:.2f})"
