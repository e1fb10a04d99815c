"""Issue 14: the counselling / fine-tuning families, generic detection and JSON strings.
The fixture files in tests/fixtures/formats are shaped like the real releases."""

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from services.acquisition.readers import detect_file_format, iter_records
from services.standardization.converters import BY_NAME, ConvertOptions
from services.standardization.converters.base import normalize_role
from services.standardization.converters.generic import find_table_columns, header_words
from services.standardization.standardize import detect, standardize_records
from shared.events import RawRecord
from tests.support.factories import raw

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "formats"
words = st.text(st.characters(min_codepoint=ord("a"), max_codepoint=ord("z")), min_size=1, max_size=12)
sentence = st.lists(words, min_size=1, max_size=6).map(" ".join)


def run(*records, **kw):
    return standardize_records(raw(*records), dataset_id="d1", source_name="f", source_sha256="0" * 64, **kw)


def run_file(name, **kw):
    path = FIXTURES / name
    records = list(iter_records(path, detect_file_format(path, "jsonl" if path.suffix == ".jsonl" else None)))
    return records, standardize_records(records, dataset_id="d1", source_name=name, source_sha256="0" * 64, **kw)


def roles(conv):
    return [(m.role, m.content) for m in conv.messages]


def accounted(records, result):
    """Every record is converted or rejected, once."""
    rejected = [r.record_index for r in result.rejects]
    assert len(rejected) == len(set(rejected))
    assert result.records_converted + len(rejected) == len(records)


# --- every fixture file: what converts, what is rejected and why --------------------------------

FILES = {
    "xtuner_counselling.jsonl": ({"xtuner": 4}, 4, {4: "missing_assistant_turn"}),
    "personachat_counsel.json": ({"persona_chat": 2}, 2, {2: "missing_assistant_turn"}),
    "esconv.json": ({"esconv": 2}, 2, {2: "missing_assistant_turn"}),
    "self_instruct_seed_tasks.jsonl": ({"self_instruct": 3}, 5, {3: "missing_assistant_turn"}),
    "oasst_message_rows.jsonl": ({"oasst_rows": 7}, 3, {7: "deleted_message", 8: "unanswered_prompt",
                                                         9: "parent_message_missing"}),
    "prompt_text_model_answer.csv": ({"qa_table": 2}, 2, {2: "missing_assistant_turn"}),
    "post_reply.tsv": ({"qa_table": 2}, 2, {}),
    "context_response.csv": ({"qa_table": 1}, 1, {}),
    "session_turns.jsonl": ({"generic_turns": 2}, 2, {2: "unknown_format"}),
    "strings.jsonl": ({"transcript": 2, "openai_messages": 1}, 3, {2: "record_not_object"}),
}


@pytest.mark.parametrize("name", sorted(FILES))
def test_each_fixture_file_is_fully_accounted_for(name):
    formats, conversations, rejects = FILES[name]
    records, result = run_file(name)
    accounted(records, result)
    assert dict(result.formats) == formats
    assert len(result.conversations) == conversations
    assert {r.record_index: r.reason for r in result.rejects} == rejects
    assert all(r.detail for r in result.rejects)
    for conv in result.conversations:
        assert any(m.role == "assistant" and m.content for m in conv.messages)


# --- role names ------------------------------------------------------------------------------------

@pytest.mark.parametrize("name", ["seeker", "client", "patient", "prompter", "human", "user", "Seeker", " USER "])
def test_user_side_names(name):
    assert normalize_role(name) == "user"


@pytest.mark.parametrize("name", ["supporter", "counsellor", "counselor", "therapist", "doctor", "gpt", "bot",
                                  "assistant", "Supporter"])
def test_assistant_side_names(name):
    assert normalize_role(name) == "assistant"


# --- XTuner ------------------------------------------------------------------------------------------

def test_xtuner_system_input_output_turns():
    records, result = run_file("xtuner_counselling.jsonl")
    first = result.conversations[0]
    assert first.original_format == "xtuner"
    assert [m.role for m in first.messages] == ["system"] + ["user", "assistant"] * 3
    assert first.messages[1].content == "我最近总是失眠，晚上躺在床上脑子停不下来。"
    assert result.conversations[1].metadata == {"id": "en-0002", "source": "translated"}
    assert result.conversations[1].lineage.record_key == "en-0002"


def test_xtuner_unanswered_last_turn_is_dropped_and_said():
    (conv,) = run({"conversation": [{"input": "a", "output": "b"}, {"input": "c", "output": ""}]}).conversations
    assert roles(conv) == [("user", "a"), ("assistant", "b")]
    assert conv.metadata == {"unanswered_last_turn": True}


