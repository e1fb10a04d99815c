"""Quality figures and the overview over the REST API: summaries read from the quality service's
per-batch summaries (``/analytics/quality``, a stored validation) and TechDeck's overview page
(``/analytics/dashboard``)."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from pydantic import BaseModel, Field

from shared.api.runs import RunStatusOut


class QualitySummary(BaseModel):
    conversations: int
    passed: int
    reused_reports: int = Field(0, description=(
        "conversations whose report was not made again but taken from the highest_quality merge that scored "
        "them, made with the same quality options and scorer (docs/api.md#scored-once-when-the-options-match)"))
    mean_score: float | None
    score_histogram: list[dict[str, float]]
    flags: dict[str, int]
    risk_levels: dict[str, int]
    pii: dict[str, int]
    safeguarding: dict[str, int] = Field(default_factory=dict, description=(
        "conversations per safeguarding tag: harm_by_others, a client turn telling of violence, threats or abuse "
        "by another person against the client (tag safeguarding:harm_by_others; not a risk level, not a defect)"))
    mean_tier_scores: dict[str, float]


class ValidationMetrics(BaseModel):
    validation_id: str
    conversations: int
    summary: dict[str, Any]


class QualityAnalytics(BaseModel):
    overall: QualitySummary
    by_dataset: dict[str, QualitySummary]
    by_run: dict[str, QualitySummary]


class RunsOverview(BaseModel):
    total: int
    by_status: dict[str, int] = Field(description="over the newest 50 runs")
    active: list[RunStatusOut]
    recent: list[RunStatusOut] = Field(description="the 10 newest runs")


class DatasetsOverview(BaseModel):
    total: int
    by_source: dict[str, int]
    by_status: dict[str, int]
    bytes: int


class Dashboard(BaseModel):
    generated_at: datetime
    datasets: DatasetsOverview
    runs: RunsOverview
    records: dict[str, int] = Field(description="counts summed over the newest 50 runs")
    quality: QualitySummary = Field(description="over the newest 50 runs")
