"""Reports a ``highest_quality`` merge made, reused by a later run (``services.quality.reuse``):
the fingerprint decides, and a run that reuses them stores, exports and deduplicates exactly what
a run that assesses everything again does."""

from __future__ import annotations

import numpy as np
import orjson
import pytest

from services.acquisition.merge import stored_line, with_report
from services.quality import reuse
from services.quality.assessor import Assessor
from services.quality.checks import default_checks
from services.quality.http import ValidateRequest, validate_payload
from services.quality.scoring import assess
from services.standardization.standardize import standardize_records
from services.standardization.stored import take_stored
from shared.conversation import Message
from shared.events import PriorQualityReport, QualityOptions, RawRecord

GOOD = ("I feel low since my dad died and I can't sleep.",
        "I'm so sorry about your dad. Grief often disturbs sleep. What have the nights been like for you?")
RECORDS = [
    {"messages": [{"role": "user", "content": GOOD[0]}, {"role": "assistant", "content": GOOD[1]}]},
    {"messages": [{"role": "user", "content": "Call me on 415-555-0134 or write to ana.lopez@example.com, "
                                              "I need to talk about my panic attacks."},
                  {"role": "assistant", "content": "Thank you for reaching out. Panic attacks are frightening; "
                                                   "slow breathing can help while we talk them through."}]},
    {"messages": [{"role": "user", "content": "I have written goodbye letters and I want to end my life tonight."},
                  {"role": "assistant", "content": "I'm really glad you told me. Your safety matters: please call "
                                                   "988 now or go to the nearest emergency department."}]},
    {"messages": [{"role": "user", "content": "How do I stop worrying all the time?"},
                  {"role": "assistant", "content": "As an AI language model, I cannot help with that."}]},
    {"messages": [{"role": "user", "content": "Je me sens seul depuis que j'ai déménagé à Lyon."},
                  {"role": "assistant", "content": "C'est difficile. Qu'est-ce qui vous manque le plus?"}]},
    # the first conversation again, to the letter: a duplicate for the run to find
    {"messages": [{"role": "user", "content": GOOD[0]}, {"role": "assistant", "content": GOOD[1]}]},
]


@pytest.fixture(scope="module")
def assessor() -> Assessor:
    return Assessor()


def merged_lines(assessor: Assessor, options: dict | None = None) -> list[dict]:
    """What a highest_quality merge writes when every conversation was contested: each stored
    line with the report quality answered for it (as ``Merger._pick_best`` asks)."""
    result = standardize_records([RawRecord(index=i, data=r) for i, r in enumerate(RECORDS)],
                                 dataset_id="parent", source_name="p.jsonl", source_sha256="")
    lines = [stored_line(c.model_dump(mode="json"), "parent") for c in result.conversations]
    answer = validate_payload(ValidateRequest(conversations=[{"messages": orjson.loads(m)["messages"]} for m in lines],
                                              threshold=0.0, prior_reports=True, **(options or {})), assessor)
    return [orjson.loads(with_report(m, r["prior_report"])) for m, r in zip(lines, answer["results"], strict=True)]


def run_batch(lines: list[dict]):
    """A run's batch over the merged dataset, as standardization passes it to quality."""
    out = take_stored([RawRecord(index=i, data=line) for i, line in enumerate(lines)], dataset_id="merged",
                      source_name="merged.jsonl", source_sha256="abc")
    assert out.rejects == []
    return out.conversations, out.prior_reports


def outcome(assessed, sigs):
    return ([c.model_dump() for c, _, _ in assessed], [r.to_document() for _, r, _ in assessed],
            [v.model_dump() for _, _, v in assessed], sigs)


