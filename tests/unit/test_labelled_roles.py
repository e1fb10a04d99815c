"""Every labelled file has one role, read from its name (tests/support/labelled/README.md, "Roles,
by name"): held-out (blind), validation (measured on, never tuned on) or training. The validation
benches read validation files only, and the training scripts refuse validation and held-out names."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
LABELLED = REPO / "tests" / "support" / "labelled"


def role(name: str) -> str:
    if "heldout" in name:
        return "heldout"
    if "_valid" in name or name.endswith("_val.jsonl"):
        return "validation"
    return "training"


@pytest.mark.parametrize(("name", "expected"), [
    ("risk_heldout_v5.jsonl", "heldout"), ("crisis_heldout.jsonl", "heldout"),
    ("risk_valid_v13.jsonl", "validation"), ("replies_written_val.jsonl", "validation"),
    ("risk_valid_v12_use.jsonl", "validation"), ("risk_train_v12_use.jsonl", "training"),
    ("general_val.jsonl", "validation"), ("replies_probe2.jsonl", "training"),
    ("replies_counselchat_negatives.refs", "training"), ("pii.jsonl", "training"),
])
def test_role_by_name(name, expected):
    assert role(name) == expected


# validation files with no training part: round eighteen's checks an operating point chosen on the older
# validation files (``docs/quality.md``, "Round eighteen"); nothing is trained on a file of its round.
# The ``*_valid_indep22`` and ``*_valid_indep23`` files were written blind (twenty-second and twenty-third sessions) by a helper that read no
# training file: they belong to no round and have no training part by design.
NO_TRAINING_PART = ("general_val.jsonl", "risk_valid_v18.jsonl", "risk_valid_indep22.jsonl",
                    "replies_valid_indep22.jsonl", "pii_valid_indep22.jsonl",
                    "risk_valid_indep23.jsonl", "replies_valid_indep23.jsonl", "pii_valid_indep23.jsonl",
                    "risk_valid_v29.jsonl",  # riskblind29: a validation file written blind, no training part
                    "risk_valid_v30_langs.jsonl",  # riskblind30b: written blind in eleven languages, no training part
                    "risk_valid_v30.jsonl", "pii_valid_v30.jsonl", "replies_valid_v30.jsonl",  # riskblind30, piiblind30: written blind, no training part
                    "risk_valid_v31.jsonl",  # riskblind31: written blind, no training part
                    "replies_valid_v31.jsonl",  # replyblind31: written blind, no training part
                    "pii_valid_v31.jsonl",  # piiblind31: written blind (forms, letters, notes, chat logs), no training part
                    "risk_valid_v31_langs.jsonl",  # riskblind31b: written blind in ten languages, no training part
                    "risk_valid_v31c.jsonl",  # riskblind31c: written blind in other Englishes, no training part
                    "risk_valid_v32.jsonl",  # riskblind32: written blind in fifteen languages, no training part
                    "risk_valid_v33_langs.jsonl",  # riskblind33: written blind in twelve languages, no training part
                    "risk_valid_v33.jsonl",  # riskblind33b: written blind in English from unseen writers, no training part
                    "risk_valid_v34.jsonl",  # riskblind34b: written blind in English, self-injury in plain words, no training part
                    "risk_valid_v34c.jsonl",  # riskblind34c: written blind in fr, zh, code-switched en and vi th id hi ar, no training part
                    "risk_valid_v34_langs.jsonl",  # riskblind34: written blind in fr, zh and nine more languages, no training part
                    "risk_valid_v35_langs.jsonl",  # riskblind35b: written blind in fr, zh and ten more languages, no training part
                    "risk_valid_v35_nssi.jsonl",  # riskblind35a: written blind, self-injury in plain words in 17 languages, no training part
                    "risk_valid_v36_frzh.jsonl",  # riskblind36a: written blind, French and Chinese as natives type, no training part
                    "risk_valid_v36_en.jsonl",  # riskblind36b: written blind, English plans/methods/intent/wishes without death words, no training part
                    "replies_valid_v31b.jsonl",  # replyblind31b: written blind, no training part
                    "replies_valid_v32.jsonl",  # replyblind32: written blind, no training part
                    "replies_valid_v33.jsonl",  # replyblind33: written blind, no training part
                    "replies_valid_v33_langs.jsonl",  # replyblind33b: written blind, no training part
                    "replies_valid_v34.jsonl",  # replyblind34: written blind, no training part
                    "replies_valid_v34b.jsonl",  # replyblind34b: written blind (the unsafe clause inside a warm reply), no training part
                    "replies_valid_v35b.jsonl",  # replyblind35b: written blind (minimising, medication change, terse and dismissive; en and nine languages), no training part
                    "replies_valid_v35a.jsonl",  # replyblind35a: written blind (disordered eating and victim blaming, ten languages), no training part
                    "replies_valid_v36a.jsonl",  # replyblind36a: written blind (disordered eating and self-harm encouraged, fourteen languages), no training part
                    "replies_valid_v36b.jsonl",  # replyblind36b: written blind (victim blaming, minimising, terse, medication change; nine languages), no training part
                    "pii_valid_v31b.jsonl",  # piiblind31b: written blind (names as clients write them), no training part
                    "pii_valid_v32.jsonl",  # piiblind32: written blind (every kind across twenty countries), no training part
                    "pii_valid_v33.jsonl",  # piiblind33: written blind (cards, dates of birth, IBANs first), no training part
                    "pii_valid_v34.jsonl",  # piiblind34: written blind (cards, national ids, dates of birth, IBANs first), no training part
                    "pii_valid_v35.jsonl",  # piiblind35: written blind (ids and dates of birth as typed, dates in words), no training part
                    "pii_valid_v36_names.jsonl",  # piiblind36a: written blind (names in counselling chat, many scripts), no training part
                    "pii_valid_v36_ids.jsonl",  # piiblind36b: written blind (national ids, cards, IBANs, dates of birth; 149 look-alikes), no training part
                    )


def test_every_file_is_in_the_readme_and_every_validation_file_has_a_training_part():
    readme = (LABELLED / "README.md").read_text(encoding="utf-8")
    names = sorted(p.name for p in LABELLED.iterdir() if p.suffix in (".jsonl", ".refs"))
    assert len(names) > 90
    assert [n for n in names if f"`{n}`" not in readme] == []
    for name in names:
        if role(name) == "validation" and name not in NO_TRAINING_PART:
            train = name.replace("_valid", "_train").replace("_val.jsonl", "_train.jsonl")
            assert train in names, (name, train)


def _list_constants(path: Path) -> set[str]:
    """The ``*.jsonl`` names a bench script lists in its module-level constants."""
    out = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and node.value.endswith((".jsonl", ".refs")):
            out.add(node.value)
    return out


@pytest.mark.parametrize("script", ["train_reply_semantic.py", "train_reply_model.py", "train_risk_minilm.py",
                                    "train_name_tagger.py"])
def test_training_scripts_name_no_validation_or_heldout_file(script):
    path = REPO / "bench" / script
    if not path.exists():
        pytest.skip(f"bench/{script} is not here")
    names = _list_constants(path)
    assert names
    # train_reply_model.py names its validation files in VALIDATION to measure on: only TRAIN/MORE count
    tree = ast.parse(path.read_text(encoding="utf-8"))
    for node in tree.body:
        if isinstance(node, ast.Assign) and any(isinstance(t, ast.Name) and t.id in ("TRAIN", "MORE", "EXTRA")
                                                for t in node.targets):
            listed = [c.value for c in ast.walk(node.value) if isinstance(c, ast.Constant) and isinstance(c.value, str)]
            assert [n for n in listed if role(n) != "training"] == [], (script, listed)


@pytest.mark.parametrize("script", ["risk_validation.py", "reply_validation.py", "pii_validation.py"])
def test_validation_benches_default_to_validation_files(script):
    names = _list_constants(REPO / "bench" / script)
    assert names and [n for n in names if role(n) == "heldout"] == []
