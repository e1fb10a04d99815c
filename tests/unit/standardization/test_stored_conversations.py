"""A merge's output read by a run: the conversations the merge stored (acquisition's
``stored_line``) are taken as they are, with the run's lineage, not converted again."""

import orjson
import pytest

from services.acquisition.merge import stored_line
from services.standardization.standardize import standardize_records
from services.standardization.stored import take_stored
from shared.conversation import conversation_id
from shared.events import RawRecord

PARENT_RECORDS = [
    {"conversations": [{"from": "human", "value": "How do I cope?"}, {"from": "gpt", "value": "Slowly."}],
     "id": "rec-7"},
    {"messages": [{"role": "system", "content": "Be kind."}, {"role": "user", "content": "Hi", "name": "ana"},
                  {"role": "assistant", "content": "Hello Ana."}]},
    {"instruction": "Say hi", "input": "", "output": "hi"},
]


def merged_lines() -> list[dict]:
    """What a merge of one parent writes: what standardization made of each record, stored."""
    result = standardize_records([RawRecord(index=i, data=r) for i, r in enumerate(PARENT_RECORDS)],
                                 dataset_id="parent", source_name="p.jsonl", source_sha256="")
    assert result.records_converted == 3
    return [orjson.loads(stored_line(c.model_dump(mode="json"), "parent")) for c in result.conversations]


def test_stored_conversations_come_back_as_they_were_converted_with_the_runs_lineage():
    lines = merged_lines()
    assert lines[0]["merged_from"] == {"dataset_id": "parent", "record_index": 0, "part": 0, "record_key": "rec-7"}
    assert lines[1]["messages"][1] == {"role": "user", "content": "Hi", "name": "ana"}  # no nulls stored
    out = take_stored([RawRecord(index=i, data=line) for i, line in enumerate(lines)],
                      dataset_id="merged", source_name="merged.jsonl", source_sha256="abc")
    assert out.rejects == [] and out.records_converted == 3
    assert dict(out.formats) == {"sharegpt": 1, "openai_messages": 1, "alpaca": 1}  # the parents' real formats
    for i, (c, line) in enumerate(zip(out.conversations, lines, strict=True)):
        assert [m.model_dump(exclude_none=True) for m in c.messages] == line["messages"]
        assert (c.lineage.dataset_id, c.lineage.source_name, c.lineage.source_sha256) == ("merged", "merged.jsonl",
                                                                                          "abc")
        assert (c.lineage.record_index, c.lineage.part) == (i, 0)
        assert c.metadata["merged_from"] == line["merged_from"] and c.original_format == line["original_format"]
        assert c.id == conversation_id(c.lineage, c.messages)
    # the same line read twice (a redelivered batch) is the same conversation
    again = take_stored([RawRecord(index=0, data=lines[0])], dataset_id="merged", source_name="merged.jsonl",
                        source_sha256="abc")
    assert again.conversations[0] == out.conversations[0]


@pytest.mark.parametrize("data", [
    {"messages": []}, {"messages": "hello"}, {"text": "no messages"}, "a string", [1, 2],
    {"messages": [{"role": "narrator", "content": "x"}]}, {"messages": [{"role": "user"}]},
    {"messages": [{"role": "user", "content": 3}]},
])
def test_what_is_not_a_stored_conversation_is_one_reject_with_a_reason(data):
    out = take_stored([RawRecord(index=5, data=data)], dataset_id="m", source_name="m", source_sha256="")
    assert out.conversations == [] and out.records_converted == 0
    assert [(r.record_index, r.reason) for r in out.rejects] == [(5, "invalid_field")]
    assert out.rejects[0].detail


def test_unparsable_lines_keep_their_reason():
    out = take_stored([RawRecord(index=0, error="invalid_json", detail="line 1")], dataset_id="m", source_name="m",
                      source_sha256="")
    assert [(r.reason, r.detail) for r in out.rejects] == [("invalid_json", "line 1")]
