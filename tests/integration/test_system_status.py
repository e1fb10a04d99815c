"""Heartbeats and the status probe against the real Kafka and FerretDB."""

import asyncio
import time

import pytest
from aiokafka import AIOKafkaConsumer, TopicPartition
from pymongo import AsyncMongoClient

from shared.status import StatusProbe, probe_kafka
from services.acquisition.app import create_app as acquisition_app
from services.acquisition.settings import AcquisitionSettings
from shared import topics
from shared.broker import ensure_topics
from shared.heartbeat import COLLECTION, Heartbeat
from shared.settings import BaseServiceSettings
from tests.support.kafka import eventually, publish

pytestmark = pytest.mark.integration


@pytest.fixture
async def db(infrastructure):
    _, name = infrastructure.unique("hb")
    client = AsyncMongoClient(infrastructure.mongodb_uri, tz_aware=True)
    try:
        yield client[name]
    finally:
        await client.drop_database(name)
        await client.close()


async def test_the_heartbeat_document_appears_and_advances(db):
    beat = Heartbeat(db, "quality", 0.2, topic_prefix="p.")
    await beat.start()
    try:
        first = await eventually(lambda: db[COLLECTION].find_one({"_id": beat.instance_id}), timeout=10)
        assert first["service"] == "quality" and first["instance_id"] == beat.instance_id
        assert beat.instance_id.startswith("quality:") and first["pid"] > 0 and first["version"]
        assert first["topic_prefix"] == "p." and first["interval_s"] == 0.2 and "stopped_at" not in first

        async def advanced():
            doc = await db[COLLECTION].find_one({"_id": beat.instance_id})
            return doc if doc["at"] > first["at"] else None

        later = await eventually(advanced, timeout=10)
        assert later["started_at"] == first["started_at"]
        assert await db[COLLECTION].count_documents({}) == 1  # replaced, not appended
    finally:
        await beat.stop()
    last = await db[COLLECTION].find_one({"_id": beat.instance_id})
    assert last["stopped_at"] >= last["started_at"]


async def test_a_service_beats_while_it_runs(service_under_test):
    async with service_under_test(acquisition_app, AcquisitionSettings, drop=False, heartbeat_interval_s=0.2) as ctx:
        doc = await eventually(lambda: ctx.db[COLLECTION].find_one({"service": "acquisition"}), timeout=10)
        assert doc["topic_prefix"] == ctx.settings.topic_prefix and doc["interval_s"] == 0.2
        assert "stopped_at" not in doc
    client = AsyncMongoClient(ctx.settings.mongodb_uri, tz_aware=True)
    try:
        # the shutdown hook wrote a last beat, marked stopped: the status leaves the instance out
        doc = await client[ctx.settings.mongodb_db][COLLECTION].find_one({"_id": doc["_id"]})
        assert doc["stopped_at"] is not None
    finally:
        await client.drop_database(ctx.settings.mongodb_db)
        await client.close()


async def test_status_reports_heartbeats_and_lag(infrastructure, db):
    prefix, _ = infrastructure.unique("st")
    settings = BaseServiceSettings(kafka_bootstrap=infrastructure.kafka_bootstrap,
                                   mongodb_uri=infrastructure.mongodb_uri, mongodb_db=db.name, topic_prefix=prefix)
    await ensure_topics(settings)
    await publish(settings.kafka_bootstrap, settings.topic(topics.BATCH_ACQUIRED), *({"n": i} for i in range(5)))
    beats = [Heartbeat(db, name, 0.5, topic_prefix=prefix) for name in ("standardization", "gateway")]
    other = Heartbeat(db, "quality", 0.5, topic_prefix="another.")  # another deployment: not counted
    for b in (*beats, other):
        await b.beat()

    status = await StatusProbe(settings, db).status()

    assert status.kafka.status == "ok" and status.kafka.reachable and status.kafka.brokers >= 1
    assert status.kafka.topics_missing == [] and len(status.kafka.topics_expected) == len(topics.ALL)
    assert status.mongodb.status == "ok" and status.mongodb.latency_ms is not None
    services = {s.name: s for s in status.services}
    assert list(services) == ["acquisition", "standardization", "quality", "production", "gateway"]
    assert services["standardization"].status == "ok" and services["gateway"].status == "ok"
    assert services["quality"].status == "down" and services["quality"].instances == []
    assert status.status == "degraded"  # three services have no heartbeat
    std = services["standardization"]
    assert std.instances[0].healthy and std.instances[0].age_s < 5 and std.last_heartbeat is not None
    assert std.lag == 5 and std.consumer_groups[0].group_id == "standardization"
    assert std.consumer_groups[0].topics == {settings.topic(topics.BATCH_ACQUIRED): 5}
    assert services["acquisition"].lag == 0 and services["gateway"].consumer_groups == []



