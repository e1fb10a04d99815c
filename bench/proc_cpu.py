"""CPU seconds per process of this machine between two moments, read from ``/proc``.

    before = proc_cpu.snapshot()
    ... the timed work ...
    used = proc_cpu.cpu_by_part(before, proc_cpu.snapshot())  # {"quality": 41.2, "ferretdb": 12.0, ...}

``rss_by_part()`` is the resident memory of each part at the moment (MB, replicas added up): sampled
while a run goes, it says whether a service's memory stays flat.

A part is named from the process's command line: a service by its uvicorn app (``quality``,
``gateway``, ...; replicas add up), ``kafka``, ``ferretdb``, ``postgres``, else the program's
file name. A process that ended between the two snapshots is not counted (its time is lost to
``/proc``); one that started is counted from zero. Linux only: elsewhere the snapshots are empty.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

TICKS = os.sysconf("SC_CLK_TCK") if hasattr(os, "sysconf") else 100
SERVICES = ("acquisition", "standardization", "quality", "production", "gateway")


def part_name(argv: list[str]) -> str:
    """The part a command line belongs to (see the module's doc)."""
    joined = " ".join(argv)
    if "uvicorn" in joined:
        for name in SERVICES:
            if f"{name}.app" in joined or f"{name}/app" in joined:
                return name
        return "uvicorn"
    if "kafka.Kafka" in joined or ("java" in (argv[0] if argv else "") and "kafka" in joined):
        return "kafka"
    if argv and "ferretdb" in Path(argv[0]).name:
        return "ferretdb"
    if argv and argv[0].startswith("postgres"):
        return "postgres"
    return Path(argv[0]).name if argv and argv[0] else "?"


PAGE = os.sysconf("SC_PAGE_SIZE") if hasattr(os, "sysconf") else 4096


def _processes() -> Iterator[tuple[int, str, list[str]]]:
    """``(pid, part, stat fields from field 3 on)`` of every process this user can read (none
    without /proc); kernel threads, which have no command line, are left out."""
    proc = Path("/proc")
    if not proc.is_dir():
        return
    for entry in proc.iterdir():
        if not entry.name.isdigit():
            continue
        try:
            raw = (entry / "stat").read_text()
            argv = (entry / "cmdline").read_bytes().decode(errors="replace").rstrip("\0").split("\0")
        except OSError:
            continue
        if argv == [""]:
            continue
        # comm may hold spaces and parentheses: the fields follow the last ")"
        yield int(entry.name), part_name(argv), raw[raw.rindex(")") + 2:].split()


def rss_by_part(parts: tuple[str, ...] | None = None) -> dict[str, float]:
    """Resident memory per part now, in MB (replicas added up); only ``parts`` when given."""
    used: dict[str, float] = {}
    for _, part, fields in _processes():
        if parts is None or part in parts:
            used[part] = used.get(part, 0.0) + int(fields[21]) * PAGE / 2**20  # rss, field 24 of proc(5)
    return {k: round(v, 1) for k, v in sorted(used.items())}


def memory_trend(samples: list[dict[str, float]]) -> dict[str, dict[str, float]]:
    """Of ``rss_by_part`` samples taken through a run (in order): each part's first, peak and last
    MB, and its peak over the run's first and second halves (memory that keeps growing has a higher
    second half), and with ten samples or more ``by_tenth``, its peak in each tenth of the samples
    (where memory that fills a bound levels off)."""
    out: dict[str, dict[str, float]] = {}
    half = len(samples) // 2
    for part in sorted({p for s in samples for p in s}):
        series = [s[part] for s in samples if part in s]
        first_half = [s[part] for s in samples[:half] if part in s] or series
        second_half = [s[part] for s in samples[half:] if part in s] or series
        out[part] = {"first": series[0], "peak": max(series), "last": series[-1],
                     "peak_first_half": max(first_half), "peak_second_half": max(second_half)}
        if len(series) >= 10:
            out[part]["by_tenth"] = [max(series[len(series) * k // 10:len(series) * (k + 1) // 10])
                                     for k in range(10)]
    return out


def snapshot() -> dict[int, tuple[str, int]]:
    """``{pid: (part, CPU ticks so far)}`` for every process this user can read."""
    # utime, stime: fields 14 and 15 of proc(5)
    return {pid: (part, int(fields[11]) + int(fields[12])) for pid, part, fields in _processes()}


def cpu_by_part(before: dict[int, tuple[str, int]], after: dict[int, tuple[str, int]],
                min_s: float = 0.05) -> dict[str, float]:
    """CPU seconds per part between the snapshots, largest first, parts under ``min_s`` left out."""
    used: dict[str, float] = {}
    for pid, (part, ticks) in after.items():
        start = before.get(pid)
        base = start[1] if start and start[0] == part else 0
        used[part] = used.get(part, 0.0) + (ticks - base) / TICKS
    return {k: round(v, 2) for k, v in sorted(used.items(), key=lambda kv: -kv[1]) if v >= min_s}
