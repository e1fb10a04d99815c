"""Personal data in text: detection (``find_pii``) and redaction with typed placeholders
(``redact``: ``[NAME]``, ``[EMAIL]``, ``[PHONE]``, ``[SSN]``, ``[ADDRESS]``, ...).

The quality service scores and redacts conversations with it (``services.quality.scoring``);
the gateway shows viewers redacted excerpts of raw records with it (``shared.visibility``).
``detect`` holds the patterns and validators, ``names`` the person-name rules and gazetteer.
"""

from shared.pii.detect import PATTERNS, Span, find_pii, redact

__all__ = ["PATTERNS", "Span", "find_pii", "redact"]
