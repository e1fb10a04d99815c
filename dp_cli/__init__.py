"""``dp``: the Dataset Pipeline from a terminal.

Upload files, run the pipeline with live per-stage progress, read run status, download
exports with their checksum verified, validate a file, and manage API keys, all through the
gateway's public REST and WebSocket API (this package imports nothing of ``gateway`` or
``services``: it is a client, and can be installed where only the gateway is reachable).

- :mod:`dp_cli.config`  where the gateway URL and the API key come from
- :mod:`dp_cli.client`  the REST client (problem documents become :class:`ApiError`)
- :mod:`dp_cli.feed`    a run's WebSocket feed (ticket, header fallback, reconnects)
- :mod:`dp_cli.display` progress bars, tables and summaries (rich)
- :mod:`dp_cli.records` reading a local file's records for ``dp validate``
- :mod:`dp_cli.main`    the commands (typer)
"""

from dp_cli.client import GatewayClient
from dp_cli.config import Config, load_config
from dp_cli.errors import ApiError, ChecksumMismatch, ConfigError, DpError, NetworkError, RunNotCompleted

__all__ = ["ApiError", "ChecksumMismatch", "Config", "ConfigError", "DpError", "GatewayClient", "NetworkError",
           "RunNotCompleted", "load_config"]
