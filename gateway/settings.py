from pydantic import AliasChoices, Field, SecretStr
from pydantic_settings import SettingsConfigDict

from shared.settings import BaseServiceSettings


# What intake needs beyond the load roots and the upload limit (URL download and archive limits,
# the Hugging Face cache) is acquisition's: it reads those under DP_GATEWAY_ names too.
class GatewaySettings(BaseServiceSettings):
    model_config = SettingsConfigDict(env_prefix="DP_GATEWAY_", extra="ignore", populate_by_name=True)

    admin_api_key: SecretStr | None = Field(
        None, validation_alias=AliasChoices("DP_ADMIN_API_KEY"),
        description="the bootstrap admin API key (`make up` generates one into `.local/admin-api-key` unless set)")
    max_upload_bytes: int = Field(512 * 1024 * 1024, gt=0, description="upload and URL download limit")
    ws_poll_interval_s: float = Field(1.0, gt=0, description="how often a WebSocket re-reads the state of its runs")
    ws_heartbeat_s: float = Field(15.0, gt=0, description="WebSocket heartbeat period")
    standardization_url: str = Field("http://127.0.0.1:9102",
                                     description="where the gateway forwards `/standardize/*` (standardization's "
                                                 "internal API)")
    quality_url: str = Field("http://127.0.0.1:9103",
                             description="where the gateway forwards `/validate/*` (quality's internal API)")
    acquisition_url: str = Field("http://127.0.0.1:9101", description="acquisition's internal API (dataset previews)")
    load_roots: list[str] = Field(default_factory=list,
                                  description="folders `POST /datasets/load` may read (empty: path loads disabled)")
    service_timeout_s: float = Field(15.0, gt=0, description="timeout of those forwarded calls (a merge's calls, "
                                                              "made by acquisition: 4 x)")
    max_json_bytes: int = Field(16 * 1024 * 1024, gt=0, description="largest JSON request body")
    key_cache_s: float = Field(5.0, ge=0, description="how long a replica trusts a key lookup (revocation delay)")
    ws_ticket_ttl_s: float = Field(30.0, ge=1, le=300, description="how long a WebSocket ticket stays valid")
    rate_limits: dict[str, str] = Field(
        default_factory=dict,
        description='per-key defaults by bucket (`<n>/<second|minute|hour|day>`), merged over the built-ins '
                    '`{"validation": "100/minute", "export": "10/hour"}`; overridable per key')
    cors_origins: list[str] = Field(
        default_factory=lambda: ["http://localhost:3000", "http://localhost:5173"],
        description="browser origins allowed to call the API (TechDeck's)")
    audit_flush_interval_s: float = Field(0.5, gt=0, description="how long audit events wait to be stored as a batch")
    audit_batch_size: int = Field(200, ge=1, le=10_000, description="audit events stored (and published) per batch")
    audit_buffer_max: int = Field(50_000, ge=100, description="audit events held while MongoDB is unreachable")
