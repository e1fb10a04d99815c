"""The heap settler: start-up objects frozen out of the collector's traversals, at the message
counts it names and never again; a failing handler counts too."""

import gc

import pytest
from faststream.kafka import KafkaBroker, TestKafkaBroker

from shared import heap
from shared.broker import heap_middleware


@pytest.fixture
def unfrozen():
    gc.unfreeze()
    yield
    gc.unfreeze()


def test_settle_freezes_what_is_alive_and_collects_cycles_first(unfrozen):
    class Node:
        pass

    kept = Node()
    garbage = Node()
    garbage.self = garbage  # a cycle only the collector frees
    del garbage
    frozen = heap.settle("test")
    assert frozen == gc.get_freeze_count() > 0
    assert not any(type(o) is Node and o is not kept for o in gc.get_objects())
    assert kept not in gc.get_objects()  # frozen: the collector no longer traverses it


def test_settler_settles_after_the_named_messages_only(monkeypatch):
    calls = []
    monkeypatch.setattr(heap, "settle", calls.append)
    settler = heap.HeapSettler(frozenset({1, 3}))
    for _ in range(6):
        settler.message_done()
    assert calls == ["after message 1", "after message 3"]
    assert heap.SETTLE_AFTER_MESSAGES == frozenset({1, 4, 16, 64})


async def test_the_middleware_counts_each_message_handled_or_failed(monkeypatch):
    calls = []
    monkeypatch.setattr(heap, "settle", calls.append)
    settler = heap.HeapSettler(frozenset({2}))
    broker = KafkaBroker(middlewares=[heap_middleware(settler)])

    @broker.subscriber("t")
    async def handle(body: dict) -> None:
        if body.get("fail"):
            raise RuntimeError("boom")

    async with TestKafkaBroker(broker) as br:
        await br.publish({"ok": 1}, "t")
        assert settler.handled == 1 and calls == []
        with pytest.raises(RuntimeError):
            await br.publish({"fail": 1}, "t")
    assert settler.handled == 2 and calls == ["after message 2"]
