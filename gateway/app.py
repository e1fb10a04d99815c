"""The gateway app: ``uvicorn --factory gateway.app:create_app``."""

from __future__ import annotations

import logging
import time

import httpx
from contextlib import asynccontextmanager

from fastapi import FastAPI, Request
from faststream.kafka import KafkaBroker
from faststream.kafka.prometheus import KafkaPrometheusMiddleware
from faststream.middlewares import AckPolicy
from prometheus_client import CollectorRegistry, Counter, Histogram

from gateway import problems
from gateway.limits import BodySizeLimit
from gateway.progress import ProgressHub
from gateway.repository import GatewayRepository
from gateway.routes import API_PREFIX, datasets, health, pipeline, standardize, validate, ws
from gateway.settings import GatewaySettings
from shared import topics
from shared.broker import ensure_topics
from shared.logs import configure_logging
from shared.mongo import ensure_indexes, make_mongo

log = logging.getLogger("dp.gateway")


def create_app(settings: GatewaySettings | None = None) -> FastAPI:
    settings = settings or GatewaySettings()
    configure_logging(settings.log_level, settings.log_json)
    if settings.admin_api_key is None:
        log.warning("DP_ADMIN_API_KEY is not set: every /api/v1 request will get 401")
    registry = CollectorRegistry()
    requests_total = Counter("dp_http_requests_total", "HTTP requests", ["method", "route", "status"],
                             registry=registry)
    latency = Histogram("dp_http_request_seconds", "HTTP request latency", ["method", "route"], registry=registry)
    hub = ProgressHub()
    broker = KafkaBroker(
        settings.kafka_bootstrap, client_id="dp-gateway", acks="all", max_request_size=settings.max_message_bytes,
        middlewares=[KafkaPrometheusMiddleware(registry=registry, app_name="gateway")],
        logger=logging.getLogger("dp.gateway.kafka"),
    )

    # No group: every replica sees every progress event. Nothing to commit either.
    @broker.subscriber(settings.topic(topics.RUN_PROGRESS), group_id=None, auto_offset_reset="latest",
                       ack_policy=AckPolicy.ACK_FIRST, title="RunProgress")
    async def on_progress(event: dict) -> None:
        hub.publish(event)

    mongo = make_mongo(settings)
    db = mongo[settings.mongodb_db]

    @asynccontextmanager
    async def lifespan(app: FastAPI):
        await ensure_topics(settings)
        await ensure_indexes(db)
        await broker.start()
        app.state.http = httpx.AsyncClient()
        log.info("gateway ready: kafka=%s db=%s", settings.kafka_bootstrap, settings.mongodb_db)
        try:
            yield
        finally:
            await app.state.http.aclose()
            await broker.stop()
            await mongo.close()

    app = FastAPI(
        title="Dataset Pipeline gateway",
        version="0.1.0",
        description="TechDeck's REST and WebSocket API over the Dataset Pipeline. "
                    "All `/api/v1` routes need `Authorization: Bearer <key>`; errors are RFC 9457 problem documents.",
        lifespan=lifespan,
    )
    app.state.settings = settings
    app.state.registry = registry
    app.state.hub = hub
    app.state.broker = broker
    app.state.repo = GatewayRepository(db)
    problems.install(app)

    @app.middleware("http")
    async def _metrics(request: Request, call_next):
        started = time.perf_counter()
        response = await call_next(request)
        route = request.scope.get("route")
        path = getattr(route, "path", "unmatched")
        requests_total.labels(request.method, path, str(response.status_code)).inc()
        latency.labels(request.method, path).observe(time.perf_counter() - started)
        return response

    app.include_router(health.router)
    app.include_router(pipeline.router)
    app.include_router(standardize.router)
    app.include_router(datasets.router)
    app.include_router(validate.router)
    app.include_router(ws.router)
    app.add_middleware(BodySizeLimit, paths=(f"{API_PREFIX}/pipeline/upload", f"{API_PREFIX}/standardize/file"),
                       limit=settings.max_upload_bytes)
    app.add_middleware(BodySizeLimit, paths=(f"{API_PREFIX}/standardize/batch",
                                             f"{API_PREFIX}/standardize/conversation",
                                             f"{API_PREFIX}/validate/conversation", f"{API_PREFIX}/validate/quality"),
                       limit=16 * 1024 * 1024)
    return app
