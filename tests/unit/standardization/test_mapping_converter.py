"""A field mapping applied instead of detection (services/standardization/converters/mapping.py):
alpaca and sharegpt formattings, tags, history, system, tools; every record a conversation or
a reject whose detail names the mapped field."""

from __future__ import annotations

import json
import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from services.standardization.dry_run import DetectRequest, dry_run
from services.standardization.standardize import standardize_records
from shared.events import RawRecord
from shared.mapping import FieldMapping
from tests.support.factories import raw


def run(mapping: dict | FieldMapping | None, *records, **kw):
    m = FieldMapping.model_validate(mapping) if isinstance(mapping, dict) else mapping
    return standardize_records(raw(*records), dataset_id="d", source_name="f", source_sha256="0", mapping=m, **kw)


def turns(conv) -> list[tuple[str, str]]:
    return [(m.role, m.content) for m in conv.messages]


def only_reject(result):
    assert not result.conversations, result.conversations
    [reject] = result.rejects
    return reject


# ---------------------------------------------------------------- alpaca

QA = {"columns": {"prompt": "question_text", "query": "context", "response": "counsellor_reply",
                  "system": "persona", "history": "earlier", "tools": "functions"}}


def test_alpaca_columns_build_the_conversation_in_order():
    record = {"question_text": "How do I stop overthinking?", "context": "It happens at night.",
              "counsellor_reply": "Let's look at what happens before it starts.", "persona": "You are kind.",
              "earlier": [["Hi", "Hello, what brings you here?"]], "functions": [{"name": "book_session"}],
              "id": "rec-7"}
    [conv] = run(QA, record).conversations
    assert turns(conv) == [("system", "You are kind."), ("user", "Hi"), ("assistant", "Hello, what brings you here?"),
                           ("user", "How do I stop overthinking?\n\nIt happens at night."),
                           ("assistant", "Let's look at what happens before it starts.")]
    assert conv.original_format == "mapping:alpaca" and conv.lineage.record_key == "rec-7"
    assert json.loads(conv.metadata["tools"]) == [{"name": "book_session"}]


def test_alpaca_optional_columns_may_be_absent_or_null():
    [conv] = run(QA, {"question_text": "Q?", "counsellor_reply": "A.", "context": None, "earlier": None}).conversations
    assert turns(conv) == [("user", "Q?"), ("assistant", "A.")] and "tools" not in conv.metadata


def test_alpaca_query_alone_is_the_user_turn():
    [conv] = run({"columns": {"query": "post", "response": "reply"}}, {"post": "I feel low.", "reply": "I hear you."}
                 ).conversations
    assert turns(conv) == [("user", "I feel low."), ("assistant", "I hear you.")]


@pytest.mark.parametrize(("record", "reason", "detail"), [
    ({"context": "c", "counsellor_reply": "a"}, "mapping_missing_column",
     "column `question_text` (columns.prompt) is missing"),
    ({"question_text": "q"}, "mapping_missing_column", "column `counsellor_reply` (columns.response) is missing"),
    ({"question_text": ["q"], "counsellor_reply": "a"}, "mapping_invalid_column",
     "column `question_text` (columns.prompt) holds a list, not text"),
    ({"question_text": "q", "counsellor_reply": {"text": "a"}}, "mapping_invalid_column",
     "column `counsellor_reply` (columns.response) holds an object, not text"),
    ({"question_text": "q", "counsellor_reply": "a", "persona": True}, "mapping_invalid_column",
     "column `persona` (columns.system) holds a boolean, not text"),
    ({"question_text": "q", "counsellor_reply": "a", "earlier": "hi"}, "mapping_invalid_column",
     "column `earlier` (columns.history) holds a string, not a list of [user, assistant] pairs"),
    ({"question_text": "q", "counsellor_reply": "a", "earlier": [["u", "a"], ["only one"]]},
     "mapping_invalid_column", "column `earlier` (columns.history) item 1 is a list, not a [user, assistant] pair"),
    ({"question_text": "q", "counsellor_reply": "  "}, "missing_assistant_turn",
     "column `counsellor_reply` (columns.response) is empty"),
    ({"question_text": "", "context": "", "counsellor_reply": "a"}, "missing_user_turn",
     "column `question_text` (columns.prompt) and column `context` (columns.query) are empty"),
])
def test_alpaca_records_the_mapping_cannot_read_are_rejected_naming_the_column(record, reason, detail):
    reject = only_reject(run(QA, record))
    assert (reject.reason, reject.detail) == (reason, detail)
    assert reject.detected_format == "mapping:alpaca" and reject.excerpt


