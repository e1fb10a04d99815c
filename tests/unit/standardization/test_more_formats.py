"""Fixtures written for the project, shaped like the real exports of each format."""

import pytest

from services.standardization.converters.base import normalize_text
from services.standardization.standardize import detect, standardize_records
from tests.support.factories import raw


def run(*records, **kw):
    return standardize_records(raw(*records), dataset_id="d1", source_name="f", source_sha256="0" * 64, **kw)


def roles(conv):
    return [(m.role, m.content) for m in conv.messages]


def test_dolly_instruction_context_response():
    (conv,) = run({"instruction": "Summarise the note.", "context": "Client slept badly all week.",
                   "response": "The client reports a week of poor sleep.", "category": "summarization"}).conversations
    assert conv.original_format == "dolly"
    assert roles(conv) == [("user", "Summarise the note.\n\nClient slept badly all week."),
                           ("assistant", "The client reports a week of poor sleep.")]
    assert conv.metadata == {"category": "summarization"}


def test_chatml_text():
    text = ("<|im_start|>system\nYou are a counsellor.<|im_end|>\n<|im_start|>user\nI feel stuck.<|im_end|>\n"
            "<|im_start|>assistant\nStuck in what way?<|im_end|>\n")
    (conv,) = run({"text": text}).conversations
    assert conv.original_format == "transcript" and conv.metadata["dialect"] == "chatml_text"
    assert roles(conv) == [("system", "You are a counsellor."), ("user", "I feel stuck."),
                           ("assistant", "Stuck in what way?")]


def test_llama3_text():
    text = ("<|begin_of_text|><|start_header_id|>user<|end_header_id|>\n\nHello<|eot_id|>"
            "<|start_header_id|>assistant<|end_header_id|>\n\nHi, how can I help?<|eot_id|>")
    (conv,) = run({"text": text}).conversations
    assert conv.metadata["dialect"] == "llama3_text"
    assert roles(conv) == [("user", "Hello"), ("assistant", "Hi, how can I help?")]


def test_anthropic_hh_chosen_text():
    record = {"chosen": "\n\nHuman: What helps with panic?\n\nAssistant: Slow breathing can help.\n\nHuman: "
                        "Thanks.\n\nAssistant: You're welcome.",
              "rejected": "\n\nHuman: What helps with panic?\n\nAssistant: Nothing."}
    (conv,) = run(record).conversations
    assert conv.metadata == {"dialect": "hh_text", "text_field": "chosen"}
    assert [m.role for m in conv.messages] == ["user", "assistant", "user", "assistant"]
    assert conv.messages[1].content == "Slow breathing can help."


def test_vicuna_text_with_system_preamble_and_eos_tokens():
    text = ("A chat between a curious user and an assistant. USER: Who are you? ASSISTANT: I am Vicuna.</s>"
            "USER: Thanks! ASSISTANT: You're welcome.</s>")
    (conv,) = run({"text": text}).conversations
    assert conv.metadata["dialect"] == "vicuna_text"
    assert roles(conv) == [("system", "A chat between a curious user and an assistant."),
                           ("user", "Who are you?"), ("assistant", "I am Vicuna."), ("user", "Thanks!"),
                           ("assistant", "You're welcome.")]


@pytest.mark.parametrize("text", [
    "<HUMAN>: I can't focus.\n<ASSISTANT>: Let's look at when it started.",
    "### Human: I can't focus.\n### Assistant: Let's look at when it started.",
])
def test_tagged_single_column_text(text):
    (conv,) = run({"text": text}).conversations
    assert roles(conv) == [("user", "I can't focus."), ("assistant", "Let's look at when it started.")]


def test_plain_prose_is_not_mistaken_for_a_transcript():
    result = run({"text": "Plan A: talk to my boss. USER manual says nothing."})
    assert result.rejects[0].reason == "unknown_format"


def test_oasst_nested_tree_gives_one_conversation_per_thread_with_lineage():
    tree = {"message_tree_id": "t1", "prompt": {
        "message_id": "m1", "role": "prompter", "text": "How do I handle stress?", "replies": [
            {"message_id": "m2", "role": "assistant", "text": "Try exercise.", "replies": [
                {"message_id": "m4", "role": "prompter", "text": "What kind?", "replies": [
                    {"message_id": "m5", "role": "assistant", "text": "Walking is a good start.", "replies": []}]}]},
            {"message_id": "m3", "role": "assistant", "text": "Sleep well.", "replies": []},
        ]}}
    result = run(tree)
    assert result.records_converted == 1 and not result.rejects
    threads = [[m.content for m in c.messages] for c in result.conversations]
    assert threads == [["How do I handle stress?", "Try exercise.", "What kind?", "Walking is a good start."],
                       ["How do I handle stress?", "Sleep well."]]
    assert [c.lineage.part for c in result.conversations] == [0, 1]
    assert result.conversations[0].metadata["message_ids"] == ["m1", "m2", "m4", "m5"]
    assert {c.lineage.record_key for c in result.conversations} == {"t1"}
    assert len({c.id for c in result.conversations}) == 2


