"""Acquisition's intake handlers against real Kafka and FerretDB: registrations (path, URL,
archive upload) and merges arrive as commands on ``acquisition.intake.v1``; the dataset
document goes to ready or failed with a reason, progress goes to the progress topic, and a
redelivered command changes nothing."""

from __future__ import annotations

import asyncio
import gzip
import hashlib
import json
import socket
import threading
import zlib
from contextlib import asynccontextmanager
from datetime import UTC, datetime, timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
import uvicorn

from services.acquisition.app import create_app
from services.acquisition.settings import AcquisitionSettings
from services.standardization.http import standardize_app
from shared import topics
from shared.events import MergeDatasets, RegisterDataset
from tests.support.kafka import collect, eventually, publish

pytestmark = pytest.mark.integration


def chats(pairs) -> bytes:
    return b"".join(json.dumps({"messages": [{"role": "user", "content": q}, {"role": "assistant", "content": a}]})
                    .encode() + b"\n" for q, a in pairs)


async def settled(ctx, dataset_id: str, timeout: float = 60) -> dict:
    async def probe():
        doc = await ctx.db.datasets.find_one({"_id": dataset_id})
        return doc if doc and doc["status"] not in ("registering", "merging") else None

    return await eventually(probe, timeout=timeout)


async def send(ctx, command) -> None:
    await publish(ctx.settings.kafka_bootstrap, ctx.topic(topics.INTAKE_COMMANDS), command,
                  key=command.dataset_id.encode())


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@asynccontextmanager
async def standardization_http():
    """The standardization service's real internal HTTP endpoint, served in-process."""
    port = free_port()
    server = uvicorn.Server(uvicorn.Config(standardize_app, host="127.0.0.1", port=port, log_level="warning",
                                           lifespan="off"))
    task = asyncio.create_task(server.serve())
    while not server.started:
        await asyncio.sleep(0.05)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        await task


async def test_a_path_registers_once_with_progress_even_without_the_gateways_document(service_under_test, tmp_path):
    roots = tmp_path / "roots"
    roots.mkdir()
    data = chats([("hello", "hi"), ("how are you", "fine")])
    (roots / "two.jsonl").write_bytes(data)
    async with service_under_test(create_app, AcquisitionSettings, load_roots=[str(roots)]) as ctx:
        # no dataset document: as if the gateway died between publishing and inserting it
        cmd = RegisterDataset(run_id="ds-path", producer="test", dataset_id="ds-path", source="path",
                              path=str(roots / "two.jsonl"), name="two")
        await send(ctx, cmd)
        doc = await settled(ctx, "ds-path")
        assert doc["status"] == "ready" and doc["source"] == "path" and doc["name"] == "two"
        assert doc["bytes"] == len(data) and doc["sha256"] == hashlib.sha256(data).hexdigest()
        assert doc["format"] == "jsonl" and doc["declared_format"] == "jsonl" and doc["finished_at"]
        events = await collect(ctx.settings.kafka_bootstrap, ctx.topic(topics.RUN_PROGRESS), 2, settle=0.5)
        mine = [e for e in events if e["run_id"] == "ds-path"]
        assert mine[-1]["dataset_id"] == "ds-path" and mine[-1]["status"] == "ready"
        assert mine[-1]["sha256"] == doc["sha256"] and any(e.get("phase") for e in mine)

        # redelivered: nothing changes (the status moves only out of registering)
        await send(ctx, cmd)
        await send(ctx, RegisterDataset(run_id="ds-later", producer="test", dataset_id="ds-later", source="path",
                                        path=str(roots / "two.jsonl")))
        await settled(ctx, "ds-later")  # the intake partitions have moved past the redelivery
        again = await ctx.db.datasets.find_one({"_id": "ds-path"})
        assert again["finished_at"] == doc["finished_at"] and again["sha256"] == doc["sha256"]

        # outside the roots: failed with the precise reason
        await send(ctx, RegisterDataset(run_id="ds-out", producer="test", dataset_id="ds-out", source="path",
                                        path="/etc/passwd"))
        failed = await settled(ctx, "ds-out")
        assert failed["status"] == "failed" and failed["failure"]["reason"] == "path_not_allowed"


