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
    key_cache_s: float = Field(5.0, ge=0, description="how long a replica trusts a key lookup (revocation delay)")
    rate_limits: dict[str, str] = Field(
        default_factory=dict, description='per-bucket defaults, e.g. {"validation": "100/minute", "export": "10/hour"}')
    cors_origins: list[str] = Field(
        default_factory=lambda: ["http://localhost:3000", "http://localhost:5173"],
        description="browser origins allowed to call the API (TechDeck's)")
