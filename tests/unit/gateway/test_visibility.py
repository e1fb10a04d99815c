"""What a key without data:sensitive sees of raw text: typed placeholders where the detector
finds personal data (the same redaction as exports), the rest as it is; with the scope, all of it."""

from types import SimpleNamespace

from gateway.auth import Principal, sees_raw
from shared.visibility import shown_reject, shown_text

REJECT = {"record_index": 4, "reason": "missing_assistant_turn", "order_key": "d:000000000004",
          "detail": "line starts '{\"instruction\": \"my ssn is 123-45-6789'",
          "excerpt": '{"instruction": "write to jane.doe@example.com or call +44 7700 900123, ssn 123-45-6789"}'}


def request_of(tier: str | None):
    principal = Principal(key_id="k", tier=tier) if tier else None
    return SimpleNamespace(state=SimpleNamespace(principal=principal))


def test_only_keys_with_data_sensitive_see_raw_text():
    assert [sees_raw(request_of(t)) for t in ("viewer", "editor", "admin", None)] == [False, True, True, False]


def test_a_viewer_sees_typed_placeholders_an_editor_the_raw_text():
    viewer = shown_reject(REJECT, raw=False)
    for secret in ("jane.doe@example.com", "123-45-6789", "7700 900123"):
        assert secret not in viewer["excerpt"] and secret not in viewer["detail"]
    assert viewer["excerpt"] == '{"instruction": "write to [EMAIL] or call [PHONE], ssn [SSN]"}'
    assert viewer["detail"] == "line starts '{\"instruction\": \"my ssn is [SSN]'"
    assert {k: viewer[k] for k in ("record_index", "reason", "order_key")} == {
        "record_index": 4, "reason": "missing_assistant_turn", "order_key": "d:000000000004"}
    assert shown_reject(REJECT, raw=True) == REJECT


def test_text_without_personal_data_is_shown_as_it_is():
    assert shown_text('{"instruction": "hi", "output": ""}', raw=False) == '{"instruction": "hi", "output": ""}'
    assert shown_text(None, raw=False) == "" and shown_text("", raw=True) == ""
