"""PII round twenty-three (2026-12-06, twenty-fourth session): a learned name tagger
(docs/quality.md, "PII round twenty-three"). No candidate passed the session's rule, so the detector
does not call the tagger and no model is committed: these tests train it with
``bench/train_name_tagger.py`` (on the PII training files only) and check what it would add, that its
training is reproducible, and that ``find_pii`` is unchanged by the round."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest

from shared.pii import name_tagger
from tests.support.pii import rule_names as rules, tagger_script as _script, tagger_added as added

@pytest.fixture(scope="module")
def trained(tmp_path_factory) -> Path:
    """The tagger as the script makes it by default (C 8, the name lists as features, the threshold
    with the most out-of-fold true spans net of false ones)."""
    out = tmp_path_factory.mktemp("name_tagger")
    _script().main(["--out", str(out)])
    return out


# from the PII training files (pii_train_*): names the rules miss and the tagger finds
TRAINING_NAMES = [
    # "At work Kowalczyk keeps taking credit for my ideas.": the rules take it since the twenty-fifth session
    ("Mum adores Tobiah and barely notices me.", ["Tobiah"]),
    ("I keep replaying the argument with Lysander.", ["Lysander"]),
    ("My neighbour says Oluwaseyi stole from her but I don't believe it.", ["Oluwaseyi"]),
    ("Pokłóciłam się z Mieczysławem o pieniądze.", ["Mieczysławem"]),
    ("Sinto falta do Benedito todos os dias.", ["Benedito"]),
    ("My ex sent the photos to Brynmor Lloyd-Pryce and now everyone knows.", ["Brynmor Lloyd-Pryce"]),
]

# hard negatives written for these tests: nothing from the rules nor from the tagger
HARD_NEGATIVES = [
    "Honestly, my Sertraline dose went up again",
    "They switched me from Fluoxetine to Venlafaxine last week",
    "we moved to Leicester last year and I hate it",
    "my nan lives in Swansea now",
    "I see the psychiatrist in September",
    "everything got worse in February after the move",
    "I bought a Samsung phone with my wages",
    "I spent all my money at Primark again",
    "Sadly, nothing changed after the meeting.",
    "However, I still feel alone most days.",
    "I tried Headspace but it didn't help",
    "my counsellor at Mind was kind",
]


@pytest.mark.parametrize("text, expected", TRAINING_NAMES)
def test_the_tagger_finds_training_names_the_rules_miss(trained, text, expected):
    assert not set(expected) & set(rules(text))  # the rules (and so the detector) miss them
    assert added(text, trained) == expected


@pytest.mark.parametrize("text", HARD_NEGATIVES)
def test_hard_negatives_on_both(trained, text):
    assert rules(text) == []
    assert added(text, trained) == []


def test_no_model_no_names():
    # round twenty-six wired a committed model into the detector (test_pii_round_twenty_six.py); without
    # a model's files the tagger adds nothing
    assert name_tagger.find_names("At work Kowalczyk keeps taking credit.", [], False,
                                  Path(name_tagger.__file__).parent / "no-such-folder") == []


def test_training_is_reproducible(tmp_path):
    texts = ["my friend Tom said no", "I told Aleksandra everything", "we went to Paris in May",
             "Ngozi keeps calling me", "the Tesco by the station", "she asked Brannigan for help",
             "I took Sertraline today", "ring Dr Patel tomorrow", "Kasia and Tomek came over",
             "I miss Oyelaran so much", "the NHS app is down", "lunch with Cressida on Friday"]
    spans = [["Tom"], ["Aleksandra"], [], ["Ngozi"], [], ["Brannigan"], [], ["Patel"], ["Kasia", "Tomek"],
             ["Oyelaran"], [], ["Cressida"]]
    fixture = tmp_path / "pii_train_fixture.jsonl"
    fixture.write_text("".join(json.dumps({"text": t, "spans": [{"kind": "NAME", "text": n} for n in s]}) + "\n"
                               for t, s in zip(texts * 2, spans * 2)), encoding="utf-8")
    script = _script()
    digests = []
    for run in ("a", "b"):
        out = tmp_path / run
        script.main(["--files", str(fixture), "--out", str(out)])
        digests.append({p.name: hashlib.md5(p.read_bytes()).hexdigest() for p in sorted(out.iterdir())})
    assert digests[0] == digests[1]
    assert set(digests[0]) == {"name_tagger.npy", "name_tagger.json", "name_tagger_words.npy"}
    meta = json.loads((tmp_path / "a" / "name_tagger.json").read_text(encoding="utf-8"))
    assert meta["files"] == ["pii_train_fixture.jsonl"] and meta["texts"] == 24
