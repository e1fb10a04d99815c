"""The native prescreen is a superset of every pattern it screens: wherever a quality pattern
matches a text, its Rust form matches too (so skipping the pattern when the Rust form finds
nothing changes no result)."""

from __future__ import annotations

import csv
import json
import os
import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

if os.environ.get("CI", "").lower() in ("1", "true") or os.environ.get("DP_QUALITY_NATIVE") == "1":
    import dp_native  # noqa: F401
else:
    pytest.importorskip("dp_native")

from services.quality.assessor import Assessor  # noqa: E402
from shared import prescreen  # noqa: E402
from services.quality.pii import PATTERNS  # noqa: E402
from services.standardization.standardize import standardize_records  # noqa: E402
from shared.events import QualityOptions, RawRecord  # noqa: E402

REPO = Path(__file__).resolve().parents[3]
LABELLED = REPO / "tests" / "support" / "labelled"
COUNSELCHAT = REPO.parent / "shared" / "datasets" / "counselchat_20200325.csv"


def texts() -> list[str]:
    out = []
    for path in sorted(LABELLED.glob("*.jsonl")):
        if "heldout" in path.name:  # the blind sets are read only by tests marked ``heldout``
            continue
        for line in path.read_text(encoding="utf-8").splitlines():
            record = json.loads(line)
            for key in ("text", "client", "reply", "counsellor", "user", "assistant"):
                if isinstance(record.get(key), str):
                    out.append(record[key])
    if COUNSELCHAT.exists():
        with open(COUNSELCHAT, newline="", encoding="utf-8") as fh:
            for row in list(csv.DictReader(fh))[:150]:
                out += [row["questionText"], row["answerText"]]
    return out


TEXTS = texts()


@pytest.fixture(scope="module")
def screened() -> list[tuple[re.Pattern, object]]:
    """Every pattern the checks ask the prescreen about while assessing the texts."""
    records = [RawRecord(index=i, data={"messages": [{"role": "user", "content": t},
                                                      {"role": "assistant", "content": TEXTS[-1 - i]}]})
               for i, t in enumerate(TEXTS)]
    conversations = standardize_records(records, dataset_id="p", source_name="p", source_sha256="0").conversations
    Assessor().assess_batch(conversations, QualityOptions(), 0.5)
    for _, pattern, _ in PATTERNS:
        prescreen.prescreen(pattern)
    pairs = [(p, s) for p, s in prescreen._PRESCREENS.values() if s is not None]
    assert len(pairs) > 40, "the checks no longer use the prescreen"
    return pairs


def test_every_screened_pattern_is_covered_on_labelled_and_real_text(screened):
    misses = [(p.pattern[:80], t[:80]) for p, s in screened for t in TEXTS if p.search(t) and not s.is_match(t)]
    assert not misses, misses[:5]


def test_the_prescreen_skips_work():
    """Where nothing can match, it says so (it is not an always-true screen)."""
    phone = next(p for kind, p, _ in PATTERNS if kind == "PHONE")
    assert not prescreen.prescreen(phone).is_match("no digits in this sentence at all")


CASES = [
    (r"\bis\b", re.I, "İS IS ıs ſ"), (r"kind", re.I, "\u212aIND"), (r"ss", re.I, "ſſ"), (r"[a-z]+ing", re.I, "İNG"),
    (r"\w+\d", 0, "²3 ½9"), (r"\s+x", 0, "\x1cx"), (r"[^\d]x", 0, "٣x"), (r"[^\W]", 0, "é"), (r"(?<=a)b", 0, "ab"),
    (r"^x$", re.M, "a\nx\n"), (r"a.*?b", re.S, "a\n\nb"), (r"(?i:straße)", 0, "STRASSE strasse STRAẞE"),
    (r"\D\S\W", 0, "a\u00a0-"), (r"(?:ab){2,}", 0, "ababab"), (r"(?>a+)b", 0, "aab"), (r"σ", re.I, "Σς"),
]


@pytest.mark.parametrize("source, flags, text", CASES)
def test_known_differences_between_the_engines_are_widened(source, flags, text):
    pattern = re.compile(source, flags)
    screen = prescreen.prescreen(pattern)
    assert screen is not None, prescreen.superset_source(pattern)
    for start in range(len(text)):
        for end in range(start, len(text) + 1):
            piece = text[start:end]
            if pattern.search(piece):
                assert screen.is_match(piece), (source, piece)


def test_counted_repeats_are_written_unbounded_above_a_small_bound():
    # ``[^.]{0,60}`` as 60 copies of a Unicode class made the lazy DFA of large alternations
    # outgrow its cache on real text (~12 ms a message); ``{0,}`` holds every string it matched
    assert prescreen.superset_source(re.compile(r"a[^.]{0,60}b")) == "a(?:[^\\x{2e}]){0,}b"
    assert prescreen.superset_source(re.compile(r"x{2,3}")).endswith("{2,3}")  # small bounds kept
    assert prescreen.superset_source(re.compile(r"x{1,4}")).endswith("{1,}")
    pattern = re.compile(r"\bwant\b[^.!?]{0,40}\bdie\b", re.I)
    screen = prescreen.prescreen(pattern)
    for text in ("I want to die", "want " + "x" * 39 + " die", "want " + "x" * 80 + " die. ok"):
        assert screen.is_match(text)  # the last is wider than the pattern: a false pass, never a miss
    assert not screen.is_match("nothing here")


def test_backreferences_have_no_prescreen():
    assert prescreen.superset_source(re.compile(r"(a)\1")) is None


ALPHABET = st.sampled_from(list("aAiIsSkK0129 -./@\n\t") + ["İ", "ı", "ſ", "\u212a", "é", "²", "٣", "\x1c", "ß", "Σ"])


@settings(max_examples=150, deadline=None)
@given(st.lists(ALPHABET, max_size=40).map("".join), st.sampled_from([p for _, p, _ in PATTERNS]))
def test_pii_patterns_on_generated_text(text, pattern):
    screen = prescreen.prescreen(pattern)
    if screen is not None and pattern.search(text):
        assert screen.is_match(text)
