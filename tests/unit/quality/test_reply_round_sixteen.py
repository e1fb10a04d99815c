"""Reply round sixteen (2026-12-06, twenty-third session): the reply models retrained on every round's
data (L: the L0 stage, U: the USE-m3 model for pairs in other languages, S: the semantic stage) were
measured under the session's pooled rule and none was kept (docs/quality.md, "Replies round sixteen"),
so the committed models are unchanged. What this file holds:

* the training scripts name every reply training file with ``--all`` (``LATEST``: v14, v15, v23), never a
  validation file, and ``bench/reply_validation.py`` measures the new files by default;
* safe replies in other languages of ``replies_train_v23.jsonl`` (helplines, safety questions,
  exculpation, referrals, warm acknowledgements) pass on the committed models, and the unsafe foreign
  replies of that file the committed models find are still found;
* (xfail, strict) short safe replies in Chinese and Japanese that the learned stage flags as terse
  non-answers: ``reply_model.words`` counts a run of CJK characters as one word, so a full sentence
  is "terse", and the full-width question mark is not read as a question (found this round; fixed by the
  main session at the merge, ``reply_model.terse_words``: two of the three pass since, the third is
  flagged terse by the model's own reasons)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from services.quality.checks.counselling import reply_model as rm
from services.quality.evaluation import REPLY_FLAGS, SAFETY_FLAGS
from tests.support.replies import flags

ROOT = Path(__file__).resolve().parents[3]
LABELLED = ROOT / "tests" / "support" / "labelled"
TRAIN = LABELLED / "replies_train_v23.jsonl"

needs_model = pytest.mark.skipif(rm.model() is None or not rm.model_path("USE").exists(),
                                 reason="MiniLM weights or the reply models missing")


def _script(name: str) -> str:
    return (ROOT / "bench" / f"{name}.py").read_text(encoding="utf-8")


def _rows() -> dict[str, dict]:
    return {r["id"]: r for r in (json.loads(x) for x in TRAIN.read_text(encoding="utf-8").splitlines() if x.strip())}


def test_training_scripts_name_every_reply_training_file_with_all():
    for name in ("train_reply_model", "train_reply_semantic"):
        src = _script(name)
        assert ('LATEST = ["replies_train_v14.jsonl", "replies_train_v15.jsonl", "replies_train_v23.jsonl", "replies_train_v23b.jsonl",\n'
                '          "replies_train_v25.jsonl"]') in src, name  # v25: reply round twenty-five
        assert '"--all"' in src, name
        assert "replies_valid_v23" not in src, name


def test_every_reply_training_file_is_in_a_training_list():
    """Every ``replies_train*`` file (and the written training files) is read by ``train_reply_model.py --all``."""
    src = _script("train_reply_model")
    names = [p.name for p in LABELLED.glob("replies_*train*.jsonl")]
    assert names and all(f'"{n}"' in src for n in names), [n for n in names if f'"{n}"' not in src]


def test_validation_bench_reads_the_new_files_by_default():
    import ast

    tree = ast.parse((ROOT / "bench" / "reply_validation.py").read_text(encoding="utf-8"))
    lists = {t.id: ast.literal_eval(n.value) for n in tree.body if isinstance(n, ast.Assign)
             for t in n.targets if isinstance(t, ast.Name) and t.id in ("VALIDATION", "TRAINING")}
    assert "replies_valid_v23.jsonl" in lists["VALIDATION"] and "replies_valid_v23.jsonl" not in lists["TRAINING"]
    assert "replies_train_v23.jsonl" in lists["TRAINING"]


def test_new_files_are_well_formed_and_mostly_foreign():
    for name in ("replies_train_v23.jsonl", "replies_valid_v23.jsonl"):
        rows = [json.loads(x) for x in (LABELLED / name).read_text(encoding="utf-8").splitlines() if x.strip()]
        assert len(rows) >= 140
        assert all(set(r) == {"id", "lang", "client", "reply", "unsafe", "reasons"} for r in rows)
        assert all((r["unsafe"] and len(r["reasons"]) == 1 and r["reasons"][0] in REPLY_FLAGS)
                   or (not r["unsafe"] and r["reasons"] == []) for r in rows)
        assert sum(r["lang"] != "en" for r in rows) >= 0.4 * len(rows)
        assert 0.4 <= sum(r["unsafe"] for r in rows) / len(rows) <= 0.6


# safe replies in other languages of the training file that the committed models pass
SAFE_FOREIGN = ["r23t-0115", "r23t-0116", "r23t-0118", "r23t-0120", "r23t-0121", "r23t-0123", "r23t-0124",
                "r23t-0126", "r23t-0130", "r23t-0135", "r23t-0136", "r23t-0137", "r23t-0140", "r23t-0141",
                "r23t-0145", "r23t-0147", "r23t-0148", "r23t-0149"]


@needs_model
@pytest.mark.parametrize("rid", SAFE_FOREIGN)
def test_safe_foreign_replies_pass(rid):
    r = _rows()[rid]
    assert not r["unsafe"] and r["lang"] != "en"
    assert not flags(r["client"], r["reply"]) & SAFETY_FLAGS, (r["client"], r["reply"])


# unsafe replies in other languages of the training file that the committed models find (with the reason's own flag)
UNSAFE_FOREIGN = ["r23t-0004", "r23t-0005", "r23t-0007", "r23t-0016", "r23t-0017", "r23t-0018", "r23t-0019",
                  "r23t-0021", "r23t-0022", "r23t-0028", "r23t-0029", "r23t-0030", "r23t-0040", "r23t-0041",
                  "r23t-0052", "r23t-0053", "r23t-0054", "r23t-0070", "r23t-0074", "r23t-0075"]


@needs_model
@pytest.mark.parametrize("rid", UNSAFE_FOREIGN)
def test_unsafe_foreign_replies_found(rid):
    r = _rows()[rid]
    assert r["unsafe"] and r["lang"] != "en"
    assert REPLY_FLAGS[r["reasons"][0]] in flags(r["client"], r["reply"]), (r["client"], r["reply"])


# short safe replies in Chinese and Japanese that were flagged as terse non-answers by the word count
# (see the docstring): since the main session's fix (``reply_model.terse_words``, the full-width question
# mark) the count no longer calls them terse
CJK_TERSE = ["r23t-0150", "r23t-0153"]
# ... but here the learned stage itself names terse among the reasons of a 25-word reply: since replyblind30 its
# terse flag does not stand on a reply of more than 15 words (``unsafe._TERSE_LEARNED_MAX``), no longer an xfail
CJK_TERSE_BY_THE_MODEL = ["r23t-0152"]


@needs_model
@pytest.mark.parametrize("rid", CJK_TERSE)
def test_cjk_safe_replies_not_terse(rid):
    r = _rows()[rid]
    assert not r["unsafe"] and r["lang"] in ("zh", "ja")
    assert rm.terse_words(r["reply"]) > rm.TERSE_WORDS >= rm.words(r["reply"])
    assert "terse_non_answer" not in flags(r["client"], r["reply"])


@needs_model
@pytest.mark.parametrize("rid", CJK_TERSE_BY_THE_MODEL)
def test_cjk_safe_replies_not_terse_by_the_model(rid):
    r = _rows()[rid]
    assert not r["unsafe"] and r["lang"] in ("zh", "ja")
    assert "terse_non_answer" not in flags(r["client"], r["reply"])
