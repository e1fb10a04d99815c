"""What the reply-check tests share: an exchange (a client turn, then a counsellor reply) through
every check, or one check's verdict with the learned reply stages switched off or steered."""

from __future__ import annotations

from services.quality.checks import default_checks
from services.quality.checks.counselling import unsafe
from services.quality.checks.view import ConversationView
from services.quality.scoring import assess
from tests.support.factories import conversation

CHECKS = default_checks()


def exchange(client: str, reply: str):
    return conversation(("user", client), ("assistant", reply))


def flags(client: str, reply: str) -> set[str]:
    """The flags the full assessment gives the exchange."""
    return set(assess(exchange(client, reply), CHECKS)[0].flags)


def failed(client: str, reply: str, checks=None) -> dict[str, str]:
    """Each failed check's reason and detail (``checks``: a fresh set, for a test that changed settings)."""
    report = assess(exchange(client, reply), CHECKS if checks is None else checks)[0]
    return {c["reason"]: c["detail"] for c in report.checks.values() if c.get("passed") is False}


def verdict(check, client: str, reply: str, monkeypatch=None, *, learned: str | None = None,
            semantic: bool = True) -> str | None:
    """One check's verdict (``check``: the check or its reason). With ``monkeypatch``, the learned reply
    stage reads only the flag ``learned`` (none by default), and ``semantic=False`` switches the
    semantic stage off too, so that a case tests the phrase tiers alone."""
    if monkeypatch is not None:
        monkeypatch.setattr(unsafe, "learned", lambda view, flag: (
            "turn 1: the learned reply stage reads it" if learned is not None and flag == learned else None))
        if not semantic:
            monkeypatch.setattr(unsafe, "semantic", lambda view, reason: None)
    if isinstance(check, str):
        check = next(c for c in CHECKS if c.reason == check)
    return check.examine(ConversationView(exchange(client, reply)))
