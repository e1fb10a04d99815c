"""Structured logs: JSON in production (``DP_LOG_JSON=true``), readable lines locally."""

from __future__ import annotations

import json
import logging
import re
import sys
from contextvars import ContextVar
from datetime import UTC, datetime

_CONTEXT_KEYS = ("service", "run_id", "dataset_id", "event_id", "batch_index", "stage", "request_id")

# The HTTP request being served (set by the gateway's request-id middleware).
request_id: ContextVar[str] = ContextVar("request_id", default="-")


class RequestIdFilter(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        if not hasattr(record, "request_id"):
            record.request_id = request_id.get()
        return True


# Credentials that may travel in a URL or a header value and so reach a log line: uvicorn logs
# every WebSocket handshake with its query string (``"WebSocket /ws/progress?api_key=..."``),
# even with --no-access-log, and before the app has authenticated anything.
_SECRET_PARAM = re.compile(r"(?i)([?&;](?:api[_-]?key|key|token|access_token|ticket|secret|password)=)[^&\s\"'#]*")
_BEARER = re.compile(r"(?i)\b(bearer\s+)[A-Za-z0-9._~+/=-]+")
_API_KEY = re.compile(r"\bdp_[0-9a-f]{16}_[A-Za-z0-9_-]{20,128}")


def scrub(text: str) -> str:
    """``text`` with API keys, bearer tokens and secret-looking query parameters replaced."""
    if "=" in text or "dp_" in text or "earer" in text:
        text = _API_KEY.sub("dp_[redacted]", _BEARER.sub(r"\1[redacted]", _SECRET_PARAM.sub(r"\1[redacted]", text)))
    return text


class ScrubSecrets(logging.Filter):
    """Rewrites a record's message with :func:`scrub` (formatted once, args dropped)."""

    def filter(self, record: logging.LogRecord) -> bool:
        try:
            message = record.getMessage()
        except Exception:  # a broken format string: leave it to the handler's error path
            return True
        clean = scrub(message)
        if clean != message:
            record.msg, record.args = clean, ()
        return True


SCRUBBED_LOGGERS = ("uvicorn", "uvicorn.error", "uvicorn.access", "websockets", "websockets.server")


class JsonFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        out = {
            "ts": datetime.fromtimestamp(record.created, UTC).isoformat(),
            "level": record.levelname,
            "logger": record.name,
            "msg": record.getMessage(),
        }
        for key in _CONTEXT_KEYS:
            if hasattr(record, key):
                out[key] = getattr(record, key)
        if record.exc_info:
            out["exc"] = self.formatException(record.exc_info)
        return json.dumps(out, default=str)


def configure_logging(level: str = "INFO", json_logs: bool = False) -> None:
    handler = logging.StreamHandler(sys.stderr)
    handler.addFilter(RequestIdFilter())
    handler.addFilter(ScrubSecrets())
    if json_logs:
        handler.setFormatter(JsonFormatter())
    else:
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s [%(request_id)s]: %(message)s"))
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(level.upper())
    logging.getLogger("aiokafka").setLevel(logging.WARNING)
    logging.getLogger("pymongo").setLevel(logging.WARNING)
    # uvicorn's loggers have handlers of their own (not ours): filter where records are made.
    for name in SCRUBBED_LOGGERS:
        logger = logging.getLogger(name)
        if not any(isinstance(f, ScrubSecrets) for f in logger.filters):
            logger.addFilter(ScrubSecrets())
