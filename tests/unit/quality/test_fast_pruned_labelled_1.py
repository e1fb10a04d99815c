"""``prefilter.Pruned`` gives each whole pattern's matches, and ``classify`` built on it those of its unpruned
reference, on every labelled text: part 1 of 4 (``TEXTS[0::4]``; the four parts are files of their own so
that ``make test``'s workers, one file each, run them side by side). The checks: ``tests/support/pruned.py``."""

from tests.support.pruned import TEXTS, assert_labelled


def test_pruned_equals_whole_pattern_on_labelled_texts():
    for text in TEXTS[0::4]:
        assert_labelled(text)
