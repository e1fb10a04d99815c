"""py3langid's ``classify`` with its byte walk vectorised: the same label, ~20x faster.

py3langid counts byte n-gram features by walking a DFA over the text one byte at a time
in Python (``visit_counts``), which is nearly all of its ~1 ms per call. That DFA is an
Aho-Corasick automaton over byte strings of at most ``depth`` (6) bytes: the state after
a byte is the longest suffix of the text read so far that is a trie node, so it depends
only on the last ``depth`` bytes. We therefore run the DFA from the start state over each
byte's window of the last ``depth`` bytes, for all bytes at once with numpy (``depth``
vector steps instead of one Python step per byte). The feature counts come out in the
same first-seen order as py3langid's ``Counter``, and py3langid's own scoring turns them
into scores, so the arithmetic, and the label, are bit for bit those of ``classify``.
``tests/unit/quality/test_fast_language_id.py`` proves the automaton property on the
installed model and compares labels on many texts.

When ``dp_native`` is installed (``shared.native``), the walk and the counts are
made there, in one pass over the bytes, and so are the scores (``LangIdScorer``): in f64,
with a bound on the rounding of any float32 evaluation of the same sums, so that a label
is returned only when numpy's float32 scores must pick it too; otherwise (a near tie) the
scores are numpy's, as before.

When the installed py3langid is laid out differently (a future version), this falls
back to ``py3langid.classify``.
"""

from __future__ import annotations

from functools import lru_cache

import numpy as np

from shared.native import NATIVE

_WIDTH = {2: np.uint16, 4: np.uint32, 8: np.uint64}


