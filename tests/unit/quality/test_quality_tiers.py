"""A run chooses its quality tiers (``QualityOptions.tiers``): the options refuse what is not a
tier, the assessor runs only the chosen tiers' checks (without counselling: no counselling flag,
no risk reading, no MiniLM), the structure and content findings are the ones a run with every
tier makes, PII applies whatever the tiers, and the reuse fingerprint tells the tier sets apart."""

from __future__ import annotations

from typing import get_args

import pytest
from pydantic import ValidationError

from services.quality import assessor as assessor_module
from services.quality import reuse, scoring
from services.quality.assessor import Assessor
from services.quality.checks import TIERS, default_checks
from services.quality.checks.base import Tier
from services.quality.http import ValidateRequest, validate_payload
from services.standardization.standardize import standardize_records
from shared.api.runs import ExecuteRequest, run_view
from shared.api.services import ValidateConversationRequest
from shared.events import QUALITY_TIERS, QualityOptions, RawRecord, StartRun
from shared.quality_summary import merge
from shared.service_api import QualityReportOut

ALL = ["structure", "content", "counselling"]
GENERAL = ["structure", "content"]
RECORDS = [
    # a disclosure answered unsafely, with personal data: counselling flags, risk tags, PII
    {"messages": [{"role": "user", "content": "I have written goodbye letters and I want to end my life tonight. "
                                              "Mail me at ana.lopez@example.com"},
                  {"role": "assistant", "content": "Just cheer up, everyone feels that way sometimes. Try going for "
                                                   "a run."}]},
    {"messages": [{"role": "user", "content": "I want to die. I keep thinking about taking all my pills."},
                  {"role": "assistant", "content": "Ok."}]},
    # structure and content findings
    {"messages": [{"role": "user", "content": "hello hello hello hello hello hello hello hello hello hello"},
                  {"role": "assistant", "content": "As an AI language model, I cannot help with that."},
                  {"role": "user", "content": "why?"}]},
    {"messages": [{"role": "user", "content": "Translate to French: good morning, how are you today?"},
                  {"role": "assistant", "content": "Bonjour, comment allez-vous aujourd'hui ?"}]},
]


@pytest.fixture(scope="module")
def conversations():
    return standardize_records([RawRecord(index=i, data=r) for i, r in enumerate(RECORDS)], dataset_id="d",
                               source_name="s.jsonl", source_sha256="").conversations


@pytest.fixture(scope="module")
def assessor() -> Assessor:
    return Assessor()


COUNSELLING_REASONS = {c.reason for c in default_checks() if c.tier == "counselling"}


# ------------------------------------------------------------------ options


def test_the_options_tier_names_are_the_check_tables():
    assert QUALITY_TIERS == TIERS == get_args(Tier)
    assert {c.tier for c in default_checks()} == set(TIERS)  # every tier has checks: none is a no-op


def test_tiers_default_to_all_and_keep_table_order():
    assert QualityOptions().tiers == ALL
    assert QualityOptions(tiers=["content", "structure"]).tiers == GENERAL
    assert QualityOptions(tiers=("counselling",)).tiers == ["counselling"]
    # a body written before tiers existed still validates, to every tier
    assert ExecuteRequest(dataset_ids=["x"], quality={"pii_policy": "flag"}).quality.tiers == ALL
    old = ValidateConversationRequest(conversation={"messages": [{"role": "user", "content": "hi"}]},
                                      options={"languages": []})
    assert old.options.tiers == ALL


@pytest.mark.parametrize(("tiers", "loc", "message"), [
    (["structure", "counseling"], ("tiers",),
     "Value error, unknown tier 'counseling': the tiers are structure, content, counselling"),
    (["risk", "pii", "content"], ("tiers",),
     "Value error, unknown tier 'risk' (and 1 more): the tiers are structure, content, counselling"),
    (["content", "structure", "content"], ("tiers",), "Value error, each tier may be given once; repeated: content"),
    ([], ("tiers",), "List should have at least 1 item after validation, not 0"),
    ("structure", ("tiers",), "Input should be a valid list"),
    ([1], ("tiers", 0), "Input should be 'structure', 'content' or 'counselling'"),
])
def test_bad_tiers_are_refused_with_a_precise_message(tiers, loc, message):
    with pytest.raises(ValidationError) as info:
        QualityOptions(tiers=tiers)
    [error] = info.value.errors()
    assert (error["loc"], error["msg"]) == (loc, message)


