"""Node tooling for the tests of the TypeScript client and the dashboard: find ``npm`` (skip
without it, fail under CI), run ``npm ci`` only when ``node_modules`` does not match the lockfile,
and give the command that runs a locally installed tool (``npx --no``: never a download)."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest

ENV = {**os.environ, "NO_COLOR": "1", "FORCE_COLOR": "0", "npm_config_update_notifier": "false"}


def run(args: list[str], *, cwd: Path, timeout: float) -> subprocess.CompletedProcess:
    return subprocess.run(args, cwd=cwd, env=ENV, capture_output=True, text=True, timeout=timeout)


def output(proc: subprocess.CompletedProcess, tail: int = 6000) -> str:
    return f"exit {proc.returncode}\n--- stdout\n{proc.stdout[-tail:]}\n--- stderr\n{proc.stderr[-tail:]}"


def npm(needed_for: str) -> str:
    """``npm``'s path; without it a skip, or a failure under CI (``CI`` set)."""
    found = shutil.which("npm")
    if found is None:
        if os.environ.get("CI"):
            pytest.fail(f"npm is not on PATH; CI must have Node.js 20 {needed_for}")
        pytest.skip(f"npm is not on PATH (Node.js 20 needed {needed_for})")
    return found


def installed_matches_lock(folder: Path, tools: tuple[str, ...]) -> bool:
    """npm writes node_modules/.package-lock.json on install: the lockfile's packages (and the
    tools' launchers) there means the install is current."""
    hidden = folder / "node_modules" / ".package-lock.json"
    if not hidden.is_file():
        return False
    try:
        wanted = json.loads((folder / "package-lock.json").read_text(encoding="utf-8"))["packages"]
        have = json.loads(hidden.read_text(encoding="utf-8"))["packages"]
    except (ValueError, KeyError):
        return False
    wanted = {k: v for k, v in wanted.items() if k}  # "" is the project itself
    bins = folder / "node_modules" / ".bin"
    return have == wanted and all((bins / tool).exists() for tool in tools)


def installed(folder: Path, tools: tuple[str, ...], needed_for: str, timeout: float = 900) -> list[str]:
    """``npm ci`` in ``folder`` unless current; returns the prefix that runs a local tool."""
    npm_path = npm(needed_for)
    if not installed_matches_lock(folder, tools):
        proc = run([npm_path, "ci", "--no-audit", "--no-fund"], cwd=folder, timeout=timeout)
        assert proc.returncode == 0, f"npm ci failed in {folder}\n{output(proc)}"
    npx = shutil.which("npx")  # --no: the locally installed tools, never a download
    return [npx, "--no", "--"] if npx else [npm_path, "exec", "--no", "--"]
