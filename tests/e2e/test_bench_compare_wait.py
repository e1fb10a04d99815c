"""``bench/compare.py``'s wait for a run's end, against the session's stack: the run's WebSocket
tells the end (``end_seen_by`` "socket" or, when the status read sees the terminal mark first,
"poll"), and when the socket cannot be opened at all, polling alone still ends the wait with the
same counts. Nothing timed."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from tests.support.pipeline_client import upload

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "bench"))

import compare  # noqa: E402

EXAMPLE = ROOT / "examples" / "counselling_sessions.jsonl"


async def _dataset(client) -> str:
    r = await upload(client, EXAMPLE, name=f"bench-wait-{id(client)}.jsonl")
    assert r.status_code in (200, 201, 202), r.text
    return r.json()["dataset_id"]


async def test_the_wait_ends_on_the_runs_socket_or_its_status(client):
    result = await compare.execute_and_wait(client, await _dataset(client), batch_size=50, poll=1.0)
    assert result["status"] == "completed", result
    assert result["end_seen_by"] in ("socket", "poll")
    assert result["socket_states"] >= 1  # the socket sent the run's state at least once
    assert result["conversations"] > 0 and result["exported"] == result["counts"]["exported"]
    assert result["run_s"] > 0 and result["conversations_per_s"] > 0
    assert isinstance(result["cpu_s"], dict) and result["cpu_total_s"] >= 0
    assert result["memory_samples"] >= 1  # each service's resident memory, sampled at every poll
    for part, m in result["memory_mb"].items():
        assert m["peak"] >= max(m["first"], m["last"]) > 0, (part, m)


async def test_without_a_socket_polling_alone_ends_the_wait(client, monkeypatch):
    import websockets

    def refuse(*args, **kwargs):
        raise OSError("no socket in this test")

    monkeypatch.setattr(websockets, "connect", refuse)
    result = await compare.execute_and_wait(client, await _dataset(client), batch_size=50, poll=0.5)
    assert result["status"] == "completed", result
    assert result["end_seen_by"] == "poll" and result["socket_states"] == 0
    assert result["conversations"] > 0
