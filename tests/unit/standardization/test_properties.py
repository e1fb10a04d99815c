"""Property tests: whatever the records, each is converted or rejected exactly once,
and converted ShareGPT/OpenAI conversations keep every turn's content."""

import unicodedata

from hypothesis import given, settings
from hypothesis import strategies as st

from services.standardization.standardize import standardize_records
from tests.support.factories import raw

# Markup characters are left out: HTML and template tokens are normalised away by design
# (tested in test_more_formats.py), which would make "keeps every turn" untrue here.
text = st.text(st.characters(codec="utf-8", exclude_categories=("Cs", "Cc", "Zs", "Zl", "Zp"),
                             exclude_characters="<>&["), min_size=1, max_size=40)
turns = st.lists(st.tuples(st.sampled_from(["user", "assistant"]), text), min_size=1, max_size=8)


def norm(c: str) -> str:
    return unicodedata.normalize("NFC", c).strip()


def alternate(ts):
    return [("user" if i % 2 == 0 else "assistant", t) for i, (_, t) in enumerate(ts)]


@given(turns)
def test_openai_messages_round_trip_keeps_every_turn(ts):
    ts = alternate(ts)
    (conv,) = standardize_records(raw({"messages": [{"role": r, "content": c} for r, c in ts]}),
                                  dataset_id="d", source_name="f", source_sha256="0").conversations
    assert [(m.role, m.content) for m in conv.messages] == [(r, norm(c)) for r, c in ts]


@given(turns)
def test_sharegpt_round_trip_keeps_every_turn(ts):
    ts = alternate(ts)
    record = {"conversations": [{"from": "human" if r == "user" else "gpt", "value": c} for r, c in ts]}
    result = standardize_records(raw(record), dataset_id="d", source_name="f", source_sha256="0")
    (conv,) = result.conversations
    assert [m.content for m in conv.messages] == [norm(c) for _, c in ts]


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | text,
    lambda children: st.lists(children, max_size=4) | st.dictionaries(
        st.sampled_from(["messages", "conversations", "instruction", "output", "question", "answer", "role",
                         "content", "from", "value", "x",
                         # the counselling families' keys (issue 14): XTuner, PersonaChat, ESConv,
                         # self-instruct, OpenAssistant rows, generic turn lists and tables
                         "conversation", "system", "input", "personality", "utterances", "history", "candidates",
                         "dialog", "speaker", "annotation", "strategy", "situation", "instances", "message_id",
                         "parent_message_id", "message_tree_id", "text", "deleted", "turns", "prompt_text",
                         "model_answer", "Context", "Response"]), children, max_size=4),
    max_leaves=12,
)


@settings(max_examples=600)
@given(st.lists(json_values, max_size=20))
def test_every_record_is_accounted_for_exactly_once(records):
    result = standardize_records(raw(*records), dataset_id="d", source_name="f", source_sha256="0")
    assert result.records_converted + len(result.rejects) == len(records)
    rejected = {r.record_index for r in result.rejects}
    converted = {c.lineage.record_index for c in result.conversations}
    assert rejected.isdisjoint(converted)
    assert rejected | converted == set(range(len(records)))
