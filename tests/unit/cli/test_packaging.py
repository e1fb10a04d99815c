"""``dp`` is a client of the public API: installed as a console script, importing nothing of
the server side but the API's contract (``shared.api``, which pulls in no server machinery), so
it can live where only the gateway is reachable."""

from __future__ import annotations

import ast
import subprocess
import sys
import tomllib
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]


def test_dp_is_a_console_script_of_the_project():
    project = tomllib.loads((REPO / "pyproject.toml").read_text())
    assert project["project"]["scripts"]["dp"] == "dp_cli.main:run"
    assert "dp_cli*" in project["tool"]["setuptools"]["packages"]["find"]["include"]


def test_dp_cli_imports_no_server_package():
    server = {"gateway", "services", "shared", "tests", "deploy"}
    found = []
    for module in (REPO / "dp_cli").glob("*.py"):
        for node in ast.walk(ast.parse(module.read_text())):
            names = ([a.name for a in node.names] if isinstance(node, ast.Import)
                     else [node.module or ""] if isinstance(node, ast.ImportFrom) else [])
            found += [f"{module.name}: {n}" for n in names
                      if n.split(".")[0] in server and n != "shared.api" and not n.startswith("shared.api.")]
    assert found == []
    assert len(list((REPO / "dp_cli").glob("*.py"))) >= 6


def test_the_contract_dp_builds_its_bodies_with_needs_no_server_machinery():
    machinery = ("pymongo", "faststream", "aiokafka", "fastapi", "starlette", "prometheus_client", "pyarrow",
                 "dp_native", "services", "gateway")
    out = subprocess.run([sys.executable, "-c", "import sys, dp_cli.main, shared.api.runs, shared.api.services, "
                          "shared.api.access; "
                          f"print([m for m in {machinery!r} if m in sys.modules])"],
                         capture_output=True, text=True, check=True, cwd=REPO)
    assert out.stdout.strip() == "[]"
