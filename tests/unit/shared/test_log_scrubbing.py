"""Log lines never carry credentials: uvicorn's handshake lines hold the query string."""

import logging

import pytest

from shared.logs import ScrubSecrets, configure_logging, scrub

KEY = "dp_0123456789abcdef_" + "S3cr3t-" * 6


@pytest.mark.parametrize("line", [
    f'127.0.0.1:5555 - "WebSocket /ws/progress?api_key={KEY}" [accepted]',
    f'127.0.0.1:5555 - "WebSocket /ws/runs/abc?x=1&api_key={KEY}&y=2" 403',
    '127.0.0.1:5555 - "WebSocket /ws/progress?api_key=plain-admin-secret" [accepted]',
    '"GET /x?token=plain-admin-secret HTTP/1.1" 200',
    "Authorization: Bearer plain-admin-secret",
    f"the key {KEY} was used",
])
def test_secrets_are_scrubbed(line):
    out = scrub(line)
    assert KEY not in out and "plain-admin-secret" not in out and "S3cr3t" not in out
    assert "[redacted]" in out


def test_other_text_is_left_alone():
    for line in ("GET /api/v1/pipeline/status/abc 200", "a=b and c=d", "keyword=value", "x" * 1000):
        assert scrub(line) == line


def test_uvicorn_handshake_records_are_scrubbed_where_they_are_made(caplog):
    configure_logging("INFO")
    logger = logging.getLogger("uvicorn.error")
    assert any(isinstance(f, ScrubSecrets) for f in logger.filters)
    record = logger.makeRecord("uvicorn.error", logging.INFO, __file__, 1, '%s - "WebSocket %s" [accepted]',
                               ("127.0.0.1:1", f"/ws/progress?api_key={KEY}"), None)
    assert logger.filter(record)
    assert KEY not in record.getMessage() and "/ws/progress?api_key=[redacted]" in record.getMessage()
