"""The native hot paths (``native/``, the ``dp_native`` extension) give what their pure-Python
twins give: Gopher's repetition statistics to the last bit, the literal scan's set of literals,
every guard's answer (``GuardSet``) and a text's digit count, the language-ID walk's feature
counts in first-seen order.

The module is optional (``make venv`` builds it when cargo is there); in CI, or with
``DP_QUALITY_NATIVE=1``, its absence is a failure, not a skip."""

from __future__ import annotations

import csv
import os
import re
import string
from pathlib import Path

import ahocorasick
import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

if os.environ.get("CI", "").lower() in ("1", "true") or os.environ.get("DP_QUALITY_NATIVE") == "1":
    import dp_native
else:
    dp_native = pytest.importorskip("dp_native")

from services.quality.checks import language_id  # noqa: E402
from services.quality.checks.content import REPETITION_STATS, py_repetition_stats  # noqa: E402

DATASETS = Path(__file__).resolve().parents[4] / "shared" / "datasets"
# characters Python knows (no unassigned code points: their case and category depend on the
# Unicode version, which differs between CPython's tables and the Rust crates')
TEXT = st.text(st.characters(exclude_categories=("Cs", "Cn")), max_size=400)
WORDY = st.lists(st.sampled_from(["the", "cat", "sat", "ΣΑΣ", "ß", "İ", "x_1", "²", "Ⅻ", "\u0345", "naïve", "\n",
                                  " ", "  ", "\x1c", "\t", ".", "it's", "a-b", "日本", "\u00a0"]), max_size=300).map("".join)


def native_stats(text: str) -> dict[str, float]:
    return dict(zip(REPETITION_STATS, dp_native.repetition_stats(text)))


