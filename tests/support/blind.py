"""The small checks the blind-round tests (``tests/unit/quality/test_*_thirty_*.py``, ``test_*blind*.py``) repeat
case after case: the risk classifier's stage one names a category or none, the whole assessment reads a turn
as risk or not, a detector's pattern runs a long turn in linear time, a counsellor reply is flagged for a reason
or not, a PII span is found or not. Each is one assertion, written once here; the cases stay in the test files."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable

from services.quality.checks.counselling import crisis, risk
from tests.support import pii, replies

# ---------------------------------------------------------------- risk


def assert_category(text: str, category: str) -> None:
    """Stage one (the phrase tiers, ``risk.classify``) names ``category`` (``"none"``: no risk)."""
    assert risk.classify(text)[0] == category


def assert_stage_one_none(text: str) -> None:
    """Stage one leaves a look-alike at ``none``."""
    assert_category(text, "none")


def assert_risk(text: str) -> None:
    """The risk reading as a whole (``crisis.risk_category``: stage one and the readers) finds risk."""
    assert crisis.risk_category(text) != "none"


def assert_risk_category(text: str, category: str) -> None:
    """The risk reading as a whole names ``category``."""
    assert crisis.risk_category(text) == category


def assert_no_risk(text: str) -> None:
    """The risk reading as a whole finds none."""
    assert crisis.risk_category(text) == "none"


# ---------------------------------------------------------------- linear time


def repeated(unit: str, length: int = 20_000) -> str:
    """A turn of ``length`` characters at most, ``unit`` over and over (whole units only)."""
    return unit * (length // len(unit))


def assert_fast(fn: Callable[[str], object], text: str, seconds: float = 2.0, what: object = None) -> None:
    """``fn(text)`` takes less than ``seconds`` of CPU time (``what``: the failure's message)."""
    start = time.process_time()
    fn(text)
    assert time.process_time() - start < seconds, what


def assert_patterns_fast(patterns: Iterable, text: str, seconds: float = 2.0) -> None:
    """Each compiled pattern's ``search`` of ``text`` takes less than ``seconds`` (the message: its start)."""
    for pattern in patterns:
        assert_fast(pattern.search, text, seconds, pattern.pattern[:80])


# ---------------------------------------------------------------- counsellor replies


def reply_verdict(reason: str, client: str, reply: str, monkeypatch, learned: str | None = None) -> str | None:
    """The check's verdict from its patterns alone (the semantic stage off, the learned stage reading only
    ``learned``): ``tests.support.replies.verdict`` with ``semantic=False``."""
    return replies.verdict(reason, client, reply, monkeypatch, learned=learned, semantic=False)


def assert_flagged(reason: str, client: str, reply: str, monkeypatch, learned: str | None = None,
                   what: object = None) -> None:
    """The reply is flagged for ``reason`` (``what``: the failure's message)."""
    assert reply_verdict(reason, client, reply, monkeypatch, learned) is not None, what


def assert_not_flagged(reason: str, client: str, reply: str, monkeypatch, learned: str | None = None,
                       what: object = None) -> None:
    """The reply is not flagged for ``reason``."""
    assert reply_verdict(reason, client, reply, monkeypatch, learned) is None, what


# ---------------------------------------------------------------- PII


def kinds(text: str, kind: str) -> list[str]:
    """The texts of ``text``'s PII spans of ``kind``, in order."""
    return [t for k, t in pii.spans(text) if k == kind]


def assert_pii(text: str, kind: str, value: str) -> None:
    """A span of ``kind`` covering exactly ``value`` is found."""
    assert (kind, value) in pii.spans(text)


def assert_no_pii(text: str, kind: str) -> None:
    """No span of ``kind`` is found."""
    assert kinds(text, kind) == []


def assert_name(text: str, name: str) -> None:
    """``name`` is among the names found."""
    assert name in pii.names(text)


def assert_no_name(text: str) -> None:
    """No name is found."""
    assert pii.names(text) == []
