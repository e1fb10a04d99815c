"""The quality service's native hot paths (``native/``, a Rust extension built by ``make venv``
when ``cargo`` is on the machine), or None.

Every native function has a pure-Python twin that gives the same result
(``tests/unit/quality/test_native_parity.py`` compares them on many texts); the service uses
the native one when it is installed. ``DP_QUALITY_NATIVE=0`` turns it off (for comparisons and
benchmarks); ``DP_QUALITY_NATIVE=1`` makes its absence an error instead of a fallback.
"""

from __future__ import annotations

import logging
import os
from types import ModuleType

log = logging.getLogger(__name__)


def _load() -> ModuleType | None:
    wanted = os.environ.get("DP_QUALITY_NATIVE", "").strip().lower()
    if wanted in ("0", "false", "no", "off"):
        return None
    try:
        import dp_native
    except ImportError:
        if wanted in ("1", "true", "yes", "on"):
            raise
        log.warning("dp_native is not installed (make venv builds it when cargo is available): "
                    "the quality checks run their pure-Python versions, several times slower")
        return None
    return dp_native


NATIVE: ModuleType | None = _load()
