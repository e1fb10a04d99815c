"""PII round twenty-five (2026-12-06, twenty-fifth session): training data for the learned name tagger
(docs/quality.md, "PII round twenty-five"). The guards of ``pii_train_v25.jsonl``: its shape, that
every span is in its text, that it is a training file the tagger's script reads, and that it holds
what the round wrote it for (names without a cue, ~60% of texts; hard negatives)."""

from __future__ import annotations

import hashlib
import json
import math
import re
from collections import Counter
from pathlib import Path

import numpy as np
import pytest

from shared.pii import name_tagger, names
from tests.support.pii import rule_names as rules, rules_only, tagger_script as _script, tagger_added as added

ROOT = Path(__file__).resolve().parents[3]
LABELLED = ROOT / "tests" / "support" / "labelled"
V25 = LABELLED / "pii_train_v25.jsonl"
KINDS = {"NAME", "PHONE", "EMAIL", "ADDRESS", "POSTCODE", "DOB", "NATIONAL_ID", "HANDLE", "URL", "IBAN", "CARD",
         "IP", "SSN"}


def _rows(path: Path = V25) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def test_the_file_has_its_shape():
    rows = _rows()
    assert len(rows) >= 350
    assert len({r["id"] for r in rows}) == len(rows)
    assert all(r["id"].startswith("piitrv25-") and set(r) == {"id", "lang", "text", "spans"} for r in rows)
    assert len({r["text"] for r in rows}) == len(rows)
    with_names = sum(any(s["kind"] == "NAME" for s in r["spans"]) for r in rows)
    assert 0.55 <= with_names / len(rows) <= 0.65  # ~60% with names, the rest hard negatives
    assert sum(not r["spans"] for r in rows) >= 140
    assert len(Counter(r["lang"] for r in rows)) >= 20


def test_every_span_is_in_its_text_as_often_as_it_is_labelled():
    for r in _rows():
        for span in r["spans"]:
            assert span["kind"] in KINDS, r
            need = sum(1 for s in r["spans"] if s["text"] == span["text"])
            if r["lang"] in ("zh", "ja", "ko"):
                found = r["text"].count(span["text"])
            else:
                found = len(re.findall(r"(?<!\w)" + re.escape(span["text"]) + r"(?!\w)", r["text"]))
            assert found >= need, r


def test_no_name_is_introduced_by_my_name_is():
    for r in _rows():
        assert not re.search(r"\bmy name(?:'s| is)\b|\bme llamo\b|\bje m'appelle\b|\bich hei(?:ß|ss)e\b",
                             r["text"], re.I), r


def test_no_text_is_copied_from_an_older_training_file():
    older = set()
    for path in [LABELLED / "pii.jsonl", LABELLED / "pii_tuning.jsonl"] + sorted(LABELLED.glob("pii_train_*.jsonl")):
        if path != V25:
            older |= {r["text"] for r in _rows(path)}
    assert [r["text"] for r in _rows() if r["text"] in older] == []


def test_the_tagger_script_reads_it_as_a_training_file():
    assert V25 in _script().training_files()
    assert "valid" not in V25.name and "heldout" not in V25.name


# -- the tagger's candidates (docs/quality.md, "PII round twenty-five"): none passed the pooled rule, so the
# detector does not call the tagger and no model is committed; these tests train Tn (round twenty-three's
# T, ``--no-gazetteer --select net``, with this file among its training files) into a temporary folder.


