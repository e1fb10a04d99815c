"""GET /api/v1/ingest/rejects helpers: cursors and the view of a stored reject (``shared.api.ingest``)."""

from datetime import UTC, datetime

import pytest

from gateway.routes import ingest as routes
from shared.api.ingest import ingest_reject_view
from shared.pagination import InvalidCursor, keyset_cursor, parse_keyset_cursor

DOC = {"_id": "e2e-ab.ingest.raw-records.v1:3:1207", "reason": "invalid_message", "detail": "records: ...",
       "errors": [{"loc": "records", "type": "list_type", "msg": "Input should be a valid list"}],
       "source": "crm", "dataset": None, "message_id": "m-1", "run_id": None,
       "topic": "e2e-ab.ingest.raw-records.v1", "partition": 3, "offset": 1207, "key": None, "bytes": 40,
       "excerpt": '{"source": "crm"}', "received_at": datetime(2026, 1, 2, 3, 4, 5, 678000, tzinfo=UTC)}


def _cursor(doc: dict) -> str:
    return keyset_cursor(doc["received_at"], doc["_id"])


def _parse_cursor(cursor: str):
    """An /ingest/rejects cursor, as its route reads it."""
    return parse_keyset_cursor(cursor, routes._REJECT_ID)


def test_cursor_round_trip_and_garbage():
    assert _parse_cursor(_cursor(DOC)) == (DOC["received_at"], DOC["_id"])
    for bad in ["x", "AAAA", _cursor({**DOC, "_id": "no offsets"}),
                _cursor({**DOC, "received_at": datetime(2026, 1, 1)})]:
        with pytest.raises(InvalidCursor):
            _parse_cursor(bad)


def test_a_stored_reject_is_shown_whole():
    view = ingest_reject_view(DOC)
    assert view.reject_id == DOC["_id"] and view.reason == "invalid_message" and view.errors[0].loc == "records"
    assert (view.partition, view.offset, view.source, view.message_id) == (3, 1207, "crm", "m-1")


def test_a_viewer_gets_the_excerpt_and_detail_redacted_with_typed_placeholders():
    doc = {**DOC, "excerpt": '{"source": "crm", "records": [{"text": "mail jane.doe@example.com, ssn 123-45-6789"}]}',
           "detail": "records.0: line starts 'call 07700 900123'"}
    viewer, editor = ingest_reject_view(doc, raw=False), ingest_reject_view(doc, raw=True)
    assert "jane.doe@example.com" not in viewer.excerpt and "123-45-6789" not in viewer.excerpt
    assert "[EMAIL]" in viewer.excerpt and "[SSN]" in viewer.excerpt and '"source": "crm"' in viewer.excerpt
    assert "07700 900123" not in viewer.detail and "[PHONE]" in viewer.detail
    assert editor.excerpt == doc["excerpt"] and editor.detail == doc["detail"]
