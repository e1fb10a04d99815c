"""Wiring shared by the four services: one place builds broker, MongoDB, metrics and app.

Each service's ``app.py`` calls :func:`build_service` with its settings and its
``handlers.register`` function; nothing is connected at import time.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any

from pydantic import ValidationError

from faststream.asgi import AsgiFastStream, make_ping_asgi
from faststream.kafka import KafkaBroker
from prometheus_client import CollectorRegistry, make_asgi_app
from pymongo import AsyncMongoClient
from pymongo.asynchronous.database import AsyncDatabase

from shared import topics
from shared.broker import ensure_topics, make_broker
from shared.events import BatchRef, DeadLetter, RunFailed, StageProgress
from shared.heap import HeapSettler, settle
from shared.heartbeat import Heartbeat
from shared.http.edge import Edge, HttpMetrics, configure_access_log
from shared.http.problems import not_found
from shared.lag import ConsumerLagExporter
from shared.logs import configure_logging
from shared.metrics import PipelineMetrics, StoreLatencyListener, failure_reason
from shared.mongo import ensure_indexes, make_mongo
from shared.readiness import Readiness, kafka_check, livez_asgi, mongo_check, readyz_asgi
from shared.run_ledger import RunLedger, tolerance_breach
from shared.settings import BaseServiceSettings

log = logging.getLogger("dp.service")


@dataclass
class ServiceContext:
    service: str
    settings: BaseServiceSettings
    broker: KafkaBroker
    mongo: AsyncMongoClient
    db: AsyncDatabase
    ledger: RunLedger
    metrics: PipelineMetrics
    registry: CollectorRegistry
    # What to do with a message this service gave up on (set by its handlers): True if it was
    # accounted for (the run goes on), False to fail its run.
    give_up: Callable[[DeadLetter], Awaitable[bool]] | None = None

    def topic(self, t: topics.Topic) -> str:
        return self.settings.topic(t)

    async def progress(self, event) -> None:
        await self.broker.publish(event, topic=self.topic(topics.RUN_PROGRESS), key=event.run_id.encode())

    async def give_up_batch(self, letter: DeadLetter, model: type[BatchRef],
                            send_on: Callable[[BatchRef], Awaitable[None]] | None = None,
                            records: Callable[[BatchRef], int] | None = None) -> bool:
        """Account for a batch this stage gave up on: record it done with its source records
        failed, let ``send_on`` pass an empty batch (``failed_stage`` set) to the next stage so
        the run can still complete, and fail the run once its failed records pass its error
        tolerance. False when the message does not say which batch it was (the run fails)."""
        try:
            batch = model.model_validate_json(letter.payload)
        except ValidationError:
            return False
        run_id = batch.run_id
        if await self.ledger.is_finished(run_id):
            return True
        if batch.failed_stage:  # an upstream stage gave up on it already and counted its records
            n = 0
        else:
            n = records(batch) if records else await self.ledger.batch_records(run_id, batch.batch_index)
        counted = await self.ledger.record_failure(
            run_id, self.service, batch.batch_index, letter.error, total_batches=batch.total_batches,
            dataset_id=batch.dataset_id, records=n)
        if counted:
            log.warning("run %s: %s gave up on batch %d: %s", run_id, self.service, batch.batch_index, letter.error)
            await self.progress(StageProgress(run_id=run_id, producer=self.service, stage=self.service,
                                              batch_index=batch.batch_index, counts={"failed": n},
                                              note=f"gave up on the batch after retries: {letter.error[:500]}"))
            if send_on is not None:
                await send_on(batch)
        state = await self.ledger.state(run_id)
        reason = tolerance_breach(state) if state else None
        if reason and await self.ledger.fail(run_id, self.service, reason):
            await self.progress(RunFailed(run_id=run_id, producer=self.service, stage=self.service, error=reason))
        return True


@dataclass(frozen=True)
class _Route:
    path: str  # the label of the request in dp_http_requests_total


class ServiceApp(AsgiFastStream):
    """FastStream's ASGI app with the HTTP edge (``shared.http.edge``) around its routes: every
    answer carries an ``X-Request-ID``, is counted in ``dp_http_requests_total`` and logged on
    ``dp.<service>.access``; an unknown route is a 404 problem document and an unhandled error a
    500 one, logged with its stack under the request id."""

    def __init__(self, *args: Any, service: str, http_metrics: HttpMetrics, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.edge = Edge(self._route, metrics=http_metrics, log=logging.getLogger(f"dp.{service}"),
                         access_log=configure_access_log(f"dp.{service}.access"), route_of=self._route_of)

    async def __call__(self, scope, receive, send) -> None:
        if scope["type"] == "lifespan":
            await super().__call__(scope, receive, send)
        else:
            await self.edge(scope, receive, send)

    def _route_of(self, scope) -> tuple[_Route | None, dict[str, Any]]:
        known = scope["type"] == "http" and any(scope["path"] == path for path, _ in self.routes)
        return (_Route(scope["path"]) if known else None), {}

    async def _route(self, scope, receive, send) -> None:
        if scope["type"] == "http":
            for path, app in self.routes:
                if scope["path"] == path:
                    await app(scope, receive, send)
                    return
        await not_found(scope, receive, send)


def build_service(
    service: str,
    settings: BaseServiceSettings,
    register: Callable[[ServiceContext], None],
    on_startup: Callable[[ServiceContext], Awaitable[None]] | None = None,
    http_routes: list[tuple[str, Any]] | None = None,
) -> AsgiFastStream:
    configure_logging(settings.log_level, settings.log_json)
    registry = CollectorRegistry()
    metrics = PipelineMetrics(registry)
    mongo = make_mongo(settings, event_listeners=[StoreLatencyListener(registry)])
    db = mongo[settings.mongodb_db]
    ledger = RunLedger(db)
    ledger.on_finished = lambda status: metrics.runs.labels(status).inc()
    ctx: ServiceContext | None = None

    async def on_dead_letter(letter: DeadLetter) -> None:
        assert ctx is not None
        log.error("dead-lettering %s[%d]@%d: %s", letter.topic, letter.partition, letter.offset, letter.error)
        await ctx.broker.publish(letter, topic=ctx.topic(topics.DEAD_LETTER), key=(letter.run_id or "").encode())
        metrics.dead_letters.labels(service, letter.topic, failure_reason(letter.error)).inc()
        if letter.run_id and ctx.give_up is not None and await ctx.give_up(letter):
            return
        if letter.run_id and await ledger.fail(letter.run_id, service, f"dead-lettered: {letter.error}"):
            await ctx.progress(RunFailed(run_id=letter.run_id, producer=service, stage=service, error=letter.error))

    broker = make_broker(settings, service=service, registry=registry, on_dead_letter=on_dead_letter,
                         on_retry=lambda exc: metrics.retries.labels(service, failure_reason(exc)).inc(),
                         settler=HeapSettler())
    ctx = ServiceContext(service, settings, broker, mongo, db, ledger, metrics, registry)
    register(ctx)

    async def startup() -> None:
        await ensure_topics(settings)
        await ensure_indexes(db)
        if on_startup is not None:
            await on_startup(ctx)
        log.info("%s starting: kafka=%s mongodb db=%s prefix=%r", service, settings.kafka_bootstrap,
                 settings.mongodb_db, settings.topic_prefix)

    heartbeat = Heartbeat(db, service, settings.heartbeat_interval_s, topic_prefix=settings.topic_prefix)
    lag = ConsumerLagExporter(
        settings.kafka_bootstrap,
        {f"{settings.topic_prefix}{group}": [settings.topic(t) for t in group_topics]
         for group, group_topics in topics.CONSUMER_GROUPS.items() if topics.group_service(group) == service},
        metrics.consumer_lag, settings.lag_interval_s, client_id=f"dp-{service}-lag")

    async def after_startup() -> None:
        await heartbeat.start()
        await lag.start()
        settle("start-up")  # the collector stops traversing what start-up built (shared.heap)

    async def on_shutdown() -> None:
        await lag.stop()
        await heartbeat.stop()

    async def shutdown() -> None:
        await mongo.close()

    app = ServiceApp(
        broker,
        asgi_routes=[
            ("/metrics", make_asgi_app(registry)),
            ("/healthz", make_ping_asgi(broker, timeout=5.0)),
            # Kubernetes probes (shared.readiness): liveness checks nothing, readiness Kafka and MongoDB
            ("/livez", livez_asgi),
            ("/readyz", readyz_asgi(Readiness({"kafka": kafka_check(broker), "mongodb": mongo_check(db)}))),
            *(http_routes or []),
        ],
        on_startup=[startup],
        after_startup=[after_startup],
        on_shutdown=[on_shutdown],
        after_shutdown=[shutdown],
        service=service,
        http_metrics=HttpMetrics(registry),
    )
    app.dp_context = ctx  # tests reach the wiring through the app
    return app
