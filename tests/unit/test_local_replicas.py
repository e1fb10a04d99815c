"""How many processes of each service `make up` / `make run` start (deploy/local/stack.py)."""

from __future__ import annotations

import pytest

from tests.support.infra import REPO  # noqa: F401 - puts deploy/local on sys.path

import stack  # noqa: E402


@pytest.mark.parametrize("cpus, quality", [(1, 1), (2, 2), (3, 3), (8, 4), (0, 1)])
def test_quality_gets_a_replica_per_core_up_to_four(cpus, quality):
    assert stack.default_replicas("quality", cpus) == quality
    for service in ("acquisition", "standardization", "production"):
        assert stack.default_replicas(service, cpus) == 1


def test_an_unknown_core_count_gives_one(monkeypatch):
    monkeypatch.setattr(stack.os, "cpu_count", lambda: None)
    assert stack.default_replicas("quality") == 1


def test_counts_default_unless_set(monkeypatch):
    monkeypatch.setattr(stack.os, "cpu_count", lambda: 2)
    assert stack.replica_counts({}) == {"acquisition": 1, "standardization": 1, "quality": 2, "production": 1}
    assert stack.replica_counts({"DP_QUALITY_REPLICAS": "1"})["quality"] == 1
    assert stack.replica_counts({"DP_STANDARDIZATION_REPLICAS": " 3 "})["standardization"] == 3
    with pytest.raises(stack.ConfigError, match="DP_QUALITY_REPLICAS"):
        stack.replica_counts({"DP_QUALITY_REPLICAS": "17"})


def test_a_taken_port_refuses_the_start_and_names_it(tmp_path):
    import socket

    with socket.socket() as held:
        held.bind(("127.0.0.1", 0))
        held.listen()
        port = held.getsockname()[1]
        components = [stack.Component("gateway", "gateway.app:create_app", port)]
        s = stack.Stack({}, state_dir=tmp_path, components=components)
        with pytest.raises(stack.ConfigError, match=f"gateway: port {port} is in use.*DP_LOCAL_GATEWAY_PORT"):
            s.start()
        assert not (tmp_path / "pids" / "gateway.pid").exists()  # nothing started
    assert stack.port_is_free(port)


def test_the_message_points_out_the_ephemeral_range(monkeypatch):
    monkeypatch.setattr(stack, "ephemeral_range", lambda: (32768, 60999))
    inside = stack.port_taken_message([stack.Component("quality-1", "x:y", 39102)])
    below = stack.port_taken_message([stack.Component("quality-1", "x:y", 31502)])
    assert "ephemeral range" in inside and "ephemeral" not in below


@pytest.mark.parametrize(("replicas", "consumers"), [(1, 2), (2, 2), (3, 1), (4, 1)])
def test_two_quality_consumers_per_process_while_the_partitions_go_round(replicas, consumers):
    assert stack.quality_consumers(replicas) == consumers


def test_local_env_sets_quality_consumers_unless_given(monkeypatch):
    comps = stack.default_components(replicas={"quality": 3})
    monkeypatch.delenv("DP_QUALITY_CONSUMERS", raising=False)
    assert stack.local_env(comps)["DP_QUALITY_CONSUMERS"] == "1"
    monkeypatch.setenv("DP_QUALITY_CONSUMERS", "2")
    assert "DP_QUALITY_CONSUMERS" not in stack.local_env(comps)


def test_consumers_match_the_topic_table():
    from shared import topics

    assert stack.BATCH_STANDARDIZED_PARTITIONS == topics.BATCH_STANDARDIZED.partitions
