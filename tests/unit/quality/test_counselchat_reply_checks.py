"""The counsellor-reply checks on real counsellor answers: the first 300 CounselChat rows (answers
by licensed therapists), run through the assessor the way a pipeline run does
(tests/e2e/test_datasets_end_to_end.py::test_parquet_and_tsv_uploads_go_through needs more than
250 of them to pass). A reply check that flags real answers would fail that run and throw good
counselling out of training data, so each change to the reply checks is held to a budget here."""

import csv
from collections import Counter

import pytest

from services.quality.assessor import Assessor
from services.quality.evaluation import SAFETY_FLAGS
from services.standardization.standardize import standardize_records
from shared.events import QualityOptions, RawRecord
from tests.conftest import SHARED_DATASETS

COUNSELCHAT = SHARED_DATASETS / "counselchat_20200325.csv"
# Conversations of the first 300 with a reply-safety flag. Measured 22 before the reply checks
# were made context-aware (issue 12), every one a false positive on reading, and 2 after (both
# crisis_without_safety_response, whose count also moves with the risk detector); see
# docs/quality.md. The budget is the figure before: no change may flag more real answers than that.
BUDGET = 22
# of which from the reply checks themselves (every safety flag but the crisis one): measured 0
PHRASE_BUDGET = 2


@pytest.fixture(scope="module")
def assessed():
    if not COUNSELCHAT.exists():
        pytest.skip("shared/datasets/counselchat_20200325.csv is not here")
    with open(COUNSELCHAT, newline="", encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))[:300]
    records = [RawRecord(index=i, data=row) for i, row in enumerate(rows)]
    conversations = standardize_records(records, dataset_id="cc", source_name="counselchat.csv",
                                        source_sha256="0" * 64).conversations
    assert len(conversations) == 300
    return Assessor().assess_batch(conversations, QualityOptions(), 0.7, dedup=False)[0]


def test_reply_checks_stay_within_budget_on_real_counselchat_answers(assessed):
    flagged = [(conversation, report) for conversation, report, _ in assessed if set(report.flags) & SAFETY_FLAGS]
    by_flag = Counter(flag for _, report in flagged for flag in set(report.flags) & SAFETY_FLAGS)
    details = [next(c["detail"] for name, c in report.checks.items() if c.get("detail") and c.get("passed") is False)
               for _, report in flagged]
    assert len(flagged) <= BUDGET, (by_flag, details)
    phrase = [report for _, report in flagged if set(report.flags) & SAFETY_FLAGS - {"crisis_without_safety_response"}]
    assert len(phrase) <= PHRASE_BUDGET, (by_flag, details)


def test_enough_counselchat_rows_pass_for_the_end_to_end_run(assessed):
    assert sum(verdict.passed for _, _, verdict in assessed) > 250
