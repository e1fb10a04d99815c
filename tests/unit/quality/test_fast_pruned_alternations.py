"""``prefilter.Pruned`` (run only the alternatives of a large alternation whose literals a text
holds) gives the matches of the whole pattern, on generated texts built from the patterns' own
phrases; and the risk classifier built on it equals the plain one. The same on every labelled text:
``test_fast_pruned_labelled_1.py`` to ``_4.py``; the branch prescreens and their combined form:
``test_fast_pruned_branch_prescreens.py`` (files of their own, which ``make test``'s workers run side
by side). What they share, the reference ``plain_classify`` among it: ``tests/support/pruned.py``."""

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from services.quality.checks.counselling import risk, therapeutic
from services.quality.checks.prefilter import alternatives
from tests.support.pruned import PATTERNS, PHRASES, TEXTS, assert_same, plain_classify, spans


def test_alternatives_give_back_the_pattern():
    for pattern in PATTERNS:
        parts = alternatives(pattern)
        assert len(parts) > 1 or pattern in (therapeutic.OPEN_QUESTION,)
        joined = re.compile("|".join(parts), pattern.flags & ~re.UNICODE)
        for text in TEXTS[:300]:
            assert spans(joined, text) == spans(pattern, text)


def test_split_handles_classes_escapes_and_groups():
    assert alternatives(re.compile(r"a[|]b|c\|d|(?:e|f)g")) == ["a[|]b", r"c\|d", "(?:e|f)g"]
    assert alternatives(re.compile(r"\b(?:x|y[)|]z)\b")) == [r"\b(?:x)\b", r"\b(?:y[)|]z)\b"]
    assert alternatives(re.compile(r"\b(?:x|y)(?:z)")) == [r"\b(?:x|y)(?:z)"]  # the group does not end it
    assert alternatives(re.compile(r"(a)|b")) == ["(a)|b"]  # capture groups: not split


@st.composite
def texts(draw):
    parts = draw(st.lists(st.sampled_from(PHRASES) | st.sampled_from(TEXTS) | st.text(max_size=8), max_size=8))
    text = " ".join(parts)
    flips = draw(st.lists(st.booleans(), min_size=len(text), max_size=len(text)))
    return "".join(c.swapcase() if f else c for c, f in zip(text, flips))


@settings(max_examples=300, deadline=None)
@given(texts())
def test_pruned_equals_whole_pattern_on_generated_texts(text):
    matches = assert_same(text)
    read = risk.read_clitics(text)
    assert risk.classify.__wrapped__(text) == plain_classify(read, matches if read == text else None)
