"""Production's second subscriber: generation and export commands (``production.requests.v1``,
consumer group ``production-requests``), keyed by generation id so one instance handles a
generation's commands one after another and is the only writer of its documents.

A separate consumer group from the batch subscriber: a generation can take minutes, and its
consumer must not hold up (or be rebalanced with) the run batches. Its poll interval is
raised to match (``DP_PRODUCTION_REQUEST_MAX_POLL_INTERVAL_MS``).
"""

from __future__ import annotations

from typing import Annotated

from pydantic import Field

from services.production.generator import Generator
from services.production.repository import ProductionRepository
from services.production.settings import ProductionSettings
from shared import topics
from shared.artifacts import ArtifactStore
from shared.events import ExportGeneration, GenerateDataset
from shared.heartbeat import instance_id
from shared.service import ServiceContext

GROUP = "production-requests"
ProductionRequest = Annotated[GenerateDataset | ExportGeneration, Field(discriminator="command")]


def register(ctx: ServiceContext) -> None:
    settings = ctx.settings
    assert isinstance(settings, ProductionSettings)
    generator = Generator(ProductionRepository(ctx.db), ArtifactStore(ctx.db, settings.artifact_dir),
                          settings.data_dir / "production-work", instance_id("production"),
                          chunk=settings.conversation_chunk, publish=ctx.progress)

    @ctx.broker.subscriber(ctx.topic(topics.PRODUCTION_REQUESTS), group_id=GROUP, auto_offset_reset="earliest",
                           max_poll_interval_ms=settings.request_max_poll_interval_ms,
                           max_partition_fetch_bytes=settings.max_message_bytes, title="ProductionRequests")
    async def on_request(command: ProductionRequest) -> None:
        if isinstance(command, GenerateDataset):
            await generator.generate(command)
        else:
            await generator.export(command)