def corpus() -> list[str]:
    path = DATASETS / "counselchat_20200325.csv"
    if not path.exists():
        return []
    with open(path, newline="", encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    return [r["questionText"] for r in rows[:400]] + [r["answerText"] for r in rows[:400]]


SAMPLES = ["", "a", "a a a a a a a a a a a a", "one two three one two three one two three\nline\nline\n line ",
           "Σίσυφος ΣΑΣ σας", "İstanbul İSTANBUL", "x\x1cy\x1fz", "  \n\n  \t", "é é é é é", "1 2 3 1 2 3 1 2 3 1 2 3"]


@pytest.mark.parametrize("text", SAMPLES + corpus())
def test_repetition_statistics_are_the_python_ones(text):
    assert native_stats(text) == py_repetition_stats(text)


@settings(max_examples=300, deadline=None)
@given(st.one_of(TEXT, WORDY))
def test_repetition_statistics_on_any_text(text):
    assert native_stats(text) == py_repetition_stats(text)


def python_scan(literals: list[str], text: str) -> set[int]:
    automaton = ahocorasick.Automaton(ahocorasick.STORE_INTS)
    for i, literal in enumerate(literals):
        automaton.add_word(literal, i)
    automaton.make_automaton()
    return {i for _, i in automaton.iter(text)}


@settings(max_examples=300, deadline=None)
@given(st.lists(st.text(st.sampled_from("abcé日\n "), min_size=1, max_size=4), min_size=1, max_size=30, unique=True),
       st.text(st.sampled_from("abcé日\n xyz"), max_size=200))
def test_literal_scan_finds_what_aho_corasick_finds(literals, text):
    assert dp_native.Literals(literals).scan(text) == python_scan(literals, text)


def test_literal_scan_on_counselling_text():
    literals = ["suicid", "kill", "my life", "end it", "die", "pills", "hurt", "cut", "?", "what", "how"]
    scanner = dp_native.Literals(literals)
    for text in corpus()[:200]:
        low = text.lower()
        assert scanner.scan(low) == python_scan(literals, low)


def test_the_guards_scan_with_the_native_automaton():
    """The merge that moved the prefilter to shared/ once dropped this: keep it wired."""
    from shared import prefilter
    from shared.prefilter import GUARDS, Folded, guard

    assert prefilter.NATIVE_GUARDS, "dp_native is installed but the guards do not use its GuardSet"
    folded = Folded("Thoughts of SUICIDE")
    assert guard(re.compile(r"\bsuicid\w*", re.I)).may_match(folded)
    assert isinstance(GUARDS.native, dp_native.GuardSet) and folded._passes is not None


LITERAL = st.text(st.sampled_from("abcé日\n ?"), min_size=1, max_size=6)


@settings(max_examples=300, deadline=None)
@given(st.lists(LITERAL, min_size=1, max_size=40, unique=True), st.lists(LITERAL, max_size=10, unique=True),
       st.text(st.sampled_from("abcé日\n ?xyz"), max_size=300))
def test_guard_set_scan_finds_what_aho_corasick_finds(folded, raw, text):
    """The guard set's literal index (prefix tables, not an automaton) finds the literals of both
    forms of a text that an overlapping Aho-Corasick scan finds."""
    guards = dp_native.GuardSet(folded, raw, [])
    found = guards.scan(text, text.upper())
    assert set(guards.literals(found, False)) == python_scan(folded, text.upper())
    assert set(guards.literals(found, True)) == (python_scan(raw, text) if raw else set())


GUARD = st.tuples(st.integers(0, 4), st.booleans(),
                  st.lists(st.lists(st.integers(0, 9), min_size=1, max_size=4), max_size=3))


@settings(max_examples=300, deadline=None)
@given(st.lists(LITERAL, min_size=10, max_size=10, unique=True), st.lists(LITERAL, min_size=10, max_size=10, unique=True),
       st.lists(GUARD, max_size=30), st.lists(st.text(st.sampled_from("abcé日\n ?xyz"), max_size=120), min_size=1, max_size=3),
       st.integers(0, 6))
def test_guard_set_passes_is_every_guard_evaluated(folded, raw, guards, parts, digits):
    """``passes`` reads only the guards its found literals name (an index on each guard's shortest
    clause) plus those without a clause: the same bits as evaluating every guard, for texts joined
    from parts, digit floors, raw and folded guards."""
    gs = dp_native.GuardSet(folded, raw, guards)
    found = [gs.scan(t, t.upper()) for t in parts]
    have = (set().union(*(gs.literals(f, False) for f in found)), set().union(*(gs.literals(f, True) for f in found)))
    want = 0
    for g, (floor, is_raw, clauses) in enumerate(guards):
        if floor <= digits and all(any(i in have[is_raw] for i in c) for c in clauses):
            want |= 1 << g
    assert gs.passes(found, digits) == want


def test_guard_set_scan_on_counselling_text():
    from shared.prefilter import FOLDED, RAW, fold

    guard_texts()  # every guard the checks make, with their literals
    folded, raw = list(FOLDED.ids), list(RAW.ids)
    guards = dp_native.GuardSet(folded, raw, [])
    for text in corpus()[:300]:
        found = guards.scan(text, fold(text))
        assert set(guards.literals(found, False)) == python_scan(folded, fold(text))
        assert set(guards.literals(found, True)) == python_scan(raw, text)


def guard_texts() -> list[str]:
    """CounselChat texts and generated ones, after assessing them (so that every guard the checks,
    PII and the risk stages make is registered)."""
    from services.quality.assessor import Assessor
    from shared.conversation import Conversation, Lineage, Message
    from shared.events import QualityOptions

    texts = corpus()[:300] + SAMPLES + [
        "Call me on 0161 496 0000 or mail sam@example.org", "I want to kill myself, I took 30 pills",
        "my NHS number is 943 476 5919", "İ feel ſad\nand\nhopeless", "you should stop taking your meds",
        "Dear Lucy,\nI'm sorry.\n\nBest, Dr. Sam Jones", "自杀 割腕 跳楼", "http://x.y/z?a=1 @sam_92 u/name",
        "As an AI language model I cannot help with that", "Born on 12/03/1990 in Dublin"]
    lineage = Lineage(dataset_id="d", source_name="s", source_sha256="0" * 64, record_index=0)
    conversations = [Conversation(id=str(i), original_format="t", lineage=lineage,
                                  messages=[Message(role="user", content=q), Message(role="assistant", content=a)])
                     for i, (q, a) in enumerate(zip(texts, reversed(texts)))]
    Assessor().assess_batch(conversations, QualityOptions(), 0.5)
    return texts


def test_every_guard_answers_what_its_python_twin_answers():
    """Bit g of ``Folded.passes`` (one native call for every guard) is ``py_may_match`` of guard
    g, on single texts and on joined ones; ``Pruned.keep`` is ``py_keep``."""
    from shared.prefilter import _PRUNED, GUARDS, Folded

    texts = guard_texts()
    assert len(GUARDS.guards) > 300
    pruned = [p for p in _PRUNED.values() if p.branches]
    for i, text in enumerate(texts):
        single = Folded(text)
        joined = Folded.joined((Folded(texts[i - 1]), Folded(text), Folded("")))
        for folded in (single, joined):
            bits = folded.passes()
            want = [g.py_may_match(folded) for g in GUARDS.guards]
            assert [bits >> g & 1 == 1 for g in range(len(want))] == want, text[:80]
            for p in pruned:
                assert p.keep(folded) == p.py_keep(folded)


@settings(max_examples=300, deadline=None)
@given(TEXT | WORDY | st.text(string.printable + "é١٢٣߀日", max_size=200))
def test_digits_are_counted_as_re_counts_them(text):
    from shared.prefilter import Folded

    want = len(re.findall(r"\d", text))
    got = dp_native.ascii_digits(text)
    assert got == (want if text.isascii() else -1)
    assert Folded(text).digits == want


def numpy_visits(fast, data: bytes) -> tuple[np.ndarray, np.ndarray]:
    native, fast.native = fast.native, None
    try:
        return fast.visits(data)
    finally:
        fast.native = native


@pytest.fixture(scope="module")
def fast():
    fast = language_id._fast()
    if fast is None:
        pytest.skip("py3langid's layout is not the one the fast path knows")
    assert fast.native is not None, "dp_native is installed but the language ID does not use it"
    return fast


@pytest.mark.parametrize("text", ["", "a", "Je me sens très seul.", "我感到非常孤独", "\x00\x01 \ufffd 😀"] + corpus()[:100])
def test_language_id_walk_counts_what_numpy_counts(fast, text):
    data = fast.identifier._encode(text)
    ids, counts = fast.native.visits(data)
    want_ids, want_counts = numpy_visits(fast, data)
    assert np.array_equal(np.frombuffer(ids, dtype="<i8"), want_ids)
    assert np.array_equal(np.frombuffer(counts, dtype="<f4"), want_counts)


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=600) | st.text(string.printable + "éß日Ж", max_size=600).map(str.encode))
def test_language_id_walk_on_any_bytes(data):
    fast = language_id._fast()
    ids, counts = fast.native.visits(data)
    want_ids, want_counts = numpy_visits(fast, data)
    assert np.array_equal(np.frombuffer(ids, dtype="<i8"), want_ids)
    assert np.array_equal(np.frombuffer(counts, dtype="<f4"), want_counts)