def test_xtuner_is_not_taken_for_sharegpt_and_sharegpt_not_for_xtuner():
    assert detect({"conversation": [{"input": "a", "output": "b"}]}).converter.name == "xtuner"
    assert detect({"conversation": [{"from": "human", "value": "a"}]}).converter.name == "sharegpt"


@given(st.lists(st.tuples(sentence, sentence), min_size=1, max_size=6), st.one_of(st.none(), sentence))
def test_xtuner_any_number_of_turns(pairs, system):
    turns = [{"input": q, "output": a} for q, a in pairs]
    if system:
        turns[0]["system"] = system
    (conv,) = run({"conversation": turns}).conversations
    expected = ([("system", system)] if system else []) + [x for q, a in pairs for x in (("user", q), ("assistant", a))]
    assert roles(conv) == expected


# --- PersonaChat ---------------------------------------------------------------------------------------

def test_persona_chat_is_the_last_history_plus_its_true_reply():
    records, result = run_file("personachat_counsel.json")
    first, second = result.conversations
    assert [m.role for m in first.messages] == ["user", "assistant", "user", "assistant", "user", "assistant"]
    assert first.messages[-1].content.startswith("it makes sense that you feel drained")
    assert first.metadata["personality"][0] == "i am a licensed family therapist ."
    assert first.metadata["utterances"] == 3
    # the bot opened (the partner's "__ SILENCE __" is dropped)
    assert [m.role for m in second.messages] == ["assistant", "user", "assistant"]
    assert not any("SILENCE" in m.content for m in second.messages)


@given(st.lists(sentence, min_size=1, max_size=9), st.lists(sentence, min_size=0, max_size=4), sentence)
def test_persona_chat_roles_count_back_from_the_reply(history, distractors, reply):
    record = {"personality": ["p"], "utterances": [
        {"history": history[:1], "candidates": ["x", history[1] if len(history) > 1 else "y"]},
        {"history": history, "candidates": [*distractors, reply]}]}
    (conv,) = run(record).conversations
    assert conv.messages[-1].content == reply and conv.messages[-1].role == "assistant"
    assert len(conv.messages) == len(history) + 1
    assert conv.messages[-2].role == "user"
    assert not any(m.content in distractors and m.content not in history and m.content != reply
                   for m in conv.messages)


# --- ESConv ------------------------------------------------------------------------------------------

def test_esconv_keeps_strategies_per_turn_and_the_situation():
    records, result = run_file("esconv.json")
    conv = result.conversations[0]
    assert conv.metadata["emotion_type"] == "anxiety" and conv.metadata["problem_type"] == "job crisis"
    assert conv.metadata["situation"].startswith("I lost my job")
    assert conv.metadata["survey_score"]["seeker"]["empathy"] == "5"
    strategies = [m.metadata.get("strategy") for m in conv.messages if m.role == "assistant"]
    assert strategies == ["Question", "Reflection of feelings", "Self-disclosure", "Providing Suggestions"]
    # two annotated supporter turns in a row stay two messages, each with its strategy
    assert [m.role for m in conv.messages][3:5] == ["assistant", "assistant"]
    assert conv.messages[2].metadata == {"feedback": "4"}


def test_esconv_unannotated_turns_of_one_speaker_merge():
    (conv,) = run({"dialog": [{"speaker": "seeker", "content": "hi"}, {"speaker": "seeker", "content": "anyone?"},
                              {"speaker": "supporter", "content": "I'm here."}]}).conversations
    assert roles(conv) == [("user", "hi\n\nanyone?"), ("assistant", "I'm here.")]


def test_esconv_unknown_speaker_is_rejected_with_the_name():
    (reject,) = run({"dialog": [{"speaker": "narrator", "content": "once"},
                                {"speaker": "supporter", "content": "hm"}]}).rejects
    assert reject.reason == "unknown_role" and "narrator" in reject.detail


def test_esconv_run_roles_map_other_speakers():
    (conv,) = run({"dialog": [{"speaker": "usr", "content": "x"}, {"speaker": "listener", "content": "y"}]},
                  options=ConvertOptions(roles={"listener": "assistant"})).conversations
    assert [m.role for m in conv.messages] == ["user", "assistant"]


# --- self-instruct ------------------------------------------------------------------------------------

