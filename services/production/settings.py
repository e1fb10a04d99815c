from pathlib import Path

from pydantic import Field
from pydantic_settings import SettingsConfigDict

from shared.settings import BaseServiceSettings


class ProductionSettings(BaseServiceSettings):
    model_config = SettingsConfigDict(env_prefix="DP_PRODUCTION_", extra="ignore", populate_by_name=True)

    artifact_dir: Path | None = Field(
        None, description="store generation files in this directory (a disk every production and gateway process "
                          "mounts) instead of MongoDB GridFS")
    request_max_poll_interval_ms: int = Field(
        3_600_000, gt=0, description="how long one generation or export may take before Kafka hands its command "
                                     "to another instance")
    upstream_record_wait_s: float = Field(
        30.0, ge=0, description="at a run's end, how long to wait for earlier stages to record batches they "
                                "have already sent on (their counts belong in the run's final report)")
    conversation_chunk: int = Field(
        10_000, gt=0, le=100_000, description="conversations a generation renders per worker-thread call while it "
                                              "reads a run's scored batches")
