"""The retry schedule: exponential, capped, jittered; its settings; the fault hook's spec."""

import random

import pytest

from shared.broker import RetryPolicy, parse_fault
from shared.settings import BaseServiceSettings


def test_waits_double_from_the_base_until_the_cap_without_jitter():
    policy = RetryPolicy(attempts=8, backoff_s=0.5, backoff_max_s=5.0, jitter=0.0)
    assert policy.schedule() == [0.5, 1.0, 2.0, 4.0, 5.0, 5.0, 5.0]


def test_jitter_keeps_each_wait_between_half_and_all_of_its_step():
    policy = RetryPolicy(attempts=10, backoff_s=0.25, backoff_max_s=8.0)
    steps = RetryPolicy(attempts=10, backoff_s=0.25, backoff_max_s=8.0, jitter=0.0).schedule()
    rng = random.Random(7)
    for _ in range(200):
        waits = policy.schedule(rng.random)
        assert len(waits) == 9
        assert all(step / 2 <= w <= step for w, step in zip(waits, steps, strict=True))
        assert max(waits) <= 8.0
    assert policy.schedule(lambda: 0.0) == steps  # the extremes of the random factor
    assert policy.schedule(lambda: 1.0) == [s / 2 for s in steps]


def test_two_replicas_do_not_retry_in_step():
    policy = RetryPolicy(attempts=4)
    assert policy.schedule(random.Random(1).random) != policy.schedule(random.Random(2).random)


def test_the_cap_holds_for_any_attempt_count_and_one_attempt_means_no_retry():
    assert RetryPolicy(attempts=1).schedule() == []
    assert RetryPolicy(backoff_s=1.0, backoff_max_s=30.0, jitter=0.0).delay(5000) == 30.0
    assert RetryPolicy(backoff_s=0.0).delay(3) == 0.0


def test_settings_name_the_schedule(monkeypatch):
    monkeypatch.setenv("DP_HANDLER_ATTEMPTS", "5")
    monkeypatch.setenv("DP_RETRY_BACKOFF_S", "0.2")
    monkeypatch.setenv("DP_RETRY_BACKOFF_MAX_S", "3")
    s = BaseServiceSettings()
    assert (s.handler_attempts, s.retry_backoff_s, s.retry_backoff_max_s) == (5, 0.2, 3.0)
    monkeypatch.setenv("DP_HANDLER_ATTEMPTS", "0")
    with pytest.raises(ValueError, match="handler_attempts|DP_HANDLER_ATTEMPTS"):
        BaseServiceSettings()


def test_defaults(monkeypatch):
    for name in ("DP_HANDLER_ATTEMPTS", "DP_RETRY_BACKOFF_S", "DP_RETRY_BACKOFF_MAX_S", "DP_FAULT_INJECT"):
        monkeypatch.delenv(name, raising=False)
    s = BaseServiceSettings()
    assert (s.handler_attempts, s.retry_backoff_s, s.retry_backoff_max_s, s.fault_inject) == (3, 0.5, 10.0, "")


def test_fault_spec_names_a_service_a_marker_and_optionally_how_often():
    assert parse_fault("", "quality") == []
    assert parse_fault("quality:BOOM", "standardization") == []
    assert parse_fault("quality:BOOM", "quality") == [(b"BOOM", 0)]
    assert parse_fault("quality:BOOM:2, standardization:X, quality:ONCE:1", "quality") == [(b"BOOM", 2), (b"ONCE", 1)]
    assert parse_fault("quality:", "quality") == []
