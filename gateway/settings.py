from pydantic import AliasChoices, Field, SecretStr
from pydantic_settings import SettingsConfigDict

from shared.settings import BaseServiceSettings


class GatewaySettings(BaseServiceSettings):
    model_config = SettingsConfigDict(env_prefix="DP_GATEWAY_", extra="ignore", populate_by_name=True)

    admin_api_key: SecretStr | None = Field(None, validation_alias=AliasChoices("DP_ADMIN_API_KEY"))
    max_upload_bytes: int = Field(512 * 1024 * 1024, gt=0)
    ws_poll_interval_s: float = Field(1.0, gt=0)
    ws_heartbeat_s: float = Field(15.0, gt=0)
    standardization_url: str = "http://127.0.0.1:9102"
    quality_url: str = "http://127.0.0.1:9103"
    load_roots: list[str] = Field(default_factory=list, description="folders POST /datasets/load may read")
    service_timeout_s: float = Field(15.0, gt=0)
