"""Replicas change nothing, proven: one dataset run on a stack with one process of every
service and on a stack with 3 quality and 2 standardization replicas (their consumer groups
spread the topics' 4 partitions over them), and once more on the replicated stack with a
quality replica SIGKILLed in the middle of the run (the other two take over its partitions).
Every run must end with the same export, byte for byte, the same counts, and the same quality
verdicts: per conversation, its flags and its duplicate cluster.

The dataset is generated here (seeded): counselling-style conversations in OpenAI ``messages``
JSONL with exact and near copies of earlier conversations placed many batches after them, and
a few records no converter takes, in batches of 50, so there are many batches to spread.

Two stacks of their own (started together); (a) and (b) run at the same time, then (c).
"""

from __future__ import annotations

import asyncio
import hashlib
import json
import math
import random
import time
from pathlib import Path
from typing import Any

import httpx
import pytest
import pytest_asyncio

from tests.support.pipeline_client import execute, upload
from tests.support.stacks import kill_replica, new_stack, running, stack_client, stack_db

pytestmark = pytest.mark.e2e

SEED = 20261126
CONVERSATIONS = 2400   # distinct generated conversations
EXACT_COPIES = 80      # verbatim copies (some with other case and spacing) of earlier ones
NEAR_COPIES = 80       # copies with one word changed
BAD_RECORDS = 20       # records no converter takes: rejects
RECORDS = CONVERSATIONS + EXACT_COPIES + NEAR_COPIES + BAD_RECORDS
OPTIONS = {"batch_size": 50, "quality_threshold": 0.7}
TOTAL_BATCHES = math.ceil(RECORDS / OPTIONS["batch_size"])
REPLICAS = {"quality": 3, "standardization": 2}
KILLED = ("quality", 2)         # which replica (c) kills
KILL_AFTER = 4                  # quality batches validated before the kill
COUNTS = ("records_in", "conversations", "rejected", "validated", "passed", "exported")
DUPLICATE_FLAGS = ("exact_duplicate", "near_duplicate")
TERMINAL = {"completed", "failed", "cancelled"}


# --------------------------------------------------------------------------- the dataset
# Sentences built almost entirely from slots (1-2 words each), so two generated conversations
# share few word 3-shingles (median Jaccard ~0.03) and only the planted copies, and a few
# chance look-alikes, are near duplicates.

def _pool(text: str) -> list[str]:
    return text.split("|")


SUBJ = _pool("I|my partner|my boss|my mum|my dad|my sister|my brother|my flatmate|my friend|my tutor|my husband|"
             "my wife|my son|my daughter|my neighbour|my coach|my manager|my cousin|my aunt|my grandad|everyone|"
             "nobody|my team|my teacher|my doctor|my landlord|my ex|my colleague|my roommate|my uncle")
VERB = _pool("worry about|argue over|avoid|keep replaying|dread|think about|obsess over|shut down over|cry about|"
             "panic over|stress about|lie awake over|get angry about|feel guilty about|overthink|freeze over|"
             "get tense about|snap about|hide from|stay quiet about|fret about|blame myself for|get stuck on|"
             "lose sleep over|feel ashamed about|complain about|joke about|ignore|fight about|brood over")
OBJ = _pool("money|exams|deadlines|the future|my weight|my grades|the rent|our wedding|my health|the baby|my job|"
            "the divorce|my drinking|the holidays|our debts|my appearance|the move|my mistakes|my diagnosis|"
            "the funeral|the kids|my career|the exam results|my friendships|the bills|my studies|my body|"
            "the accident|our arguments|my past")
WHERE = _pool("at work|at night|at home|in meetings|on weekends|in bed|on the bus|at dinner|in class|at parties|"
              "on the train|in the car|at school|after lunch|in lectures|at church|on calls|at the gym|in shops|"
              "at breakfast|online|outside|at the office|in traffic|at weddings|at training|in queues|"
              "at gatherings|indoors|alone")