def test_a_record_that_is_not_an_object_is_rejected_with_a_reason():
    result = run(QA, "just a line of text", ["a", "b"])
    assert [(r.reason, r.detail) for r in result.rejects] == [
        ("mapping_not_an_object", "the mapping reads fields of an object; the record is a str"),
        ("mapping_not_an_object", "the mapping reads fields of an object; the record is a list")]


def test_the_mapping_replaces_detection():
    """A ShareGPT record that detection would convert is read with the mapping instead."""
    sharegpt = {"conversations": [{"from": "human", "value": "hi"}, {"from": "gpt", "value": "hello"}]}
    assert run(None, sharegpt).formats == {"sharegpt": 1}
    reject = only_reject(run(QA, sharegpt))
    assert reject.reason == "mapping_missing_column" and "columns.prompt" in reject.detail


# Markup characters are left out: HTML and template tokens are normalised away by design.
text = st.text(st.characters(codec="utf-8", exclude_categories=("Cs", "Cc", "Zs", "Zl", "Zp"),
                             exclude_characters="<>&["), min_size=1, max_size=30)


@settings(max_examples=150)
@given(text, st.one_of(st.none(), text), text, st.one_of(st.none(), text),
       st.lists(st.tuples(text, text), max_size=3))
def test_the_default_alpaca_mapping_gives_what_detection_gives(instruction, extra, output, system, history):
    """Alpaca data read with the default mapping ({} is LLaMA-Factory's alpaca) becomes the same
    messages as the auto-detected Alpaca converter makes of it."""
    record = {"instruction": instruction, "output": output, "history": [list(p) for p in history]}
    if extra is not None:
        record["input"] = extra
    if system is not None:
        record["system"] = system
    detected = run(None, record)
    mapped = run({"columns": {"prompt": "instruction", "query": "input", "response": "output", "system": "system",
                              "history": "history"}}, record)
    assert [turns(c) for c in mapped.conversations] == [turns(c) for c in detected.conversations]
    assert [r.reason for r in mapped.rejects] == [r.reason for r in detected.rejects]


# ---------------------------------------------------------------- sharegpt

ESCONV_LIKE = {"formatting": "sharegpt", "columns": {"messages": "dialog", "system": "situation", "tools": "tools"},
               "tags": {"role_tag": "speaker", "content_tag": "content", "user_tag": "seeker",
                        "assistant_tag": "supporter", "observation_tag": "lookup_result",
                        "function_tag": "lookup", "system_tag": "narrator"}}


def test_sharegpt_tags_map_every_role():
    record = {"situation": "Lost my job last week.", "tools": '[{"name": "find_helpline"}]', "dialog": [
        {"speaker": "seeker", "content": "I can't stop worrying about money."},
        {"speaker": "supporter", "content": "That is a lot to carry. What worries you most?"},
        {"speaker": "seeker", "content": "Rent. Is there any help?"},
        {"speaker": "lookup", "content": '{"name": "find_helpline", "arguments": {"topic": "housing"}}'},
        {"speaker": "lookup_result", "content": "Housing helpline: 0800 000 000"},
        {"speaker": "supporter", "content": "There is a housing helpline you can call."},
    ]}
    [conv] = run(ESCONV_LIKE, record).conversations
    assert [m.role for m in conv.messages] == ["system", "user", "assistant", "user", "assistant", "tool",
                                               "assistant"]
    assert conv.messages[0].content == "Lost my job last week."
    assert conv.messages[4].metadata == {"sharegpt_role": "lookup"}
    assert conv.messages[5].metadata == {"sharegpt_role": "lookup_result"}
    assert conv.metadata["tools"] == '[{"name": "find_helpline"}]' and conv.original_format == "mapping:sharegpt"


def test_a_first_system_tag_message_replaces_the_system_column():
    record = {"situation": "from the column", "dialog": [
        {"speaker": "narrator", "content": "from the message"}, {"speaker": "seeker", "content": "hi"},
        {"speaker": "supporter", "content": "hello"}]}
    [conv] = run(ESCONV_LIKE, record).conversations
    assert turns(conv) == [("system", "from the message"), ("user", "hi"), ("assistant", "hello")]