class _Remote(BaseHTTPRequestHandler):
    body = chats([("from the web", "welcome")])

    def log_message(self, *args):
        pass

    def do_GET(self):
        self.send_response(200 if self.path == "/data.jsonl" else 404)
        body = self.body if self.path == "/data.jsonl" else b"no"
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


@pytest.fixture
def remote():
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _Remote)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


async def test_urls_download_or_fail_with_their_reason(service_under_test, tmp_path, remote):
    async with service_under_test(create_app, AcquisitionSettings, url_allowed_hosts=["127.0.0.1"]) as ctx:
        await send(ctx, RegisterDataset(run_id="u1", producer="test", dataset_id="u1", source="url",
                                        url=f"{remote}/data.jsonl"))
        await send(ctx, RegisterDataset(run_id="u2", producer="test", dataset_id="u2", source="url",
                                        url=f"{remote}/missing.jsonl"))
        await send(ctx, RegisterDataset(run_id="u3", producer="test", dataset_id="u3", source="url",
                                        url=f"{remote.replace('127.0.0.1', 'localhost')}/data.jsonl"))
        ok, missing, private = [await settled(ctx, i) for i in ("u1", "u2", "u3")]
        assert ok["status"] == "ready" and ok["name"] == "data.jsonl" and ok["final_url"] == f"{remote}/data.jsonl"
        assert (tmp_path / "uploads" / "u1" / "data.jsonl").read_bytes() == _Remote.body
        assert (missing["status"], missing["failure"]["reason"]) == ("failed", "url_fetch_failed")
        assert (private["status"], private["failure"]["reason"]) == ("failed", "url_not_allowed")
        assert not (tmp_path / "uploads" / "u2").exists()


async def test_archive_uploads_are_unpacked_or_refused(service_under_test, tmp_path):
    async with service_under_test(create_app, AcquisitionSettings) as ctx:
        folder = tmp_path / "uploads" / "gz-ok"
        folder.mkdir(parents=True)
        data = chats([("q", "a")])
        (folder / "d.jsonl.gz").write_bytes(gzip.compress(data))
        bomb_folder = tmp_path / "uploads" / "gz-bomb"
        bomb_folder.mkdir(parents=True)
        c = zlib.compressobj(9, zlib.DEFLATED, 31)
        (bomb_folder / "b.jsonl.gz").write_bytes(b"".join([c.compress(bytes(1 << 20)) for _ in range(20)] + [c.flush()]))
        for dataset_id, folder_, name in (("gz-ok", folder, "d.jsonl.gz"), ("gz-bomb", bomb_folder, "b.jsonl.gz")):
            path = folder_ / name
            await send(ctx, RegisterDataset(run_id=dataset_id, producer="test", dataset_id=dataset_id, source="upload",
                                            name=name, path=str(path), upload_bytes=path.stat().st_size,
                                            upload_sha256=hashlib.sha256(path.read_bytes()).hexdigest()))
        ok, bomb = await settled(ctx, "gz-ok"), await settled(ctx, "gz-bomb")
        assert ok["status"] == "ready" and ok["format"] == "jsonl.gz" and ok["name"] == "d.jsonl.gz"
        assert (bomb["status"], bomb["failure"]["reason"]) == ("failed", "archive_bomb")
        assert not bomb_folder.exists()


