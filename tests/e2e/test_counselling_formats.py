"""Issue 14, tried as a user would: one realistic file per family (tests/fixtures/formats),
uploaded with no mapping and run through the whole system in batches of 2 (so OpenAssistant
message trees would be cut if acquisition did not keep them whole). Every record ends as part
of a conversation or as a reject with a reason; generic guesses are marked in the stored
conversations' lineage."""

import json
import shutil
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from shared.mongo import run_collection
from shared.scored import items
from tests.support.pipeline_client import execute, follow, upload
from tests.support.stacks import stack_db

pytestmark = pytest.mark.e2e
FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "formats"

# file -> (records, records converted by format, conversations, rejects by reason)
EXPECTED = {
    "xtuner_counselling.jsonl": (5, {"xtuner": 4}, 4, {"missing_assistant_turn": 1}),
    "personachat_counsel.json": (3, {"persona_chat": 2}, 2, {"missing_assistant_turn": 1}),
    "esconv.json": (3, {"esconv": 2}, 2, {"missing_assistant_turn": 1}),
    "self_instruct_seed_tasks.jsonl": (4, {"self_instruct": 3}, 5, {"missing_assistant_turn": 1}),
    "oasst_message_rows.parquet": (10, {"oasst_rows": 7}, 3, {"deleted_message": 1, "unanswered_prompt": 1,
                                                               "parent_message_missing": 1}),
    "prompt_text_model_answer.csv": (3, {"qa_table": 2}, 2, {"missing_assistant_turn": 1}),
    "post_reply.tsv": (2, {"qa_table": 2}, 2, {}),
    "session_turns.jsonl": (3, {"generic_turns": 2}, 2, {"unknown_format": 1}),
    "strings.jsonl": (4, {"transcript": 2, "openai_messages": 1}, 3, {"record_not_object": 1}),
}


def add(total: dict, part: dict) -> None:
    for k, v in part.items():
        total[k] = total.get(k, 0) + v


async def test_every_family_is_converted_or_rejected_with_a_reason(client, gateway_url, api_key, system, tmp_path):
    rows = [json.loads(line) for line in (FIXTURES / "oasst_message_rows.jsonl").read_text().splitlines()]
    pq.write_table(pa.Table.from_pylist(rows), tmp_path / "oasst_message_rows.parquet")  # as oasst1 ships
    ids, names = [], {}
    for name in EXPECTED:
        path = tmp_path / name
        if not path.exists():
            shutil.copy(FIXTURES / name, path)
        r = await upload(client, path)
        assert r.status_code == 201, (name, r.text)  # JSON Lines of strings included: no 415
        ids.append(r.json()["dataset_id"])
        names[ids[-1]] = name
    run_id = await execute(client, ids, batch_size=2, quality_threshold=0)
    final = (await follow(gateway_url, api_key, run_id))[-1]["run"]
    assert final["status"] == "completed", final

    records = sum(e[0] for e in EXPECTED.values())
    formats: dict[str, int] = {}
    reasons: dict[str, int] = {}
    for _, f, _, rj in EXPECTED.values():
        add(formats, f)
        add(reasons, rj)
    counts = final["counts"]
    assert counts["records_in"] == records
    assert counts["records_converted"] + counts["rejected"] == records
    assert final["formats"] == formats
    assert counts["rejected"] == sum(reasons.values())
    assert counts["conversations"] == sum(e[2] for e in EXPECTED.values())

    rejects = (await client.get(f"/api/v1/pipeline/rejects/{run_id}", params={"limit": 100})).json()["items"]
    got: dict[str, int] = {}
    for x in rejects:
        assert x["reason"] and x["detail"], x
        add(got, {x["reason"]: 1})
    assert got == reasons
    by_file = {(names[x["dataset_id"]], x["record_index"]): x["reason"] for x in rejects}
    assert by_file[("oasst_message_rows.parquet", 8)] == "unanswered_prompt"
    assert by_file[("strings.jsonl", 2)] == "record_not_object"

    # What was stored: lineage names every generic guess, and only those; per-turn strategies kept.
    with stack_db(system) as db:
        stored = [i["conversation"] for doc in run_collection(db, run_id, "scored").find({}) for i in items(doc)]
    assert len(stored) == counts["conversations"]
    detectors: dict[str, int] = {}
    for c in stored:
        if c["lineage"].get("detector"):
            add(detectors, {c["lineage"]["detector"]: 1})
    assert detectors == {
        "generic:turn-list(key=turns, role=speaker, text=utterance)": 2,
        "generic:table(prompt=prompt_text, reply=model_answer)": 2,
        "generic:table(prompt=post, reply=reply)": 2,
        "json-string:transcript": 2, "json-string:decoded": 1,
    }
    esconv = [c for c in stored if c["original_format"] == "esconv"]
    assert {m["metadata"]["strategy"] for c in esconv for m in c["messages"] if (m.get("metadata") or {})
            .get("strategy")} >= {"Question", "Self-disclosure"}
    assert {c["metadata"]["emotion_type"] for c in esconv} == {"anxiety", "sadness"}
    threads = [c for c in stored if c["original_format"] == "oasst_rows"]
    assert sorted(len(c["messages"]) for c in threads) == [2, 2, 4]