@pytest.fixture(scope="module")
def tn(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("tn")
    _script().main(["--no-gazetteer", "--select", "net", "--out", str(out)])
    return out


# from pii_train_v25: names without a cue the rules miss and Tn finds
TRAINING_NAMES = [
    ("The group chat went silent after Philippa posted that photo.", ["Philippa"]),
    ("Ever since Peregrine left, the flat feels empty.", ["Peregrine"]),
    ("The kids, Isolde and Caspian, are staying with their dad this week.", ["Isolde", "Caspian"]),
    ("I got put in a group with Okonkwo and Lindqvist and they did nothing.", ["Okonkwo", "Lindqvist"]),
    ("My counsellor at uni, Haverkamp, thinks I should take a year out.", ["Haverkamp"]),
    ("Desde que a Graziela mudou de cidade eu me sinto sozinho.", ["Graziela"]),
    ("Nie umiem powiedzieć Agacie, co się stało.", ["Agacie"]),
    ("I went to Primark with Elowen and had to leave.", ["Elowen"]),
]

# hard negatives of pii_train_v25: nothing from the rules nor from Tn
HARD_NEGATIVES = [
    "Things got worse when Sertraline went up to 150.",
    "I deleted Hinge and Bumble last night.",
    "Venlafaxine, Lamotrigine and Propranolol all made me feel worse.",
    "Harry Potter got me through being bullied.",
    "My Team Leader said I could take the afternoon off.",
    "The Duty Manager called security on me.",
    "Ever since Brexit, the shop has been dead.",
    "Gestern war Aldi so voll, dass ich rausgerannt bin.",
    "Last Thursday I had my first panic attack at work.",
    "Mind and Rethink both have waiting lists.",
]


@pytest.mark.parametrize("text, expected", TRAINING_NAMES)
def test_tn_finds_training_names_the_rules_miss(tn, text, expected):
    assert text in {r["text"] for r in _rows()}
    assert not set(expected) & set(rules(text))
    assert added(text, tn) == expected


@pytest.mark.parametrize("text", HARD_NEGATIVES)
def test_hard_negatives_on_both(tn, text):
    assert text in {r["text"] for r in _rows() if not r["spans"]}
    assert rules(text) == []
    assert added(text, tn) == []


def test_the_fast_path_scores_as_the_trainer_counts(tn):
    """The detector's path (the rules' tokens, windows of words, the caches of ``_Weights``) gives the
    probabilities of the plain one (a scan of its own, the whole text's words, the numpy weights summed
    over the distinct buckets, as the trainer's binary matrix counts them) on every training text."""
    weights, meta, words_set = name_tagger.model(tn)
    plain = np.load(tn / "name_tagger.npy")
    texts = [r["text"] for r in _rows()] + [r["text"] for r in _rows(LABELLED / "pii_train_v23.jsonl")]
    texts.append(" ".join(texts[:40]))  # a long text: windows, not the whole text's words
    compared = 0
    for text in texts:
        spans = rules_only(text)  # the rules' spans: what the tagger adds to
        taken = [(s.start, s.end) for s in spans]
        rule_name = any(s.kind == "NAME" for s in spans)
        seen: list = []
        names.find_names(text, [(s.start, s.end) for s in spans if s.kind != "NAME"], seen)
        cands = name_tagger.candidates(text, taken)
        assert name_tagger.candidates(text, taken, seen) == cands
        fast = name_tagger.scores(text, taken, rule_name, weights, meta["bias"], False, words_set, seen)
        words = [m.span() for m in name_tagger._WORD.finditer(text)]
        index = {a: i for i, (a, _b) in enumerate(words)}
        slow = []
        for s, e in cands:
            if s in index:
                feats = name_tagger.features(text, words, index[s], rule_name, False, words_set)
                z = meta["bias"] + math.fsum(float(plain[h]) for h in set(name_tagger.hashed(feats)))
                slow.append((s, e, 1.0 / (1.0 + math.exp(-z))))
        assert [(s, e) for s, e, _p in fast] == [(s, e) for s, e, _p in slow]
        assert all(abs(a[2] - b[2]) < 1e-9 for a, b in zip(fast, slow))
        compared += len(fast)
    assert compared > 150


def test_the_veto_lists_are_the_detectors():
    text = "Dear Mom, Sadly, nothing changed. We met at St Mary and King Charles spoke. I read Taylor Swift"
    at = {w: text.index(w) for w in ("Sadly", "Mary", "Charles", "Swift")}
    assert all(name_tagger.vetoed(text, s, s + len(w)) for w, s in at.items())
    assert not name_tagger.vetoed("I told Philippa", 7, 15)


def test_dropped_families_leave_their_features_out():
    text = "The group chat went silent after Philippa posted that photo in the evening."
    words = [m.span() for m in name_tagger._WORD.finditer(text)]
    i = next(k for k, (s, _e) in enumerate(words) if text[s:].startswith("Philippa"))
    full = name_tagger.features(text, words, i, False, False)
    small = name_tagger.features(text, words, i, False, False, drop=frozenset({"ctx", "affix", "shapes"}))
    assert any(f.startswith("ctx=") for f in full) and not any(f.startswith("ctx=") for f in small)
    assert not any(f.startswith(("p2=", "s3=", "sh-1=")) for f in small)
    assert set(small) < set(full)


def test_no_model_no_names():
    # round twenty-six wired a committed model into the detector (test_pii_round_twenty_six.py)
    assert name_tagger.find_names("At work Kowalczyk keeps taking credit.", [], False,
                                  ROOT / "no-such-folder") == []


def test_training_with_dropped_families_is_reproducible(tmp_path):
    texts = ["my friend Tom said no", "I told Aleksandra everything", "we went to Paris in May",
             "Ngozi keeps calling me", "the Tesco by the station", "she asked Brannigan for help",
             "I took Sertraline today", "lunch with Cressida on Friday", "I miss Oyelaran so much"]
    spans = [["Tom"], ["Aleksandra"], [], ["Ngozi"], [], ["Brannigan"], [], ["Cressida"], ["Oyelaran"]]
    fixture = tmp_path / "pii_train_fixture.jsonl"
    fixture.write_text("".join(json.dumps({"text": t, "spans": [{"kind": "NAME", "text": n} for n in s]}) + "\n"
                               for t, s in zip(texts * 2, spans * 2)), encoding="utf-8")
    digests = []
    for run in ("a", "b"):
        out = tmp_path / run
        _script().main(["--files", str(fixture), "--out", str(out), "--drop", "ctx", "shapes"])
        digests.append({p.name: hashlib.md5(p.read_bytes()).hexdigest() for p in sorted(out.iterdir())})
    assert digests[0] == digests[1]
    meta = json.loads((tmp_path / "a" / "name_tagger.json").read_text(encoding="utf-8"))
    assert meta["drop"] == ["ctx", "shapes"]
