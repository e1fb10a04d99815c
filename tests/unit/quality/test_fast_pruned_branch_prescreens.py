"""``prefilter.Pruned``'s two forms of a set of several kept branches (each branch with its own prescreen,
and after ``HOT_USES`` uses one combined prescreen) give the whole pattern's matches through ``select`` and
``locate``. Split from ``test_fast_pruned_alternations.py`` so that ``make test``'s workers run it beside the
labelled-text parts (``test_fast_pruned_labelled_*.py``)."""

from functools import cache

import pytest

from shared import prefilter
from services.quality.checks.prefilter import Folded
from tests.support.pruned import PATTERNS, PHRASES, TEXTS, match_spans, spans, whole

SAMPLE = TEXTS[::7] + [" ".join(PHRASES)] * 4


@cache
def whole_spans() -> list[list[list[tuple[int, int, str]]]]:
    """Every pattern's whole spans on every text of ``SAMPLE``, run once for the three ``hot_uses``."""
    return [[match_spans(found) for found in whole(text)] for text in SAMPLE]


@pytest.mark.parametrize("hot_uses", [1, 3, 10**9])
def test_branch_prescreens_and_combined_ones_give_the_same_matches(monkeypatch, hot_uses):
    # a set of several kept branches is first tried branch by branch, each with its own
    # prescreen, and after ``HOT_USES`` uses through one combined prescreen: both forms (and the
    # switch between them, at 3) must leave ``select`` and ``locate`` with the pattern's matches
    monkeypatch.setattr(prefilter, "HOT_USES", hot_uses)
    fresh = [(pattern, prefilter.Pruned(pattern)) for pattern in PATTERNS]
    several = 0
    for text, wholes in zip(SAMPLE, whole_spans()):
        folded = Folded(text)
        for (pattern, p), whole_ in zip(fresh, wholes):
            assert spans(p.select(folded), text) == whole_, pattern.pattern[:60]
            located = p.locate(folded)
            if located is None:
                assert whole_ == []
            else:
                chosen, pos = located
                assert [(m.start(), m.end(), m.group(0)) for m in chosen.finditer(text, pos)] == whole_
            several += any(e is not None and e[2] for e in p._by_mask.values())
    assert several  # the several-branch form was met
