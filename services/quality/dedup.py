"""Dedup signatures: what the quality service computes for each conversation so that the
production service can resolve exact and near-duplicate clusters over the whole run, in input
order (see ``shared.dedup`` for the contract and the resolution).

The whole batch is hashed at once with numpy, with no Python work per word or shingle:
- the text is normalised (user and assistant turns, lower case, punctuation to spaces,
  whitespace collapsed); the exact key is a BLAKE2b-64 of it;
- every word gets a polynomial hash over its UTF-8 bytes (mod 2^64), computed for all words
  of the batch with prefix sums; word 3-shingles are mixed from three word hashes (a text of
  one or two words is one shingle);
- MinHash by one permutation hashing with densification (Li, Owen & Zhang, "One Permutation
  Hashing", NIPS 2012; Shrivastava & Li, "Densifying One Permutation Hashing", ICML 2014): one
  hash per shingle, its top 6 bits pick one of 64 bins, the minimum per bin is that bin's
  value, empty bins borrow from the next non-empty one. It estimates Jaccard similarity like
  64 independent permutations at 1/64th of the cost. 16 bands of 4 bins are each mixed to one
  64-bit key.

Deterministic across processes and machines (no ``hash()``, which Python salts per process).
With ``dp_native`` the band keys are computed natively (``minhash_bands``, one text at a time,
the same keys bit for bit; ``tests/unit/quality/test_native_parity.py``).
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence

import numpy as np

from shared.conversation import Conversation
from shared.dedup import BANDS, WIDTH
from shared.native import NATIVE

BINS = 64
ROWS = BINS // BANDS
# Normalisation on bytes: ASCII punctuation and the separators str.split() knows beyond
# bytes.split()'s (\x1c-\x1f) become spaces.
_ASCII_TABLE = bytes(b if (chr(b).isalnum() or b == ord("_") or chr(b).isspace() and b < 0x1c or b == 32)
                     else 32 for b in range(128)) + bytes(range(128, 256))
_TYPOGRAPHIC = tuple(ch.encode() for ch in "\u2018\u2019\u201c\u201d\u2013\u2014\u2026\u00a0")
_K = np.uint64(0x100000001B3)  # odd, so invertible mod 2^64 (the FNV prime)
_K_INV = np.uint64(pow(0x100000001B3, -1, 1 << 64))
_M1, _M2 = np.uint64(0x9E3779B97F4A7C15), np.uint64(0xC2B2AE3D27D4EB4F)
_EMPTY = np.iinfo(np.uint64).max


def normalized_bytes(conversation: Conversation, memo: dict[str, bytes] | None = None) -> bytes:
    """User and assistant turns, lower case, punctuation as spaces, single spaces (UTF-8): each
    turn's ``normalized_text``, the non-empty ones joined by single spaces (the same bytes as the
    turns joined by spaces and normalised at once: lowering, encoding, the marks' replacement and
    the translation work character by character, and a space ends a word for Greek's final sigma
    as a text's end does). ``memo``: turns' normalised forms by text, read and filled (a text met
    again is not normalised again)."""
    parts = []
    for m in conversation.messages:
        if m.role not in ("user", "assistant"):
            continue
        data = memo.get(m.content) if memo is not None else None
        if data is None:
            data = normalized_text(m.content)
            if memo is not None:
                memo[m.content] = data
        if data:
            parts.append(data)
    return b" ".join(parts)


def normalized_text(text: str) -> bytes:
    """One text lower case, punctuation as spaces, single spaces (UTF-8). Bytes all the way (C
    speed): ASCII punctuation by a translation table, the common typographic marks (curly quotes,
    dashes, ellipsis) by replacement; other non-ASCII characters stay inside their words."""
    data = text.lower().encode("utf-8", "replace")
    if not data.isascii():
        for mark in _TYPOGRAPHIC:
            data = data.replace(mark, b" ")
    return b" ".join(data.translate(_ASCII_TABLE).split())


def _mix(x: np.ndarray) -> np.ndarray:
    """splitmix64's finaliser: every input bit affects every output bit."""
    x = x ^ (x >> np.uint64(30))
    x = x * np.uint64(0xBF58476D1CE4E5B9)
    x = x ^ (x >> np.uint64(27))
    x = x * np.uint64(0x94D049BB133111EB)
    return x ^ (x >> np.uint64(31))


_POWERS: dict[int, tuple[np.ndarray, np.ndarray]] = {}


def _powers(n: int) -> tuple[np.ndarray, np.ndarray]:
    """K^j and K^-j (mod 2^64) for j < n, computed once per size class."""
    size = 1 << max(16, (n - 1).bit_length())
    if size not in _POWERS:
        _POWERS.clear()  # keep one size class
        up, down = np.full(size, _K, dtype=np.uint64), np.full(size, _K_INV, dtype=np.uint64)
        up[0] = down[0] = 1
        _POWERS[size] = (np.cumprod(up, dtype=np.uint64), np.cumprod(down, dtype=np.uint64))
    return _POWERS[size]


