"""Settings base: Kafka, MongoDB, logging. Each service subclasses it with its own prefix.

The shared fields always read their ``DP_*`` names, whatever the subclass prefix, so one
environment configures every process. A malformed value fails at start-up with the field
named, not later in a handler.
"""

from __future__ import annotations

from pathlib import Path

from pydantic import AliasChoices, Field
from pydantic_settings import BaseSettings, SettingsConfigDict

REPO_ROOT = Path(__file__).resolve().parent.parent


def _shared(name: str, default, description: str | None = None):
    return Field(default, validation_alias=AliasChoices(f"DP_{name.upper()}"), description=description)


class BaseServiceSettings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="DP_", extra="ignore", populate_by_name=True)

    kafka_bootstrap: str = _shared(
        "kafka_bootstrap", "127.0.0.1:19092",
        "Kafka bootstrap servers; if set, `make up` and the tests start no local Kafka")
    mongodb_uri: str = _shared(
        "mongodb_uri", "mongodb://127.0.0.1:27018/?directConnection=true",
        "MongoDB connection string; if set, `make up` and the tests start no local FerretDB")
    mongodb_db: str = _shared("mongodb_db", "dataset_pipeline", "database name")
    topic_prefix: str = _shared(
        "topic_prefix", "", "prefix for every topic name and every consumer group id (how tests isolate themselves)")
    data_dir: Path = _shared(
        "data_dir", REPO_ROOT / ".local" / "data",
        "uploads and exports: gateway, acquisition and production need the same disk (one host or a shared mount)")
    log_level: str = _shared("log_level", "INFO", "logging level")
    log_json: bool = _shared(
        "log_json", False, "log JSON lines instead of text (the gateway's access log is JSON either way)")
    max_message_bytes: int = _shared(
        "max_message_bytes", 16 * 1024 * 1024,
        "largest Kafka message produced or fetched (a raw-ingest message over it is rejected)")
    handler_attempts: int = Field(3, ge=1, validation_alias=AliasChoices("DP_HANDLER_ATTEMPTS"),
                                  description="tries of a failing message before it is dead-lettered")
    retry_backoff_s: float = Field(0.5, ge=0, validation_alias=AliasChoices("DP_RETRY_BACKOFF_S"),
                                   description="wait before the first retry; doubles each retry (with jitter)")
    retry_backoff_max_s: float = Field(10.0, ge=0, validation_alias=AliasChoices("DP_RETRY_BACKOFF_MAX_S"),
                                       description="cap on the wait between two tries (keep `attempts x cap` well "
                                                   "under the consumer's max poll interval)")
    fault_inject: str = Field("", validation_alias=AliasChoices("DP_FAULT_INJECT"),
                              description="tests only: `<service>:<marker>[:<times>],...` makes that service's "
                                          "handling of a message containing `marker` raise (see `shared/broker.py`); "
                                          "`gateway:<marker>`: any request whose path or query holds `marker` "
                                          "raises in its route (a 500)")
    heartbeat_interval_s: float = Field(
        5.0, gt=0, validation_alias=AliasChoices("DP_HEARTBEAT_INTERVAL_S"),
        description="how often each service and gateway process writes its document in the "
                    "`heartbeats` collection (`_id` `<service>:<host>:<pid>`)")
    lag_interval_s: float = Field(
        15.0, gt=0, validation_alias=AliasChoices("DP_LAG_INTERVAL_S"),
        description="how often each service instance refreshes dp_consumer_lag of its consumer groups")

    def topic(self, t) -> str:
        return t.full(self.topic_prefix)