def test_self_instruct_one_conversation_per_instance():
    records, result = run_file("self_instruct_seed_tasks.jsonl")
    task1 = [c for c in result.conversations if c.metadata["id"] == "seed_task_1"]
    assert [c.metadata["instance"] for c in task1] == [0, 1]  # the third has no output
    assert [c.lineage.part for c in task1] == [0, 1]
    assert roles(task1[0])[0] == ("user", "Rewrite the negative thought as a balanced one.\n\nI always mess "
                                          "everything up.")
    assert task1[0].metadata["instances"] == 3 and task1[0].metadata["is_classification"] is False
    assert len({c.id for c in result.conversations}) == len(result.conversations)


@given(st.lists(st.tuples(st.one_of(st.just(""), sentence), st.one_of(st.just(""), sentence)), max_size=6))
def test_self_instruct_counts(instances):
    result = run({"instruction": "Do it.", "instances": [{"input": i, "output": o} for i, o in instances]})
    with_output = sum(1 for _, o in instances if o)
    assert len(result.conversations) == with_output
    assert (result.records_converted, len(result.rejects)) == ((1, 0) if with_output else (0, 1))


# --- OpenAssistant message rows -----------------------------------------------------------------------

def oasst_rows():
    return [json.loads(line) for line in (FIXTURES / "oasst_message_rows.jsonl").read_text().splitlines()]


def test_oasst_rows_become_one_conversation_per_thread_with_the_leaf_as_lineage():
    records, result = run_file("oasst_message_rows.jsonl")
    by_leaf = {c.lineage.record_index: c for c in result.conversations}
    assert sorted(by_leaf) == [3, 5, 6]
    deep = by_leaf[5]
    assert [m.role for m in deep.messages] == ["user", "assistant", "user", "assistant"]
    assert deep.lineage.record_key == "a7f3e9d2-4c1b-4e6a-9b8d-3e2f1a0b9c87"
    assert deep.metadata["message_tree_id"] == "6ab24d72-0181-4594-a9cd-deaf170242fb"
    assert len(deep.metadata["message_ids"]) == 4 and deep.metadata["lang"] == "en"
    # the root prompt is on two threads and counted once
    assert result.records_converted == 7


@settings(max_examples=40, deadline=None)
@given(st.randoms(use_true_random=False))
def test_oasst_rows_in_any_order_give_the_same_conversations(rng):
    rows = oasst_rows()
    order = list(range(len(rows)))
    rng.shuffle(order)
    records = [RawRecord(index=i, data=rows[i]) for i in order]
    result = standardize_records(records, dataset_id="d1", source_name="f", source_sha256="0")
    base = run(*rows)
    assert sorted(c.id for c in result.conversations) == sorted(c.id for c in base.conversations)
    assert sorted((r.record_index, r.reason) for r in result.rejects) == \
        sorted((r.record_index, r.reason) for r in base.rejects)
    accounted(records, result)


def test_oasst_rows_with_parent_message_id_and_cycles():
    rows = [
        {"message_id": "a", "parent_message_id": None, "role": "prompter", "text": "hi"},
        {"message_id": "b", "parent_message_id": "a", "role": "assistant", "text": "hello"},
        {"message_id": "x", "parent_message_id": "y", "role": "prompter", "text": "loop"},
        {"message_id": "y", "parent_message_id": "x", "role": "assistant", "text": "loop"},
        {"message_id": "b", "parent_message_id": "a", "role": "assistant", "text": "again"},
        {"message_id": "c", "parent_message_id": "b", "role": "narrator", "text": "?"},
    ]
    result = run(*rows)
    (conv,) = result.conversations
    assert roles(conv) == [("user", "hi"), ("assistant", "hello")]
    assert {r.record_index: r.reason for r in result.rejects} == {
        2: "malformed_thread", 3: "malformed_thread", 4: "malformed_message", 5: "unknown_role"}


def test_oasst_rows_forced_format_and_a_lone_row():
    row = {"message_id": "a", "parent_id": None, "role": "prompter", "text": "hi", "message_tree_id": "a"}
    assert run(row).rejects[0].reason == "unanswered_prompt"
    assert run(row, forced_format="oasst_rows").rejects[0].reason == "unanswered_prompt"
    with pytest.raises(Exception):
        BY_NAME["oasst_rows"].convert(row)


def test_oasst_thread_rows_flattened_elsewhere_are_not_taken_for_rows():
    flat = {"messages": [{"message_id": "1", "parent_id": None, "role": "prompter", "text": "x"}]}
    assert detect(flat).converter.name == "oasst_flat"