async def test_lag_counts_from_the_committed_offsets(infrastructure):
    prefix, group = infrastructure.unique("lag")
    settings = BaseServiceSettings(kafka_bootstrap=infrastructure.kafka_bootstrap, topic_prefix=prefix)
    await ensure_topics(settings)
    topic = settings.topic(topics.BATCH_VALIDATED)
    await publish(settings.kafka_bootstrap, topic, *({"n": i} for i in range(5)), key=b"same-partition")
    consumer = AIOKafkaConsumer(bootstrap_servers=settings.kafka_bootstrap, group_id=group, enable_auto_commit=False)
    await consumer.start()
    try:
        parts = [TopicPartition(topic, p) for p in range(topics.BATCH_VALIDATED.partitions)]
        ends = await consumer.end_offsets(parts)
        [full] = [tp for tp in parts if ends[tp] == 5]
        consumer.assign(parts)
        await consumer.commit({full: 3})  # the group has handled 3 of the 5
    finally:
        await consumer.stop()
    kafka, lags = await probe_kafka(settings.kafka_bootstrap, [topic], {group: [topic], "never-ran": [topic]})
    assert kafka.status == "ok"
    assert lags[group].lag == 2 and lags[group].topics == {topic: 2}
    assert lags["never-ran"].lag == 5  # no commit yet: counted from the first offset


async def test_a_stale_heartbeat_is_unhealthy(infrastructure, db):
    settings = BaseServiceSettings(kafka_bootstrap=infrastructure.kafka_bootstrap,
                                   mongodb_uri=infrastructure.mongodb_uri, mongodb_db=db.name, topic_prefix="x.")
    await Heartbeat(db, "production", 0.1, topic_prefix="x.").beat()
    await asyncio.sleep(0.5)
    production = next(s for s in (await StatusProbe(settings, db).status()).services if s.name == "production")
    assert production.status == "down" and production.instances[0].healthy is False
    assert production.age_s >= 0.3


async def test_kafka_down_shows_down_within_seconds(infrastructure, db):
    settings = BaseServiceSettings(kafka_bootstrap="127.0.0.1:1", mongodb_uri=infrastructure.mongodb_uri,
                                   mongodb_db=db.name, topic_prefix="x.")
    started = time.monotonic()
    status = await StatusProbe(settings, db).status()
    assert time.monotonic() - started < 60  # answered, not hung (no timing: a refused port fails at once)
    assert status.status == "down" and status.kafka.status == "down" and not status.kafka.reachable
    assert status.kafka.error and status.mongodb.status == "ok"
    assert all(g.lag is None for s in status.services for g in s.consumer_groups)


async def test_unroutable_kafka_and_mongodb_time_out_instead_of_hanging(db):
    # 10.255.255.1 is not routed: connections hang until the probe's deadline
    # Without the probes' deadlines the answer waits for server selection (300 s here). The
    # bound below only tells "answered" from "hung" (the probes allow a few seconds; a loaded
    # shared machine can stretch that many times over), so it is no timing assertion.
    settings = BaseServiceSettings(kafka_bootstrap="10.255.255.1:9092",
                                   mongodb_uri="mongodb://10.255.255.1:27017/?directConnection=true&"
                                               "serverSelectionTimeoutMS=300000", mongodb_db="x", topic_prefix="x.")
    dead = AsyncMongoClient(settings.mongodb_uri, tz_aware=True)
    try:
        async with asyncio.timeout(120):
            status = await StatusProbe(settings, dead["x"]).status()
    finally:
        await dead.close()
    assert status.status == "down" and status.kafka.status == "down" and status.mongodb.status == "down"
    assert {s.status for s in status.services} == {"unknown"}