def test_the_tiers_travel_with_the_run():
    start = StartRun(run_id="r", producer="t", dataset_ids=["d"], quality=QualityOptions(tiers=GENERAL))
    assert StartRun.model_validate_json(start.model_dump_json()).quality.tiers == GENERAL
    assert start.schema_version == 3


def test_run_status_shows_the_quality_options_with_their_tiers():
    stage = {"batches_done": 0, "total_batches": None}
    doc = {"_id": "a" * 32, "status": "queued", "dataset_ids": ["d"], "quality_threshold": 0.7, "counts": {},
           "stages": dict.fromkeys(("acquisition", "standardization", "quality", "production"), stage),
           "created_at": "2026-12-03T00:00:00+00:00",
           "quality": {"pii_policy": "flag", "languages": [], "tiers": GENERAL}}
    assert run_view(doc).quality == QualityOptions(pii_policy="flag", languages=[], tiers=GENERAL)
    # a run stored before tiers could be chosen ran them all
    older = {**doc, "quality": {"pii_policy": "redact", "languages": ["en"]}}
    assert run_view(older).quality.tiers == ALL


# ------------------------------------------------------------------ assessor


def test_without_counselling_no_counselling_work_and_the_same_structure_and_content_findings(
        assessor, conversations, monkeypatch):
    every, every_sigs = assessor.assess_batch(conversations, QualityOptions(), 0.7)
    # the disclosure is found with every tier: counselling flags, risk tags
    first = every[0][1]
    assert COUNSELLING_REASONS & set(first.flags) and first.risk_level == "high" and "risk:high" in first.tags

    def forbidden(*args, **kwargs):
        raise AssertionError("counselling work done with the counselling tier off")

    monkeypatch.setattr(assessor_module, "prefetch_risk", forbidden)  # MiniLM: risk and reply stages
    for name in ("view_risk", "view_risk_turns", "view_risk_category", "signals"):
        monkeypatch.setattr(scoring, name, forbidden)
    general, general_sigs = assessor.assess_batch(conversations, QualityOptions(tiers=GENERAL), 0.7)

    assert (general_sigs == every_sigs).all()
    for (c_all, r_all, v_all), (c_gen, r_gen, v_gen) in zip(every, general, strict=True):
        assert c_gen == c_all  # stored as with every tier (PII redacted alike)
        assert r_gen.flags == [f for f in r_all.flags if f not in COUNSELLING_REASONS]
        assert v_gen.flags == r_gen.flags
        assert r_gen.checks == {k: v for k, v in r_all.checks.items()
                                if k in {c.name for c in default_checks() if c.tier != "counselling"}}
        assert r_gen.tiers == {t: r_all.tiers[t] for t in GENERAL}
        assert r_gen.score == round(r_all.tiers["structure"] * r_all.tiers["content"], 4)
        assert r_gen.pii == r_all.pii and r_gen.excluded == r_all.excluded
        assert (r_gen.risk_level, r_gen.risk_category, r_gen.risk_turns, r_gen.tags, r_gen.therapeutic) == \
            ("none", "none", [], [], {})
        doc = r_gen.to_document()
        assert doc["tiers_run"] == GENERAL
        assert "tiers_run" not in r_all.to_document()  # a default report is the document it always was
    assert general[0][1].flags == ["pii_redacted"] and "[EMAIL]" in general[0][0].messages[0].content
    assert general[2][1].flags == every[2][1].flags == ["last_turn_not_assistant", "refusal_or_boilerplate"]


def test_counselling_alone_reads_risk_and_scores_only_its_tier(assessor, conversations):
    out, _ = assessor.assess_batch(conversations[:2], QualityOptions(tiers=["counselling"]), 0.7)
    report = out[0][1]
    assert set(report.tiers) == {"counselling"} and report.risk_level == "high"
    assert report.flags and set(report.flags) - {"pii_redacted"} <= COUNSELLING_REASONS
    assert report.to_document()["tiers_run"] == ["counselling"]