# --- generic detection ---------------------------------------------------------------------------------

def test_generic_turn_list_is_marked_in_lineage():
    records, result = run_file("session_turns.jsonl")
    conv = result.conversations[0]
    assert conv.original_format == "generic_turns"
    assert conv.lineage.detector == "generic:turn-list(key=turns, role=speaker, text=utterance)"
    assert result.detectors == {"generic:turn-list(key=turns, role=speaker, text=utterance)": 2}
    reject = result.rejects[0]
    assert "['A', 'B']" in reject.detail and "roles" in reject.detail


def test_a_known_format_is_never_marked_as_a_guess():
    records, result = run_file("esconv.json")
    assert all(c.lineage.detector is None for c in result.conversations)
    assert not result.detectors


@given(st.sampled_from(["messages_log", "exchange", "chat", "history_turns"]),
       st.sampled_from([("sender", "body"), ("author", "message"), ("Speaker", "Text"), ("who", "said")]),
       st.lists(sentence, min_size=2, max_size=6))
def test_generic_turn_list_any_key_and_field_names(key, fields, texts):
    role_key, text_key = fields
    names = ["client", "counsellor"]
    record = {key: [{role_key: names[i % 2], text_key: t} for i, t in enumerate(texts)]}
    result = run(record)
    (conv,) = result.conversations
    assert conv.lineage.detector == f"generic:turn-list(key={key}, role={role_key}, text={text_key})"
    assert [m.role for m in conv.messages] == ["user" if i % 2 == 0 else "assistant" for i in range(len(texts))]


def test_generic_turn_list_needs_two_turns_and_both_sides():
    assert detect({"turns": [{"speaker": "client", "text": "hi"}]}) is None
    assert detect({"turns": [{"speaker": "client", "text": "hi"}, {"speaker": "patient", "text": "x"}]}) is None
    assert detect({"turns": [{"type": "client", "text": "hi"}, {"type": "bot", "text": "x"}]}) is None


@pytest.mark.parametrize(("row", "columns"), [
    ({"prompt_text": "a", "model_answer": "b"}, ("prompt_text", "model_answer")),
    ({"post": "a", "reply": "b", "post_id": "t3", "upvotes": "4"}, ("post", "reply")),
    ({"userQuery": "a", "botReply": "b"}, ("userQuery", "botReply")),
    ({"Patient Message": "a", "Doctor Advice": "b", "date": "2024"}, ("Patient Message", "Doctor Advice")),
    ({"seeker_post": "a", "supporter_response": "b"}, ("seeker_post", "supporter_response")),
    ({"source_text": "a", "target_text": "b"}, ("source_text", "target_text")),
])
def test_table_header_words(row, columns):
    assert find_table_columns(row) == columns
    (conv,) = run(row).conversations
    assert conv.original_format == "qa_table"
    assert conv.lineage.detector == f"generic:table(prompt={columns[0]}, reply={columns[1]})"


@pytest.mark.parametrize("row", [
    {"prompt_text": "a", "query": "b", "model_answer": "c"},          # two prompt-like columns
    {"post": "a", "reply": "b", "answer": "c"},                       # two reply-like columns
    {"question_id": "1", "answer_count": "3"},                        # id/count columns are not text
    {"post": "a", "reply": 3},                                        # the reply is not text
    {"user_answer": "a", "reply": "b"},                               # a header with words of both kinds
])
def test_table_guess_needs_exactly_one_of_each(row):
    assert find_table_columns(row) is None


def test_known_column_pairs_are_not_guesses():
    (conv,) = run({"Context": "I feel low.", "Response": "I'm sorry."}).conversations
    assert conv.lineage.detector is None


def test_header_words_split_snake_camel_and_spaces():
    assert header_words("modelAnswer_text Final") == {"model", "answer", "text", "final"}


# --- JSON Lines of strings -----------------------------------------------------------------------------

def test_strings_decoded_read_as_transcripts_or_rejected():
    records, result = run_file("strings.jsonl")
    detectors = {c.lineage.record_index: c.lineage.detector for c in result.conversations}
    assert detectors == {0: "json-string:transcript", 1: "json-string:decoded", 3: "json-string:transcript"}
    (reject,) = result.rejects
    assert reject.reason == "record_not_object" and reject.excerpt == '"just a note someone left in the file"'