def test_default_tags_read_classic_sharegpt_and_the_runs_roles_extend_them():
    record = {"conversations": [{"from": "human", "value": "hi"}, {"from": "gpt", "value": "hello"},
                                {"from": "doctor", "value": "and welcome"}]}
    reject = only_reject(run({"formatting": "sharegpt"}, record))
    assert reject.reason == "unknown_role"
    assert reject.detail.startswith("column `conversations` (columns.messages) item 2: role 'doctor' under `from`")
    from services.standardization.converters import ConvertOptions
    [conv] = run({"formatting": "sharegpt"}, record, options=ConvertOptions(roles={"doctor": "assistant"})
                 ).conversations
    assert turns(conv) == [("user", "hi"), ("assistant", "hello\n\nand welcome")]


@pytest.mark.parametrize(("dialog", "reason", "detail"), [
    (None, "mapping_missing_column", "column `dialog` (columns.messages) is missing"),
    ("seeker: hi", "mapping_invalid_column", "column `dialog` (columns.messages) holds a string, not a list of "
                                             "messages"),
    (["hi"], "mapping_invalid_column", "column `dialog` (columns.messages) item 0 is a string, not a message object"),
    ([{"role": "seeker", "content": "hi"}], "mapping_missing_column",
     "column `dialog` (columns.messages) item 0 has no `speaker` (tags.role_tag)"),
    ([{"speaker": "seeker", "text": "hi"}], "mapping_missing_column",
     "column `dialog` (columns.messages) item 0 has no `content` (tags.content_tag)"),
    ([{"speaker": "seeker", "content": ["hi"]}], "mapping_invalid_column",
     "column `dialog` (columns.messages) item 0 `content` holds a list, not text"),
    ([{"speaker": "seeker", "content": "hi"}], "missing_assistant_turn",
     "column `dialog` (columns.messages) holds no message whose `speaker` is `supporter` (tags.assistant_tag)"),
    ([], "empty_conversation", "the record holds no messages"),
])
def test_sharegpt_records_the_mapping_cannot_read_are_rejected_naming_the_field(dialog, reason, detail):
    record = {"situation": "s"} if dialog is None else {"dialog": dialog}
    reject = only_reject(run(ESCONV_LIKE, record))
    assert (reject.reason, reject.detail) == (reason, detail)


def test_media_columns_are_ignored_and_said_so():
    mapping = {"formatting": "sharegpt", "columns": {"messages": "messages", "images": "images"},
               "tags": {"role_tag": "role", "content_tag": "content", "user_tag": "user", "assistant_tag": "assistant"}}
    msgs = [{"role": "user", "content": "<image>What is this?"}, {"role": "assistant", "content": "A cat."}]
    with_media, without = run(mapping, {"messages": msgs, "images": ["a.jpg"]}, {"messages": msgs}).conversations
    assert with_media.metadata == {"media_ignored": ["images"]} and without.metadata == {}


def norm(c: str) -> str:
    return unicodedata.normalize("NFC", c).strip()


@settings(max_examples=150)
@given(st.lists(text, min_size=1, max_size=8), st.sampled_from(["role", "from", "who"]),
       st.sampled_from(["content", "value", "text"]), st.sampled_from([("user", "assistant"), ("client", "counsellor"),
                                                                      ("Human", "Assistant")]))
def test_any_tags_keep_every_turn(contents, role_tag, content_tag, role_values):
    user, assistant = role_values
    messages = [{role_tag: user if i % 2 == 0 else assistant, content_tag: c} for i, c in enumerate(contents)]
    mapping = {"formatting": "sharegpt", "columns": {"messages": "turns"},
               "tags": {"role_tag": role_tag, "content_tag": content_tag, "user_tag": user, "assistant_tag": assistant}}
    result = run(mapping, {"turns": messages})
    if len(contents) == 1:  # a user turn alone
        assert only_reject(result).reason == "missing_assistant_turn"
        return
    [conv] = result.conversations
    assert turns(conv) == [("user" if i % 2 == 0 else "assistant", norm(c)) for i, c in enumerate(contents)]


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | text,
    lambda children: st.lists(children, max_size=4) | st.dictionaries(
        st.sampled_from(["dialog", "speaker", "content", "situation", "question_text", "counsellor_reply", "earlier",
                         "x"]), children, max_size=4),
    max_leaves=12,
)


@settings(max_examples=200)
@given(st.sampled_from([QA, ESCONV_LIKE]), st.lists(json_values, max_size=15))
def test_every_record_is_a_conversation_or_one_reject(mapping, records):
    result = run(mapping, *records)
    assert result.records_converted + len(result.rejects) == len(records)
    assert {r.record_index for r in result.rejects}.isdisjoint({c.lineage.record_index for c in result.conversations})
    assert all(r.detail for r in result.rejects)