def numpy_label(fast, text: str) -> str:
    """py3langid's label by the numpy scoring (what the native scorer must agree with)."""
    return fast.identifier.nb_classes[int(fast.scores(text).argmax())]


def test_language_id_scorer_gives_numpys_label_when_it_answers(fast):
    assert fast.scorer is not None, "dp_native is installed but the language ID does not score with it"
    samples = [t[i:i + 300] for t in corpus() for i in (0, 300)] + [
        "Je me sens très seul depuis que j'ai déménagé.", "Me siento muy solo desde que me mudé a otra ciudad.",
        "Ich fühle mich sehr einsam, seit ich umgezogen bin.", "Sinto-me muito sozinho desde que me mudei.",
        "我感到非常孤独", "Я чувствую себя очень одиноким", "Jeg føler meg veldig ensom", "Jag känner mig väldigt ensam"]
    answered = 0
    for text in samples:
        best = fast.scorer.classify(fast.identifier._encode(text))
        if best >= 0:
            answered += 1
            assert fast.identifier.nb_classes[best] == numpy_label(fast, text), text
        assert fast.classify(text) == numpy_label(fast, text), text
    assert answered >= 0.8 * len(samples)  # near ties (numpy decides those) are rare


@settings(max_examples=300, deadline=None)
@given(TEXT | WORDY | st.text(string.printable + "éß日Жñøå", max_size=400))
def test_language_id_scorer_on_any_text(text):
    fast = language_id._fast()
    best = fast.scorer.classify(fast.identifier._encode(text))
    want = numpy_label(fast, text)
    assert best == -1 or fast.identifier.nb_classes[best] == want
    assert fast.classify(text) == want


NORMALISED = st.lists(st.sampled_from(["the", "cat", "sat", "on", "mat", "naïve", "日本", "x_1", "a", "\u00a0b"]),
                      max_size=40).map(lambda ws: " ".join(ws).encode())


@settings(max_examples=300, deadline=None)
@given(st.lists(NORMALISED, min_size=1, max_size=12))
def test_minhash_band_keys_are_the_numpy_ones(texts):
    from services.quality.dedup import py_band_keys

    got = np.frombuffer(dp_native.minhash_bands(texts), dtype="<u8").reshape(len(texts), -1)
    assert np.array_equal(got, py_band_keys(texts))


def test_minhash_band_keys_on_counselling_text():
    from services.quality.dedup import normalized_bytes, py_band_keys
    from shared.conversation import Conversation, Lineage, Message

    lineage = Lineage(dataset_id="d", source_name="s", source_sha256="0" * 64, record_index=0)
    texts = corpus()
    conversations = [Conversation(id=str(i), original_format="t", lineage=lineage,
                                  messages=[Message(role="user", content=q), Message(role="assistant", content=a)])
                     for i, (q, a) in enumerate(zip(texts, texts[len(texts) // 2:]))]
    normalised = [normalized_bytes(c) for c in conversations] + [b"", b"one", b"one two"]
    got = np.frombuffer(dp_native.minhash_bands(normalised), dtype="<u8").reshape(len(normalised), -1)
    assert np.array_equal(got, py_band_keys(normalised))
