"""The TypeScript client in gateway/clients/typescript stays in step with the API.

1. The committed ``openapi.json`` is exactly what ``python scripts/openapi_dump.py`` writes now.
2. The committed ``src/schema.d.ts`` is exactly what the pinned openapi-typescript makes of it, and
   the hand-written ``src/index.ts`` and ``src/example.ts`` type-check against it (``tsc --noEmit``).

No servers: the app is built, never started. The second test needs Node/npm: it skips without
``npm`` on PATH, except under CI (``CI`` set), where it fails. ``npm ci`` runs only when
``node_modules`` is missing or does not match ``package-lock.json``.
"""

from __future__ import annotations

import difflib
import json
import shlex
import subprocess
import sys
from pathlib import Path

from tests.support import npm

ROOT = Path(__file__).resolve().parents[2]
CLIENT = ROOT / "gateway" / "clients" / "typescript"
FIX = "the TypeScript client is stale: run `make ts-client` and commit gateway/clients/typescript"


def _diff(expected: str, actual: str, a: str, b: str, limit: int = 60) -> str:
    lines = list(difflib.unified_diff(expected.splitlines(), actual.splitlines(), a, b, lineterm="", n=2))
    more = f"\n... ({len(lines) - limit} more diff lines)" if len(lines) > limit else ""
    return "\n".join(lines[:limit]) + more


def _run(args: list[str], *, cwd: Path, timeout: float) -> subprocess.CompletedProcess:
    return npm.run(args, cwd=cwd, timeout=timeout)


def _output(proc: subprocess.CompletedProcess) -> str:
    return npm.output(proc, tail=100_000)


def test_committed_openapi_document_is_current():
    proc = _run([sys.executable, "scripts/openapi_dump.py"], cwd=ROOT, timeout=120)
    assert proc.returncode == 0, f"scripts/openapi_dump.py failed\n{_output(proc)}"
    committed = (CLIENT / "openapi.json").read_text(encoding="utf-8")
    assert committed == proc.stdout, (
        f"{FIX}\n{_diff(committed, proc.stdout, 'committed openapi.json', 'scripts/openapi_dump.py now')}")


def test_generated_types_are_current_and_the_client_type_checks(tmp_path):
    exec_ = npm.installed(CLIENT, ("tsc", "openapi-typescript"), "to check the TypeScript client", timeout=600)

    # the same command (and flags) as `npm run generate:types`, written to a temporary file
    script = shlex.split(json.loads((CLIENT / "package.json").read_text(encoding="utf-8"))["scripts"]["generate:types"])
    assert script[0] == "openapi-typescript" and "-o" in script, script
    generated = tmp_path / "schema.d.ts"
    script[script.index("-o") + 1] = str(generated)
    proc = _run([*exec_, *script], cwd=CLIENT, timeout=300)
    assert proc.returncode == 0, f"openapi-typescript failed\n{_output(proc)}"
    committed = (CLIENT / "src" / "schema.d.ts").read_text(encoding="utf-8")
    fresh = generated.read_text(encoding="utf-8")
    assert committed == fresh, f"{FIX}\n{_diff(committed, fresh, 'committed src/schema.d.ts', 'generated now')}"

    proc = _run([*exec_, "tsc", "--noEmit", "-p", "."], cwd=CLIENT, timeout=300)
    assert proc.returncode == 0, (
        "the TypeScript client does not type-check against the generated schema (fix src/index.ts or "
        f"src/example.ts, or the API change that broke them)\n{_output(proc)}")
