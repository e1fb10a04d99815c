"""Building generations and their exports (the work behind ``production.requests.v1``).

A generation reads its sources' scored conversations a batch at a time (each run's ``scored``
collection, ``shared.scored``, with the run's duplicate decisions applied), drops what the
verdict alone rules out, renders the rest in the template into a local spool file, selects and splits them
(:mod:`services.production.generation`), then writes one JSONL file per split and
``manifest.json`` to the artifact store. An export reads those JSONL files back and writes
them in another format and compression. Progress goes to the generation document as it
goes, and as :class:`~shared.events.GenerationProgress` events to the progress topic (the
gateway forwards them on ``/ws/progress``); a failure marks the generation (or the export)
failed with the error.

Everything is rewritten from scratch when a command is redelivered (files have fixed names,
the content is deterministic), so a crash mid-way costs time, not correctness.
"""

from __future__ import annotations

import asyncio
import hashlib
import logging
import os
import subprocess
import tempfile
from collections import Counter
from collections.abc import Awaitable, Callable, Iterator
from datetime import UTC, datetime
from functools import lru_cache
from pathlib import Path
from typing import IO, Any

import orjson

from services.production.generation import (
    Candidate, counts, group_key, language_of, prefilter, select,
)
from services.production.repository import ProductionRepository
from services.production.templates import TemplateError, render
from shared.artifacts import ArtifactStore, fetch
from shared.conversation import Conversation, Lineage, Message, conversation_key
from shared.events import ExportGeneration, GenerateDataset, GenerationProgress
from shared.heartbeat import project_version
from shared.production import (
    COMPRESSIONS, GENERATION_FORMATS, MANIFEST, SPLITS, CodeVersion, GenerationConfig, GenerationCounts,
    GenerationSource, Manifest, ManifestFile, artifact_name, export_key,
)
from shared.settings import REPO_ROOT
from shared.writers import iter_jsonl, record_schema, write_records

log = logging.getLogger("dp.production.generations")
PROGRESS_EVERY_S = 1.0


def now() -> datetime:
    return datetime.now(UTC)


@lru_cache(maxsize=1)
def code_version() -> CodeVersion:
    """The package version and the git commit (``DP_GIT_COMMIT``, else ``git rev-parse HEAD``
    of the checkout the code runs from, else ``unknown``)."""
    commit = os.environ.get("DP_GIT_COMMIT", "").strip()
    if not commit and (REPO_ROOT / ".git").exists():
        try:
            out = subprocess.run(["git", "rev-parse", "HEAD"], cwd=REPO_ROOT, capture_output=True, text=True,
                                 timeout=5, check=True)
            commit = out.stdout.strip()
        except (OSError, subprocess.SubprocessError):
            commit = ""
    return CodeVersion(version=project_version(), git_commit=commit or "unknown")


def manifest_bytes(manifest: Manifest) -> bytes:
    return orjson.dumps(manifest.model_dump(mode="json"), option=orjson.OPT_INDENT_2) + b"\n"


def _file_order(entry: dict[str, Any]) -> tuple[int, int, int]:
    return (GENERATION_FORMATS.index(entry["format"]), COMPRESSIONS.index(entry["compression"]),
            SPLITS.index(entry["split"]))


class _Prepared:
    """What one chunk of conversations added (built in a worker thread)."""

    def __init__(self) -> None:
        self.candidates: list[Candidate] = []
        self.not_renderable = 0
        self.missing = 0


