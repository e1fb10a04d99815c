"""Write the gateway's OpenAPI document: ``python scripts/openapi_dump.py [OUT]``.

The app is built but never started (no lifespan: nothing connects to Kafka or MongoDB).
Settings come from defaults only, never from the environment or a ``.env`` file, so the
output is the same on every machine. Pretty, key-sorted JSON with a trailing newline,
to OUT or stdout. ``make ts-client`` uses it to regenerate ``gateway/clients/typescript``: a build
tool, not part of the gateway (it imports the app like any other caller).
"""

from __future__ import annotations

import json
import logging
import sys
from pathlib import Path
from typing import Any

from gateway.settings import GatewaySettings


class _DefaultsOnly(GatewaySettings):
    """The gateway settings with every environment source switched off."""

    @classmethod
    def settings_customise_sources(cls, settings_cls, init_settings, env_settings, dotenv_settings,
                                   file_secret_settings):
        return (init_settings,)


def openapi_document() -> dict[str, Any]:
    from gateway.app import create_app

    # log_level ERROR: no "DP_ADMIN_API_KEY is not set" warning; the key plays no part in the document.
    root = logging.getLogger()
    handlers, level = root.handlers[:], root.level
    try:
        app = create_app(_DefaultsOnly(admin_api_key=None, log_level="ERROR", log_json=False))
        return app.openapi()
    finally:  # create_app configures the root logger; leave a caller's logging as it was
        root.handlers[:] = handlers
        root.setLevel(level)


def render(document: dict[str, Any]) -> str:
    return json.dumps(document, sort_keys=True, indent=2) + "\n"


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if len(argv) > 1 or (argv and argv[0] in ("-h", "--help")):
        print(__doc__.strip().splitlines()[0], file=sys.stderr)
        return 2
    text = render(openapi_document())
    if argv and argv[0] != "-":
        out = Path(argv[0])
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text(text, encoding="utf-8")
    else:
        sys.stdout.write(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