def test_all_tiers_in_any_order_are_the_default(assessor, conversations):
    default, _ = assessor.assess_batch(conversations, QualityOptions(), 0.7)
    shuffled, _ = assessor.assess_batch(conversations, QualityOptions(tiers=["counselling", "content", "structure"]),
                                        0.7)
    assert [r.to_document() for _, r, _ in shuffled] == [r.to_document() for _, r, _ in default]
    assert assessor.fingerprint(QualityOptions(tiers=list(reversed(ALL)))) == assessor.fingerprint(QualityOptions())


# ------------------------------------------------------------------ reuse


def test_the_fingerprint_differs_by_tiers(assessor):
    sets = [ALL, GENERAL, ["structure"], ["content"], ["counselling"], ["structure", "counselling"]]
    prints = {assessor.fingerprint(QualityOptions(tiers=t)) for t in sets}
    assert len(prints) == len(sets)
    # the tiers count on their own, not only through the checks they select
    base = {"max_turn_chars": 16_000, "min_conversation_chars": 10, "code": "c", "stage": "minilm"}
    checks = default_checks()
    assert reuse.fingerprint(QualityOptions(tiers=GENERAL), checks, **base) != \
        reuse.fingerprint(QualityOptions(), checks, **base)


def test_a_report_made_with_other_tiers_is_never_reused(assessor, conversations):
    made_with = {}
    for tiers in (ALL, GENERAL):
        options = QualityOptions(tiers=tiers)
        fp = assessor.fingerprint(options)
        assessed, _ = assessor.assess_batch(conversations, options, 0.7)
        made_with[tuple(tiers)] = {c.id: reuse.prior_report(r, c, fp) for c, (_, r, _) in zip(conversations, assessed,
                                                                                              strict=True)}
    for run_tiers, prior_tiers in ((ALL, GENERAL), (GENERAL, ALL)):
        run, _ = assessor.assess_batch(conversations, QualityOptions(tiers=run_tiers), 0.7,
                                       prior=made_with[tuple(prior_tiers)])
        assert not any(r.reused for _, r, _ in run)
    # the same tiers: reused, and restored as the fresh report (tiers_run included)
    fresh, _ = assessor.assess_batch(conversations, QualityOptions(tiers=GENERAL), 0.7)
    reused, _ = assessor.assess_batch(conversations, QualityOptions(tiers=GENERAL), 0.7, prior=made_with[tuple(GENERAL)])
    assert all(r.reused for _, r, _ in reused)
    assert [r.to_document() for _, r, _ in reused] == [r.to_document() for _, r, _ in fresh]


# ------------------------------------------------------------------ validation API, summaries


def test_the_validation_answer_says_which_tiers_ran(assessor):
    answer = validate_payload(ValidateRequest(conversations=[RECORDS[1]], options={"tiers": GENERAL}), assessor)
    [result] = answer["results"]
    assert result["tiers_run"] == GENERAL and result["flags"] == [] and result["risk_level"] == "none"
    assert QualityReportOut(**result).tiers_run == GENERAL
    assert answer["summary"]["mean_tier_scores"] == {"structure": 1.0, "content": 1.0}
    default = validate_payload(ValidateRequest(conversations=[RECORDS[1]]), assessor)["results"][0]
    assert "tiers_run" not in default and QualityReportOut(**default).tiers_run == ALL


def test_a_tier_mean_counts_only_the_batches_that_ran_it():
    every = {"conversations": 2, "tier_sums": {"structure": 2.0, "content": 1.0, "counselling": 0.5}}
    general = {"conversations": 3, "tier_sums": {"structure": 3.0, "content": 1.5}}
    assert merge([every, general])["mean_tier_scores"] == {"structure": 1.0, "content": 0.5, "counselling": 0.25}
    assert merge([every])["mean_tier_scores"] == {"structure": 1.0, "content": 0.5, "counselling": 0.25}
    assert merge([])["mean_tier_scores"] == {}
