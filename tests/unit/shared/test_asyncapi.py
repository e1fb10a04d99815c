"""The AsyncAPI document of the Kafka side: complete, resolvable, in step with the code."""

import json
import re
import subprocess
import sys

import pytest

from shared import asyncapi, topics
from shared.settings import REPO_ROOT

KEY = re.compile(r"^[A-Za-z0-9_.\-]+$")


@pytest.fixture(scope="module")
def doc() -> dict:
    return asyncapi.build()


def resolve(doc: dict, ref: str) -> dict:
    assert ref.startswith("#/"), ref
    node = doc
    for part in ref[2:].split("/"):
        node = node[part]
    return node


def refs(node):
    if isinstance(node, dict):
        for k, v in node.items():
            if k == "$ref":
                yield v
            else:
                yield from refs(v)
    elif isinstance(node, list):
        for v in node:
            yield from refs(v)


def payload_names(doc: dict, schema: dict) -> set[str]:
    """The model names a payload schema stands for (itself, or the members of its union)."""
    if "$ref" in schema:
        name = schema["$ref"].rsplit("/", 1)[-1]
        target = resolve(doc, schema["$ref"])
        members = target.get("oneOf") or target.get("anyOf")
        return set().union(*(payload_names(doc, m) for m in members)) if members else {name}
    members = schema.get("oneOf") or schema.get("anyOf") or []
    return set().union(*(payload_names(doc, m) for m in members))


def test_it_is_asyncapi_3_and_json(doc):
    assert doc["asyncapi"] == "3.0.0"
    assert doc["info"]["title"] and doc["info"]["version"]
    assert json.loads(json.dumps(doc)) == doc


def test_every_topic_is_sent_with_its_payload_schema(doc):
    for topic in topics.ALL:
        channels = {k: c for k, c in doc["channels"].items() if c["address"] == topic.name}
        assert channels, f"{topic.name} is not documented"
        sends = [o for o in doc["operations"].values()
                 if o["action"] == "send" and o["channel"]["$ref"].rsplit("/", 1)[-1] in channels]
        assert len(sends) == 1, topic.name
        for channel in channels.values():
            assert channel["bindings"]["kafka"]["partitions"] == topic.partitions
            assert channel.get("description")
            for message_ref in channel["messages"].values():
                message = resolve(doc, message_ref["$ref"])
                expected = {name.strip() for name in topic.payload.split(",")}
                assert payload_names(doc, message["payload"]) == expected, topic.name
                for name in expected:
                    assert resolve(doc, f"#/components/schemas/{name}")["properties"]


def test_every_consumer_group_receives_what_it_reads(doc):
    receives = {o["bindings"]["kafka"]["groupId"]["enum"][0]: resolve(doc, o["channel"]["$ref"])["address"]
                for o in doc["operations"].values() if o["action"] == "receive" and "bindings" in o}
    assert receives == {g: ts[0].name for g, ts in topics.CONSUMER_GROUPS.items()}


def test_keys_are_valid_and_every_ref_resolves(doc):
    for section in (doc["channels"], doc["operations"], doc["components"]["messages"], doc["components"]["schemas"]):
        assert all(KEY.match(k) for k in section), list(section)
    for ref in set(refs(doc)):
        resolve(doc, ref)


def test_external_producers_are_told_which_topic_is_theirs(doc):
    commands = [c for c in doc["channels"].values() if c["address"] == topics.COMMANDS.name]
    assert any("external producers" in c["description"] for c in commands)
    assert "External producers" in doc["info"]["description"]


def test_the_raw_ingest_topic_is_documented_for_external_producers(doc):
    [channel] = [c for c in doc["channels"].values() if c["address"] == topics.RAW_INGEST.name
                 and "external producers" in c["description"]]
    assert "message_id" in channel["description"] and "ingest reject" in channel["description"]
    payload = resolve(doc, "#/components/schemas/RawIngest")
    assert set(payload["required"]) == {"source", "dataset", "message_id", "records"}
    assert "ingest.raw-records.v1" in doc["info"]["description"]


def test_a_prefix_reaches_every_address():
    prefixed = asyncapi.build(prefix="blue.")
    assert {c["address"] for c in prefixed["channels"].values()} == {t.full("blue.") for t in topics.ALL}


def test_consumer_groups_table_matches_the_services():
    """``topics.CONSUMER_GROUPS`` (used by the status and this document) is what the
    services really subscribe with."""
    from services.acquisition.app import create_app as acquisition
    from services.production.app import create_app as production
    from services.quality.app import create_app as quality
    from services.standardization.app import create_app as standardization

    for name, factory in [("acquisition", acquisition), ("standardization", standardization),
                          ("quality", quality), ("production", production)]:
        ctx = factory().dp_context
        seen = {(s.group_id, t) for s in ctx.broker.subscribers for t in s.topic_names}
        assert seen == {(group, ctx.topic(t)) for group, read in topics.CONSUMER_GROUPS.items()
                        if topics.group_service(group) == name for t in read}, name


def test_it_can_be_dumped_from_the_command_line():
    out = subprocess.run([sys.executable, "-m", "shared.asyncapi"], cwd=REPO_ROOT, capture_output=True, text=True,
                         check=True, timeout=60)
    assert json.loads(out.stdout) == json.loads(json.dumps(asyncapi.build()))
