"""Fixtures shared by the quality unit tests."""

from __future__ import annotations

import pytest


@pytest.fixture
def semantic_stage(monkeypatch):
    """The semantic reply stage as a new process has it (on by default since reply round ten; a
    test may still set ``DP_REPLY_SEMANTIC``), its model and flag caches empty before and after."""
    from services.quality.checks.counselling import reply_semantic as rs

    monkeypatch.delenv("DP_REPLY_SEMANTIC", raising=False)
    rs.model.cache_clear()
    rs.flagged.cache_clear()
    yield
    rs.model.cache_clear()
    rs.flagged.cache_clear()
