"""Exact and near-duplicate detection: a normalised-text hash, and MinHash signatures
banded for LSH (Broder 1997; Leskovec, Rajaraman & Ullman, "Mining of Massive Datasets",
ch. 3). 64 permutations in 16 bands of 4 rows: pairs with Jaccard similarity of 0.8 on
word 3-shingles collide in some band with probability ~0.999, pairs at 0.3 ~0.12.

Plain Python + numpy; the service keeps one index per run (across its datasets), persists
every key insert-once in MongoDB and reloads a run's keys after a restart.
"""

from __future__ import annotations

import hashlib
import re
import zlib
from dataclasses import dataclass, field

import numpy as np

from shared.conversation import Conversation

NUM_PERM, BANDS = 64, 16
ROWS = NUM_PERM // BANDS
_PRIME = np.uint64((1 << 61) - 1)
_rng = np.random.default_rng(20240611)
_A = _rng.integers(1, 1 << 32, NUM_PERM, dtype=np.uint64)
_B = _rng.integers(0, 1 << 32, NUM_PERM, dtype=np.uint64)
_NON_WORD = re.compile(r"[^\w\s]", re.UNICODE)


def normalized(conversation: Conversation) -> str:
    text = " ".join(m.content for m in conversation.messages if m.role in ("user", "assistant"))
    return " ".join(_NON_WORD.sub(" ", text.lower()).split())


def exact_key(text: str) -> str:
    return hashlib.blake2b(text.encode(), digest_size=12).hexdigest()


def band_keys(text: str) -> list[str]:
    words = text.split()
    shingles = {" ".join(words[i:i + 3]) for i in range(max(1, len(words) - 2))} or {""}
    hashes = np.fromiter((zlib.crc32(s.encode()) for s in shingles), dtype=np.uint64, count=len(shingles))
    # (a*h + b) mod p with a, h < 2^32: the product fits in 64 bits
    signature = ((np.outer(hashes, _A) + _B) % _PRIME).min(axis=0)
    return [f"{b}:{hashlib.blake2b(signature[b * ROWS:(b + 1) * ROWS].tobytes(), digest_size=8).hexdigest()}"
            for b in range(BANDS)]


@dataclass
class DedupVerdict:
    exact_cluster: str
    near_cluster: str

    def flags(self, conversation_id: str) -> list[str]:
        out = []
        if self.exact_cluster != conversation_id:
            out.append("exact_duplicate")
        elif self.near_cluster != conversation_id:
            out.append("near_duplicate")
        return out


@dataclass
class DedupIndex:
    """Keys of one run: exact hashes and LSH bands, each mapped to the first conversation
    (the cluster representative) that had it."""

    keys: dict[str, str] = field(default_factory=dict)

    def assign(self, conversation: Conversation) -> tuple[DedupVerdict, dict[str, str]]:
        """The conversation's clusters and the keys it adds (to persist)."""
        text = normalized(conversation)
        exact = "x:" + exact_key(text)
        bands = ["b" + k for k in band_keys(text)]
        new: dict[str, str] = {}
        exact_cluster = self.keys.get(exact, conversation.id)
        near_cluster = next((self.keys[b] for b in bands if b in self.keys), exact_cluster)
        for key, cluster in [(exact, exact_cluster)] + [(b, near_cluster) for b in bands]:
            if key not in self.keys:
                self.keys[key] = cluster
                new[key] = cluster
        return DedupVerdict(exact_cluster, near_cluster), new
