"""The KRaft cluster id the local stack formats Kafka's storage with (deploy/local/infra.py).

A CI run failed because a random id began with '-': kafka-storage read it as an option.
"""

from __future__ import annotations

import base64
import uuid

from tests.support.infra import REPO  # noqa: F401 - puts deploy/local on sys.path

import infra  # noqa: E402


def test_an_id_starting_with_a_dash_is_drawn_again(monkeypatch):
    dashed = uuid.UUID(bytes=bytes([0xF8]) + bytes(15))  # 0b111110.. encodes as '-'
    assert base64.urlsafe_b64encode(dashed.bytes).decode().startswith("-")
    plain = uuid.UUID(bytes=bytes(range(16)))
    draws = iter([dashed, dashed, plain])
    monkeypatch.setattr(infra.uuid, "uuid4", lambda: next(draws))
    cluster_id = infra.new_cluster_id()
    assert cluster_id == base64.urlsafe_b64encode(plain.bytes).decode().rstrip("=")


def test_ids_are_22_url_safe_characters_and_never_start_with_a_dash():
    ids = {infra.new_cluster_id() for _ in range(2000)}
    assert len(ids) == 2000
    for cluster_id in ids:
        assert len(cluster_id) == 22 and not cluster_id.startswith("-")
        assert base64.urlsafe_b64decode(cluster_id + "==")
