"""Module boundaries (issue 11, item 4), read from the source with ``ast``: no gateway route
module imports another, nothing in the gateway imports a service, and no service imports
another service (what they share lives in ``shared/``)."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
ROUTES = "gateway.routes"


def module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def imported(path: Path, text: str | None = None) -> set[str]:
    """Every module ``path`` imports (its source ``text`` if given), absolute (relative imports
    resolved); ``from a import b`` counts as ``a`` and ``a.b`` (``b`` may be a submodule)."""
    tree = ast.parse(path.read_text(encoding="utf-8") if text is None else text, filename=str(path))
    package = module_name(path).split(".")
    if path.name != "__init__.py":
        package = package[:-1]
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                base = ".".join(package[:len(package) - node.level + 1] + ([base] if base else []))
            names.add(base)
            names.update(f"{base}.{alias.name}" for alias in node.names)
    return names


def sources(folder: str, exclude: tuple[str, ...] = ()) -> list[Path]:
    return sorted(p for p in (ROOT / folder).rglob("*.py") if not any(x in p.parts for x in exclude))


def route_imports_of_others(path: Path, text: str | None = None) -> list[str]:
    own = module_name(path)
    return sorted(n for n in imported(path, text)
                  if n.startswith(ROUTES + ".") and n != own and n != f"{ROUTES}.API_PREFIX")


def test_checker_sees_each_form_of_import():
    """The checker itself: each form of import of a sibling route module is seen."""
    probe = ROOT / "gateway" / "routes" / "probe.py"  # never written: its source is given
    for text in ("from gateway.routes.pipeline import x\n", "from gateway.routes import datasets\n",
                 "import gateway.routes.validate\n", "from .validate import QualitySummary\n",
                 "from . import overview\n"):
        assert route_imports_of_others(probe, text), text
    assert route_imports_of_others(probe, "from gateway.routes import API_PREFIX\nimport gateway.runs\n") == []
    assert "services.quality.checks" in imported(ROOT / "gateway" / "x.py", "from services.quality import checks\n")


@pytest.mark.parametrize("path", sources("gateway/routes"), ids=lambda p: p.name)
def test_no_route_module_imports_another(path):
    assert route_imports_of_others(path) == [], f"{path.name} imports another route module"


@pytest.mark.parametrize("path", sources("gateway", exclude=("clients", "node_modules")),
                         ids=lambda p: str(p.relative_to(ROOT)))
def test_gateway_imports_no_service(path):
    bad = sorted(n for n in imported(path) if n == "services" or n.startswith("services."))
    assert bad == [], f"{path.relative_to(ROOT)} imports {bad}"


@pytest.mark.parametrize("path", sources("services"), ids=lambda p: str(p.relative_to(ROOT)))
def test_no_service_imports_another(path):
    own = path.relative_to(ROOT).parts[1]
    if own.endswith(".py"):  # a module directly under services/ belongs to no service
        pytest.skip("not inside a service package")
    bad = sorted(n for n in imported(path)
                 if n.startswith("services.") and n.split(".")[1] != own)
    assert bad == [], f"{path.relative_to(ROOT)} imports {bad}"