class FastIdentifier:
    def __init__(self, identifier) -> None:
        self.identifier = identifier
        self.nextmove = np.frombuffer(identifier.tk_nextmove, dtype=_WIDTH[identifier.tk_nextmove.itemsize])
        self.rowbase = np.frombuffer(identifier.tk_row, dtype=_WIDTH[identifier.tk_row.itemsize]).astype(np.int64) << 8
        self.output = np.asarray(identifier.tk_output, dtype=np.int64)
        self.depth = self._depth()
        self._ptc32: np.ndarray | None = None
        self._cast: np.ndarray | None = None
        self.native = None if NATIVE is None else NATIVE.LangIdWalk(
            self.nextmove.astype(self.nextmove.dtype.newbyteorder("<")).tobytes(), self.nextmove.itemsize,
            self.rowbase.astype("<u8").tobytes(), self.output.astype("<i8").tobytes())
        self.scorer = None if self.native is None or not hasattr(NATIVE, "LangIdScorer") else self._scorer()

    def _scorer(self):
        """The whole ``classify`` natively (``dp_native.LangIdScorer``): f64 scores with a bound
        on float32's rounding, so it answers only when numpy's float32 scores must agree."""
        from py3langid.langid import RAW_FLOOR

        ident = self.identifier
        ptc = np.ascontiguousarray(ident.nb_ptc, dtype="<f2")
        return NATIVE.LangIdScorer(self.native, ptc.tobytes(), np.asarray(ident.nb_pc, dtype="<f4").tobytes(),
                                   [(int(i), int(j)) for i, j in ident._alias_pairs], float(np.float32(RAW_FLOOR)))

    def _depth(self) -> int:
        """Length of the longest string a state stands for (breadth-first from the start)."""
        seen = np.zeros(len(self.rowbase), dtype=bool)
        seen[0] = True
        frontier, depth = np.array([0]), 0
        byte = np.arange(256)
        while True:
            reached = np.unique(self.nextmove[(self.rowbase[frontier][:, None] + byte).ravel()])
            frontier = reached[~seen[reached]]
            if not len(frontier):
                return depth
            seen[frontier] = True
            depth += 1

    def states(self, data: bytes) -> np.ndarray:
        """The DFA state after each byte of ``data``, as py3langid's walk reaches it."""
        b = np.frombuffer(data, dtype=np.uint8).astype(np.int64)
        n = len(b)
        state = np.zeros(n, dtype=np.int64)
        # step j feeds byte i-j to position i's window (positions i < j start later)
        for j in range(min(self.depth, n) - 1, -1, -1):
            state[j:] = self.nextmove[self.rowbase[state[j:]] + b[:n - j]]
        return state

    def visits(self, data: bytes) -> tuple[np.ndarray, np.ndarray]:
        """(feature ids, counts) in first-seen order: py3langid's ``Counter`` as arrays."""
        if self.native is not None:
            ids, counts = self.native.visits(data)
            return np.frombuffer(ids, dtype="<i8").astype(np.int64), np.frombuffer(counts, dtype="<f4").astype(np.float32)
        features = self.output[self.states(data)]
        features = features[features >= 0]
        ids, first, counts = np.unique(features, return_index=True, return_counts=True)
        order = np.argsort(first, kind="stable")
        return ids[order], counts[order].astype(np.float32)

    def rows(self, ids: np.ndarray) -> np.ndarray:
        """``nb_ptc[ids]`` as float32. The model stores float16, and numpy's float16 cast
        (inside py3langid's mixed-type matmul) costs more than the rest of a call, so rows
        are cast once, when first used (exact: float32 holds every float16). Pages of the
        table no text has touched are never allocated."""
        if self._ptc32 is None:
            self._ptc32 = np.zeros(self.identifier.nb_ptc.shape, dtype=np.float32)
            self._cast = np.zeros(len(self._ptc32), dtype=bool)
        todo = ids[~self._cast[ids]]
        if len(todo):
            self._ptc32[todo] = self.identifier.nb_ptc[todo]
            self._cast[todo] = True
        return self._ptc32[ids]

    def scores(self, text: str) -> np.ndarray:
        """py3langid's ``_decide(text)`` (raw scores), bit for bit."""
        from py3langid.langid import RAW_FLOOR

        ident = self.identifier
        ids, counts = self.visits(ident._encode(text))
        if len(ids):
            # py3langid: np.log1p(counts) @ nb_ptc[idx] + nb_pc, its float16 rows promoted to float32
            scores = np.log1p(counts) @ self.rows(ids) + ident.nb_pc
        else:
            scores = np.full(len(ident.nb_classes), RAW_FLOOR, dtype=np.float32)
        for i, j in ident._alias_pairs:
            scores[i] = max(scores[i], scores[j])
            scores[j] = RAW_FLOOR
        return scores

    def classify(self, text: str) -> str:
        """``py3langid.classify(text)[0]`` (raw scores, no confidence floor)."""
        if self.scorer is not None:
            best = self.scorer.classify(self.identifier._encode(text))
            if best >= 0:  # certain; else float32 rounding could decide: numpy's scores
                return self.identifier.nb_classes[best]
        return self.identifier.nb_classes[int(self.scores(text).argmax())]

    def classify_many(self, texts: list[str]) -> list[str]:
        """``[self.classify(t) for t in texts]``, natively in one call whose byte walks run side
        by side (``LangIdScorer.classify_many``: each walk waits on memory, and several waiting
        at once take little more than one)."""
        if self.scorer is None or not hasattr(self.scorer, "classify_many"):
            return [self.classify(t) for t in texts]
        classes = self.identifier.nb_classes
        best = self.scorer.classify_many([self.identifier._encode(t) for t in texts])
        return [classes[b] if b >= 0 else classes[int(self.scores(t).argmax())] for t, b in zip(texts, best)]


@lru_cache(maxsize=1)
def _fast() -> FastIdentifier | None:
    from py3langid import langid

    ident = langid._get_identifier()
    layout_known = (getattr(ident, "_norm_probs", True) is False and getattr(ident, "min_confidence", 0) is None
                    and all(hasattr(ident, a) for a in ("tk_nextmove", "tk_row", "tk_output", "_encode",
                                                         "_sparse_score", "_alias_pairs", "nb_ptc", "nb_classes")))
    return FastIdentifier(ident) if layout_known else None


def classify(text: str) -> str:
    """The language py3langid assigns to ``text``."""
    fast = _fast()
    if fast is None:
        import py3langid

        return py3langid.classify(text)[0]
    return fast.classify(text)


@lru_cache(maxsize=32_768)
def turn_language(text: str) -> str:
    """``classify(text)``, remembered by text: the learned stages ask it of the same turns again (the
    risk router twice of a cue-less client turn, ``crisis.widened`` then ``risk_model._route``; the
    reply stage's ``_foreign`` of the client turn and its reply), a batch apart at most."""
    return classify(text)


def classify_many(texts: list[str]) -> list[str]:
    """``[classify(t) for t in texts]``."""
    fast = _fast()
    return [classify(t) for t in texts] if fast is None else fast.classify_many(texts)