def test_flat_message_list_with_parent_ids():
    record = {"messages": [
        {"message_id": "a", "parent_id": None, "role": "prompter", "text": "Hi"},
        {"message_id": "b", "parent_id": "a", "role": "assistant", "text": "Hello!"},
        {"message_id": "c", "parent_id": "a", "role": "assistant", "text": "Hey there."},
    ]}
    result = run(record)
    assert [c.original_format for c in result.conversations] == ["oasst_flat", "oasst_flat"]
    assert [roles(c) for c in result.conversations] == [[("user", "Hi"), ("assistant", "Hello!")],
                                                        [("user", "Hi"), ("assistant", "Hey there.")]]


def test_sharegpt_function_call_observation_and_tools():
    record = {"conversations": [
        {"from": "human", "value": "Book me a session"},
        {"from": "function_call", "value": '{"name": "book", "arguments": {}}'},
        {"from": "observation", "value": '{"ok": true}'},
        {"from": "gpt", "value": "Booked for Monday."},
    ], "tools": '[{"name": "book"}]'}
    (conv,) = run(record).conversations
    assert [m.role for m in conv.messages] == ["user", "assistant", "tool", "assistant"]
    assert conv.messages[1].metadata == {"sharegpt_role": "function_call"}
    assert conv.metadata["tools"] == '[{"name": "book"}]'


def test_sharegpt_with_role_content_keys():
    (conv,) = run({"conversations": [{"role": "user", "content": "hi"},
                                     {"role": "assistant", "content": "hello"}]}).conversations
    assert conv.original_format == "sharegpt" and roles(conv) == [("user", "hi"), ("assistant", "hello")]


def test_forced_format_and_column_mapping():
    record = {"q_text": "How do I sleep better?", "a_text": "Keep a routine.", "sys": "Be kind."}
    assert run(record).rejects[0].reason == "unknown_format"
    from services.standardization.converters import ConvertOptions
    (conv,) = run(record, forced_format="qa_table",
                  options=ConvertOptions(columns={"user": "q_text", "assistant": "a_text", "system": "sys"})
                  ).conversations
    assert roles(conv) == [("system", "Be kind."), ("user", "How do I sleep better?"),
                           ("assistant", "Keep a routine.")]
    bad = run(record, forced_format="qa_table", options=ConvertOptions(columns={"user": "nope", "assistant": "a"}))
    assert bad.rejects[0].reason == "mapped_column_missing"


def test_custom_role_names():
    from services.standardization.converters import ConvertOptions
    record = {"messages": [{"role": "Patient", "content": "My chest hurts"}, {"role": "Doc", "content": "Since?"}]}
    assert run(record).rejects[0].reason == "unknown_role"
    (conv,) = run(record, options=ConvertOptions(roles={"doc": "assistant"})).conversations
    assert [m.role for m in conv.messages] == ["user", "assistant"]


def test_detection_reports_confidence_and_evidence():
    d = detect({"conversations": [{"from": "human", "value": "x"}]})
    assert d.converter.name == "sharegpt" and d.evidence.confidence == 1.0
    assert "conversations[].from" in d.evidence.keys
    d = detect({"Question": "q", "Answer": "a"})
    assert d.converter.name == "qa_table" and d.evidence.keys == ("Question", "Answer")


@pytest.mark.parametrize(("given", "expected"), [
    ("<p>I hear you.</p><p>Tell me more.</p>", "I hear you.\n\nTell me more."),
    ("line one<br>line two<br/>three", "line one\nline two\nthree"),
    ("<ul><li>breathe</li><li>walk</li></ul>", "- breathe- walk"),
    ("Tom &amp; Jerry &quot;quoted&quot; &#39;x&#39;", "Tom & Jerry \"quoted\" 'x'"),
    ("a < b and <3 stay", "a < b and <3 stay"),
    ("<|im_start|>Hello<|im_end|>", "Hello"),
    ("[INST] hi [/INST]", "hi"),
    ("Answer</s>", "Answer"),
    ("too   \n\n\n\n  many", "too\n\n  many"),
])
def test_normalisation(given, expected):
    assert normalize_text(given) == expected


def test_tagged_markers_on_one_line():
    (conv,) = run({"text": "<HUMAN>: I miss home <ASSISTANT>: What do you miss most?"}).conversations
    assert roles(conv) == [("user", "I miss home"), ("assistant", "What do you miss most?")]
