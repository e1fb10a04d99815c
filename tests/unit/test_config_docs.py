"""docs/configuration.md is generated from the settings classes (deploy/gen_config_docs.py):
it must be current, every setting must say what it does, and every ``DP_*`` variable the code
reads must be in it."""

from __future__ import annotations

import ast
import importlib.util
import re
import sys
from pathlib import Path

from pydantic import Field
from pydantic_settings import SettingsConfigDict

from shared.settings import BaseServiceSettings

REPO = Path(__file__).resolve().parents[2]
REGENERATE = "run `make docs` (.venv/bin/python deploy/gen_config_docs.py) and commit docs/configuration.md"


def _load_generator():
    spec = importlib.util.spec_from_file_location("gen_config_docs", REPO / "deploy" / "gen_config_docs.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while the class is made
    spec.loader.exec_module(module)
    return module


gen = _load_generator()


def test_configuration_doc_is_current():
    current = (REPO / "docs" / "configuration.md").read_text(encoding="utf-8")
    assert current == gen.render(), f"docs/configuration.md is not current: {REGENERATE}"


def test_every_settings_class_is_found():
    names = {cls.__name__ for cls in gen.settings_classes()}
    assert {"BaseServiceSettings", "GatewaySettings", "AcquisitionSettings", "StandardizationSettings",
            "QualitySettings", "ProductionSettings"} <= names
    assert gen.settings_classes()[0] is BaseServiceSettings  # the shared settings come first


def test_every_setting_has_a_description():
    missing = gen.undocumented()
    assert not missing, f"add Field(description=...) to: {', '.join(missing)}; then {REGENERATE}"


def test_every_dp_variable_the_code_names_is_documented():
    """A ``DP_*`` string in the project's code (not the tests) that no settings class and no entry of
    OTHER_VARIABLES documents is a setting nobody can find."""
    pattern = re.compile(r"DP_[A-Z0-9_]*[A-Z0-9]")
    named: dict[str, set[str]] = {}
    for path in gen.project_files("*.py", skipped={"node_modules", "tests"}):
        rel = path.relative_to(REPO)
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), filename=str(path))):
            if isinstance(node, ast.Constant) and isinstance(node.value, str) and pattern.fullmatch(node.value):
                named.setdefault(node.value, set()).add(str(rel))
    assert "DP_KAFKA_BOOTSTRAP" in named and "DP_LOCAL_BASE_PORT" in named  # the scan sees the code
    documented = gen.documented_variables()
    missing = {name: sorted(files) for name, files in named.items() if name not in documented}
    assert not missing, (f"DP_* variables read by the code but not in docs/configuration.md: {missing}; "
                         "describe them in a settings class or in OTHER_VARIABLES of deploy/gen_config_docs.py")


class _Probe(BaseServiceSettings):
    """A probe."""

    model_config = SettingsConfigDict(env_prefix="DP_PROBE_", extra="ignore", populate_by_name=True)

    plain: int = 3
    sized_bytes: int = Field(2 * 1024 * 1024, gt=0, le=10_000_000, description="a size | with a pipe")
    folders: list[str] = Field(default_factory=lambda: ["/a"], description="folders")


def test_rows_name_the_variable_type_limits_default_and_description():
    rows = {row.env: row for row in gen.rows(_Probe)}
    assert set(rows) == {("DP_PROBE_PLAIN",), ("DP_PROBE_SIZED_BYTES",), ("DP_PROBE_FOLDERS",)}  # own fields only
    sized = rows[("DP_PROBE_SIZED_BYTES",)]
    assert (sized.type, sized.limits, sized.default) == ("int", "> 0, <= 10,000,000", "`2097152` (2 MiB)")
    assert rows[("DP_PROBE_FOLDERS",)].default == '`["/a"]`' and rows[("DP_PROBE_FOLDERS",)].type == "list[str]"
    assert rows[("DP_PROBE_PLAIN",)].description is None
    assert gen.undocumented([_Probe]) == [f"{__name__}._Probe.plain"]
    text = gen.render([_Probe])
    assert "| `DP_PROBE_SIZED_BYTES` | `int` (> 0, <= 10,000,000) | `2097152` (2 MiB) | a size \\| with a pipe |" in text
    assert "| `DP_PROBE_PLAIN` | `int` | `3` | **(no description)** |" in text


def test_shared_fields_read_their_dp_name_and_paths_are_relative_to_the_checkout():
    rows = {row.env: row for row in gen.rows(BaseServiceSettings)}
    assert rows[("DP_DATA_DIR",)].default == "`.local/data`"  # the same text in every checkout
    assert rows[("DP_KAFKA_BOOTSTRAP",)].type == "str"


def test_check_mode_reports_a_stale_file(tmp_path, capsys):
    stale = tmp_path / "configuration.md"
    stale.write_text("# Configuration\n")
    assert gen.main(["--check", "--output", str(stale)]) == 1
    assert "make docs" in capsys.readouterr().err
    assert gen.main(["--output", str(stale)]) == 0
    assert gen.main(["--check", "--output", str(stale)]) == 0
