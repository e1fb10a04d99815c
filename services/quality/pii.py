"""PII/PHI detection and redaction: moved to :mod:`shared.pii.detect` (the gateway redacts
what viewers see with it too); these names stay importable from here."""

from shared.pii.detect import (  # noqa: F401
    HELPLINES,
    PATTERNS,
    Span,
    _could_match,
    add_matches,
    add_names,
    find_pii,
    luhn_ok,
    redact,
)
