from pydantic_settings import SettingsConfigDict

from shared.settings import BaseServiceSettings


class ProductionSettings(BaseServiceSettings):
    model_config = SettingsConfigDict(env_prefix="DP_PRODUCTION_", extra="ignore", populate_by_name=True)
