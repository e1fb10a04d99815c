from pydantic import Field
from pydantic_settings import SettingsConfigDict

from shared.settings import BaseServiceSettings


class QualitySettings(BaseServiceSettings):
    model_config = SettingsConfigDict(env_prefix="DP_QUALITY_", extra="ignore", populate_by_name=True)

    consumers: int = Field(2, ge=1, le=8, description=(
        "Kafka consumers of the conversation batches in each quality process (one group, each owns its own "
        "partitions and commits them in order): while one batch waits on its store writes and publishing, "
        "the next one is already being assessed, so the process does not idle between batches. Keep replicas x "
        "consumers at most the partitions of standardization.batch-standardized.v1 (4): a consumer without a "
        "partition idles, and Kafka may leave a whole process without one (`make up` sets 1 from 3 replicas on)"))
    max_turn_chars: int = Field(
        16_000, description="characters a turn may have before the `turn_too_long` check flags it")
    min_conversation_chars: int = Field(
        10, description="characters of dialogue (system turns aside) below which `too_short` flags a conversation")
    warm_up: bool = Field(True, description=(
        "assess a few invented conversations while starting, before the consumers join their group "
        "(services/quality/warmup.py): the guards, prescreens, language-ID tables and models the checks build "
        "on first use are ready for the first batch (~4 s of CPU at start-up; a fresh process's first batch "
        "of 500 took ~6 s instead of ~1 s)"))