def prepare_chunk(items: list[dict[str, Any]], index: int, source: GenerationSource, config: GenerationConfig,
                  spool: IO[bytes]) -> _Prepared:
    """Render each scored conversation (``shared.scored``) into the spool and describe it as a
    :class:`Candidate`."""
    out = _Prepared()
    for item in items:
        doc, v, quality = item["conversation"], item["verdict"], item.get("quality") or {}
        # each run stores its own copy, redacted when its policy says so: personal data left in
        # the text means the run only flagged it
        unredacted = "pii_detected" in (quality.get("flags") or [])
        conversation = Conversation(id=doc["id"], messages=[Message(**m) for m in doc["messages"]],
                                    lineage=Lineage(**doc["lineage"]), original_format=doc.get("original_format", ""),
                                    metadata=doc.get("metadata") or {})
        try:
            rendered = render(conversation, config.template)
        except TemplateError:
            out.not_renderable += 1
            continue
        record = {"id": conversation.id, **rendered} if config.include_ids else rendered
        line = orjson.dumps(record) + b"\n"
        offset = spool.tell()
        spool.write(line)
        plain = [{"role": m.role, "content": m.content} for m in conversation.messages]
        out.candidates.append(Candidate(
            id=conversation.id, source=index, run_id=source.run_id, dataset_id=source.dataset_id,
            record_index=conversation.lineage.record_index, part=conversation.lineage.part,
            score=float(v.get("score", 0.0)), passed=bool(v.get("passed")), flags=tuple(v.get("flags") or ()),
            cluster=f"{source.run_id}:{v.get('cluster_id') or conversation.id}", key=conversation_key(plain),
            group=group_key(conversation, config.splits.group_by, source.run_id, v.get("cluster_id")),
            tags=tuple(quality.get("tags") or ()),
            language=language_of(conversation) if config.filters.languages else None,
            sensitive=source.pii_policy == "flag" or unredacted, pii_unredacted=unredacted,
            offset=offset, length=len(line)))
    return out


def spooled_records(spool_path: Path, members: list[Candidate]) -> Iterator[dict[str, Any]]:
    with open(spool_path, "rb") as fh:
        for c in members:
            fh.seek(c.offset)
            yield orjson.loads(fh.read(c.length))


Publish = Callable[[GenerationProgress], Awaitable[None]]


async def _no_publish(event: GenerationProgress) -> None:
    return None


