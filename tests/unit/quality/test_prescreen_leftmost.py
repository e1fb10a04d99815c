"""``prescreen.leftmost``: where the native superset's leftmost match starts is at or before where
the Python pattern's leftmost match starts, for every pattern the checks and PII detectors screen,
so ``search``/``finditer``/``findall`` from there give exactly what they give from 0. Each node of
the pattern becomes one matching at least the same strings (assertions dropped, classes widened),
so no transformation can move a match's start later: a dropped lookbehind or ``\\b`` only let the
superset match at more places, a dropped leading lookahead or optional prefix keeps the start.

Checked on CounselChat and the labelled tuning texts (held-out sets are not read), on generated
text, on constructs chosen to break it, and against the Python twin (no native module: position 0)."""

from __future__ import annotations

import csv
import json
import os
import re
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

if os.environ.get("CI", "").lower() in ("1", "true") or os.environ.get("DP_QUALITY_NATIVE") == "1":
    import dp_native  # noqa: F401
else:
    pytest.importorskip("dp_native")

from services.quality.assessor import Assessor  # noqa: E402
from services.quality.checks import default_checks  # noqa: E402
from services.quality.checks.counselling import crisis, risk, therapeutic  # noqa: E402
from services.quality.pii import PATTERNS  # noqa: E402
from services.standardization.standardize import standardize_records  # noqa: E402
from shared import prescreen  # noqa: E402
from shared.events import QualityOptions, RawRecord  # noqa: E402
from shared.pii import detect, names  # noqa: E402
from shared.prefilter import Folded, pruned  # noqa: E402

REPO = Path(__file__).resolve().parents[3]
LABELLED = REPO / "tests" / "support" / "labelled"
COUNSELCHAT = REPO.parent / "shared" / "datasets" / "counselchat_20200325.csv"


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
            for row in list(csv.DictReader(fh))[:200]:
                out += [row["questionText"], row["answerText"]]
    return out


TEXTS = texts()
PHRASES = [
    "I want to die", "kill myself", "suicidal", "better off without me", "it sounds like", "you should",
    "What do you think?", "that makes sense", "my email is jo.smith@example.com", "call 07700 900123",
    "born on 3 March 1990", "Dr. van der Berg", "- J.", "snapchat: kaylaa_22", "u/someone", "NHS 943 476 5919",
    "İ", "ı", "ſ", "\u212a", "é", "日本", "😀", "\u2019", "\n", ".", "?", " ", "-", "@", "/",
]


def spans(matches) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), m.group(0)) for m in matches]


def assert_leftmost(pattern: re.Pattern, text: str) -> None:
    pos = prescreen.leftmost(pattern, text)
    first = pattern.search(text)
    if first is None:
        if pos is not None:
            assert pattern.findall(text, pos) == []
        return
    assert pos is not None and pos <= first.start(), (pattern.pattern[:80], pos, first.start())
    assert spans(pattern.finditer(text, pos)) == spans(pattern.finditer(text)), pattern.pattern[:80]
    assert pattern.findall(text, pos) == pattern.findall(text), pattern.pattern[:80]


@pytest.fixture(scope="module")
def screened() -> list[re.Pattern]:
    """Every pattern given a prescreen while the checks and PII assess the texts (pruned
    alternations included), and every PII and name pattern."""
    records = [RawRecord(index=i, data={"messages": [{"role": "user", "content": t},
                                                      {"role": "assistant", "content": TEXTS[-1 - i]}]})
               for i, t in enumerate(TEXTS[:600])]
    conversations = standardize_records(records, dataset_id="p", source_name="p", source_sha256="0").conversations
    Assessor().assess_batch(conversations, QualityOptions(), 0.5)
    for pattern in [p for _, p, _ in PATTERNS] + [names.lower_cued(), names._SIGN_OFF_INITIAL,
                                                     names._TITLED_PARTICLE, detect._DOB_CUE]:
        prescreen.prescreen(pattern)
    out = [p for p, s in prescreen._PRESCREENS.values() if s is not None]
    assert len(out) > 40, "the checks no longer use the prescreen"
    return out


@pytest.mark.parametrize("chunk", range(4))
def test_leftmost_start_on_real_text(screened, chunk):
    for pattern in screened:
        for text in TEXTS[chunk::4]:
            assert_leftmost(pattern, text)


