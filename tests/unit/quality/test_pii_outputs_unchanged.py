"""Speed work on ``shared.pii`` must not change what it finds.

* every message's spans and redacted text, as digests per corpus (``bench/pii_outputs.py``
  recorded them in ``tests/support/pii_outputs.json`` on the code before the speed work): the PII
  labelled sets (held-out files only as digests, never printed), every CounselChat row, 5,000
  gen.py ShareGPT conversations (when the bench file is on the machine), seeded generated strings;
* on hypothesis-generated strings, the same spans as ``tests/support/pii_reference`` (a frozen
  copy of ``shared/pii`` before the speed work, kept by hand: not every later round is mirrored in it, so these
  two tests draw the same examples on every run (``derandomize``): a random draw that reaches an unmirrored
  rule would fail one run in many, as "Hauptstraße 5A" did on 2026-12-06);
* on hypothesis-generated strings and every labelled PII text, the same spans as
  ``find_pii_plain`` (every detector over the whole text, none of the fast paths), which needs no
  copy and follows every detection change.

To record a deliberate change of output: ``python bench/pii_outputs.py --write`` and a fresh copy
of the reference (and say so in the commit)."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from shared.pii import detect as pii_detect
from shared.pii import find_pii, redact
from shared.prefilter import Folded
from tests.support.pii_reference import detect as reference

ROOT = Path(__file__).resolve().parents[3]
_spec = importlib.util.spec_from_file_location("pii_outputs", ROOT / "bench" / "pii_outputs.py")
pii_outputs = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(pii_outputs)
RECORD = json.loads(pii_outputs.RECORD.read_text(encoding="utf-8"))


@pytest.mark.parametrize("name", [pytest.param(n, marks=pytest.mark.heldout) if n in pii_outputs.HELDOUT else n
                                  for n in RECORD["digests"]])
def test_pii_outputs_are_as_recorded(name):
    texts = pii_outputs.corpora()[name]()
    if texts is None:
        pytest.skip(f"{name}: the corpus is not on this machine")
    assert pii_outputs.outputs(texts) == RECORD["digests"][name], name


def _same_as_reference(text: str) -> None:
    spans = find_pii(text, Folded(text))
    want = reference.find_pii(text)
    assert [(s.kind, s.start, s.end, s.text) for s in spans] == [(s.kind, s.start, s.end, s.text) for s in want]
    assert redact(text, spans) == reference.redact(text, want)


# pieces for the shortcuts of the speed work (how a cue or a sign-off ends, digits inside words, CJK)
EXTRA = ["a guy called ", "a woman named ", "my son is named after ", "Me and ", "me & ", "named him ",
         "call the baby ", "- J.", "thanks\nK.", " xx", "K. x\n", "~ B", ".\n", "A.", "1990", "w150 w395 ",
         "12345 ", ", 75001 ", "Rue de Rivoli 12, ", "QQ号 abcde1", "微信 wxid_abc", "王", "PLZ 10115", "〒100-0001",
         "NSW 2000", "zip 90210-1234", "IL 60601", "C.P.28001", "110101199003077777", "D02 X285 Dublin"]
PIECES = st.sampled_from(pii_outputs.PIECES + EXTRA)
NAMEISH = st.from_regex(r"[A-ZÉŁ][a-zéłß]{1,8}", fullmatch=True)
# the strings both oracles (the frozen reference and ``find_pii_plain``) are compared on
GENERATED = st.lists(PIECES | NAMEISH | st.text(max_size=12) | st.text(alphabet="w0123456789 -./()+@:AaZz\n,.!",
                                                                       max_size=12), max_size=12).map("".join)
NAME_LIKE = st.lists(PIECES | NAMEISH | st.sampled_from([" ", ", ", ". ", "\n", " and ", " said "]), max_size=16).map("".join)


@settings(max_examples=600, deadline=None, derandomize=True, suppress_health_check=list(HealthCheck))
@given(GENERATED)
def test_generated_strings_give_the_reference_spans(text):
    _same_as_reference(text)


@settings(max_examples=300, deadline=None, derandomize=True, suppress_health_check=list(HealthCheck))
@given(NAME_LIKE)
def test_name_like_strings_give_the_reference_spans(text):
    _same_as_reference(text)


# The digit detectors of national ids, postcodes and IPs that ``find_pii`` skips on text whose
# digits all sit inside words: each match of theirs holds a digit where a word starts.
_INITIAL_DIGIT_PATTERNS = [p for kind, p, _ in pii_detect.PATTERNS if kind in ("NATIONAL_ID", "POSTCODE", "IP")
                           and id(p) not in pii_detect._DIGITS_INSIDE_WORDS]


@settings(max_examples=400, deadline=None, suppress_health_check=list(HealthCheck))
@given(st.lists(PIECES | st.sampled_from(["w", "a", "Z", "ü", "_", "x", " ", ", ", "-", "."]) |
                st.text(alphabet="0123456789", min_size=1, max_size=18), max_size=12).map("".join))
def test_detectors_skipped_without_a_word_initial_digit_need_one(text):
    if pii_detect._WORD_INITIAL_DIGIT.search(text):
        return
    for pattern in _INITIAL_DIGIT_PATTERNS:
        assert pattern.search(text) is None, pattern.pattern


def test_recording_keeps_the_digest_of_a_corpus_not_on_this_machine(tmp_path, monkeypatch):
    # a fresh machine has no gen.py file until a bench makes it: --write must not record None over its digest
    record = tmp_path / "pii_outputs.json"
    record.write_text(json.dumps({"digests": {"sharegpt_5000": "abc", "seeded": "old"}}), encoding="utf-8")
    monkeypatch.setattr(pii_outputs, "RECORD", record)
    monkeypatch.setattr(pii_outputs, "corpora", lambda: {"sharegpt_5000": lambda: None, "seeded": lambda: ["Call 07700 900123"]})
    got = pii_outputs.digests()
    assert got["sharegpt_5000"] == "abc"
    assert got["seeded"] == pii_outputs.outputs(["Call 07700 900123"]) != "old"


# ``find_pii_plain``: the same detectors, none of the fast paths (twenty-second session)
def _same_as_plain(text: str) -> None:
    got = find_pii(text, Folded(text))
    want = pii_detect.find_pii_plain(text)
    assert [(s.kind, s.start, s.end) for s in got] == [(s.kind, s.start, s.end) for s in want], text


@settings(max_examples=600, deadline=None, suppress_health_check=list(HealthCheck))
@given(GENERATED)
def test_generated_strings_give_the_plain_spans(text):
    _same_as_plain(text)


@settings(max_examples=300, deadline=None, suppress_health_check=list(HealthCheck))
@given(NAME_LIKE)
def test_name_like_strings_give_the_plain_spans(text):
    _same_as_plain(text)


def test_every_labelled_text_gives_the_plain_spans():
    texts = [json.loads(line)["text"] for path in sorted((ROOT / "tests" / "support" / "labelled").glob("pii_*.jsonl"))
             if "heldout" not in path.name for line in path.read_text(encoding="utf-8").splitlines()]
    assert len(texts) > 5000
    for text in texts:
        _same_as_plain(text)


def test_the_plain_oracle_sees_a_broken_fast_path(monkeypatch):
    """The comparison has teeth: a fast path that looks for a cued id too close to its digits (its
    window before the digits cut to 3 characters) finds less than the plain way."""
    text = "my isikukood is 36805280109"
    _same_as_plain(text)
    monkeypatch.setitem(pii_detect._AROUND_DIGITS, id(pii_detect.CUED_ID_PATTERN), (3, 26))
    with pytest.raises(AssertionError):
        _same_as_plain(text)
