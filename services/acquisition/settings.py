from pathlib import Path

from pydantic import AliasChoices, Field
from pydantic_settings import SettingsConfigDict

from shared.settings import BaseServiceSettings


def _intake(name: str, default, **kwargs):
    """An intake setting: ``DP_ACQUISITION_<NAME>``, or the gateway's ``DP_GATEWAY_<NAME>`` (one
    environment configures both: the gateway checks what it can at once, acquisition does the work)."""
    return Field(default, validation_alias=AliasChoices(f"DP_ACQUISITION_{name.upper()}", f"DP_GATEWAY_{name.upper()}"),
                 **kwargs)


class AcquisitionSettings(BaseServiceSettings):
    model_config = SettingsConfigDict(env_prefix="DP_ACQUISITION_", extra="ignore", populate_by_name=True)

    # A run's whole dataset is read inside one command handler: allow long reads before the
    # group coordinator considers the consumer dead.
    max_poll_interval_ms: int = Field(
        60 * 60 * 1000, description="how long reading one run may take before Kafka hands its command to another "
                                    "acquisition instance")
    # adaptive mode: pause reading while more than this many batches wait for the quality stage
    adaptive_max_in_flight: int = Field(
        8, description="`adaptive` mode: batches that may wait for the quality stage before reading pauses")
    # priority_based: how often a running run looks for queued runs of higher priority
    priority_check_interval_s: float = Field(
        1.0, description="how often a reading run looks for queued `priority_based` runs of higher priority")
    # raw ingest (topic ingest.raw-records.v1): each valid message is a run with these settings
    ingest_batch_size: int = Field(500, ge=1, le=10_000, description="records per BatchAcquired of an ingest run")
    ingest_quality_threshold: float = Field(0.7, ge=0.0, le=1.0, description="quality threshold of ingest runs")
    # intake (topic acquisition.intake.v1): loads from URLs, HF names, paths; archive uploads; merges
    standardization_url: str = _intake(
        "standardization_url", "http://127.0.0.1:9102",
        description="standardization's internal API (a merge converts its parents' records there)")
    quality_url: str = _intake(
        "quality_url", "http://127.0.0.1:9103",
        description="quality's internal API (a `highest_quality` merge scores contested copies there)")
    service_timeout_s: float = _intake(
        "service_timeout_s", 15.0, gt=0, description="timeout of a call to those internal APIs (a merge's calls: 4 x)")
    load_roots: list[str] = _intake(
        "load_roots", [], description="folders path loads may read (empty: path loads disabled)")
    max_upload_bytes: int = _intake("max_upload_bytes", 512 * 1024 * 1024, gt=0, description="URL download limit")
    max_expanded_bytes: int | None = _intake(
        "max_expanded_bytes", None, gt=0,
        description="limit on a `.gz`/`.zip` upload or download once decompressed (default 4 x the upload limit)")
    max_expansion_ratio: float = _intake(
        "max_expansion_ratio", 100.0, gt=1,
        description="decompressed:compressed above this (past 1 MiB) is refused as a bomb")
    url_timeout_s: float = _intake("url_timeout_s", 60.0, gt=0, description="total time a URL download may take")
    url_allow_private: bool = _intake(
        "url_allow_private", False, description="let URL loads reach loopback and private addresses")
    url_allowed_hosts: list[str] = _intake(
        "url_allowed_hosts", [],
        description="host names URL loads may reach even when they resolve to private addresses")
    hf_cache_dir: Path | None = _intake(
        "hf_cache_dir", None,
        description="the Hugging Face datasets cache `hf_name` loads read (offline); default: HF's own")
    register_wait_s: float = Field(
        3600.0, ge=0, description="how long a run waits for a dataset still registering before it fails")
    intake_progress_interval_s: float = Field(
        0.5, ge=0, description="least time between two progress notes of a dataset being registered or merged")

    @property
    def expanded_limit(self) -> int:
        return self.max_expanded_bytes or 4 * self.max_upload_bytes
