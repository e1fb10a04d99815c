from pydantic_settings import SettingsConfigDict

from shared.settings import BaseServiceSettings


class AcquisitionSettings(BaseServiceSettings):
    model_config = SettingsConfigDict(env_prefix="DP_ACQUISITION_", extra="ignore", populate_by_name=True)

    # A run's whole dataset is read inside one command handler: allow long reads before the
    # group coordinator considers the consumer dead.
    max_poll_interval_ms: int = 60 * 60 * 1000
    # adaptive mode: pause reading while more than this many batches wait for the quality stage
    adaptive_max_in_flight: int = 8
    # priority_based: how often a running run looks for queued runs of higher priority
    priority_check_interval_s: float = 1.0
