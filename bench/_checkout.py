"""Imported first by the benchmark scripts: this checkout's packages (``services``, ``shared``,
``gateway``) before the venv's. ``make venv`` installs the project editable, pointing at the
checkout it ran in; a script run as ``python bench/<script>.py`` from another checkout (a git
worktree) would otherwise import that first checkout's code and measure it instead."""

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if sys.path[:2].count(str(ROOT)) == 0:
    sys.path.insert(0, str(ROOT))
