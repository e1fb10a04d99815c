"""The gateway app: ``uvicorn --factory gateway.app:create_app``."""

from __future__ import annotations

import asyncio
import logging

import httpx
from contextlib import asynccontextmanager

from fastapi import Depends, FastAPI
from fastapi.middleware.cors import CORSMiddleware
from faststream.kafka import KafkaBroker
from faststream.kafka.prometheus import KafkaPrometheusMiddleware
from faststream.middlewares import AckPolicy
from prometheus_client import CollectorRegistry
from starlette.requests import HTTPConnection

from gateway import edge
from gateway.audit import AuditTrail, websocket_status
from gateway.dashboard_static import mount_dashboard
from gateway.auth import KeyStore, document_scopes
from gateway.ratelimit import RateLimiter
from gateway.progress import ProgressHub
from gateway.repository import GatewayRepository
from gateway.routes import (
    API_PREFIX, datasets, exports, health, ingest, keys, overview, runs, standardize, system, uploads, validate, ws,
)
from gateway.routes import audit as audit_routes
from gateway.routes import detection as detection_routes
from gateway.routes import production as production_routes
from shared.status import StatusProbe
from gateway.settings import GatewaySettings
from shared import topics
from shared.broker import FETCH_MAX_WAIT_MS, FaultInjected, ensure_topics, parse_fault
from shared.logs import configure_logging
from shared.heartbeat import Heartbeat
from shared.mongo import ensure_indexes, make_mongo
from shared.metrics import StoreLatencyListener, runs_counter
from shared.readiness import Readiness, kafka_check, mongo_check
from shared.http import docs_pages, handlers
from shared.http.edge import Edge, HttpMetrics, configure_access_log
from shared.http.limits import BodySizeLimit, JsonBodyGuard
from shared.http.problems import problem_openapi

log = logging.getLogger("dp.gateway")
EXPOSED_HEADERS = ["X-Request-ID", "Retry-After", "RateLimit-Limit", "RateLimit-Remaining", "RateLimit-Reset",
                   "RateLimit-Policy", "X-Content-SHA256", "Content-Disposition", "Location"]


def operation_id(route) -> str:
    """Stable, readable operationIds for generated clients: ``<tag>_<function>``."""
    return f"{route.tags[0]}_{route.name}" if route.tags else route.name


class GatewayApp(FastAPI):
    """FastAPI with :class:`shared.http.edge.Edge` (and the audit hook, ``gateway.edge``) and CORS
    *outside* Starlette's ServerErrorMiddleware (which ``add_middleware`` cannot reach): a 500
    carries the request id, is counted, logged, audited and readable by a browser like any other
    answer."""

    def build_middleware_stack(self):
        inner = super().build_middleware_stack()
        return Edge(CORSMiddleware(inner, **self.state.cors), metrics=self.state.http_metrics, log=log,
                    access_log=self.state.access_log, websocket_status=websocket_status, after=edge.audit)


def fault_hook(markers: list[bytes]):
    """Tests only (``DP_FAULT_INJECT=gateway:<marker>``): a request whose path or query string
    holds ``marker`` raises inside its route, as a bug in a handler would."""

    async def inject_fault(connection: HTTPConnection) -> None:  # HTTP and WebSocket routes alike
        target = connection.url.path.encode() + b"?" + connection.url.query.encode()
        if any(marker in target for marker in markers):
            raise FaultInjected(f"fault injected in gateway ({connection.url.path})")

    return inject_fault


