"""``/readyz`` for real: ready while Kafka and MongoDB answer, 503 with the reason while one
does not, ready again once it is back. ``/livez`` answers whatever is down. No key needed."""

from __future__ import annotations

import asyncio
import time
from contextlib import asynccontextmanager

import httpx
import pytest
from pymongo import AsyncMongoClient

from gateway.app import create_app as create_gateway
from gateway.settings import GatewaySettings
from services.standardization.app import create_app as create_standardization
from services.standardization.settings import StandardizationSettings
from tests.support.tcp_proxy import TcpProxy

pytestmark = pytest.mark.integration
CLOSED_PORT = "127.0.0.1:9"


def client_for(app) -> httpx.AsyncClient:
    return httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://pod")


@asynccontextmanager
async def started_service(infrastructure, tmp_path, mongodb_uri: str):
    prefix, db_name = infrastructure.unique("ready")
    app = create_standardization(StandardizationSettings(
        kafka_bootstrap=infrastructure.kafka_bootstrap, mongodb_uri=mongodb_uri, mongodb_db=db_name,
        topic_prefix=prefix, data_dir=tmp_path))
    await app.start()
    try:
        yield app
    finally:
        await app.stop()
        client = AsyncMongoClient(infrastructure.mongodb_uri)
        await client.drop_database(db_name)
        await client.close()


async def wait_for_status(client: httpx.AsyncClient, status: int, within_s: float = 30.0) -> httpx.Response:
    deadline = time.monotonic() + within_s
    while True:
        answer = await client.get("/readyz")
        if answer.status_code == status or time.monotonic() > deadline:
            return answer
        await asyncio.sleep(0.5)


async def test_a_service_is_ready_then_not_while_mongodb_is_cut_then_ready_again(infrastructure, tmp_path):
    mongo_host = infrastructure.mongodb_uri.split("//", 1)[1].split("/", 1)[0]
    proxy = TcpProxy(mongo_host)
    await proxy.start()
    uri = infrastructure.mongodb_uri.replace(mongo_host, proxy.address)
    try:
        async with started_service(infrastructure, tmp_path, uri) as app, client_for(app) as client:
            ready = await client.get("/readyz")
            assert ready.status_code == 200, ready.text
            body = ready.json()
            assert body["status"] == "ready" and body["checks"]["kafka"]["ok"] and body["checks"]["mongodb"]["ok"]
            assert ready.headers["cache-control"] == "no-store"

            await proxy.cut()
            down = await client.get("/readyz")
            assert down.status_code == 503, down.text
            body = down.json()
            assert body["status"] == "not ready" and body["reason"].startswith("mongodb: ")
            assert body["checks"]["kafka"]["ok"] is True and body["checks"]["mongodb"]["ok"] is False
            assert mongo_host not in down.text and proxy.address not in down.text  # no addresses without a key
            live = await client.get("/livez")
            assert live.status_code == 200 and live.json() == {"status": "ok"}

            await proxy.start()
            back = await wait_for_status(client, 200)
            assert back.status_code == 200, back.text
    finally:
        await proxy.cut()


async def test_a_service_pointed_at_a_closed_kafka_port_is_not_ready_and_says_why(infrastructure, tmp_path):
    _, db_name = infrastructure.unique("ready")
    app = create_standardization(StandardizationSettings(
        kafka_bootstrap=CLOSED_PORT, mongodb_uri=infrastructure.mongodb_uri, mongodb_db=db_name, data_dir=tmp_path))
    with pytest.raises(Exception):  # noqa: B017 - whatever aiokafka raises: the service cannot start
        await asyncio.wait_for(app.start(), 30)
    async with client_for(app) as client:
        answer = await client.get("/readyz")
        live = await client.get("/livez")
    await app.stop()
    assert answer.status_code == 503, answer.text
    body = answer.json()
    assert body["reason"].startswith("kafka: ") and "mongodb" not in body["reason"]
    assert body["checks"]["mongodb"]["ok"] is True and body["checks"]["kafka"]["ok"] is False
    assert live.status_code == 200


async def test_the_gateway_is_ready_without_a_key_and_not_ready_without_mongodb(infrastructure, tmp_path):
    prefix, db_name = infrastructure.unique("ready")
    mongo_host = infrastructure.mongodb_uri.split("//", 1)[1].split("/", 1)[0]
    proxy = TcpProxy(mongo_host)
    await proxy.start()
    app = create_gateway(GatewaySettings(
        kafka_bootstrap=infrastructure.kafka_bootstrap, mongodb_uri=infrastructure.mongodb_uri.replace(
            mongo_host, proxy.address), mongodb_db=db_name, topic_prefix=prefix, data_dir=tmp_path,
        admin_api_key="k" * 40))
    try:
        async with app.router.lifespan_context(app), client_for(app) as client:
            assert (await client.get("/api/v1/system/status")).status_code == 401  # the API needs a key
            ready = await client.get("/readyz")
            assert ready.status_code == 200 and ready.json()["status"] == "ready", ready.text
            await proxy.cut()
            down = await client.get("/readyz")
            assert down.status_code == 503 and down.json()["reason"].startswith("mongodb: "), down.text
            assert (await client.get("/livez")).status_code == 200
            await proxy.start()
            assert (await wait_for_status(client, 200)).status_code == 200
    finally:
        await proxy.cut()
        client = AsyncMongoClient(infrastructure.mongodb_uri)
        await client.drop_database(db_name)
        await client.close()
