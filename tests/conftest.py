"""Session-wide fixtures. Unit tests need none of them; integration and e2e tests ask for
``infrastructure`` and get real Kafka and MongoDB-wire servers, started once."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest
from hypothesis import settings

from tests.support.infra import Infrastructure, running_infrastructure
# Browser tests (Playwright + Chromium + axe-core): fixtures any test can ask for.
from tests.support.browser import (  # noqa: F401
    blocked_requests, browser, chromium_path, console_errors, new_page, page, pytest_runtest_makereport, screenshot,
)

# No test may assert on time (the machines are shared and noisy): Hypothesis's per-example
# deadline off for every property test, including those whose @settings name no deadline.
settings.register_profile("dataset-pipeline", deadline=None)
settings.load_profile("dataset-pipeline")


def _refuse_heldout(event: str, args: tuple) -> None:
    """An audit hook: opening a blind held-out labelled file raises."""
    if event != "open" or not args or not isinstance(args[0], (str, bytes, os.PathLike)):
        return
    path = Path(os.fsdecode(args[0]))
    if "heldout" in path.name and path.parent.name == "labelled":
        raise PermissionError(f"{path}: a held-out file, read in a run that deselects 'heldout' "
                              "(mark the test @pytest.mark.heldout)")


def pytest_configure(config):
    """A run that deselects the ``heldout`` marker (``-m "not heldout"``: a session tuning a detector)
    must not read a blind held-out labelled file through any other test either: every ``open`` of a
    file of ``tests/support/labelled`` whose name holds ``heldout`` then raises in this process (an
    audit hook sees ``open``, ``Path.read_text`` and numpy's loads alike), so a test that reads one
    without the marker fails instead of leaking the set into the tuning. (Tests that run a bench in a
    subprocess carry the marker.)"""
    if "not heldout" in (config.getoption("markexpr", "") or ""):
        sys.addaudithook(_refuse_heldout)


SHARED_DATASETS = Path(__file__).resolve().parents[2] / "shared" / "datasets"


@pytest.fixture(scope="session")
def infrastructure() -> Infrastructure:
    with running_infrastructure() as infra:
        yield infra


_KEY_PATTERN = __import__("re").compile(rb"dp_[0-9a-f]{16}_[A-Za-z0-9_-]{20,128}")


@pytest.fixture(scope="session", autouse=True)
def no_key_in_any_log(tmp_path_factory):
    """After the whole suite: no log file a test stack wrote (every process's log is under
    pytest's base temp folder) holds an API key, neither a project key (``dp_<id>_<secret>``)
    nor a stack's bootstrap admin key. A failure here shows as an error at session teardown."""
    yield
    from tests.support.stacks import ISSUED_ADMIN_KEYS

    base = tmp_path_factory.getbasetemp()
    leaks = []
    for log in base.rglob("*.log"):
        data = log.read_bytes()
        if _KEY_PATTERN.search(data) or any(k.encode() in data for k in ISSUED_ADMIN_KEYS):
            leaks.append(str(log.relative_to(base)))
    assert not leaks, f"API keys written to logs: {leaks}"
