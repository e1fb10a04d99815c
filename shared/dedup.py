"""Duplicate resolution over a whole run, in input order: the contract between the quality
service (which computes each conversation's signature, in parallel, on any replica) and the
production service (which resolves clusters once every batch of the run is in).

A signature is 17 unsigned 64-bit keys: the exact key (a hash of the normalised text) and 16
MinHash LSH band keys (64 permutations in 16 bands of 4 rows; Broder 1997; Leskovec, Rajaraman
& Ullman, "Mining of Massive Datasets", ch. 3): pairs with Jaccard similarity 0.8 on word
3-shingles share some band with probability ~0.999, pairs at 0.3 ~0.12.

Why at the end and in order: which copy is "the original" must not depend on which replica
saw which batch first. :func:`resolve` walks conversations in input order (batch index, then
position in the batch) and keeps the earliest of every cluster, so 1 or N quality replicas,
and any consumption order, give the same clusters.

Semantics (one pass, in order): a conversation's *exact cluster* is the first conversation
with the same exact key; its *near cluster* is the near cluster of the first earlier holder
of the first band key (in band order) that an earlier conversation already had, else itself.
Flags: ``exact_duplicate`` when the exact cluster is another conversation, else
``near_duplicate`` when the near cluster is.
"""

from __future__ import annotations

import base64
from collections.abc import Callable
from dataclasses import dataclass

import numpy as np

BANDS = 16
WIDTH = 1 + BANDS  # exact key, then the band keys
EXACT_DUPLICATE, NEAR_DUPLICATE = "exact_duplicate", "near_duplicate"
RECOMMENDATION = "a copy of another conversation in this run (see cluster_id): keep one per cluster"


def encode(signatures: np.ndarray) -> str:
    """A batch's signatures (``n x WIDTH`` uint64) as one compact string for an event."""
    return base64.b64encode(np.ascontiguousarray(signatures, dtype="<u8").tobytes()).decode()


def decode(text: str, n: int) -> np.ndarray:
    raw = base64.b64decode(text)
    if len(raw) != n * WIDTH * 8:
        raise ValueError(f"signatures hold {len(raw)} bytes, expected {n * WIDTH * 8} for {n} conversations")
    return np.frombuffer(raw, dtype="<u8").reshape(n, WIDTH)


def _first_holder(column: np.ndarray) -> np.ndarray:
    """For every row, the index of the first row with the same value."""
    _, first, inverse = np.unique(column, return_index=True, return_inverse=True)
    return first[inverse.reshape(-1)]


@dataclass(frozen=True)
class Clusters:
    exact: np.ndarray  # index of each row's exact cluster representative
    near: np.ndarray   # index of each row's near cluster representative

    def flag(self, i: int) -> str | None:
        if self.exact[i] != i:
            return EXACT_DUPLICATE
        if self.near[i] != i:
            return NEAR_DUPLICATE
        return None

    def duplicates(self) -> np.ndarray:
        """Indices of the rows that are a copy of an earlier one."""
        return np.flatnonzero((self.exact != np.arange(len(self.exact))) | (self.near != np.arange(len(self.near))))


def resolve(signatures: np.ndarray) -> Clusters:
    """Clusters of ``signatures`` (rows in input order). Time O(n log n), memory a few arrays of n
    beside the signatures, no per-key Python objects. Rows with equal exact keys have equal band keys (equal texts)."""
    return resolve_columns(len(signatures), lambda c: signatures[:, c])


def resolve_columns(n: int, column: Callable[[int], np.ndarray]) -> Clusters:
    """:func:`resolve` over ``n`` rows whose keys are read a column at a time (``column(c)``: the
    ``c``-th key of every row, ``0`` the exact key, ``1 + b`` band ``b``'s), so that a caller can
    keep the signatures on disk: the memory is then a few arrays of n, never the n x WIDTH keys."""
    if n == 0:
        empty = np.zeros(0, dtype=np.int64)
        return Clusters(empty, empty)
    rows = np.arange(n)
    exact = _first_holder(column(0))
    pointer = rows.copy()
    for b in range(BANDS):  # band by band (a few arrays of n at a time, not BANDS x n)
        first = _first_holder(column(1 + b))
        take = (pointer == rows) & (first < rows)  # no earlier band had an earlier holder
        pointer[take] = first[take]
        del first, take
    # near[i] = near[pointer[i]], and pointer[i] < i unless it is i: follow the chains to their roots
    while True:
        nxt = pointer[pointer]
        if np.array_equal(nxt, pointer):
            break
        pointer = nxt
    return Clusters(exact, pointer)