def test_a_decoded_string_guessed_generically_names_both():
    inner = json.dumps({"turns": [{"speaker": "client", "text": "a"}, {"speaker": "bot", "text": "b"}]})
    (conv,) = run(inner).conversations
    assert conv.lineage.detector == "json-string:decoded; generic:turn-list(key=turns, role=speaker, text=text)"


@given(st.lists(st.one_of(st.text(max_size=30), st.integers(), st.none(), st.lists(st.integers(), max_size=2),
                          st.booleans(), st.floats(allow_nan=False)), max_size=20))
def test_non_objects_are_each_rejected_or_converted(values):
    records = raw(*values)
    result = standardize_records(records, dataset_id="d", source_name="f", source_sha256="0")
    accounted(records, result)
    assert all(r.reason in ("record_not_object", "unknown_format", "missing_assistant_turn", "empty_content",
                            "empty_conversation") for r in result.rejects)


# --- everything at once ----------------------------------------------------------------------------------

ALL_RECORDS = [json.loads(line) for name in ("xtuner_counselling.jsonl", "self_instruct_seed_tasks.jsonl",
                                              "session_turns.jsonl", "oasst_message_rows.jsonl", "strings.jsonl")
               for line in (FIXTURES / name).read_text().splitlines()]
ALL_RECORDS += json.loads((FIXTURES / "esconv.json").read_text())
ALL_RECORDS += json.loads((FIXTURES / "personachat_counsel.json").read_text())


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(range(len(ALL_RECORDS))), max_size=40),
       st.sampled_from(["merge", "keep", "reject"]))
def test_any_mix_of_families_is_fully_accounted_for(picks, alternation):
    records = raw(*[ALL_RECORDS[i] for i in picks])
    result = standardize_records(records, dataset_id="d", source_name="f", source_sha256="0",
                                 alternation=alternation)
    accounted(records, result)
    assert len({c.id for c in result.conversations}) == len(result.conversations)


def test_oasst_rows_a_thread_too_deep_is_rejected_whole(monkeypatch):
    from services.standardization.converters import oasst_rows
    monkeypatch.setattr(oasst_rows, "MAX_DEPTH", 5)
    chain = [{"message_id": str(i), "parent_id": str(i - 1) if i else None,
              "role": "prompter" if i % 2 == 0 else "assistant", "text": f"t{i}"} for i in range(8)]
    short = [{"message_id": "s0", "parent_id": None, "role": "prompter", "text": "q"},
             {"message_id": "s1", "parent_id": "s0", "role": "assistant", "text": "a"}]
    result = run(*chain, *short)
    assert len(result.conversations) == 1 and result.records_converted == 2
    assert dict(result.reject_reasons) == {"thread_too_deep": 6, "parent_message_rejected": 2}


# --- hostile values inside real-shaped records (issue 13's adversarial suite, for these families)

HOSTILE = st.one_of(st.none(), st.booleans(), st.integers(-(2**70), 2**70), st.floats(allow_nan=True),
                    st.text(max_size=40), st.just("\ud800 lone surrogate"), st.just("x" * 100_000),
                    st.just([[[[[[[[["deep"]]]]]]]]]), st.just({"role": None, "content": 7}),
                    st.lists(st.text(max_size=5), max_size=3), st.dictionaries(st.text(max_size=5), st.none(), max_size=3))


def _paths(value, prefix=()):
    yield prefix
    if isinstance(value, dict):
        for k, v in value.items():
            yield from _paths(v, (*prefix, k))
    elif isinstance(value, list):
        for i, v in enumerate(value):
            yield from _paths(v, (*prefix, i))


def _replaced(value, path, new):
    if not path:
        return new
    head, rest = path[0], path[1:]
    if isinstance(value, dict):
        return {**value, head: _replaced(value[head], rest, new)}
    return [_replaced(v, rest, new) if i == head else v for i, v in enumerate(value)]


@settings(max_examples=300, deadline=None)
@given(st.data())
def test_hostile_values_anywhere_in_a_family_record_end_as_conversation_or_reject(data):
    """Any one value of a real-shaped record (any depth) replaced by something hostile: the
    batch converts or rejects every record, never raises."""
    picks = data.draw(st.lists(st.sampled_from(range(len(ALL_RECORDS))), min_size=1, max_size=6))
    records = []
    for i in picks:
        record = ALL_RECORDS[i]
        paths = list(_paths(record))
        path = data.draw(st.sampled_from(paths))
        records.append(_replaced(record, path, data.draw(HOSTILE)))
    batch = raw(*records)
    accounted(batch, standardize_records(batch, dataset_id="d", source_name="f", source_sha256="0"))
