"""The incremental Gopher repetition statistics equal a plain count over every n-gram."""

from collections import Counter

from hypothesis import given, settings
from hypothesis import strategies as st

from services.quality.checks.content import _WORD, count_letters, repetition_stats


def reference(text: str) -> dict[str, float]:
    """The definition, n-gram by n-gram (what the service computed before)."""
    lines = [ln.strip() for ln in text.split("\n") if ln.strip()]
    line_counts = Counter(lines)
    dup_lines = sum(c for c in line_counts.values() if c > 1) / len(lines) if lines else 0.0
    words = _WORD.findall(text.lower())
    total = sum(len(w) for w in words) or 1
    stats = {"dup_line_frac": dup_lines}
    for n in (2, 3, 4):
        grams = Counter(tuple(words[i:i + n]) for i in range(len(words) - n + 1))
        if grams:
            gram, count = grams.most_common(1)[0]
            stats[f"top_{n}gram_char_frac"] = (count * sum(len(w) for w in gram)) / total if count > 1 else 0.0
        else:
            stats[f"top_{n}gram_char_frac"] = 0.0
    grams5 = Counter(tuple(words[i:i + 5]) for i in range(len(words) - 4))
    dup_positions: set[int] = set()
    for i in range(len(words) - 4):
        if grams5[tuple(words[i:i + 5])] > 1:
            dup_positions.update(range(i, i + 5))
    stats["dup_5gram_char_frac"] = sum(len(words[i]) for i in dup_positions) / total
    return stats


WORDS = st.sampled_from(["a", "bb", "ccc", "the", "you", "feel", "I", "Feel", "x_y", "é", "42"])
SEPARATORS = st.sampled_from([" ", "  ", "\n", ". ", ", ", "\n\n", " - "])


@settings(max_examples=500, deadline=None)
@given(st.lists(st.tuples(WORDS, SEPARATORS), max_size=120))
def test_incremental_counts_equal_the_definition(pieces):
    text = "".join(w + s for w, s in pieces)
    assert repetition_stats(text) == reference(text)


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=400))
def test_any_text(text):
    assert repetition_stats(text) == reference(text)
    assert count_letters(text) == sum(map(str.isalpha, text))


def test_loops_and_ties():
    for text in ["I understand how you feel and I am here for you. " * 12, "a b a b c d c d", "x " * 40,
                 "one two three four five one two three four five six", ""]:
        assert repetition_stats(text) == reference(text)
