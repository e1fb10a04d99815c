"""Where ``dp`` reads its settings from, and in which order."""

from __future__ import annotations

import os

import pytest

from dp_cli.config import DEFAULT_GATEWAY_URL, load_config
from dp_cli.errors import ConfigError


def write(path, text, mode=0o600):
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text)
    os.chmod(path, mode)
    return path


def test_defaults_without_any_setting(tmp_path):
    cfg = load_config(environ={"HOME": str(tmp_path)})
    assert cfg.gateway_url == DEFAULT_GATEWAY_URL and cfg.api_key is None
    with pytest.raises(ConfigError, match="No API key"):
        cfg.require_key()


def test_the_default_file_under_xdg_config_home(tmp_path):
    write(tmp_path / "xdg" / "dp" / "config.toml", 'gateway_url = "http://file:1/"\napi_key = "from-file"\n')
    cfg = load_config(environ={"HOME": "/nowhere", "XDG_CONFIG_HOME": str(tmp_path / "xdg")})
    assert (cfg.gateway_url, cfg.api_key) == ("http://file:1", "from-file")
    assert cfg.source("api_key").startswith("config file")


def test_option_beats_environment_beats_file(tmp_path):
    path = write(tmp_path / "c.toml", 'gateway_url = "http://file:1"\napi_key = "from-file"\n')
    env = {"DP_CONFIG": str(path), "DP_GATEWAY_URL": "http://env:2", "DP_API_KEY": "from-env"}
    assert load_config(environ=env).gateway_url == "http://env:2"
    assert load_config(environ=env).api_key == "from-env"
    assert load_config("http://flag:3", environ=env).gateway_url == "http://flag:3"
    assert load_config(environ={"DP_CONFIG": str(path)}).api_key == "from-file"


def test_config_option_beats_dp_config(tmp_path):
    a = write(tmp_path / "a.toml", 'api_key = "a"\n')
    b = write(tmp_path / "b.toml", 'api_key = "b"\n')
    assert load_config(config_file=a, environ={"DP_CONFIG": str(b)}).api_key == "a"


def test_a_named_file_must_exist_and_be_valid(tmp_path):
    with pytest.raises(ConfigError, match="not found"):
        load_config(environ={"DP_CONFIG": str(tmp_path / "missing.toml")})
    bad = write(tmp_path / "bad.toml", "gateway_url = \n")
    with pytest.raises(ConfigError, match="unreadable"):
        load_config(config_file=bad, environ={})
    typo = write(tmp_path / "typo.toml", 'gateway = "http://x"\n')
    with pytest.raises(ConfigError, match="gateway"):
        load_config(config_file=typo, environ={})


def test_a_key_file_others_can_read_gets_a_warning(tmp_path):
    path = write(tmp_path / "c.toml", 'api_key = "k"\n', mode=0o644)
    assert any("chmod 600" in w for w in load_config(config_file=path, environ={}).warnings)
    os.chmod(path, 0o600)
    assert load_config(config_file=path, environ={}).warnings == ()


@pytest.mark.parametrize("url", ["gateway:8000", "ftp://x", "http://", "http://host:notaport"])
def test_a_malformed_url_is_refused(url):
    with pytest.raises(ConfigError, match="Invalid gateway URL"):
        load_config(url, environ={"HOME": "/nowhere"})
