"""Write a generated manifest, or (``--check``) say whether the committed one is stale: the
shared ``main`` of ``gen_topics.py`` and ``gen_rules.py``."""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def write_or_check(argv: list[str], output: Path, text: str, script: str, what: str) -> int:
    if "--check" in argv:
        if output.read_text() != text:
            print(f"{output} is stale: run python {script}", file=sys.stderr)
            return 1
        return 0
    output.write_text(text)
    print(f"wrote {what} to {output.relative_to(ROOT)}")
    return 0
