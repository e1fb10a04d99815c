"""``risk_counselchat_questions.refs`` (tests/support/labelled/README.md): a risk label for every distinct
CounselChat question, by reference. It resolves through ``bench/corpora.py:counselchat_refs``, holds each
distinct ``questionText`` exactly once at its first row, and uses only the README's categories."""

from __future__ import annotations

import json
import zlib
from pathlib import Path

import pytest

from bench.corpora import COUNSELCHAT, counselchat_refs, counselchat_rows

REFS = Path(__file__).resolve().parents[2] / "support" / "labelled" / "risk_counselchat_questions.refs"
AT_RISK = {"passive_wish", "active_ideation", "method", "intent", "plan_preparation", "nssi", "recent_attempt"}
NEGATIVE = {"everyday_distress", "idiom", "third_person", "past_recovered", "academic_news_fiction", "prevention",
            "negation", "harm_by_others", "accident", "general"}


def _lines() -> list[dict]:
    return [json.loads(line) for line in REFS.read_text(encoding="utf-8").splitlines() if line.strip()]


def test_labels_use_only_the_readme_categories():
    lines = _lines()
    assert len(lines) == 824
    assert len({o["id"] for o in lines}) == len(lines)
    for o in lines:
        assert set(o) == {"id", "row", "lang", "at_risk", "category", "split"}, o
        assert o["category"] in AT_RISK | NEGATIVE, o
        assert o["at_risk"] is (o["category"] in AT_RISK), o
        assert o["split"] == ("train" if zlib.crc32(str(o["row"]).encode()) % 2 == 0 else "valid"), o
    assert "client" not in REFS.read_text(encoding="utf-8")  # row numbers only, no copied text


@pytest.mark.skipif(not COUNSELCHAT.exists(), reason="CounselChat not in shared/datasets")
def test_resolves_and_holds_every_distinct_question_once_at_its_first_row():
    rows = counselchat_rows()
    first: dict[str, int] = {}
    for i, row in enumerate(rows):
        first.setdefault(row["questionText"], i)
    resolved = counselchat_refs(REFS)
    assert [r["client"] for r in resolved] == [rows[o["row"]]["questionText"] for o in _lines()]
    assert sorted(r["row"] for r in resolved) == sorted(first.values())
    assert len({r["client"] for r in resolved}) == len(resolved) == len(first)
