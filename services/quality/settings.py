from pydantic_settings import SettingsConfigDict

from shared.settings import BaseServiceSettings


class QualitySettings(BaseServiceSettings):
    model_config = SettingsConfigDict(env_prefix="DP_QUALITY_", extra="ignore", populate_by_name=True)

    max_turn_chars: int = 16_000
    min_conversation_chars: int = 10