WHEN = _pool("lately|constantly|every day|most evenings|since spring|since Christmas|this week|all month|"
             "these days|since January|since the summer|every morning|again|all the time|since the move|"
             "since my birthday|more and more|this term|for weeks|for months|recently|nonstop|each weekend|"
             "since Easter|every Sunday|all year|since autumn|most nights|twice daily|since March")
FEEL = _pool("anxious|overwhelmed|exhausted|numb|irritable|lonely|ashamed|on edge|hopeless|tense|restless|sad|"
             "guilty|panicky|drained|frustrated|invisible|stuck|jumpy|flat|angry|embarrassed|scared|worthless|"
             "confused|resentful|heartbroken|nervous|uneasy|defeated")
BODY = _pool("chest tightens|hands shake|stomach knots|head spins|jaw clenches|gut churns|shoulders ache|"
             "breath stops|face burns|legs tremble|head pounds|heart races|palms sweat|throat closes|eyes sting|"
             "knees buckle|neck stiffens|skin prickles|ears ring|back tenses")
MY = _pool("my|my whole|then my|suddenly my|and my|until my|so my|even my")
AND = _pool("and I feel|so I get|leaving me|then I am|making me|and I end up|and I stay|and I become")
OPEN = _pool("That sounds|It sounds|I imagine that feels|That must feel|It seems|I can hear it is|That feels|"
             "It must be|That is clearly|It is understandably|That has been|It has felt")
ADJ = _pool("really hard|so painful|exhausting|confusing|very lonely|frightening|heavy|draining|unsettling|"
            "relentless|isolating|discouraging|tiring|overwhelming|scary|upsetting")
ASK = _pool("what happens|what goes through your mind|how do you cope|what helps|who notices|what do you need|"
            "how do you respond|what changes|what do you tell yourself|where do you feel it|"
            "what do you usually do|who could support you")
TRYQ = _pool("Could you try|Would you try|Might you try|Can you try|How about|What about|Consider|Perhaps try")
TRY = _pool("slow breathing|a short walk|journaling|a warm shower|calling someone|gentle stretching|grounding|"
            "some music|a cup of tea|a screen break|counting objects|naming feelings|a body scan|"
            "progressive relaxation|a kind note to yourself|a worry window")
WHY = _pool("to calm down|to feel steadier|to slow things|to notice patterns|to rest a little|to feel safer|"
            "to reset|to soften it|to reconnect|to sleep better|to feel grounded|to breathe easier")


def _user_sentence(rng: random.Random) -> str:
    c = rng.choice
    return [
        lambda: f"{c(SUBJ)} {c(VERB)} {c(OBJ)} {c(WHERE)} {c(WHEN)}.",
        lambda: f"{c(WHEN)} {c(MY)} {c(BODY)} {c(WHERE)} {c(AND)} {c(FEEL)}.",
        lambda: f"I feel {c(FEEL)} {c(WHERE)} because {c(SUBJ)} {c(VERB)} {c(OBJ)}.",
        lambda: f"{c(WHEN)} I {c(VERB)} {c(OBJ)} and {c(MY)} {c(BODY)}.",
    ][rng.randrange(4)]()


def _assistant_sentence(rng: random.Random) -> str:
    c = rng.choice
    return [
        lambda: f"{c(OPEN)} {c(ADJ)} to feel {c(FEEL)} {c(WHERE)}.",
        lambda: f"When {c(MY)} {c(BODY)} {c(WHERE)}, {c(ASK)}?",
        lambda: f"{c(TRYQ)} {c(TRY)} {c(WHY)} when you {c(VERB)} {c(OBJ)}?",
        lambda: f"{c(OPEN)} {c(ADJ)} that {c(SUBJ)} {c(VERB)} {c(OBJ)} {c(WHEN)}.",
    ][rng.randrange(4)]()


def _turn(rng: random.Random, make, k: int) -> str:
    return " ".join(s[:1].upper() + s[1:] for s in (make(rng) for _ in range(k)))