def _word_hashes(joined: bytes) -> tuple[np.ndarray, np.ndarray]:
    """Hashes of every word of newline-separated texts, and the text each word belongs to."""
    if not joined:
        return np.zeros(0, np.uint64), np.zeros(0, np.int64)
    buf = np.frombuffer(joined, dtype=np.uint8)
    newline = buf == 10
    sep = newline | (buf == 32)
    starts = np.flatnonzero(~sep & np.concatenate(([True], sep[:-1])))
    if len(starts) == 0:
        return np.zeros(0, np.uint64), np.zeros(0, np.int64)
    values = np.where(sep, np.uint64(0), buf.astype(np.uint64) + np.uint64(1))
    up, down = _powers(len(buf))
    with np.errstate(over="ignore"):
        weighted = values * up[:len(buf)]
        # the sum over a word's bytes, shifted back to its own start: h = sum(v_j K^(j-start))
        hashes = np.add.reduceat(weighted, starts) * down[starts]
    return hashes, np.cumsum(newline)[starts]


def _shingles(words: np.ndarray, owner: np.ndarray, n: int) -> tuple[np.ndarray, np.ndarray]:
    """Word 3-shingle hashes and the text of each (a text of fewer than 3 words is one
    shingle of what it has; an empty text is one empty shingle)."""
    counts = np.bincount(owner, minlength=n) if len(words) else np.zeros(n, np.int64)
    first_word = np.concatenate(([0], np.cumsum(counts)[:-1]))
    per_text = np.maximum(1, counts - 2)
    offsets = np.concatenate(([0], np.cumsum(per_text)[:-1]))
    start = np.repeat(first_word, per_text) + (np.arange(per_text.sum()) - np.repeat(offsets, per_text))
    end = np.repeat(first_word + counts, per_text)
    padded = np.concatenate((words, np.zeros(3, np.uint64)))

    def word_at(k: int) -> np.ndarray:
        pos = start + k
        return np.where(pos < end, padded[np.minimum(pos, len(padded) - 1)], np.uint64(0))

    with np.errstate(over="ignore"):
        return _mix(word_at(0) * _M1 + word_at(1) * _M2 + word_at(2)), np.repeat(np.arange(n), per_text)


def _densified_minhash(shingles: np.ndarray, owner: np.ndarray, n: int) -> np.ndarray:
    """``n x BINS``: per text, the minimum (low 58 bits) of its shingles in each bin, empty
    bins filled from the next non-empty bin to the right (circularly), offset by the distance
    so that a borrowed value never equals a native one by accident."""
    bins = (shingles >> np.uint64(58)).astype(np.int64)
    low = shingles & np.uint64((1 << 58) - 1)
    minima = np.full(n * BINS, _EMPTY, dtype=np.uint64)
    np.minimum.at(minima, owner * BINS + bins, low)
    minima = minima.reshape(n, BINS)
    empty = minima == _EMPTY
    if empty.any():
        filled = minima.copy()
        todo = empty.copy()
        for d in range(1, BINS):
            if not todo.any():
                break
            source = np.roll(minima, -d, axis=1)
            take = todo & (source != _EMPTY)
            with np.errstate(over="ignore"):
                filled[take] = source[take] + np.uint64(d) * _M1
            todo &= ~take
        minima = filled
    return minima


def signatures(conversations: Sequence[Conversation], memo: dict[str, bytes] | None = None) -> np.ndarray:
    """``len(conversations) x WIDTH`` uint64: exact key, then the 16 band keys. ``memo``: turns'
    normalised forms by text (``normalized_bytes``)."""
    n = len(conversations)
    out = np.zeros((n, WIDTH), dtype=np.uint64)
    if n == 0:
        return out
    texts = [normalized_bytes(c, memo) for c in conversations]
    out[:, 0] = [int.from_bytes(hashlib.blake2b(t, digest_size=8).digest(), "little") for t in texts]
    if NATIVE is not None and hasattr(NATIVE, "minhash_bands"):  # the same keys, bit for bit
        out[:, 1:] = np.frombuffer(NATIVE.minhash_bands(texts), dtype="<u8").reshape(n, BANDS)
        return out
    out[:, 1:] = py_band_keys(texts)
    return out


def py_band_keys(texts: Sequence[bytes]) -> np.ndarray:
    """``len(texts) x BANDS`` uint64: the band keys of normalised texts (``normalized_bytes``)."""
    n = len(texts)
    words, owner = _word_hashes(b"\n".join(texts))
    minima = _densified_minhash(*_shingles(words, owner, n), n)
    rows = minima.reshape(n, BANDS, ROWS)
    with np.errstate(over="ignore"):
        band = np.zeros((n, BANDS), dtype=np.uint64)
        for r in range(ROWS):
            band = _mix(band * _M1 + rows[:, :, r] + np.uint64(r + 1))
        return _mix(band + np.arange(1, BANDS + 1, dtype=np.uint64) * _M2)

