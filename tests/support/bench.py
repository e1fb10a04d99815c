"""A ``bench/`` script loaded as a module for a test, with ``bench/`` on ``sys.path`` while the module is in use
(the scripts import ``_checkout`` and ``corpora`` from there)."""

from __future__ import annotations

import importlib.util
import sys
from contextlib import contextmanager
from pathlib import Path

BENCH = Path(__file__).resolve().parents[2] / "bench"


@contextmanager
def bench_module(script: str, name: str):
    """``bench/SCRIPT`` executed as the module ``name`` (a name of the test's own, so that two tests' copies of one
    script do not share module state)."""
    sys.path.insert(0, str(BENCH))
    try:
        spec = importlib.util.spec_from_file_location(name, BENCH / script)
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        yield module
    finally:
        sys.path.remove(str(BENCH))
