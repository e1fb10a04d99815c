"""Where ``dp`` finds the gateway and its API key.

Precedence, first found wins, each setting on its own:

- gateway URL: ``--gateway-url`` > ``DP_GATEWAY_URL`` > ``gateway_url`` in the config file >
  ``http://127.0.0.1:8000`` (the local stack's gateway);
- API key: ``DP_API_KEY`` > ``api_key`` in the config file (no command-line option: a key
  on a command line is visible to every user of the machine in the process list);
- config file: ``--config`` > ``DP_CONFIG`` > ``$XDG_CONFIG_HOME/dp/config.toml`` >
  ``~/.config/dp/config.toml``. A file named by ``--config`` or ``DP_CONFIG`` must exist; the
  default one may be absent.

The config file is TOML::

    gateway_url = "https://pipeline.example.org"
    api_key = "dp_0123456789abcdef_..."
    timeout_s = 60
"""

from __future__ import annotations

import os
import stat
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

from dp_cli.errors import ConfigError

DEFAULT_GATEWAY_URL = "http://127.0.0.1:8000"
KNOWN_KEYS = {"gateway_url", "api_key", "timeout_s"}


@dataclass(frozen=True)
class Config:
    gateway_url: str
    api_key: str | None
    timeout_s: float = 60.0
    config_file: Path | None = None
    sources: tuple[tuple[str, str], ...] = ()  # (setting, where it came from), for `dp config`
    warnings: tuple[str, ...] = ()

    def require_key(self) -> str:
        if not self.api_key:
            raise ConfigError("No API key",
                              "set DP_API_KEY, or api_key in the config file "
                              f"({self.config_file or default_config_path()})")
        return self.api_key

    def source(self, setting: str) -> str:
        return dict(self.sources).get(setting, "default")


def default_config_path(environ: Mapping[str, str] | None = None) -> Path:
    environ = os.environ if environ is None else environ
    base = environ.get("XDG_CONFIG_HOME") or str(Path(environ.get("HOME") or Path.home()) / ".config")
    return Path(base) / "dp" / "config.toml"


def _read_file(path: Path, required: bool) -> tuple[dict, list[str]]:
    if not path.exists():
        if required:
            raise ConfigError("Config file not found", str(path))
        return {}, []
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise ConfigError("Config file unreadable", f"{path}: {exc}") from None
    unknown = sorted(set(data) - KNOWN_KEYS)
    if unknown:
        raise ConfigError("Unknown setting in the config file",
                          f"{path}: {', '.join(unknown)} (known: {', '.join(sorted(KNOWN_KEYS))})")
    warnings = []
    if data.get("api_key"):
        try:
            if path.stat().st_mode & (stat.S_IRWXG | stat.S_IRWXO):
                warnings.append(f"{path} holds an API key and others may read it: chmod 600 {path}")
        except OSError:
            pass
    return data, warnings


def check_url(url: str) -> str:
    url = url.strip().rstrip("/")
    try:
        parts = urlsplit(url)
        parts.port  # noqa: B018 - raises on a malformed port
    except ValueError as exc:
        raise ConfigError("Invalid gateway URL", f"{url!r}: {exc}") from None
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise ConfigError("Invalid gateway URL", f"{url!r}: give it as http(s)://host[:port]")
    return url


def load_config(gateway_url: str | None = None, config_file: str | Path | None = None,
                environ: Mapping[str, str] | None = None) -> Config:
    environ = os.environ if environ is None else environ
    sources: dict[str, str] = {}
    if config_file:
        path, required, file_source = Path(config_file).expanduser(), True, "--config"
    elif environ.get("DP_CONFIG"):
        path, required, file_source = Path(environ["DP_CONFIG"]).expanduser(), True, "DP_CONFIG"
    else:
        path, required, file_source = default_config_path(environ), False, "default path"
    data, warnings = _read_file(path, required)

    if gateway_url:
        url, sources["gateway_url"] = gateway_url, "--gateway-url"
    elif environ.get("DP_GATEWAY_URL"):
        url, sources["gateway_url"] = environ["DP_GATEWAY_URL"], "DP_GATEWAY_URL"
    elif data.get("gateway_url"):
        url, sources["gateway_url"] = str(data["gateway_url"]), f"config file {path}"
    else:
        url = DEFAULT_GATEWAY_URL
    if environ.get("DP_API_KEY"):
        key, sources["api_key"] = environ["DP_API_KEY"].strip(), "DP_API_KEY"
    elif data.get("api_key"):
        key, sources["api_key"] = str(data["api_key"]).strip(), f"config file {path}"
    else:
        key = None
    try:
        timeout = float(data.get("timeout_s", 60.0))
    except (TypeError, ValueError):
        raise ConfigError("Invalid setting in the config file", f"{path}: timeout_s must be a number") from None
    if not timeout > 0:
        raise ConfigError("Invalid setting in the config file", f"{path}: timeout_s must be positive")
    sources["config_file"] = f"{path} ({file_source}{', found' if path.exists() else ', absent'})"
    return Config(gateway_url=check_url(url), api_key=key or None, timeout_s=timeout,
                  config_file=path, sources=tuple(sources.items()), warnings=tuple(warnings))
