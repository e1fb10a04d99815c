from pydantic import Field
from pydantic_settings import SettingsConfigDict

from shared.settings import BaseServiceSettings


class AcquisitionSettings(BaseServiceSettings):
    model_config = SettingsConfigDict(env_prefix="DP_ACQUISITION_", extra="ignore", populate_by_name=True)

    # A run's whole dataset is read inside one command handler: allow long reads before the
    # group coordinator considers the consumer dead.
    max_poll_interval_ms: int = 60 * 60 * 1000
    # adaptive mode: pause reading while more than this many batches wait for the quality stage
    adaptive_max_in_flight: int = 8
    # priority_based: how often a running run looks for queued runs of higher priority
    priority_check_interval_s: float = 1.0
    # raw ingest (topic ingest.raw-records.v1): each valid message is a run with these settings
    ingest_batch_size: int = Field(500, ge=1, le=10_000, description="records per BatchAcquired of an ingest run")
    ingest_quality_threshold: float = Field(0.7, ge=0.0, le=1.0, description="quality threshold of ingest runs")
