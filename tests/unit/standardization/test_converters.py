import pytest

from services.standardization.standardize import detect, standardize_records
from shared.events import RawRecord
from tests.support.factories import counselling_exchange, raw


def run(*records, **kw):
    return standardize_records(raw(*records), dataset_id="d1", source_name="f", source_sha256="0" * 64, **kw)


def roles(conv):
    return [(m.role, m.content) for m in conv.messages]


def test_openai_messages_with_string_and_part_list_content():
    result = run({"messages": [
        {"role": "system", "content": "Be kind."},
        {"role": "user", "content": [{"type": "text", "text": "Hello"}, {"type": "text", "value": "there"}]},
        {"role": "assistant", "content": "Hi! How are you feeling today?", "name": "counsellor"},
    ]})
    (conv,) = result.conversations
    assert conv.original_format == "openai_messages"
    assert roles(conv) == [("system", "Be kind."), ("user", "Hello\nthere"),
                           ("assistant", "Hi! How are you feeling today?")]
    assert conv.messages[2].name == "counsellor"


def test_openai_tool_call_turn_keeps_the_call_in_metadata():
    result = run({"messages": [
        {"role": "user", "content": "Find me a clinic"},
        {"role": "assistant", "content": None, "tool_calls": [{"id": "1", "function": {"name": "search"}}]},
        {"role": "tool", "content": "Clinic A", "tool_call_id": "1"},
        {"role": "assistant", "content": "Clinic A is nearby."},
    ]})
    (conv,) = result.conversations
    assert [m.role for m in conv.messages] == ["user", "assistant", "tool", "assistant"]
    assert conv.messages[1].metadata["tool_calls"][0]["function"]["name"] == "search"


def test_sharegpt_roles_and_system_field():
    result = run({"id": "x1", "system": "Be brief.", "conversations": [
        {"from": "human", "value": "Who are you?"}, {"from": "gpt", "value": "A helper."}]})
    (conv,) = result.conversations
    assert conv.original_format == "sharegpt"
    assert roles(conv) == [("system", "Be brief."), ("user", "Who are you?"), ("assistant", "A helper.")]
    assert conv.metadata["id"] == "x1"


def test_sharegpt_unknown_role_is_rejected_with_reason():
    result = run({"conversations": [{"from": "narrator", "value": "Once"}, {"from": "gpt", "value": "upon"}]})
    assert not result.conversations
    assert result.rejects[0].reason == "unknown_role"


def test_alpaca_instruction_input_output_and_history():
    result = run({"instruction": "Reply kindly.", "input": "I failed my exam.", "output": "I'm sorry, that hurts.",
                  "history": [["hi", "hello"]]})
    (conv,) = result.conversations
    assert conv.original_format == "alpaca"
    assert roles(conv) == [("user", "hi"), ("assistant", "hello"),
                           ("user", "Reply kindly.\n\nI failed my exam."), ("assistant", "I'm sorry, that hurts.")]


@pytest.mark.parametrize("output", ["", "<nooutput>", "  <NoOutput> "])
def test_alpaca_without_output_is_a_missing_assistant_turn(output):
    result = run({"instruction": "Summarise.", "input": "", "output": output})
    assert [r.reason for r in result.rejects] == ["missing_assistant_turn"]


@pytest.mark.parametrize(("q", "a"), [
    ("questionText", "answerText"), ("question", "answer"), ("Prompt", "Completion"), ("context", "response"),
    ("query", "response"), ("Question Text", "Answer-Text"),
])
def test_qa_columns_are_recognised_by_name(q, a):
    result = run({"": "0", q: "How do I cope?", a: "One step at a time.", "topic": "anxiety"})
    (conv,) = result.conversations
    assert conv.original_format == "qa_table"
    assert roles(conv) == [("user", "How do I cope?"), ("assistant", "One step at a time.")]
    assert conv.metadata["topic"] == "anxiety"


def test_counselchat_row_uses_title_when_text_is_empty():
    result = run({"questionTitle": "Sleep", "questionText": "", "answerText": "Try a routine."})
    assert roles(result.conversations[0])[0] == ("user", "Sleep")


def test_unknown_shapes_are_unknown_format_and_non_objects_record_not_object():
    result = run({"text": "notes"}, ["a", "list"], "a string", 42, None)
    assert [r.reason for r in result.rejects] == ["unknown_format"] + ["record_not_object"] * 4
    assert result.rejects[0].excerpt == '{"text":"notes"}'
    assert [r.detail.split(",")[0] for r in result.rejects[1:]] == [
        "the record is a JSON array", "the record is a JSON string", "the record is a JSON number",
        "the record is a JSON null"]


def test_parse_errors_from_acquisition_become_rejects_with_the_same_reason():
    result = standardize_records([RawRecord(index=3, error="invalid_json_line", detail="Expecting value")],
                                 dataset_id="d1", source_name="f", source_sha256="0" * 64)
    assert (result.rejects[0].record_index, result.rejects[0].reason) == (3, "invalid_json_line")


def test_consecutive_same_role_turns_are_merged_unless_disabled():
    record = {"conversations": [{"from": "human", "value": "a"}, {"from": "human", "value": "b"},
                                {"from": "gpt", "value": "c"}]}
    assert roles(run(record).conversations[0]) == [("user", "a\n\nb"), ("assistant", "c")]
    assert len(run(record, alternation="keep").conversations[0].messages) == 3
    assert [r.reason for r in run(record, alternation="reject").rejects] == ["roles_not_alternating"]


def test_empty_and_all_blank_records_are_rejected():
    result = run({"messages": []}, {"messages": [{"role": "user", "content": "  "}]})
    assert [r.reason for r in result.rejects] == ["empty_conversation", "empty_content"]


def test_text_is_nfc_normalised_and_trimmed():
    result = run({"messages": [{"role": "user", "content": "  cafe\u0301\r\nok "},
                               {"role": "assistant", "content": "yes"}]})
    assert result.conversations[0].messages[0].content == "caf\u00e9\nok"


def test_ids_are_deterministic_and_positional():
    a = run(counselling_exchange(1), counselling_exchange(1))
    b = run(counselling_exchange(1), counselling_exchange(1))
    assert [c.id for c in a.conversations] == [c.id for c in b.conversations]
    assert a.conversations[0].id != a.conversations[1].id  # same text, two positions


def test_detection_order_prefers_alpaca_over_input_output_table():
    assert detect({"instruction": "x", "input": "y", "output": "z"}).converter.name == "alpaca"
    assert detect({"input": "y", "output": "z"}).converter.name == "qa_table"
