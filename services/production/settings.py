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
    conversation_chunk: int = Field(
        10_000, gt=0, le=100_000, description="conversations a generation renders per worker-thread call while it "
                                              "reads a run's scored batches")