def create_app(settings: GatewaySettings | None = None) -> FastAPI:
    settings = settings or GatewaySettings()
    configure_logging(settings.log_level, settings.log_json)
    access_log = configure_access_log("dp.gateway.access")
    if settings.admin_api_key is None:
        log.warning("DP_ADMIN_API_KEY is not set: every /api/v1 request will get 401")
    registry = CollectorRegistry()
    hub = ProgressHub()
    broker = KafkaBroker(
        settings.kafka_bootstrap, client_id="dp-gateway", acks="all", max_request_size=settings.max_message_bytes,
        middlewares=[KafkaPrometheusMiddleware(registry=registry, app_name="gateway")],
        logger=logging.getLogger("dp.gateway.kafka"),
    )

    # No group: every replica sees every progress event. Nothing to commit either.
    @broker.subscriber(settings.topic(topics.RUN_PROGRESS), group_id=None, auto_offset_reset="latest",
                       ack_policy=AckPolicy.ACK_FIRST, fetch_max_wait_ms=FETCH_MAX_WAIT_MS, title="RunProgress")
    async def on_progress(event: dict) -> None:
        hub.publish(event)

    mongo = make_mongo(settings, event_listeners=[StoreLatencyListener(registry)])
    db = mongo[settings.mongodb_db]
    heartbeat = Heartbeat(db, "gateway", settings.heartbeat_interval_s, topic_prefix=settings.topic_prefix)
    repo = GatewayRepository(db)
    runs_ended = runs_counter(registry)  # the gateway ends runs it cancels
    repo.ledger.on_finished = lambda status: runs_ended.labels(status).inc()
    audit_topic = settings.topic(topics.AUDIT_EVENTS)

    async def publish_audit(event) -> None:
        await broker.publish(event.model_dump(mode="json"), audit_topic, key=(event.key_id or "anonymous").encode())

    audit = AuditTrail(repo.insert_audit_events, publish_audit, registry,
                       flush_interval_s=settings.audit_flush_interval_s, batch_size=settings.audit_batch_size,
                       buffer_max=settings.audit_buffer_max)

    @asynccontextmanager
    async def lifespan(app: FastAPI):
        await ensure_topics(settings)
        await ensure_indexes(db)
        backfill = asyncio.gather(repo.index_run_statuses(),  # runs stored before they had a status field
                                  repo.load_legacy_validation_ids())  # validations stored before day-keyed ids
        await broker.start()
        await audit.start()
        await heartbeat.start()
        app.state.http = httpx.AsyncClient()
        log.info("gateway ready: kafka=%s db=%s", settings.kafka_bootstrap, settings.mongodb_db)
        try:
            yield
        finally:
            backfill.cancel()
            await app.state.http.aclose()
            await heartbeat.stop()
            await audit.stop()  # after the last request (uvicorn drains them first): stores what is buffered
            await broker.stop()
            await mongo.close()

    faults = parse_fault(settings.fault_inject, "gateway")
    app = GatewayApp(
        title="Dataset Pipeline gateway",
        version="0.1.0",
        description="TechDeck's REST and WebSocket API over the Dataset Pipeline. "
                    "All `/api/v1` routes need `Authorization: Bearer <key>`; errors are RFC 9457 problem documents. "
                    "WebSockets (`/ws/runs/{run_id}`, `/ws/progress`) are described in docs/api.md; the Kafka side "
                    "in `/asyncapi.json`.",
        lifespan=lifespan,
        docs_url=None, redoc_url=None,  # /docs and /redoc without a CDN: shared/http/docs_pages.py
        generate_unique_id_function=operation_id,
        dependencies=[Depends(fault_hook([m for m, _ in faults]))] if faults else None,
    )
    app.state.settings = settings
    app.state.registry = registry
    app.state.hub = hub
    app.state.broker = broker
    app.state.repo = repo
    app.state.audit = audit
    # Counted by the edge (outside the error handler, so 500s count too).
    app.state.http_metrics = HttpMetrics(registry)
    app.state.access_log = access_log
    app.state.cors = dict(allow_origins=settings.cors_origins, allow_credentials=False,
                          allow_methods=["GET", "POST", "DELETE", "OPTIONS"],
                          allow_headers=["Authorization", "Content-Type", "X-Request-ID"],
                          expose_headers=EXPOSED_HEADERS, max_age=600)
    secret = settings.admin_api_key.get_secret_value() if settings.admin_api_key else None
    app.state.keys = KeyStore(db, secret, settings.key_cache_s)
    app.state.limiter = RateLimiter(db, settings.rate_limits)
    app.state.status_probe = StatusProbe(settings, db)
    app.state.readiness = Readiness({"kafka": kafka_check(broker), "mongodb": mongo_check(db)})  # GET /readyz
    handlers.install(app, log)

    # in this order: it is the OpenAPI document's
    for router in (health.router, uploads.router, runs.router, exports.router, standardize.router, datasets.router,
                   uploads.datasets_router, validate.router, keys.router, overview.router, ingest.router, ws.router,
                   system.router, system.docs_router, production_routes.router, audit_routes.router,
                   detection_routes.router):
        app.include_router(router)
    docs_pages.install(app)  # /docs, /redoc, /asyncapi and their assets, offline
    mount_dashboard(app)  # /dashboard/: the built dashboard, or a page saying how to build it
    app.add_middleware(BodySizeLimit, paths=(f"{API_PREFIX}/pipeline/upload", f"{API_PREFIX}/standardize/file"),
                       limit=settings.max_upload_bytes)
    app.add_middleware(BodySizeLimit, paths=(f"{API_PREFIX}/standardize/batch",
                                             f"{API_PREFIX}/standardize/conversation",
                                             f"{API_PREFIX}/validate/conversation", f"{API_PREFIX}/validate/quality"),
                       limit=16 * 1024 * 1024)
    app.add_middleware(JsonBodyGuard, limit=settings.max_json_bytes)
    # Request id, metrics, access log, audit and CORS wrap all of this: see GatewayApp.

    def openapi() -> dict:
        if app.openapi_schema is None:
            from fastapi.openapi.utils import get_openapi
            schema = get_openapi(title=app.title, version=app.version, description=app.description,
                                 routes=app.routes, tags=app.openapi_tags)
            app.openapi_schema = document_scopes(problem_openapi(schema), app.routes)
        return app.openapi_schema

    app.openapi = openapi
    return app
