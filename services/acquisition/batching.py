"""Cutting a run's datasets into batches: numbered across the run, the last one marked, each
at most ``batch_size`` records and :data:`MAX_BATCH_BYTES` of records (plain Python, no Kafka,
no MongoDB). The records come from ``services.acquisition.readers``."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from services.acquisition.readers import ReadMeter, detect_file_format, sized_records
from shared.events import RawRecord
from shared.linked_rows import group_rows


@dataclass(frozen=True)
class DatasetSource:
    dataset_id: str
    name: str
    path: Path
    sha256: str
    declared_format: str | None = None
    stored_conversations: bool = False  # a merge's output: its records are conversations already


@dataclass(frozen=True)
class PlannedBatch:
    source: DatasetSource
    file_format: str
    batch_index: int
    records: list[RawRecord]
    is_last: bool
    estimated_records: int | None = None  # the whole run's, as far as reading has got (see RunEstimate)


def _stored_size(path: Path) -> int:
    try:
        if path.is_dir():
            return sum(p.stat().st_size for p in path.rglob("*") if p.is_file())
        return path.stat().st_size
    except OSError:
        return 0


class RunEstimate:
    """The record count of a run's datasets, estimated while they are read: a dataset read to
    the end counts what it had; one being read, its ``ReadMeter`` estimate; one not started
    yet, its size at the records-per-byte of the others. None while nothing is known."""

    def __init__(self, sources: list[DatasetSource]) -> None:
        self.meters = [ReadMeter(size=_stored_size(s.path)) for s in sources]
        self.read = [0] * len(sources)
        self.state = ["waiting"] * len(sources)  # waiting, reading, done

    def total(self) -> int | None:
        est: list[int | None] = []
        for meter, read, state in zip(self.meters, self.read, self.state, strict=True):
            est.append(read if state == "done" else meter.estimate(read) if state == "reading" else None)
        known = [(e, m.size) for e, m in zip(est, self.meters, strict=True) if e is not None]
        if not known:
            return None
        bytes_known = sum(size for _, size in known)
        density = sum(e for e, _ in known) / bytes_known if bytes_known else None
        total = 0
        for e, meter in zip(est, self.meters, strict=True):
            if e is None:
                if density is None:
                    return None
                e = round(meter.size * density)
            total += e
        return max(total, sum(self.read))


MAX_BATCH_BYTES = 8 * 1024 * 1024  # records' JSON per batch: half a Kafka message (16 MB)


def _chunks(records: Iterable[tuple[RawRecord, int]], size: int,
            max_bytes: int = MAX_BATCH_BYTES) -> Iterator[list[RawRecord]]:
    """Batches of at most ``size`` records and (but for a single record) ``max_bytes``."""
    chunk: list[RawRecord] = []
    used = 0
    for r, n in records:
        if chunk and used + n > max_bytes:
            yield chunk
            chunk, used = [], 0
        chunk.append(r)
        used += n
        if len(chunk) >= size:
            yield chunk
            chunk, used = [], 0
    if chunk:
        yield chunk


def _group_chunks(groups: Iterable[list[tuple[RawRecord, int]]], size: int,
                  max_bytes: int = MAX_BATCH_BYTES) -> Iterator[list[RawRecord]]:
    """Like :func:`_chunks`, but a group (the rows of one message tree) is never cut: a batch
    holds more than ``size`` records when one group does. Only a group over ``max_bytes`` on
    its own is cut (a Kafka message must hold the batch); its rows past the cut lose their
    parent and are rejected as ``parent_message_missing``."""
    chunk: list[RawRecord] = []
    used = 0
    for group in groups:
        n = sum(s for _, s in group)
        if chunk and (len(chunk) + len(group) > size or used + n > max_bytes):
            yield chunk
            chunk, used = [], 0
        if n > max_bytes:
            yield from _chunks(group, len(group), max_bytes)
            continue
        chunk.extend(r for r, _ in group)
        used += n
    if chunk:
        yield chunk


def source_chunks(path: Path, file_format: str, meter: ReadMeter | None, size: int) -> Iterator[list[RawRecord]]:
    """One source's batches of records: message rows linked across records (OpenAssistant
    tables) are grouped by tree first (``shared.linked_rows.group_rows``), so standardization
    finds each tree whole in one batch; any other source is cut as it is read."""
    yield from _group_chunks(group_rows(lambda: sized_records(path, file_format, meter)), size)


def plan_batches(sources: list[DatasetSource], batch_size: int, interleave: bool = False) -> Iterator[PlannedBatch]:
    """Batches of every dataset of a run, numbered across the run, the last one marked.

    ``interleave=False`` (sequential mode): one dataset after another. ``True`` (concurrent
    mode): one batch of each dataset in turn, so every dataset makes progress at once. Both
    orders are deterministic, so a resumed run renumbers its batches the same way.

    Reads one batch ahead so the last batch knows it is last (production completes a run
    when it has seen as many batches as the last one announces). A run whose datasets are
    all empty still yields one empty batch, so it completes.
    """
    estimate = RunEstimate(sources)

    def one(i: int, src: DatasetSource) -> Iterator[tuple[DatasetSource, str, list[RawRecord]]]:
        fmt = detect_file_format(src.path, src.declared_format)
        estimate.state[i] = "reading"
        for chunk in source_chunks(src.path, fmt, estimate.meters[i], batch_size):
            estimate.read[i] += len(chunk)
            yield src, fmt, chunk
        estimate.state[i] = "done"

    def all_batches() -> Iterator[tuple[DatasetSource, str, list[RawRecord]]]:
        if not interleave:
            for i, src in enumerate(sources):
                yield from one(i, src)
            return
        active = [one(i, src) for i, src in enumerate(sources)]
        while active:
            for it in list(active):
                item = next(it, None)
                if item is None:
                    active.remove(it)
                else:
                    yield item

    index = 0
    pending: tuple[DatasetSource, str, list[RawRecord]] | None = None
    for item in all_batches():
        if pending is not None:
            yield PlannedBatch(pending[0], pending[1], index, pending[2], is_last=False,
                               estimated_records=estimate.total())
            index += 1
        pending = item
    if pending is None:
        src = sources[0]
        pending = (src, detect_file_format(src.path, src.declared_format), [])
    yield PlannedBatch(pending[0], pending[1], index, pending[2], is_last=True, estimated_records=sum(estimate.read))


