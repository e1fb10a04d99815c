"""Intake subscribers: registering datasets (URL, Hugging Face name, server path, uploaded
archive) and merging datasets, from topic ``acquisition.intake.v1`` (group ``acquisition-intake``).

At least once, idempotent: the offset is committed after the work. The dataset document is
inserted once from the command and leaves ``registering``/``merging`` only by a conditional
update, so a redelivered command for a finished dataset does nothing; one that was cut off
by a crash starts again from nothing in the dataset's own folder (deterministic paths, temp
file + rename) and ends in the same files. Progress goes to the progress topic (``run_id``
is the dataset id) and, throttled, to the dataset document.
"""

from __future__ import annotations

import logging
import shutil
import time
from pathlib import Path
from typing import Annotated

import httpx
from pydantic import Field, TypeAdapter, ValidationError

from services.acquisition import intake
from services.acquisition.archives import Limits
from services.acquisition.merge import Merger, MergeError, Parent
from services.acquisition.readers import UnreadableDataset
from services.acquisition.repository import IntakeRepository
from services.acquisition.settings import AcquisitionSettings
from shared import topics
from shared.events import DatasetFailed, DatasetIntakeProgress, DatasetReady, MergeDatasets, RegisterDataset
from shared.file_types import IntakeRefused
from shared.intake import FAILED, MERGING, NOT_READY, READY, REGISTERING, merging_document, registering_document
from shared.run_ledger import now
from shared.service import ServiceContext

log = logging.getLogger("dp.acquisition.intake")
PRODUCER = "acquisition"

IntakeCommand = Annotated[RegisterDataset | MergeDatasets, Field(discriminator="command")]
_COMMAND = TypeAdapter(IntakeCommand)


class _Reporter:
    """Progress of one dataset: every call is an event on the progress topic and a note on the
    document, at most one per ``interval`` seconds (the last one always)."""

    def __init__(self, ctx: ServiceContext, repo: IntakeRepository, dataset_id: str, status: str,
                 interval: float) -> None:
        self.ctx, self.repo, self.dataset_id, self.status, self.interval = ctx, repo, dataset_id, status, interval
        self.at = 0.0

    async def __call__(self, phase: str, records: int = 0, size: int = 0, force: bool = False) -> None:
        if not force and time.monotonic() - self.at < self.interval:
            return
        self.at = time.monotonic()
        fields = {"progress": {"phase": phase, "bytes": size, "records": records}}
        if self.status == MERGING:
            fields["merge.records_read"] = records
        await self.repo.note(self.dataset_id, self.status, fields)
        await self.ctx.progress(DatasetIntakeProgress(run_id=self.dataset_id, producer=PRODUCER,
                                                      dataset_id=self.dataset_id, phase=phase, bytes=size,
                                                      records=records))