@pytest.mark.parametrize(("pii_policy", "threshold"), [("redact", 0.7), ("redact", 0.0), ("redact", 0.95)])
def test_a_run_with_the_merges_fingerprint_reuses_every_report_and_ends_as_a_fresh_run(assessor, pii_policy,
                                                                                        threshold):
    conversations, prior = run_batch(merged_lines(assessor))
    assert set(prior) == {c.id for c in conversations}
    options = QualityOptions(pii_policy=pii_policy)
    reused = assessor.assess_batch(conversations, options, threshold, prior=prior)
    fresh = assessor.assess_batch(conversations, options, threshold)
    assert sum(r.reused for _, r, _ in reused[0]) == len(conversations)
    assert not any(r.reused for _, r, _ in fresh[0])
    got, want = outcome(*reused), outcome(*fresh)
    assert got[:3] == want[:3]
    np.testing.assert_array_equal(got[3], want[3])  # dedup signatures: the run finds the same duplicates
    # what the checks see: PII redacted in the stored conversation, as a fresh assessment does
    assert "[PHONE]" in got[0][1]["messages"][0]["content"] or "[EMAIL]" in got[0][1]["messages"][0]["content"]
    assert got[1][1]["pii"] and "pii_redacted" in got[1][1]["flags"]
    # the verdict is the run's own: its threshold decides
    assert [v["passed"] for v in got[2]] == [r["score"] >= threshold and not r["excluded"] for r in got[1]]


@pytest.mark.parametrize("options", [{"pii_policy": "flag"}, {"pii_policy": "exclude"},
                                     {"languages": ["en", "fr"]}, {"languages": []}])
def test_a_run_with_other_quality_options_assesses_again(assessor, options):
    conversations, prior = run_batch(merged_lines(assessor))
    run_options = QualityOptions(**options)
    reused = assessor.assess_batch(conversations, run_options, 0.7, prior=prior)
    fresh = assessor.assess_batch(conversations, run_options, 0.7)
    assert not any(r.reused for _, r, _ in reused[0])
    assert outcome(*reused)[:3] == outcome(*fresh)[:3]


def test_a_merge_scored_with_other_options_is_reused_by_a_run_with_those(assessor):
    conversations, prior = run_batch(merged_lines(assessor, {"options": {"pii_policy": "flag"}}))
    run = assessor.assess_batch(conversations, QualityOptions(pii_policy="flag"), 0.7, prior=prior)
    assert all(r.reused for _, r, _ in run[0])
    assert not any(r.reused for _, r, _ in assessor.assess_batch(conversations, QualityOptions(), 0.7,
                                                                   prior=prior)[0])


def test_the_fingerprint_covers_options_checks_settings_version_code_and_risk_stage(monkeypatch):
    checks = default_checks()
    base = {"max_turn_chars": 16_000, "min_conversation_chars": 10, "code": "c1", "stage": "minilm"}
    fp = reuse.fingerprint(QualityOptions(), checks, **base)
    assert fp == reuse.fingerprint(QualityOptions(pii_policy="redact", languages=["en"]), default_checks(), **base)
    others = [
        reuse.fingerprint(QualityOptions(pii_policy="flag"), checks, **base),
        reuse.fingerprint(QualityOptions(languages=["en", "de"]), checks, **base),
        reuse.fingerprint(QualityOptions(), checks[:-1], **base),  # a check removed
        reuse.fingerprint(QualityOptions(), checks, **{**base, "max_turn_chars": 8_000}),
        reuse.fingerprint(QualityOptions(), checks, **{**base, "min_conversation_chars": 20}),
        reuse.fingerprint(QualityOptions(), checks, **{**base, "code": "c2"}),  # scoring code or data changed
        reuse.fingerprint(QualityOptions(), checks, **{**base, "stage": "char_ngrams"}),  # DP_RISK_MINILM=0
    ]
    monkeypatch.setattr(reuse, "SCORER_VERSION", reuse.SCORER_VERSION + 1)
    others.append(reuse.fingerprint(QualityOptions(), checks, **base))
    assert len({fp, *others}) == len(others) + 1


