"""The gateway's side of run exports without servers: a fake repository and broker stand in
for MongoDB and Kafka (the real ones: tests/e2e/test_run_exports.py). Served at once when
made, asked for once when not, 202 after the bounded wait, precise problems, 503 when Kafka
does not take the command."""

from __future__ import annotations

import asyncio
import hashlib

import pytest
from aiokafka.errors import KafkaConnectionError

from shared.http.problems import Problem
from gateway.production import RunExports, refusal
from shared.production import run_export_view
from shared.events import micros
from gateway.routes.exports import RUN_EXPORT_MEDIA_TYPES
from shared.events import ExportRun
from shared.production import COMPRESSIONS, GENERATION_FORMATS
from shared.writers import media_type

RUN = "a" * 32


class FakeRepo:
    def __init__(self) -> None:
        self.docs: dict[str, dict] = {}

    async def run_export(self, run_id: str, key: str) -> dict | None:
        doc = self.docs.get(key)
        return dict(doc) if doc else None

    async def insert_run_export(self, run_id: str, doc: dict) -> bool:
        if doc["_id"] in self.docs:
            return False
        self.docs[doc["_id"]] = dict(doc)
        return True


class FakeBroker:
    """Takes commands; ``answer`` (if set) plays production and answers each at once."""

    def __init__(self, answer=None, error: Exception | None = None) -> None:
        self.sent: list[tuple[ExportRun, str, bytes]] = []
        self.answer, self.error = answer, error

    async def publish(self, command: ExportRun, topic: str, key: bytes) -> None:
        if self.error:
            raise self.error
        self.sent.append((command, topic, key))
        if self.answer:
            self.answer(command)


@pytest.fixture
def made(tmp_path):
    body = b"messages\r\n"
    path = tmp_path / f"{RUN}.csv"
    path.write_bytes(body)
    return {"path": str(path), "name": path.name, "bytes": len(body), "sha256": hashlib.sha256(body).hexdigest(),
            "records": 0, "media_type": "text/csv; charset=utf-8"}


async def test_a_variant_made_before_is_served_without_asking_production(made):
    repo = FakeRepo()
    repo.docs["csv.none"] = {"_id": "csv.none", "status": "completed", "as_of": 1, **made}
    broker = FakeBroker()
    answer = await RunExports(repo, broker, "t").fetch(RUN, "variant", "csv", "none")
    assert str(answer.path) == made["path"] and broker.sent == []


async def test_a_new_variant_is_recorded_once_asked_for_and_served_when_production_answers(made):
    repo = FakeRepo()

    def production(command: ExportRun) -> None:
        repo.docs[command.key].update(status="completed", as_of=micros(command.occurred_at), **made)

    broker = FakeBroker(answer=production)
    answer = await RunExports(repo, broker, "prefix.production.run-exports.v1").fetch(RUN, "variant", "csv", "none")
    assert str(answer.path) == made["path"] and answer.doc["sha256"] == made["sha256"]
    [(command, topic, key)] = broker.sent
    assert (command.kind, command.format, command.compression, command.run_id) == ("variant", "csv", "none", RUN)
    assert topic == "prefix.production.run-exports.v1" and key == RUN.encode()
    assert repo.docs["csv.none"]["requested_at"] and repo.docs["csv.none"]["kind"] == "variant"


async def test_without_an_answer_in_time_it_is_pending_and_asking_again_sends_again():
    repo, broker = FakeRepo(), FakeBroker()
    exports = RunExports(repo, broker, "t", wait_s=0.2)
    first = await exports.fetch(RUN, "variant", "parquet", "zstd")
    assert first.path is None and first.doc["status"] == "queued"
    second = await exports.fetch(RUN, "variant", "parquet", "zstd")
    assert second.path is None and len(broker.sent) == 2 and list(repo.docs) == ["parquet.zstd"]
    view = run_export_view(RUN, "parquet.zstd", second.doc, "variant", "parquet", "zstd")
    assert view.status == "queued" and view.status_url == f"/api/v1/pipeline/exports/{RUN}/parquet.zstd"
    assert view.download_url == f"/api/v1/pipeline/export/parquet?run_id={RUN}&compression=zstd"


@pytest.mark.parametrize("reason,status", [("run_not_found", 404), ("run_not_completed", 409),
                                           ("run_completed", 409), ("export_missing", 404),
                                           ("export_failed", 503), ("OSError", 503)])
async def test_production_refusals_become_precise_problems(reason, status):
    repo = FakeRepo()

    def production(command: ExportRun) -> None:
        repo.docs[command.key].update(status="failed", reason=reason, error="why",
                                      as_of=micros(command.occurred_at))

    with pytest.raises(Problem) as caught:
        await RunExports(repo, FakeBroker(answer=production), "t").fetch(RUN, "partial")
    assert caught.value.status == status
    assert caught.value.slug == (reason if reason != "OSError" else "export_failed")
    assert refusal({"reason": reason}).status == status


async def test_an_old_failure_is_not_this_requests_answer(made):
    """A failure recorded for an earlier command does not answer a later one."""
    repo = FakeRepo()
    repo.docs["partial"] = {"_id": "partial", "status": "failed", "reason": "run_completed", "as_of": 1}
    answer = await RunExports(repo, FakeBroker(), "t", wait_s=0.2).fetch(RUN, "partial")
    assert answer.path is None


async def test_a_partial_is_made_anew_unless_the_cached_snapshot_is_asked_for(made):
    repo = FakeRepo()
    repo.docs["partial"] = {"_id": "partial", "status": "completed", "as_of": 1, "batches": 2, **made}
    broker = FakeBroker()
    cached = await RunExports(repo, broker, "t").fetch(RUN, "partial", fresh=False)
    assert str(cached.path) == made["path"] and broker.sent == []
    fresh = await RunExports(repo, broker, "t", wait_s=0.2).fetch(RUN, "partial")
    assert fresh.path is None and len(broker.sent) == 1  # the old snapshot does not answer a new request


async def test_kafka_refusing_the_command_is_503_not_a_hang():
    with pytest.raises(Problem) as caught:
        await RunExports(FakeRepo(), FakeBroker(error=KafkaConnectionError()), "t").fetch(RUN, "variant", "csv",
                                                                                         "gzip")
    assert caught.value.status == 503 and caught.value.headers["Retry-After"]


async def test_a_publish_that_hangs_is_503(monkeypatch):
    import gateway.production as production

    class Stuck(FakeBroker):
        async def publish(self, command, topic, key):
            await asyncio.sleep(60)

    monkeypatch.setattr(production, "PUBLISH_TIMEOUT_S", 0.1)
    with pytest.raises(Problem) as caught:
        await RunExports(FakeRepo(), Stuck(), "t").fetch(RUN, "variant", "csv", "gzip")
    assert caught.value.status == 503


def test_the_documented_media_types_are_the_writers():
    assert sorted(RUN_EXPORT_MEDIA_TYPES) == sorted({media_type(f, c) for f in GENERATION_FORMATS
                                                     for c in COMPRESSIONS})
