"""Session-wide fixtures. Unit tests need none of them; integration and e2e tests ask for
``infrastructure`` and get real Kafka and MongoDB-wire servers, started once."""

from __future__ import annotations

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

SHARED_DATASETS = __import__("pathlib").Path(__file__).resolve().parents[2] / "shared" / "datasets"


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
