from pydantic import Field
from pydantic_settings import SettingsConfigDict

from shared.settings import BaseServiceSettings


class QualitySettings(BaseServiceSettings):
    model_config = SettingsConfigDict(env_prefix="DP_QUALITY_", extra="ignore", populate_by_name=True)

    max_turn_chars: int = Field(
        16_000, description="characters a turn may have before the `turn_too_long` check flags it")
    min_conversation_chars: int = Field(
        10, description="characters of dialogue (system turns aside) below which `too_short` flags a conversation")
