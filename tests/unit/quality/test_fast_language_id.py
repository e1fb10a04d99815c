"""The vectorised language ID is py3langid's ``classify``: the automaton property it rests
on holds for the installed model, and scores agree bit for bit."""

import numpy as np
import py3langid
from hypothesis import given, settings
from hypothesis import strategies as st

from services.quality.checks.language_id import _fast

SAMPLES = [
    "", "a", "I keep fighting with my partner about chores and it's wearing me down.",
    "Je me sens très seul depuis que j'ai déménagé dans cette nouvelle ville.",
    "Ich fühle mich sehr allein und weiß nicht, was ich tun soll.",
    "我感到非常孤独，不知道该怎么办。", "Мне очень одиноко и я не знаю, что делать.",
    "ABC DEF GHI", "İstanbul'da yaşıyorum", "\x00\x01 \ufffd 😀",
]


def test_the_dfa_is_an_aho_corasick_automaton_of_bounded_depth():
    """δ(s, a) is the trie child when one exists, else δ(fail(s), a): then the state after
    any text is the longest suffix of at most ``depth`` bytes that is a trie node."""
    fast = _fast()
    nextmove, rowbase = fast.nextmove, fast.rowbase
    n = len(rowbase)
    byte = np.arange(256)

    def moves(states):
        return nextmove[(rowbase[states][:, None] + byte).ravel()].reshape(len(states), 256).astype(np.int64)

    depth = np.full(n, -1)
    parent = np.full(n, -1)
    via = np.full(n, -1)
    depth[0], frontier, level = 0, np.array([0]), 0
    levels = []
    while len(frontier):
        levels.append(frontier)
        dst = moves(frontier)
        new = depth[dst] == -1
        reached, first = np.unique(dst[new], return_index=True)
        depth[reached] = level + 1
        parent[reached] = np.repeat(frontier, 256)[new.ravel()][first]
        via[reached] = np.tile(byte, len(frontier))[new.ravel()][first]
        frontier, level = reached, level + 1
    assert (depth >= 0).all() and depth.max() == fast.depth
    fail = np.zeros(n, dtype=np.int64)
    for states in levels[2:]:
        fail[states] = moves(fail[parent[states]])[np.arange(len(states)), via[states]]
    for lvl, states in enumerate(levels):
        dst = moves(states)
        child = depth[dst] == lvl + 1
        is_trie_child = (parent[dst] == states[:, None]) & (via[dst] == byte)
        otherwise = dst == 0 if lvl == 0 else dst == moves(fail[states])
        assert np.where(child, is_trie_child, otherwise).all(), lvl


def test_known_samples_score_identically():
    fast = _fast()
    identifier = fast.identifier
    for text in SAMPLES:
        assert np.array_equal(fast.scores(text), identifier._decide(text)), text
        assert fast.classify(text) == py3langid.classify(text)[0]


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=300) | st.text(alphabet="abcdefghij klmnopqrstuvwxyzéèüöß.,'\n", max_size=300))
def test_random_text_scores_identically(text):
    fast = _fast()
    assert np.array_equal(fast.scores(text), fast.identifier._decide(text))


@settings(max_examples=100, deadline=None)
@given(st.lists(st.text(max_size=300) | st.text(alphabet="abcdefghij klmnopqrstuvwxyzéèüöß.,'\n", max_size=300),
                max_size=20))
def test_classify_many_is_classify_of_each(texts):
    """The batch call (walks side by side, natively) gives each text's own label."""
    fast = _fast()
    assert fast.classify_many(texts) == [fast.classify(t) for t in texts]
    assert fast.classify_many(SAMPLES + texts) == [py3langid.classify(t)[0] for t in SAMPLES + texts]


def test_turn_language_is_classify_remembered():
    """``turn_language`` (the learned stages' memo of a turn's language) answers as ``classify``."""
    from services.quality.checks import language_id

    for text in ["I feel so alone lately", "Me siento muy sola últimamente", "我很担心", "ok", ""]:
        assert language_id.turn_language(text) == language_id.classify(text)
        assert language_id.turn_language(text) == language_id.classify(text)  # again, from the memo
