"""The field mapping model (shared.mapping): LLaMA-Factory dataset_info.json entries accepted as
they are, and every mistake refused with a message (and location) naming the field."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st
from pydantic import ValidationError

from shared.events import BatchAcquired, RawRecord, StandardizationOptions, StartRun
from shared.mapping import DEFAULT_TAGS, FieldMapping, mapping_errors

# Entries as LLaMA-Factory's data/README.md documents them (and as real dataset_info.json files hold them).
LLAMA_FACTORY_ENTRIES = [
    {"file_name": "data.json", "columns": {"prompt": "instruction", "query": "input", "response": "output",
                                           "system": "system", "history": "history"}},
    {"file_name": "data.json", "formatting": "sharegpt",
     "columns": {"messages": "conversations", "system": "system", "tools": "tools"}},
    {"file_name": "data.json", "formatting": "sharegpt", "columns": {"messages": "messages"},
     "tags": {"role_tag": "role", "content_tag": "content", "user_tag": "user", "assistant_tag": "assistant",
              "system_tag": "system"}},
    {"hf_hub_url": "llamafactory/demo_data", "subset": "system_chat", "formatting": "sharegpt",
     "columns": {"messages": "messages"}, "tags": {"role_tag": "role", "content_tag": "content",
                                                   "user_tag": "user", "assistant_tag": "assistant"}},
    {"file_name": "mllm.json", "formatting": "sharegpt", "columns": {"messages": "messages", "images": "images"},
     "tags": {"role_tag": "role", "content_tag": "content", "user_tag": "user", "assistant_tag": "assistant"}},
    {"file_name": "kto.json", "columns": {"prompt": "instruction", "response": "output", "kto_tag": "label"},
     "split": "train", "num_samples": 1000, "ranking": False},
]


def errors_of(data) -> list[tuple[tuple, str]]:
    with pytest.raises(ValidationError) as exc:
        FieldMapping.model_validate(data)
    return [(tuple(e["loc"]), e["msg"]) for e in exc.value.errors()]


@pytest.mark.parametrize("entry", LLAMA_FACTORY_ENTRIES)
def test_llama_factory_entries_are_accepted_as_they_are(entry):
    m = FieldMapping.model_validate(entry)
    assert m.formatting == entry.get("formatting", "alpaca")
    dumped = m.model_dump()
    assert not {"file_name", "hf_hub_url", "subset", "split", "num_samples", "ranking"} & set(dumped)
    assert FieldMapping.model_validate(dumped).model_dump() == dumped  # what is stored reads back the same


def test_a_whole_dataset_info_file_of_one_entry_is_that_entry():
    entry = LLAMA_FACTORY_ENTRIES[2]
    assert FieldMapping.model_validate({"my_counselling": entry}) == FieldMapping.model_validate(entry)
    [(loc, msg)] = errors_of({"a": LLAMA_FACTORY_ENTRIES[0], "b": LLAMA_FACTORY_ENTRIES[1]})
    assert "2 datasets (a, b)" in msg and "give the one entry" in msg


def test_defaults_are_llama_factorys():
    assert FieldMapping().resolved_columns() == {"prompt": "instruction", "query": "input", "response": "output"}
    sharegpt = FieldMapping(formatting="sharegpt")
    assert sharegpt.resolved_columns() == {"messages": "conversations"}
    assert sharegpt.resolved_tags() == DEFAULT_TAGS
    # columns given: exactly those are read (as in LLaMA-Factory); an omitted tag keeps its default
    m = FieldMapping.model_validate({"formatting": "sharegpt", "columns": {"messages": "dialog"},
                                     "tags": {"role_tag": "speaker"}})
    assert m.resolved_columns() == {"messages": "dialog"}
    assert m.resolved_tags() == {**DEFAULT_TAGS, "role_tag": "speaker"}


def test_ignored_keys_are_listed():
    m = FieldMapping.model_validate(LLAMA_FACTORY_ENTRIES[4])
    assert m.ignored() == ["file_name", "columns.images"]
    assert FieldMapping.model_validate(LLAMA_FACTORY_ENTRIES[3]).ignored() == ["hf_hub_url", "subset"]


@pytest.mark.parametrize(("data", "loc", "words"), [
    ({"formatting": "chatml"}, ("formatting",), "'alpaca' or 'sharegpt'"),
    ({"colums": {"prompt": "q"}}, ("colums",), "Extra inputs"),
    ({"columns": {"prompt": "q", "response": "a", "answer": "x"}}, ("columns", "answer"), "Extra inputs"),
    ({"formatting": "sharegpt", "tags": {"speaker_tag": "x"}}, ("tags", "speaker_tag"), "Extra inputs"),
    ({"columns": {"prompt": 3, "response": "a"}}, ("columns", "prompt"), "valid string"),
    ({"columns": {"prompt": "", "response": "a"}}, ("columns", "prompt"), "at least 1"),
    ({"formatting": "sharegpt", "tags": {"role_tag": ["role"]}}, ("tags", "role_tag"), "valid string"),
    ({"columns": "instruction"}, ("columns",), "valid dictionary"),
    ({"columns": {"messages": "m"}}, ("columns",), "columns.messages is not read with formatting 'alpaca'"),
    ({"formatting": "sharegpt", "columns": {"messages": "m", "prompt": "p"}}, ("columns",),
     "columns.prompt is not read with formatting 'sharegpt'"),
    ({"formatting": "sharegpt", "columns": {"history": "h", "messages": "m"}}, ("columns",), "columns.history"),
    ({"formatting": "sharegpt", "columns": {"system": "s"}}, ("columns",), "columns.messages is required"),
    ({"columns": {"prompt": "q"}}, ("columns",), "columns.response is required"),
    ({"columns": {"response": "a", "system": "s"}}, ("columns",), "columns.prompt or columns.query is required"),
    ({"columns": {"prompt": "q", "response": "q"}}, ("columns",), "columns.prompt and columns.response both"),
    ({"columns": {"prompt": "q", "response": "a", "chosen": "c"}}, ("columns",), "columns.chosen"),
    ({"ranking": True}, ("ranking",), "preference datasets are not supported"),
    ({"tags": {"role_tag": "role"}}, ("tags",), "tags apply to formatting 'sharegpt' only"),
    ({"formatting": "sharegpt", "tags": {"role_tag": "x", "content_tag": "x"}}, ("tags",),
     "tags.role_tag and tags.content_tag"),
    ({"formatting": "sharegpt", "tags": {"user_tag": "gpt"}}, ("tags",), "tags.user_tag and tags.assistant_tag"),
    ({"formatting": "sharegpt", "tags": {"user_tag": "user", "system_tag": "user"}}, ("tags",),
     "tags.user_tag and tags.system_tag"),
    ("sharegpt", (), "valid dictionary"),
])
def test_mistakes_are_refused_naming_the_field(data, loc, words):
    found = errors_of(data)
    assert any(l == loc and words in m for l, m in found), found


def test_mapping_errors_are_located_under_the_given_prefix():
    with pytest.raises(ValidationError) as exc:
        FieldMapping.model_validate({"formatting": "sharegpt", "tags": {"role_tag": 1}})
    [error] = mapping_errors(exc.value, ("body", "mapping"))
    assert error["loc"] == ["body", "mapping", "tags", "role_tag"] and error["type"] == "string_type"


def test_the_mapping_travels_in_the_run_events():
    m = FieldMapping.model_validate(LLAMA_FACTORY_ENTRIES[2])
    assert "file_name" not in StartRun(run_id="r", producer="g", dataset_ids=["a"],
                                       dataset_mappings={"a": m}).model_dump_json()  # ignored: never sent
    m = FieldMapping.model_validate(m.model_dump())
    run = StartRun(run_id="r", producer="gateway", dataset_ids=["a", "b", "c"], dataset_mappings={"a": m})
    assert run.schema_version >= 2  # the mappings arrived in version 2
    again = StartRun.model_validate_json(run.model_dump_json())
    assert again.standardization_for("a").mapping == m and again.standardization_for("b").mapping is None
    # the run's own mapping wins over every stored one
    other = FieldMapping(formatting="sharegpt")
    run = run.model_copy(update={"standardization": StandardizationOptions(mapping=other)})
    assert run.standardization_for("a").mapping == other and run.standardization_for("b").mapping == other
    batch = BatchAcquired(run_id="r", producer="acquisition", batch_index=0, quality_threshold=0.5, dataset_id="a",
                          source_name="f", source_sha256="0", file_format="jsonl",
                          records=[RawRecord(index=0, data={})], standardization=run.standardization_for("a"))
    assert BatchAcquired.model_validate_json(batch.model_dump_json()).standardization.mapping == other
    # a version-1 message (no mapping anywhere) still reads
    old = {k: v for k, v in run.model_dump(mode="json").items() if k != "dataset_mappings"}
    old["standardization"].pop("mapping")
    assert StartRun.model_validate({**old, "schema_version": 1}).standardization_for("a").mapping is None


names = st.text(st.characters(codec="utf-8", exclude_categories=("Cs",)), min_size=1, max_size=30)


@given(st.dictionaries(st.sampled_from(["prompt", "query", "response", "history", "system", "tools"]), names))
def test_any_alpaca_columns_either_validate_or_name_what_is_wrong(columns):
    try:
        m = FieldMapping.model_validate({"columns": columns})
    except ValidationError as exc:
        [(loc, msg)] = [(tuple(e["loc"]), e["msg"]) for e in exc.errors()]
        assert loc == ("columns",) and "columns." in msg
        return
    assert m.resolved_columns() == columns
    assert "response" in columns and ({"prompt", "query"} & set(columns))
    assert len(set(columns.values())) == len(columns)
