"""What the PII tests share: the spans ``find_pii`` gives a text, as (kind, text) pairs or the names alone,
and the learned name tagger's pieces (its training script, loaded from ``bench/``; the names it adds to the
rules' spans)."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

from shared.pii import find_pii, name_tagger

ROOT = Path(__file__).resolve().parents[2]


def spans(text: str) -> list[tuple[str, str]]:
    return [(s.kind, s.text) for s in find_pii(text)]


def names(text: str) -> list[str]:
    return [s.text for s in find_pii(text) if s.kind == "NAME"]


def rule_names(text: str) -> list[str]:
    """The names the rules alone find in ``text`` (the learned tagger off: what it may add to)."""
    return [s.text for s in rules_only(text) if s.kind == "NAME"]


def rules_only(text: str):
    """``find_pii(text)`` with the learned tagger off (``name_tagger.ENABLED``), as its training script reads
    the rules."""
    enabled = name_tagger.ENABLED
    name_tagger.ENABLED = False
    try:
        return find_pii(text)
    finally:
        name_tagger.ENABLED = enabled


def tagger_script():
    """``bench/train_name_tagger.py`` as a module."""
    sys.path.insert(0, str(ROOT / "bench"))  # the script imports ``_checkout`` from there
    spec = importlib.util.spec_from_file_location("train_name_tagger", ROOT / "bench" / "train_name_tagger.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def tagger_added(text: str, directory: Path) -> list[str]:
    """The names the tagger trained into ``directory`` adds to the rules' spans of ``text``."""
    found = rules_only(text)
    return [text[s:e] for s, e in name_tagger.find_names(text, [(x.start, x.end) for x in found],
                                                           any(x.kind == "NAME" for x in found), directory)]
