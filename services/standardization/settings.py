from pydantic_settings import SettingsConfigDict

from shared.settings import BaseServiceSettings


class StandardizationSettings(BaseServiceSettings):
    model_config = SettingsConfigDict(env_prefix="DP_STANDARDIZATION_", extra="ignore", populate_by_name=True)

    # Conversion choices are per run (StartRun.standardization); nothing service-wide yet.