def _conversation(rng: random.Random) -> dict[str, Any]:
    if rng.random() < 0.04:  # a weak exchange: below the quality threshold (and copies of each other)
        return {"messages": [{"role": "user", "content": rng.choice(["hi", "hello", "hey"])},
                             {"role": "assistant", "content": rng.choice(["ok", "sure", "yes"])}]}
    messages = []
    if rng.random() < 0.3:
        messages.append({"role": "system", "content": "You are a warm, careful counselling assistant."})
    for _ in range(rng.randint(2, 3)):
        messages.append({"role": "user", "content": _turn(rng, _user_sentence, rng.randint(2, 4))})
        messages.append({"role": "assistant", "content": _turn(rng, _assistant_sentence, rng.randint(2, 3))})
    return {"messages": messages}


def _exact_copy(rng: random.Random, record: dict[str, Any]) -> dict[str, Any]:
    """The same conversation; every other one with another case and spacing (the same after
    normalisation, so still an exact duplicate)."""
    copy = json.loads(json.dumps(record))
    if rng.random() < 0.5:
        for m in copy["messages"]:
            if m["role"] == "user":
                m["content"] = "  ".join(m["content"].upper().split(" "))
    return copy


def _near_copy(rng: random.Random, record: dict[str, Any]) -> dict[str, Any]:
    """The same conversation with one word of one user turn swapped for another feeling."""
    copy = json.loads(json.dumps(record))
    users = [m for m in copy["messages"] if m["role"] == "user"]
    turn = rng.choice(users)
    words = turn["content"].split(" ")
    i = rng.randrange(len(words))
    words[i] = rng.choice([f for f in FEEL if " " not in f and f != words[i]])
    turn["content"] = " ".join(words)
    return copy


BAD = [{"text": None}, {"foo": "bar"}, {"messages": "not a list"}, {"conversations": 42}, [1, 2, 3], "just a string"]


def generate_dataset() -> list[Any]:
    """RECORDS records, deterministic: the conversations in order, each planted copy 600 to
    1,600 conversations after its original (12 to 32 batches later; at the end when that is
    past the last one), the bad records spread over the file."""
    rng = random.Random(SEED)
    originals = [_conversation(rng) for _ in range(CONVERSATIONS)]
    keyed: list[tuple[float, Any]] = [(float(i), r) for i, r in enumerate(originals)]
    substantial = [i for i, r in enumerate(originals) if len(r["messages"]) >= 4]
    sources = rng.sample(substantial, EXACT_COPIES + NEAR_COPIES)
    for k, i in enumerate(sources):
        copy = _exact_copy(rng, originals[i]) if k < EXACT_COPIES else _near_copy(rng, originals[i])
        keyed.append((i + rng.randint(600, 1600) + 0.5, copy))
    for k in range(BAD_RECORDS):
        keyed.append((k * CONVERSATIONS / BAD_RECORDS + 0.25, BAD[k % len(BAD)]))
    keyed.sort(key=lambda kv: kv[0])
    return [r for _, r in keyed]


# --------------------------------------------------------------------------- stacks and runs


@pytest.fixture(scope="module")
def stacks(infrastructure, tmp_path_factory):
    single = new_stack(infrastructure, tmp_path_factory.mktemp("replicas-1"), "rep1")
    replicated = new_stack(infrastructure, tmp_path_factory.mktemp("replicas-n"), "repn", replicas=REPLICAS)
    with running(single, replicated, timeout=240):  # 13 processes booting at once on a small machine
        yield {"single": single, "replicated": replicated}