def test_a_changed_weight_changes_the_fingerprint():
    checks = list(default_checks())
    base = {"max_turn_chars": 16_000, "min_conversation_chars": 10, "code": "c", "stage": "minilm"}
    fp = reuse.fingerprint(QualityOptions(), checks, **base)
    heavier = type(checks[0])()
    heavier.weight = checks[0].weight / 2
    assert reuse.fingerprint(QualityOptions(), [heavier, *checks[1:]], **base) != fp


def test_the_code_digest_is_stable_and_covers_the_checks_and_models():
    assert reuse.code_digest() == reuse.code_digest.__wrapped__()
    names = {p.name for s in reuse._SCORING_SOURCES for p in ([s] if s.is_file() else s.rglob("*"))}
    assert {"scoring.py", "unsafe.py", "risk_minilm.npz", "detect.py", "prefilter.py"} <= names


def test_a_prior_report_of_other_messages_or_not_a_report_is_not_taken(assessor):
    checks = assessor.checks(("en",))
    fingerprint = assessor.fingerprint(QualityOptions())
    conversations, prior = run_batch(merged_lines(assessor))
    c = conversations[0]
    assert reuse.reusable(prior[c.id], c, fingerprint, checks) is not None
    assert reuse.reusable(None, c, fingerprint, checks) is None
    assert reuse.reusable(prior[c.id], c, "0" * 64, checks) is None
    edited = c.model_copy(update={"messages": [*c.messages[:-1], Message(role="assistant", content="Go away.")]})
    assert reuse.reusable(prior[c.id], edited, fingerprint, checks) is None
    broken = PriorQualityReport(fingerprint=fingerprint, messages_sha256=prior[c.id].messages_sha256,
                                report={"score": 1.0})
    assert reuse.reusable(broken, c, fingerprint, checks) is None


def test_a_compact_report_restores_to_the_fresh_document(assessor):
    checks = assessor.checks(("en",))
    conversations, _ = run_batch(merged_lines(assessor))
    for c in conversations:
        report, _ = assess(c, checks, "redact")
        kept = reuse.compact(report)
        assert "version" not in kept and all(not x["passed"] for x in kept["checks"].values())
        assert reuse.restore(kept, checks).to_document() == report.to_document()


def test_prior_reports_carry_no_duplicate_flag_of_the_merges_request(assessor):
    """The merge's request may hold two conversations a run would call duplicates; the report it
    stores is the one before the request's own duplicate marking (the run decides its duplicates)."""
    lines = merged_lines(assessor)
    assert lines[0]["messages"] == lines[5]["messages"]
    assert all("duplicate" not in " ".join(line["quality"]["report"]["flags"]) for line in lines)
    answer = validate_payload(ValidateRequest(conversations=[{"messages": lines[0]["messages"]}] * 2,
                                              threshold=0.0, prior_reports=True), assessor)
    assert answer["results"][1]["duplicate_of"] and any("dup" in f for f in answer["results"][1]["flags"])
    assert answer["results"][1]["prior_report"] == answer["results"][0]["prior_report"]
    assert "reused_reports" not in answer["summary"]


def test_a_stored_line_with_a_broken_report_is_taken_without_it():
    line = {"messages": [{"role": "user", "content": "hi"}, {"role": "assistant", "content": "hello"}],
            "original_format": "openai_messages", "quality": {"fingerprint": 3}}
    out = take_stored([RawRecord(index=0, data=line)], dataset_id="m", source_name="m", source_sha256="")
    assert out.rejects == [] and len(out.conversations) == 1 and out.prior_reports == {}
    assert "quality" not in out.conversations[0].metadata


def test_with_report_appends_the_report_to_the_stored_line():
    line = orjson.dumps({"messages": [], "merged_from": {"dataset_id": "p"}})
    assert with_report(line, None) == line
    assert orjson.loads(with_report(line, {"fingerprint": "f"})) == {"messages": [], "merged_from": {"dataset_id": "p"},
                                                                      "quality": {"fingerprint": "f"}}
