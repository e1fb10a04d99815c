"""A ``prescreen.Family`` (the PII detectors' prescreens asked in one native pass per message)
answers exactly what each pattern's own prescreen answers: its bits are ``Prescreen.is_match``,
and ``prescreen.leftmost`` / ``may_match`` give the same with the family as without it, on
CounselChat, gen.py-style text, the labelled tuning texts and generated PII-like text."""

from __future__ import annotations

import csv
import json
import os
import random
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

if os.environ.get("CI", "").lower() in ("1", "true") or os.environ.get("DP_QUALITY_NATIVE") == "1":
    import dp_native  # noqa: F401
else:
    pytest.importorskip("dp_native")

from services.quality import scoring  # noqa: E402,F401 - registers the PII family
from shared import prescreen  # noqa: E402
from shared.pii.detect import PATTERNS  # noqa: E402

REPO = Path(__file__).resolve().parents[3]
LABELLED = REPO / "tests" / "support" / "labelled"
COUNSELCHAT = REPO.parent / "shared" / "datasets" / "counselchat_20200325.csv"
PII_PATTERNS = [p for _, p, _ in PATTERNS]


def texts() -> list[str]:
    out = []
    for path in sorted(LABELLED.glob("*.jsonl")):
        if "heldout" in path.name:
            continue
        for line in path.read_text(encoding="utf-8").splitlines():
            record = json.loads(line)
            out += [v for k, v in record.items() if isinstance(v, str) and k not in ("id", "label", "kind", "category")]
    if COUNSELCHAT.exists():
        with open(COUNSELCHAT, newline="", encoding="utf-8") as fh:
            for row in list(csv.DictReader(fh))[:300]:
                out += [row["questionText"], row["answerText"]]
    rng = random.Random(5)
    for _ in range(300):  # gen.py-style: pseudo-words with digits
        out.append(" ".join(rng.choice(["w12", "w3456", "i", "feel", "sad", "W9", "about", "my", "email", "is"])
                            for _ in range(rng.randint(5, 80))) + ".")
    return out


TEXTS = texts()
PIECES = st.sampled_from(["call me on ", "07700 900123", "+44 20 7946 0958", "sam@example.com", "sam [at] mail dot com",
                          "my insta is ", "@sam_r92", " ", "\n", "SW1A 1AA", "NHS 943 476 5919", "4111 1111 1111 1111",
                          "192.168.0.1", "born 03/04/1990", "w123", "é", "日本", ", 12345", "Dr Smith", "u/name",
                          "AB123456C", "passport 123456789", "http://x.org/a", "flat 3", "12", "x"])
GENERATED = st.lists(PIECES, max_size=40).map("".join)


FAMILY = prescreen.Family(PII_PATTERNS)  # not registered: the service's own stays in place


def family() -> prescreen.Family:
    assert FAMILY.native is not None and len(FAMILY.members) > 10
    return FAMILY


def check(fam: prescreen.Family, text: str) -> None:
    bits = fam.native.matches(text)
    for bit, pattern in enumerate(fam.members):
        assert (bits >> bit & 1 == 1) == prescreen.prescreen(pattern).is_match(text), (pattern.pattern[:60], text)


def test_the_quality_service_registers_the_pii_family():
    registered = [p for p in PII_PATTERNS if id(p) in prescreen._FAMILY]
    assert len(registered) > 10


def test_bits_are_each_prescreens_answer():
    fam = family()
    for text in TEXTS:
        check(fam, text)


@settings(max_examples=300, deadline=None)
@given(GENERATED)
def test_bits_on_generated_pii_like_text(text):
    check(family(), text)


def test_leftmost_and_may_match_are_those_without_the_family(monkeypatch):
    with_family = [(prescreen.leftmost(p, t), prescreen.may_match(p, t)) for t in TEXTS for p in PII_PATTERNS]
    monkeypatch.setattr(prescreen, "_FAMILY", {})
    alone = [(prescreen.leftmost(p, t), prescreen.may_match(p, t)) for t in TEXTS for p in PII_PATTERNS]
    assert with_family == alone


def test_a_new_text_object_is_asked_again():
    fam = family()
    a, b = "mail sam@example.com", "nothing here"
    bit = next(i for i, p in enumerate(fam.members) if prescreen.prescreen(p).is_match(a)
               and not prescreen.prescreen(p).is_match(b))
    assert fam.may(bit, a) and not fam.may(bit, b) and fam.may(bit, a)
