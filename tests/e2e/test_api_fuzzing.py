"""Property-based fuzzing of the gateway against its own OpenAPI document (schemathesis).

Every operation gets generated requests, valid and invalid ones; what must hold for each
response: no 5xx, a status the document declares, a declared content type, and a body that
matches the declared schema (problem documents included). The key is the bootstrap admin's,
so every route is reachable past auth; the e2e stack has generous rate limits.
(schemathesis' pytest plugin does not run under pytest 9, so operations are driven here.)
"""

from collections import Counter

import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings
from hypothesis.errors import Unsatisfiable
from schemathesis.checks import not_a_server_error
from schemathesis.generation.modes import GenerationMode
from schemathesis.specs.openapi.checks import (
    content_type_conformance, response_schema_conformance, status_code_conformance,
)

pytestmark = pytest.mark.e2e
CHECKS = [not_a_server_error, status_code_conformance, content_type_conformance, response_schema_conformance]
EXAMPLES = 25
# Headers that frame the HTTP message itself: a generated value ("content-length: ly|)lSIq0d-") makes the request
# invalid HTTP, which the server (uvicorn's parser) refuses with a plain-text 400 before any route or middleware
# of the gateway sees it, so it tests no part of the API's contract.
FRAMING_HEADERS = frozenset(("content-length", "transfer-encoding", "host", "connection", "expect", "upgrade",
                             "te", "trailer", "keep-alive"))


def without_framing_headers(case) -> None:
    for name in [n for n in (case.headers or {}) if n.lower() in FRAMING_HEADERS]:
        del case.headers[name]


def test_gateway_keeps_its_openapi_contract(gateway_url, api_key):
    schema = schemathesis.openapi.from_url(f"{gateway_url}/openapi.json")
    operations = [result.ok() for result in schema.get_all_operations()]
    assert len(operations) >= 30
    failures = []
    statuses: Counter[int] = Counter()
    cases = [(op, mode) for op in operations for mode in (GenerationMode.POSITIVE, GenerationMode.NEGATIVE)]
    for operation, mode in cases:
        @given(case=operation.as_strategy(generation_mode=mode))
        @settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=list(HealthCheck), database=None)
        def fuzz(case):
            without_framing_headers(case)
            response = case.call_and_validate(headers={"Authorization": f"Bearer {api_key}"}, checks=CHECKS,
                                              timeout=30)
            statuses[response.status_code] += 1

        try:
            fuzz()
        except Unsatisfiable:  # nothing to make invalid (no parameters, no body)
            assert mode is GenerationMode.NEGATIVE, operation.label
        except (Exception, BaseExceptionGroup) as exc:  # noqa: BLE001 - collect every operation's failures
            failures.append(f"{operation.label} ({mode.value}): {exc}"[:3000])
    assert not failures, "\n\n".join(failures)
    print(f"fuzzed {len(operations)} operations with {sum(statuses.values())} requests: {dict(statuses)}")
    assert sum(statuses.values()) >= 20 * len(operations)
    assert {200, 404, 422} <= set(statuses)  # valid and invalid inputs both reached the API


@pytest.mark.parametrize("tier", ["viewer", "editor"])
async def test_no_tier_gets_a_5xx_or_a_2xx_it_lacks_the_scope_for(gateway_url, client, tier):
    """Every operation, fuzzed with a viewer's and an editor's key: never a 5xx, and never a
    2xx where the operation's ``x-required-scopes`` (from its dependencies) are not all the
    tier's."""
    from shared.api.access import SCOPES
    from tests.e2e.conftest import make_key

    key = await make_key(client, tier)
    schema = schemathesis.openapi.from_url(f"{gateway_url}/openapi.json")
    operations = [result.ok() for result in schema.get_all_operations()]
    failures: list[str] = []
    checked = Counter()
    for operation in operations:
        required = set(operation.definition.raw.get("x-required-scopes") or [])
        allowed = required <= SCOPES[tier]

        @given(case=operation.as_strategy(generation_mode=GenerationMode.POSITIVE))
        @settings(max_examples=8, deadline=None, suppress_health_check=list(HealthCheck), database=None)
        def fuzz(case):
            without_framing_headers(case)
            response = case.call_and_validate(headers={"Authorization": f"Bearer {key}"},
                                              checks=[not_a_server_error], timeout=30)
            checked["allowed" if allowed else "refused"] += 1
            if not allowed:
                assert not 200 <= response.status_code < 300, (
                    f"{operation.label}: {response.status_code} for a {tier} key without {sorted(required)}")

        try:
            fuzz()
        except (Exception, BaseExceptionGroup) as exc:  # noqa: BLE001 - collect every operation's failures
            failures.append(f"{operation.label}: {exc}"[:2000])
    assert not failures, "\n\n".join(failures)
    assert checked["refused" if tier == "viewer" else "allowed"] > 0