def register(ctx: ServiceContext) -> None:
    settings: AcquisitionSettings = ctx.settings  # type: ignore[assignment]
    repo = IntakeRepository(ctx.db)
    limits = intake.IntakeLimits(
        max_bytes=settings.max_upload_bytes, expanded=Limits(settings.expanded_limit, settings.max_expansion_ratio),
        url_timeout_s=settings.url_timeout_s, url_allow_private=settings.url_allow_private,
        url_allowed_hosts=tuple(settings.url_allowed_hosts))
    intake_topic = ctx.topic(topics.INTAKE_COMMANDS)

    @ctx.broker.subscriber(
        intake_topic,
        group_id="acquisition-intake",
        auto_offset_reset="earliest",
        max_poll_interval_ms=settings.max_poll_interval_ms,
        title="IntakeCommands",
    )
    async def on_intake(command: IntakeCommand) -> None:
        if isinstance(command, MergeDatasets):
            await merge(command)
        else:
            await register_dataset(command)

    async def fail(dataset_id: str, status: str, reason: str, detail: str) -> None:
        log.warning("dataset %s failed: %s: %s", dataset_id, reason, detail)
        if await repo.finish(dataset_id, status, {"status": FAILED, "failure": {"reason": reason, "detail": detail},
                                                  "error": f"{reason}: {detail}"[:500], "finished_at": now()}):
            await ctx.progress(DatasetFailed(run_id=dataset_id, producer=PRODUCER, dataset_id=dataset_id,
                                             reason=reason, detail=detail[:2000]))

    async def ready(dataset_id: str, status: str, fields: dict) -> None:
        if await repo.finish(dataset_id, status, {**fields, "status": READY, "finished_at": now()}):
            log.info("dataset %s ready (%d bytes)", dataset_id, fields["bytes"])
            await ctx.progress(DatasetReady(run_id=dataset_id, producer=PRODUCER, dataset_id=dataset_id,
                                            bytes=fields["bytes"], sha256=fields["sha256"]))

    def folder_of(cmd: RegisterDataset) -> Path:
        return Path(settings.data_dir) / "uploads" / cmd.dataset_id

    async def register_dataset(cmd: RegisterDataset) -> None:
        doc = await repo.begin(registering_document(cmd))
        if doc.get("status") != REGISTERING:
            log.info("dataset %s is %s already: nothing to do", cmd.dataset_id, doc.get("status"))
            return
        report = _Reporter(ctx, repo, cmd.dataset_id, REGISTERING, settings.intake_progress_interval_s)

        async def progress(phase: str, size: int) -> None:
            await report(phase, size=size)

        folder = folder_of(cmd)
        try:
            if cmd.source == "url":
                fields = await intake.load_url(cmd.url or "", folder, limits, progress)
            elif cmd.source == "hf":
                fields = await intake.load_hf(cmd.hf_name or "", cmd.hf_config, cmd.hf_split, folder / "hf",
                                              settings.hf_cache_dir, progress)
            elif cmd.source == "path":
                fields = await intake.load_path(cmd.path or "", [Path(r).resolve() for r in settings.load_roots],
                                                progress)
            else:
                fields = await intake.unpack_upload(Path(cmd.path or ""), cmd.upload_bytes or 0,
                                                    cmd.upload_sha256 or "", limits, progress)
        except IntakeRefused as exc:
            if cmd.source != "path":
                shutil.rmtree(folder, ignore_errors=True)
            await fail(cmd.dataset_id, REGISTERING, exc.reason, exc.detail or exc.title)
            return
        downloaded_name = fields.pop("downloaded_name", None)
        if cmd.name is None and downloaded_name:
            fields["name"] = downloaded_name
        await report("registered", size=fields["bytes"], force=True)
        await ready(cmd.dataset_id, REGISTERING, fields)
        if cmd.source == "upload" and "archive" in fields:
            Path(cmd.path or "").unlink(missing_ok=True)  # the zip, once its data file is registered

    async def merge(cmd: MergeDatasets) -> None:
        doc = await repo.begin(merging_document(cmd, settings.data_dir))
        if doc.get("status") != MERGING:
            log.info("merge %s is %s already: nothing to do", cmd.dataset_id, doc.get("status"))
            return
        ids = list(dict.fromkeys(cmd.parent_ids))
        found = await repo.parents(ids)
        missing = [i for i in ids if i not in found]
        if missing:
            await fail(cmd.dataset_id, MERGING, "dataset_not_found", f"no dataset with id {missing[0][:64]!r}")
            return
        unready = [i for i in ids if found[i].get("status") in NOT_READY]
        if unready:
            await fail(cmd.dataset_id, MERGING, "dataset_not_ready",
                       f"dataset {unready[0]!r} is {found[unready[0]].get('status')}")
            return
        parents = [Parent(dataset_id=i, name=found[i]["name"], path=Path(found[i]["path"]),
                          declared_format=found[i].get("declared_format"), created_at=found[i]["created_at"],
                          mapping=found[i].get("mapping"))
                   for i in ids]
        report = _Reporter(ctx, repo, cmd.dataset_id, MERGING, settings.intake_progress_interval_s)

        async def progress(phase: str, records: int, size: int) -> None:
            await report(phase, records=records, size=size, force=phase == "writing")

        try:
            async with httpx.AsyncClient(trust_env=False) as http:
                merger = Merger(http=http, standardization_url=settings.standardization_url,
                                quality_url=settings.quality_url, timeout_s=settings.service_timeout_s * 4)
                result = await merger.merge(parents, cmd.conflict_policy, Path(doc["path"]), progress)
        except (MergeError, UnreadableDataset) as exc:
            await fail(cmd.dataset_id, MERGING, exc.reason, exc.detail)
            return
        await ready(cmd.dataset_id, MERGING, {
            "bytes": result.bytes, "sha256": result.sha256, "merge.records_read": result.records_read,
            "merge.conversations_in": result.conversations_in, "merge.conversations_out": result.conversations_out,
            "merge.conflicts_resolved": result.conflicts_resolved, "merge.kept_by_parent": result.kept_by_parent,
            "merge.reject_reasons": result.reject_reasons})

    async def give_up(letter) -> bool:
        """An intake command that kept failing (a service down, the store unreachable...): its
        dataset fails with reason ``intake_error`` instead of staying in progress for ever."""
        if letter.topic != intake_topic:
            return False
        try:
            cmd = _COMMAND.validate_json(letter.payload)
        except ValidationError:
            return True
        status = MERGING if isinstance(cmd, MergeDatasets) else REGISTERING
        await fail(cmd.dataset_id, status, "intake_error", letter.error[:1000])
        return True

    ctx.give_up = give_up
