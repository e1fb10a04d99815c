"""Where generation files live: MongoDB GridFS (default) or a shared directory.

GridFS: one bucket per generation (``artifacts_<generation_id>.files`` / ``.chunks``), each
file under the id ``<name>`` (``train.jsonl``, ``manifest.json``...). One bucket per
generation because FerretDB 1.24 serves ``chunks.find({files_id})`` as a scan of the whole
chunks collection (measured: 7 s to open a 50-byte file beside 100 MB of others): a bucket
holds only its generation's files, so opening one reads at most a few times its size, and a
generation's files go with one ``drop``. On MongoDB the chunk index makes this moot.

Directory (``DP_PRODUCTION_ARTIFACT_DIR``, a disk every production and gateway process
mounts): ``<dir>/<generation_id>/<name>``, written under a temporary name and renamed.

Either way the producing service records a ``storage`` document per file (``{"kind":
"gridfs", "bucket", "file_id"}`` or ``{"kind": "dir", "path"}``) and readers open exactly that.
"""

from __future__ import annotations

import asyncio
import os
import shutil
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

from gridfs import AsyncGridFSBucket, NoFile
from pymongo.asynchronous.database import AsyncDatabase

CHUNK_BYTES = 1024 * 1024  # GridFS chunk (below the 16 MiB document limit) and read size


def bucket_name(generation_id: str) -> str:
    return f"artifacts_{generation_id}"


class ArtifactStore:
    def __init__(self, db: AsyncDatabase, directory: Path | None = None) -> None:
        self.db = db
        self.directory = directory

    async def put(self, generation_id: str, name: str, source: Path, metadata: dict[str, Any] | None = None
                  ) -> dict[str, Any]:
        """Store the local file ``source`` as the generation's ``name`` (replacing it)."""
        if self.directory is not None:
            target = self.directory / generation_id / name
            await asyncio.to_thread(_copy_atomic, source, target)
            return {"kind": "dir", "path": str(target)}
        bucket = AsyncGridFSBucket(self.db, bucket_name=bucket_name(generation_id), chunk_size_bytes=CHUNK_BYTES)
        try:
            await bucket.delete(name)  # a redelivered command writes the file again
        except NoFile:
            pass
        stream = bucket.open_upload_stream_with_id(name, name, metadata=metadata or {})
        try:
            with open(source, "rb") as fh:
                while block := await asyncio.to_thread(fh.read, CHUNK_BYTES):
                    await stream.write(block)
        except BaseException:
            await stream.abort()
            raise
        await stream.close()
        return {"kind": "gridfs", "bucket": bucket_name(generation_id), "file_id": name}

    async def drop(self, generation_id: str) -> None:
        if self.directory is not None:
            await asyncio.to_thread(shutil.rmtree, self.directory / generation_id, True)
        else:
            name = bucket_name(generation_id)
            await self.db.drop_collection(f"{name}.files")
            await self.db.drop_collection(f"{name}.chunks")


async def read_chunks(db: AsyncDatabase, storage: dict[str, Any]) -> AsyncIterator[bytes]:
    """The stored file's bytes, a chunk at a time (nothing held whole in memory)."""
    if storage["kind"] == "dir":
        with open(storage["path"], "rb") as fh:
            while block := await asyncio.to_thread(fh.read, CHUNK_BYTES):
                yield block
        return
    bucket = AsyncGridFSBucket(db, bucket_name=storage["bucket"])
    stream = await bucket.open_download_stream(storage["file_id"])
    try:
        while block := await stream.readchunk():
            yield block
    finally:
        await stream.close()


async def exists(db: AsyncDatabase, storage: dict[str, Any]) -> bool:
    if storage["kind"] == "dir":
        return Path(storage["path"]).is_file()
    doc = await db[f"{storage['bucket']}.files"].find_one({"_id": storage["file_id"]}, {"_id": 1})
    return doc is not None


async def fetch(db: AsyncDatabase, storage: dict[str, Any], target: Path) -> None:
    """Copy a stored file to a local path."""
    target.parent.mkdir(parents=True, exist_ok=True)
    with open(target, "wb") as fh:
        async for block in read_chunks(db, storage):
            await asyncio.to_thread(fh.write, block)


def _copy_atomic(source: Path, target: Path) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_name(f".{target.name}.{os.getpid()}.tmp")
    shutil.copyfile(source, tmp)
    with open(tmp, "rb") as fh:
        os.fsync(fh.fileno())
    os.replace(tmp, target)
