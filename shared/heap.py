"""Keep Python's cyclic garbage collector off the objects a service holds for its whole life.

Every batch a service decodes or builds is thousands of container objects (a 500-conversation
batch: ~4,200 pydantic models and their dicts and lists) that stay alive while the handler
works, so they survive the young collections and reach the oldest generation, whose collection
traverses *every* tracked object of the process: the modules, FastStream, pydantic's schemas,
pymongo, the quality checks' tables (~110,000 objects in a service after start-up). A full
collection came every second or third batch; on a 500-conversation batch, validating a
``BatchValidated`` event took 32-36 ms of CPU with the collector as it is and 11-17 ms with the
start-up heap frozen (``bench/hop_costs.py``); end to end, the services used ~21% less CPU
(``docs/performance.md``, "Every hop").

:func:`settle` collects once and then freezes what is left (``gc.freeze``): those objects move
to a permanent generation the collector no longer traverses. Reference counting still frees
them as before; only a reference cycle among them that becomes garbage later would stay (the
start-up heap holds modules, classes and caches, which live as long as the process anyway).
:class:`HeapSettler` calls it after start-up and after the 1st, 4th, 16th and 64th message the
process handles, so what the first batches load lazily (check tables, compiled patterns, the
risk model its warm-up thread reads) is frozen too; then never again. Nothing a handler
computes depends on it.
"""

from __future__ import annotations

import gc
import logging
import time

log = logging.getLogger("dp.heap")

SETTLE_AFTER_MESSAGES: frozenset[int] = frozenset({1, 4, 16, 64})


def settle(reason: str) -> int:
    """Collect, then freeze what is left; returns how many objects are frozen in all."""
    started = time.process_time()
    gc.collect()
    gc.freeze()
    frozen = gc.get_freeze_count()
    log.debug("heap settled (%s): %d objects frozen, %.0f ms CPU", reason, frozen,
              (time.process_time() - started) * 1000)
    return frozen


class HeapSettler:
    """Counts the messages a process has handled and settles the heap after those of
    :data:`SETTLE_AFTER_MESSAGES`."""

    def __init__(self, after: frozenset[int] = SETTLE_AFTER_MESSAGES) -> None:
        self.after = after
        self.handled = 0

    def message_done(self) -> None:
        self.handled += 1
        if self.handled in self.after:
            settle(f"after message {self.handled}")