# ---------------------------------------------------------------- dry run

# Field names no detector knows, and three text columns: no shape rule can pick the pair.
NEUTRAL = {"columns": {"prompt": "zq", "response": "zr"}}


def neutral(i: int) -> dict:
    return {"zq": f"q{i}", "zr": f"a{i}", "zt": f"topic {i}"}


def test_dry_run_reports_formats_examples_and_grouped_rejects():
    records = [RawRecord(index=i, data=neutral(i)) for i in range(6)]
    records += [RawRecord(index=6, data={"zq": "q", "zt": "t"}), RawRecord(index=7, data={"zq": "q", "zt": "t"}),
                RawRecord(index=8, data={"zq": "q", "zr": 42, "zt": "t"}),
                RawRecord(index=9, error="invalid_json_line", detail="line 10: Expecting value")]
    detected = dry_run(DetectRequest(records=records, examples=2))
    assert detected["mode"] == "detection" and detected["mapping"] is None
    assert detected["formats_found"] == {"none": 10} and detected["conversations"] == []
    assert [(g["reason"], g["count"]) for g in detected["rejects"]] == [("unknown_format", 9),
                                                                         ("invalid_json_line", 1)]

    mapped = dry_run(DetectRequest(records=records, examples=2, mapping=FieldMapping.model_validate(NEUTRAL)))
    assert mapped["mode"] == "mapping" and mapped["mapping"]["formatting"] == "alpaca"
    assert mapped["mapping"]["reads"] == {"prompt": "zq", "response": "zr"} and mapped["mapping"]["tags"] is None
    assert mapped["summary"] == {"records": 10, "converted": 7, "rejected": 3, "conversations": 7}
    assert mapped["formats_found"] == {"mapping:alpaca": 9, "none": 1}
    assert mapped["formats_converted"] == {"mapping:alpaca": 7}
    assert len(mapped["conversations"]) == 2 and mapped["conversations"][0]["messages"][0]["content"] == "q0"
    assert [(g["reason"], g["count"]) for g in mapped["rejects"]] == [("mapping_missing_column", 2),
                                                                       ("invalid_json_line", 1)]
    [detail] = mapped["rejects"][0]["details"]
    assert detail == {"detail": "column `zr` (columns.response) is missing", "count": 2,
                      "record_indexes": [6, 7], "excerpt": '{"zq":"q","zt":"t"}'}
    assert [r["status"] for r in mapped["records"]] == ["converted"] * 6 + ["rejected", "rejected", "converted",
                                                                            "rejected"]
    assert mapped["records"][9] == {"index": 9, "format": None, "confidence": 0.0, "status": "rejected",
                                    "reason": "invalid_json_line"}


def test_dry_run_groups_many_details_and_keeps_the_most_frequent():
    records = [RawRecord(index=i, data={"dialog": [{"from": f"role{i % 5}", "value": "x"}]}) for i in range(20)]
    report = dry_run(DetectRequest(records=records, mapping=FieldMapping(formatting="sharegpt",
                                                                          columns={"messages": "dialog"})))
    [group] = report["rejects"]
    assert group["reason"] == "unknown_role" and group["count"] == 20
    assert len(group["details"]) == 3 and group["other_details"] == 2
    assert all(d["count"] == 4 and len(d["record_indexes"]) == 4 for d in group["details"])


def test_the_synchronous_standardize_endpoint_takes_a_mapping_in_its_options():
    from services.standardization.http import StandardizeRequest, standardize_payload
    from shared.events import StandardizationOptions

    out = standardize_payload(StandardizeRequest(
        records=[neutral(1), {"zq": "q"}],
        options=StandardizationOptions(format="sharegpt", mapping=FieldMapping.model_validate(NEUTRAL))))
    ok, bad = out["results"]
    assert (ok["status"], ok["detected_format"], ok["confidence"]) == ("converted", "mapping:alpaca", 1.0)
    assert [m["content"] for m in ok["conversations"][0]["messages"]] == ["q1", "a1"]
    assert (bad["status"], bad["reason"], bad["detail"]) == ("rejected", "mapping_missing_column",
                                                             "column `zr` (columns.response) is missing")
    assert out["summary"]["formats"] == {"mapping:alpaca": 1}