class Generator:
    def __init__(self, repo: ProductionRepository, store: ArtifactStore, work_dir: Path, instance: str,
                 chunk: int = 10_000, publish: Publish = _no_publish) -> None:
        self.repo, self.store, self.work_dir, self.instance, self.chunk = repo, store, work_dir, instance, chunk
        self.publish = publish

    async def _event(self, gid: str, phase: str, processed: int = 0, total: int = 0, *, status: str = "running",
                     export: str | None = None, error: str | None = None) -> None:
        await self.publish(GenerationProgress(run_id=gid, producer="production", generation_id=gid, export=export,
                                              status=status, phase=phase, processed=processed, total=total,
                                              error=error))

    # ------------------------------------------------------------------ generate

    async def generate(self, command: GenerateDataset) -> None:
        gid = command.generation_id
        doc = await self.repo.generation(gid)
        if doc is None:  # a producer other than the gateway: record it now
            doc = {"_id": gid, "status": "queued", "config": command.config.model_dump(mode="json"),
                   "sources": [s.model_dump() for s in command.sources], "created_at": now(),
                   "created_by": command.producer}
            await self.repo.insert_generation(doc)
        elif doc.get("status") == "completed":
            return  # a redelivery of a finished command
        await self.repo.set_generation(gid, {"status": "running", "started_at": now(), "instance": self.instance,
                                             "error": None, "progress": {"phase": "reading", "processed": 0,
                                                                         "total": 0}})
        try:
            fields = await self._generate(gid, doc, command.config, command.sources)
        except Exception as exc:  # noqa: BLE001 - any failure ends the generation visibly
            log.exception("generation %s failed", gid)
            error = f"{type(exc).__name__}: {exc}"[:2000]
            await self.repo.set_generation(gid, {"status": "failed", "finished_at": now(), "error": error})
            await self._event(gid, "failed", status="failed", error=error)
            return
        await self.repo.set_generation(gid, fields)
        total = fields["progress"]["total"]
        await self._event(gid, "done", total, total, status="completed")
        log.info("generation %s completed: %s", gid, fields["counts"]["splits"])

    async def _generate(self, gid: str, doc: dict[str, Any], config: GenerationConfig,
                        sources: list[GenerationSource]) -> dict[str, Any]:
        self.work_dir.mkdir(parents=True, exist_ok=True)
        totals = [await self.repo.scored_count(s.run_id, s.dataset_id) for s in sources]
        total = sum(totals)
        processed = 0
        excluded: Counter = Counter()
        candidates: list[Candidate] = []
        not_renderable = 0
        loop = asyncio.get_running_loop()
        last_progress = loop.time()

        async def progress(phase: str, force: bool = False) -> None:
            nonlocal last_progress
            if force or loop.time() - last_progress >= PROGRESS_EVERY_S:
                last_progress = loop.time()
                await self.repo.set_generation(gid, {"progress": {"phase": phase, "processed": processed,
                                                                  "total": total}})
                await self._event(gid, phase, processed, total)

        await progress("reading", force=True)
        with tempfile.TemporaryDirectory(dir=self.work_dir, prefix=f"{gid}-") as tmp:
            spool_path = Path(tmp) / "spool.jsonl"
            with open(spool_path, "wb") as spool:
                for index, source in enumerate(sources):
                    wanted: list[dict[str, Any]] = []

                    async def flush() -> None:
                        nonlocal not_renderable, processed
                        prepared = await asyncio.to_thread(prepare_chunk, wanted, index, source, config, spool)
                        candidates.extend(prepared.candidates)
                        not_renderable += prepared.not_renderable
                        processed += len(wanted)
                        wanted.clear()
                        await progress("reading")

                    # batches in order, conversations in source order within each
                    async for items in self.repo.scored_batches(source.run_id, source.dataset_id):
                        for item in items:
                            v = item["verdict"]
                            reason = prefilter(bool(v.get("passed")), float(v.get("score", 0.0)),
                                               v.get("flags") or [], config.filters)
                            if reason:
                                excluded[reason] += 1
                                processed += 1
                            else:
                                wanted.append(item)
                        if len(wanted) >= self.chunk:
                            await flush()
                    if wanted:
                        await flush()
            await progress("selecting", force=True)
            selection = await asyncio.to_thread(select, candidates, config, sources, excluded)
            tally = counts(selection, sources, total, not_renderable)
            sensitive = any(c.sensitive for c in selection.selected)
            await progress("writing", force=True)
            files = []
            for split, members in selection.splits.items():
                name = artifact_name(split, "jsonl", "none")
                path = Path(tmp) / name

                def write(path=path, members=members):
                    with open(path, "wb") as fh:
                        return write_records(fh, spooled_records(spool_path, members), "jsonl")

                written = await asyncio.to_thread(write)
                storage = await self.store.put(gid, name, path, {"sha256": written.sha256})
                files.append({"name": name, "split": split, "format": "jsonl", "compression": "none",
                              "records": written.records, "bytes": written.bytes, "sha256": written.sha256,
                              "storage": storage})
            finished = now()
            manifest = Manifest(
                generation_id=gid, created_at=_iso(doc.get("created_at") or finished), finished_at=_iso(finished),
                config=config, sources=sources, counts=GenerationCounts(**tally), sensitive=sensitive,
                code_version=code_version(), files=[ManifestFile(**f) for f in files])
            manifest_file = await self._put_manifest(gid, manifest, Path(tmp))
        return {"status": "completed", "finished_at": finished, "counts": tally, "sensitive": sensitive,
                "artifacts": files, "manifest": manifest.model_dump(mode="json"), "manifest_file": manifest_file,
                "progress": {"phase": "done", "processed": total, "total": total}}

    async def _put_manifest(self, gid: str, manifest: Manifest, tmp: Path) -> dict[str, Any]:
        body = manifest_bytes(manifest)
        path = tmp / MANIFEST
        path.write_bytes(body)
        sha = hashlib.sha256(body).hexdigest()
        storage = await self.store.put(gid, MANIFEST, path, {"sha256": sha})
        return {"name": MANIFEST, "bytes": len(body), "sha256": sha, "storage": storage}

    # ------------------------------------------------------------------ export

    async def export(self, command: ExportGeneration) -> None:
        gid, fmt, compression = command.generation_id, command.format, command.compression
        key = export_key(fmt, compression)
        export_id = f"{gid}:{key}"
        gen = await self.repo.generation(gid)
        if gen is None or gen.get("status") != "completed":
            error = "the generation is not completed"
            await self.repo.set_export(export_id, {"generation_id": gid, "format": fmt, "compression": compression,
                                                   "status": "failed", "finished_at": now(), "error": error})
            await self._event(gid, "failed", status="failed", export=key, error=error)
            return
        splits = [s for s in SPLITS if s in (gen.get("counts") or {}).get("splits", {})]
        names = [artifact_name(s, fmt, compression) for s in splits]
        have = {a["name"] for a in gen.get("artifacts", [])}
        if all(n in have for n in names):
            await self.repo.set_export(export_id, {"status": "completed", "finished_at": now(), "artifacts": names,
                                                   "error": None})
            await self._event(gid, "done", len(splits), len(splits), status="completed", export=key)
            return
        await self.repo.set_export(export_id, {"generation_id": gid, "format": fmt, "compression": compression,
                                               "status": "running", "started_at": now(), "error": None})
        await self._event(gid, "exporting", 0, len(splits), export=key)
        try:
            await self._export(gid, gen, splits, fmt, compression)
        except Exception as exc:  # noqa: BLE001
            log.exception("export %s failed", export_id)
            error = f"{type(exc).__name__}: {exc}"[:2000]
            await self.repo.set_export(export_id, {"status": "failed", "finished_at": now(), "error": error})
            await self._event(gid, "failed", status="failed", export=key, error=error)
            return
        await self.repo.set_export(export_id, {"status": "completed", "finished_at": now(), "artifacts": names})
        await self._event(gid, "done", len(splits), len(splits), status="completed", export=key)

    async def _export(self, gid: str, gen: dict[str, Any], splits: list[str], fmt: str, compression: str) -> None:
        config = GenerationConfig(**gen["config"])
        schema = record_schema(config.template, config.include_ids)
        canonical = {a["name"]: a for a in gen["artifacts"]}
        self.work_dir.mkdir(parents=True, exist_ok=True)
        new = []
        with tempfile.TemporaryDirectory(dir=self.work_dir, prefix=f"{gid}-export-") as tmp:
            for split in splits:
                source = canonical[artifact_name(split, "jsonl", "none")]
                local = Path(tmp) / f"source-{split}.jsonl"
                await fetch(self.repo.db, source["storage"], local)
                name = artifact_name(split, fmt, compression)
                path = Path(tmp) / name

                def write(local=local, path=path):
                    with open(local, "rb") as src, open(path, "wb") as out:
                        return write_records(out, iter_jsonl(src), fmt, compression, schema)

                written = await asyncio.to_thread(write)
                if written.records != source["records"]:
                    raise RuntimeError(f"{name}: wrote {written.records} records of {source['records']}")
                storage = await self.store.put(gid, name, path, {"sha256": written.sha256})
                new.append({"name": name, "split": split, "format": fmt, "compression": compression,
                            "records": written.records, "bytes": written.bytes, "sha256": written.sha256,
                            "storage": storage})
                await self._event(gid, "exporting", len(new), len(splits), export=export_key(fmt, compression))
            names = {a["name"] for a in new}
            artifacts = sorted([a for a in gen["artifacts"] if a["name"] not in names] + new, key=_file_order)
            manifest = Manifest(**gen["manifest"]).model_copy(
                update={"files": [ManifestFile(**{k: a[k] for k in ManifestFile.model_fields}) for a in artifacts]})
            manifest_file = await self._put_manifest(gid, manifest, Path(tmp))
        await self.repo.set_generation(gid, {"artifacts": artifacts, "manifest": manifest.model_dump(mode="json"),
                                             "manifest_file": manifest_file})


def _iso(value: datetime | str) -> str:
    return value if isinstance(value, str) else value.astimezone(UTC).isoformat()