async def test_a_merge_streams_resolves_conflicts_and_is_the_same_when_run_again(service_under_test, tmp_path):
    a = tmp_path / "a.jsonl"
    a.write_bytes(chats([("Shared question?", "old answer"), ("only in a", "x")]) + b'{"not": "a chat"}\n')
    b = tmp_path / "b.jsonl"
    b.write_bytes(chats([("  shared QUESTION? ", "new answer"), ("only in b", "y")]))
    async with standardization_http() as std_url, \
            service_under_test(create_app, AcquisitionSettings, standardization_url=std_url,
                               intake_progress_interval_s=0) as ctx:
        t0 = datetime.now(UTC)
        for i, (dataset_id, path) in enumerate((("pa", a), ("pb", b))):
            await ctx.db.datasets.insert_one({"_id": dataset_id, "name": path.name, "path": str(path),
                                              "status": "uploaded", "declared_format": "jsonl",
                                              "created_at": t0 + timedelta(seconds=i)})
        await send(ctx, MergeDatasets(run_id="m-first", producer="test", dataset_id="m-first", name="first",
                                      parent_ids=["pa", "pb"], conflict_policy="first"))
        await send(ctx, MergeDatasets(run_id="m-newest", producer="test", dataset_id="m-newest", name="newest",
                                      parent_ids=["pa", "pb"], conflict_policy="newest"))
        first, newest = await settled(ctx, "m-first"), await settled(ctx, "m-newest")
        for doc in (first, newest):
            assert doc["status"] == "ready", doc
            assert doc["merge"]["records_read"] == 5 and doc["merge"]["conversations_in"] == 4
            assert doc["merge"]["conversations_out"] == 3 and doc["merge"]["conflicts_resolved"] == 1
            assert doc["merge"]["reject_reasons"] == {"unknown_format": 1}
        lines = [json.loads(x) for x in open(first["path"], "rb")]
        assert [m["messages"][1]["content"] for m in lines] == ["old answer", "x", "y"]
        # stored conversations (a run takes them as they are), each naming the record it came from
        assert first["record_format"] == "conversation"
        assert [m["merged_from"] for m in lines] == [{"dataset_id": "pa", "record_index": 0, "part": 0},
                                                     {"dataset_id": "pa", "record_index": 1, "part": 0},
                                                     {"dataset_id": "pb", "record_index": 1, "part": 0}]
        assert {m["original_format"] for m in lines} == {"openai_messages"}
        assert first["merge"]["kept_by_parent"] == {"pa": 2, "pb": 1}
        newest_lines = [json.loads(x)["messages"][1]["content"] for x in open(newest["path"], "rb")]
        assert newest_lines == ["new answer", "x", "y"]  # the shared one keeps its first-seen place
        assert first["sha256"] == hashlib.sha256(open(first["path"], "rb").read()).hexdigest()
        folder = tmp_path / "merged" / "m-first"
        assert sorted(p.name for p in folder.iterdir()) == ["merged.jsonl"]  # no work file, no partial left

        # a crash mid-merge, then the redelivery: leftovers of the cut attempt are thrown away
        # and the merge runs again from nothing to the same bytes
        await ctx.db.datasets.insert_one({**first, "_id": "m-crashed", "status": "merging", "sha256": "", "bytes": 0,
                                          "path": str(tmp_path / "merged" / "m-crashed" / "merged.jsonl")})
        crashed = tmp_path / "merged" / "m-crashed"
        crashed.mkdir(parents=True)
        (crashed / "merged.partial").write_bytes(b'{"messages": "half a line')
        (crashed / "merge-work.sqlite").write_bytes(b"garbage from the killed attempt")
        await send(ctx, MergeDatasets(run_id="m-crashed", producer="test", dataset_id="m-crashed", name="first",
                                      parent_ids=["pa", "pb"], conflict_policy="first"))
        again = await settled(ctx, "m-crashed")
        assert again["status"] == "ready" and again["sha256"] == first["sha256"]
        assert sorted(p.name for p in crashed.iterdir()) == ["merged.jsonl"]

        await send(ctx, MergeDatasets(run_id="m-missing", producer="test", dataset_id="m-missing", name="x",
                                      parent_ids=["pa", "nope"]))
        missing = await settled(ctx, "m-missing")
        assert (missing["status"], missing["failure"]["reason"]) == ("failed", "dataset_not_found")
