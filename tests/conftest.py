"""Session-wide fixtures. Unit tests need none of them; integration and e2e tests ask for
``infrastructure`` and get real Kafka and MongoDB-wire servers, started once."""

from __future__ import annotations

import pytest

from tests.support.infra import Infrastructure, running_infrastructure

SHARED_DATASETS = __import__("pathlib").Path(__file__).resolve().parents[2] / "shared" / "datasets"


@pytest.fixture(scope="session")
def infrastructure() -> Infrastructure:
    with running_infrastructure() as infra:
        yield infra
