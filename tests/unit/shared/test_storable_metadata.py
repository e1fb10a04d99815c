"""Source fields carried as metadata must be storable: BSON and orjson hold 64-bit integers only."""

import bson
import orjson
from hypothesis import given, strategies as st

from shared.conversation import Conversation, Lineage, Message, storable

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=5),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=3), inner, max_size=3),
    max_leaves=10)


keys = st.text(max_size=5) | st.sampled_from(["a.b", "$set", "x\x00y", "\ud800", ".", "$"])


@given(st.dictionaries(keys, json_values | st.sampled_from(["\udc00 lone", "ok"]), max_size=4))
def test_any_json_metadata_becomes_storable(metadata):
    out = storable(metadata)
    bson.encode({"m": out})
    orjson.dumps(out)
    assert all("." not in k and not k.startswith("$") and "\x00" not in k for k in out)


def test_keys_a_mongodb_server_refuses_are_rewritten_readably():
    assert storable({"question.text": 1, "$ref": 2, "a\x00b": 3}) == {
        "question\uff0etext": 1, "\uff04ref": 2, "a\ufffdb": 3}


def test_big_integers_become_strings_and_the_rest_stays():
    big = 123456789012345678901234567890
    conv = Conversation(
        id="c", original_format="openai_messages",
        lineage=Lineage(dataset_id="d", source_name="s", source_sha256="", record_index=0),
        messages=[Message(role="user", content="hi", metadata={"tokens": big, "ok": 7}),
                  Message(role="assistant", content="hello")],
        metadata={"id": big, "flags": [True, 2**63 - 1, -(2**63), 2**63], "nested": {"x": -(2**64)}})
    assert conv.metadata == {"id": str(big), "flags": [True, 2**63 - 1, -(2**63), str(2**63)],
                             "nested": {"x": str(-(2**64))}}
    assert conv.messages[0].metadata == {"tokens": str(big), "ok": 7}
    bson.encode(conv.model_dump())