@st.composite
def generated(draw):
    parts = draw(st.lists(st.sampled_from(PHRASES) | st.sampled_from(TEXTS) | st.text(max_size=6), max_size=6))
    text = " ".join(parts)
    flips = draw(st.lists(st.booleans(), min_size=len(text), max_size=len(text)))
    return "".join(c.swapcase() if f else c for c, f in zip(text, flips))


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.data())
def test_leftmost_start_on_generated_text(screened, data):
    text = data.draw(generated())
    for pattern in screened:
        assert_leftmost(pattern, text)


# constructs where a careless rewrite could move the start later, and position semantics of pos
CASES = [
    (r"(?<=a)b", 0, "xab ab"), (r"(?<!a)b", 0, "abcb"), (r"\bcat\b", re.I, "concat CAT cat"),
    (r"(?:Dr\.? )?Smith", 0, "Mr Smith, Dr. Smith"), (r"(?=\d{3})\d+", 0, "12 1234"), (r"(?:ab)*c", 0, "xababc"),
    (r"^x", re.M, "x\nax\nx"), (r"^x", 0, "ax x"), (r"\Ax", 0, "x x"), (r"x$", re.M, "x\nx x"), (r"(?i:k)ind", 0, "\u212aind"),
    (r"a?", 0, "bab"), (r"\b\w", 0, "ab cd"), (r"(?:foo)?bar|baz", 0, "xxfoobar baz"), (r"[^\W\d]+", 0, "é1 ab"),
    (r"\s*\w+", 0, "  \x1c ab"), (r".*?end", re.S, "a\nb end"), (r"(?<=\n)[A-Z]\.", 0, "x\nJ. y\nK."),
]


@pytest.mark.parametrize("source, flags, text", CASES)
def test_constructs_keep_the_leftmost_start(source, flags, text):
    pattern = re.compile(source, flags)
    assert prescreen.prescreen(pattern) is not None, prescreen.superset_source(pattern)
    for prefix in ("", "é", "日本", "😀", "ab\n"):  # positions are characters, not UTF-8 bytes
        whole = prefix + text
        for start in range(len(whole)):
            for end in range(start, len(whole) + 1):
                assert_leftmost(pattern, whole[start:end])


def test_positions_are_python_string_indices():
    screen = prescreen.prescreen(re.compile("b+"))
    assert screen.leftmost_start("ééab") == 3
    assert screen.leftmost_start("😀日b") == 2
    assert screen.leftmost_start("xx") is None


def test_the_python_twin_starts_at_zero(monkeypatch):
    """Without the native module there is no prescreen: every pattern may match, from 0."""
    monkeypatch.setattr(prescreen, "NATIVE", None)
    monkeypatch.setattr(prescreen, "_PRESCREENS", {})
    pattern = re.compile(r"\bcat\b")
    assert prescreen.leftmost(pattern, "a dog") == 0 and prescreen.may_match(pattern, "a dog")


ALTERNATIONS = [p for _, p in risk._COMPILED] + [risk.ANY, crisis.SAFETY_RESPONSE, therapeutic.REFLECTION,
                                                 therapeutic.VALIDATION, therapeutic.ADVICE, therapeutic.OPEN_QUESTION]
ALTERNATIONS += [getattr(c, a) for c in default_checks() for a in ("pattern", "brief", "contextual")
                 if isinstance(getattr(c, a, None), re.Pattern)]


@pytest.mark.parametrize("chunk", range(2))
def test_pruned_locate_is_select_with_a_start(chunk):
    for text in TEXTS[chunk::2]:
        folded = Folded(text)
        for pattern in ALTERNATIONS:
            p = pruned(pattern)
            selected, located = p.select(folded), p.locate(folded)
            assert (located is None) == (selected is None)
            if located is not None:
                run, pos = located
                # the same matches, not always the same object: a set of kept branches met
                # ``prefilter.HOT_USES`` times between the two calls gets its combined form
                assert spans(selected.finditer(text)) == spans(pattern.finditer(text)), pattern.pattern[:60]
                assert spans(run.finditer(text, pos)) == spans(pattern.finditer(text)), pattern.pattern[:60]
