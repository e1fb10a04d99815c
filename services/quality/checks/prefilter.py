"""Literal and digit guards for regular expressions: moved to :mod:`shared.prefilter` (the PII
detector in ``shared.pii`` needs them); these names stay importable from here."""

from shared.prefilter import (  # noqa: F401
    FOLDED,
    MAX_STRINGS,
    RAW,
    Folded,
    Guard,
    Lexicon,
    Pruned,
    alternatives,
    fold,
    guard,
    min_digits,
    min_digits_of,
    necessary_literals,
    pruned,
)