@pytest.fixture(scope="module")
def dataset_file(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("replicas-data") / "counselling_replicas.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in generate_dataset()))
    return path


async def wait_final(api: httpx.AsyncClient, run_id: str, timeout: float = 900) -> dict:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        r = await api.get(f"/api/v1/pipeline/status/{run_id}")
        if r.status_code == 200 and r.json()["status"] in TERMINAL:
            return r.json()
        await asyncio.sleep(0.5)
    raise AssertionError(f"run {run_id} did not end within {timeout}s")


async def system_status(api: httpx.AsyncClient, expect: dict[str, int], timeout: float = 60) -> dict:
    """``GET /system/status`` once every service shows ``expect`` healthy instances (or the
    last answer when the deadline passes: the test then says what it showed)."""
    deadline = time.monotonic() + timeout
    while True:
        r = await api.get("/api/v1/system/status")
        assert r.status_code == 200, r.text
        body = r.json()
        healthy = {s["name"]: s["healthy_instances"] for s in body["services"]}
        if all(healthy.get(name) == n for name, n in expect.items()) or time.monotonic() > deadline:
            return body
        await asyncio.sleep(0.5)


def conversation_verdicts(db, run_id: str) -> dict[tuple[int, int], tuple[tuple[str, ...], tuple[int, int] | str]]:
    """Every conversation of the run, by its place in the file (record index, part), with its
    quality flags (sorted) and its duplicate cluster (the representative's place, itself when
    it is no copy). Places, not ids: a conversation's id includes its dataset's id, and each
    stack has its own upload."""
    raw: dict[str, tuple[tuple[int, int], list[str], str | None]] = {}
    for doc in db.run_conversations.find({"run_id": run_id}, {"flags": 1, "cluster_id": 1, "record_index": 1,
                                                              "part": 1}):
        cid = doc["_id"][len(run_id) + 1:]
        raw[cid] = ((doc["record_index"], doc.get("part", 0)), list(doc.get("flags") or []), doc.get("cluster_id"))
    if not raw:  # scored conversations stored per batch, duplicates decided at the run's end
        try:
            from shared import scored
            from shared.mongo import run_collection
        except ImportError as exc:
            raise AssertionError(f"run {run_id}: no per-conversation verdicts found ({exc})") from None
        for doc in run_collection(db, run_id, "scored").find({}):
            for item in scored.items(doc):
                c, v = item["conversation"], item["verdict"]
                raw[c["id"]] = ((c["lineage"]["record_index"], c["lineage"].get("part", 0)), list(v.get("flags") or []),
                                None)
        import orjson
        import zstandard
        for doc in run_collection(db, run_id, "dedup").find({}):
            for cid, flag, cluster, _ in orjson.loads(zstandard.ZstdDecompressor().decompress(bytes(doc["data"]))):
                place, flags, _ = raw[cid]
                raw[cid] = (place, flags + [flag], cluster)
    out = {}
    for cid, (place, flags, cluster) in raw.items():
        rep = place if cluster in (None, cid) else raw[cluster][0] if cluster in raw else f"unknown:{cluster}"
        out[place] = (tuple(sorted(flags)), rep)
    return out


async def run_summary(stack, api: httpx.AsyncClient, final: dict) -> dict:
    """What the comparisons need of a finished run."""
    run_id = final["run_id"]
    r = await api.get("/api/v1/pipeline/export/jsonl", params={"run_id": run_id})
    assert r.status_code == 200, r.text
    r_analytics = await api.get("/api/v1/analytics/quality", params={"run_id": run_id})
    assert r_analytics.status_code == 200, r_analytics.text
    with stack_db(stack) as db:
        verdicts = await asyncio.to_thread(conversation_verdicts, db, run_id)
    return {"final": final, "export": r.content, "export_header_sha256": r.headers.get("X-Content-SHA256"),
            "analytics_flags": r_analytics.json()["overall"].get("flags", {}), "verdicts": verdicts}


async def run_to_end(stack, api: httpx.AsyncClient, dataset_id: str) -> dict:
    run_id = await execute(api, [dataset_id], **OPTIONS)
    return await run_summary(stack, api, await wait_final(api, run_id))


@pytest_asyncio.fixture(scope="module", loop_scope="session")
async def runs(stacks, dataset_file) -> dict[str, Any]:
    single, replicated = stacks["single"], stacks["replicated"]
    timings: dict[str, float] = {}
    async with stack_client(single) as api1, stack_client(replicated) as apin:
        r1, rn = await asyncio.gather(upload(api1, dataset_file), upload(apin, dataset_file))
        assert r1.status_code == 201, r1.text
        assert rn.status_code == 201, rn.text
        ds1, dsn = r1.json()["dataset_id"], rn.json()["dataset_id"]

        status_single = await system_status(api1, {"quality": 1, "standardization": 1})
        status_replicated = await system_status(apin, {"quality": REPLICAS["quality"],
                                                       "standardization": REPLICAS["standardization"]})

        started = time.monotonic()
        a, b = await asyncio.gather(run_to_end(single, api1, ds1), run_to_end(replicated, apin, dsn))
        timings["a_and_b"] = time.monotonic() - started

        # (c): the replicated stack again, a quality replica SIGKILLed once some batches are validated
        started = time.monotonic()
        run_id = await execute(apin, [dsn], **OPTIONS)
        while True:  # tight poll: the whole run takes some seconds
            r = await apin.get(f"/api/v1/pipeline/status/{run_id}")
            assert r.status_code == 200, r.text
            state = r.json()
            if state["stages"]["quality"]["batches_done"] >= KILL_AFTER or state["status"] in TERMINAL:
                break
            assert time.monotonic() - started < 300, "quality never got going"
            await asyncio.sleep(0.05)
        pid = kill_replica(replicated, *KILLED)
        r = await apin.get(f"/api/v1/pipeline/status/{run_id}")
        at_kill = r.json()["stages"]["quality"]["batches_done"]
        c = await run_summary(replicated, apin, await wait_final(apin, run_id))
        timings["c"] = time.monotonic() - started
    print(f"\nreplicas: (a)+(b) {timings['a_and_b']:.1f}s; (c) {timings['c']:.1f}s, "
          f"quality-{KILLED[1]} (pid {pid}) killed at {at_kill}/{TOTAL_BATCHES} validated batches")
    for name, run in (("a", a), ("b", b), ("c", c)):
        copies = sum(1 for f, _ in run["verdicts"].values() if set(f) & set(DUPLICATE_FLAGS))
        print(f"  ({name}) counts {[run['final']['counts'][k] for k in COUNTS]}, "
              f"duplicate flags {_duplicate_counts(run)}, conversations flagged as copies {copies}")
    return {"a": a, "b": b, "c": c, "at_kill": at_kill, "status_single": status_single,
            "status_replicated": status_replicated}


RUNS = ("a", "b", "c")


# --------------------------------------------------------------------------- the proofs


def test_dataset_is_deterministic():
    first = generate_dataset()
    assert first == generate_dataset() and len(first) == RECORDS
    texts = [json.dumps(r, sort_keys=True) for r in first]
    assert len(set(texts)) < len(texts)  # the verbatim copies


def test_every_run_completes(runs):
    for name in RUNS:
        final = runs[name]["final"]
        assert final["status"] == "completed", (name, final)
        assert final["counts"]["records_in"] == RECORDS, (name, final["counts"])
        stages = final["stages"]
        assert all(s["batches_done"] == s["total_batches"] == TOTAL_BATCHES for s in stages.values()), (name, stages)


def test_system_status_lists_every_replica(runs, stacks):
    for key, expect in (("status_replicated", REPLICAS), ("status_single", {"quality": 1, "standardization": 1})):
        services = {s["name"]: s for s in runs[key]["services"]}
        for name, n in expect.items():
            instances = services[name]["instances"]
            assert len(instances) == n and services[name]["healthy_instances"] == n, (key, name, services[name])
            assert len({i["pid"] for i in instances}) == n
        for name in ("acquisition", "production", "gateway"):
            assert len(services[name]["instances"]) == 1, (key, name, services[name])
    replicated = stacks["replicated"]
    assert [c.name for c in replicated.replicas("quality")] == ["quality", "quality-2", "quality-3"]
    for c in replicated.replicas("quality") + replicated.replicas("standardization"):
        assert (replicated.logs / f"{c.name}.log").exists()


def test_exports_are_byte_identical(runs):
    reference = runs["a"]
    assert reference["final"]["counts"]["exported"] > 0
    for name in RUNS:
        run = runs[name]
        sha = hashlib.sha256(run["export"]).hexdigest()
        assert sha == run["export_header_sha256"] == run["final"]["export"]["sha256"], name
        assert len(run["export"].splitlines()) == run["final"]["counts"]["exported"], name
    for name in ("b", "c"):
        assert runs[name]["final"]["export"]["sha256"] == reference["final"]["export"]["sha256"], name
        assert runs[name]["export"] == reference["export"], name


def test_counts_are_equal(runs):
    reference = {k: runs["a"]["final"]["counts"][k] for k in COUNTS}
    assert reference["rejected"] >= BAD_RECORDS and 0 < reference["passed"] < reference["validated"], reference
    for name in ("b", "c"):
        assert {k: runs[name]["final"]["counts"][k] for k in COUNTS} == reference, name
        assert runs[name]["final"]["reject_reasons"] == runs["a"]["final"]["reject_reasons"], name


def test_nothing_lost_or_twice_after_the_kill(runs):
    assert 0 < runs["at_kill"] < TOTAL_BATCHES, f"killed too late ({runs['at_kill']}/{TOTAL_BATCHES} validated)"
    c, a = runs["c"], runs["a"]
    assert c["final"]["counts"] == a["final"]["counts"]
    assert c["final"]["counts"]["exported"] == a["final"]["counts"]["exported"]
    assert c["final"]["counts"]["failed"] == 0 and not c["final"]["failures"]
    # every conversation verdict once: the same places as the run without a kill
    assert set(c["verdicts"]) == set(a["verdicts"])
    assert len(c["verdicts"]) == a["final"]["counts"]["validated"]


def _duplicate_counts(run: dict) -> dict[str, dict[str, int]]:
    final = run["final"]
    return {
        "status.quality_flags": {f: final["quality_flags"].get(f, 0) for f in DUPLICATE_FLAGS},
        "status.duplicates": {f: (final.get("duplicates") or {}).get(f, 0) for f in DUPLICATE_FLAGS},
        "analytics.flags": {f: run["analytics_flags"].get(f, 0) for f in DUPLICATE_FLAGS},
    }


def test_duplicate_flag_counts_are_equal(runs):
    """The run status's flag breakdown (and the quality analytics) count the same duplicates
    whatever the replicas and the kill; the planted copies are found."""
    counts = {name: _duplicate_counts(runs[name]) for name in RUNS}
    found = max(sum(v.values()) for v in counts["a"].values())
    assert found >= EXACT_COPIES + NEAR_COPIES, counts["a"]
    assert counts["b"] == counts["a"] and counts["c"] == counts["a"], counts
    for name in ("b", "c"):
        assert runs[name]["final"]["quality_flags"] == runs["a"]["final"]["quality_flags"], (
            name, runs[name]["final"]["quality_flags"], runs["a"]["final"]["quality_flags"])


def _difference(x: dict, y: dict, limit: int = 5) -> str:
    differ = sorted(k for k in x.keys() & y.keys() if x[k] != y[k])
    return (f"{len(differ)} of {len(x)} conversations differ, e.g. "
            + "; ".join(f"{k}: {x[k]} vs {y[k]}" for k in differ[:limit]))


def test_per_conversation_flags_and_clusters_are_equal(runs):
    """Each conversation has the same flags and the same cluster (as a place in the file) in
    every run."""
    a = runs["a"]["verdicts"]
    flags = {k: v[0] for k, v in a.items()}
    assert any(set(f) & set(DUPLICATE_FLAGS) for f in flags.values())
    for name in ("b", "c"):
        other = runs[name]["verdicts"]
        assert other.keys() == a.keys(), name
        assert {k: v[0] for k, v in other.items()} == flags, f"({name}) flags: " + _difference(
            {k: v[0] for k, v in other.items()}, flags)
        assert other == a, f"({name}) clusters: " + _difference(other, a)
