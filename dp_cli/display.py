"""What ``dp`` shows: per-stage progress bars fed by a run's states, transfer bars, tables
and the few summary lines a finished run gets. Progress goes to stderr, so stdout carries
only what a script would capture (ids, JSON, tables asked for)."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from rich.console import Console
from rich.table import Column
from rich.progress import (BarColumn, DownloadColumn, Progress, ProgressColumn, SpinnerColumn, Task, TextColumn,
                           TimeRemainingColumn, TransferSpeedColumn)
from rich.table import Table
from rich.text import Text

STAGES = ("acquisition", "standardization", "quality", "production")

err = Console(stderr=True, highlight=False, soft_wrap=True)
out = Console(highlight=False, soft_wrap=True)


def count(n: int | float | None) -> str:
    return "?" if n is None else f"{int(n):,}"


def compact(n: int | float | None) -> str:
    """A count short enough for a bar's column: 12,345 / 123.4k / 12.35M."""
    if n is None:
        return "?"
    if n < 100_000:
        return f"{int(n):,}"
    if n < 10_000_000:
        return f"{n / 1000:.1f}k"
    return f"{n / 1_000_000:.2f}M"


def human_bytes(n: int | None) -> str:
    if n is None:
        return "?"
    size = float(n)
    for unit in ("B", "KiB", "MiB", "GiB"):
        if size < 1024 or unit == "GiB":
            return f"{size:.0f} {unit}" if unit == "B" else f"{size:.1f} {unit}"
        size /= 1024
    return f"{n} B"


def duration(seconds: float | None) -> str:
    if seconds is None:
        return "-:--:--"
    seconds = int(round(seconds))
    return f"{seconds // 3600}:{seconds % 3600 // 60:02d}:{seconds % 60:02d}"


class _Field(ProgressColumn):
    """A text column read from one of the task's fields (the feed's own numbers, not rich's
    estimates: the gateway knows the stage's rate and ETA from the run's start)."""

    def __init__(self, name: str, width: int) -> None:
        super().__init__(table_column=Column(no_wrap=True, min_width=width, justify="right"))
        self.name, self.width = name, width

    def render(self, task: Task) -> Text:
        style = {"rate": "progress.data.speed", "eta": "progress.remaining"}.get(self.name, "")
        return Text(str(task.fields.get(self.name, "")), style=style, no_wrap=True, overflow="ellipsis")


def stage_fields(stage: dict[str, Any], run_status: str) -> dict[str, Any]:
    """A stage's numbers as the bar shows them: (completed, total, count, rate, eta)."""
    processed = stage.get("processed") or 0
    total = stage.get("total")
    done = stage.get("total_batches") is not None and stage.get("batches_done") == stage.get("total_batches")
    approx = "~" if stage.get("total_is_estimate") and not done else ""
    rate = stage.get("rate")
    if done or run_status in ("completed", "failed", "cancelled"):
        eta = "done" if done else run_status
    else:
        eta = f"ETA {duration(stage.get('eta_s'))}" if stage.get("eta_s") is not None else "ETA -:--:--"
    return {
        "completed": processed,
        "total": total if total else None,
        "count": f"{compact(processed)}/{approx}{compact(total)} rec",
        "rate": f"{compact(rate)} rec/s" if rate else "",
        "eta": eta,
    }


class StageBars:
    """One bar per stage, updated from each state of the feed."""

    def __init__(self, console: Console = err) -> None:
        self.progress = Progress(
            TextColumn("{task.description:<15}"), BarColumn(bar_width=18), _Field("count", 18), _Field("rate", 12),
            _Field("eta", 11), console=console, transient=False, refresh_per_second=4)
        self.tasks = {s: self.progress.add_task(s, total=None, count="", rate="", eta="") for s in STAGES}

    def __enter__(self) -> StageBars:
        self.progress.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.progress.stop()

    def update(self, run: dict[str, Any]) -> None:
        for stage in STAGES:
            info = run.get("stages", {}).get(stage)
            if info is None:
                continue
            f = stage_fields(info, run["status"])
            self.progress.update(self.tasks[stage], completed=f["completed"], total=f["total"],
                                 count=f["count"], rate=f["rate"], eta=f["eta"])


def transfer_bar(description: str, console: Console = err) -> Progress:
    return Progress(TextColumn("{task.description}"), BarColumn(bar_width=30), DownloadColumn(),
                    TransferSpeedColumn(), TimeRemainingColumn(), console=console, transient=False)


def spinner(console: Console = err) -> Progress:
    return Progress(SpinnerColumn(), TextColumn("{task.description}"), console=console, transient=True)


def _elapsed(run: dict[str, Any]) -> str:
    try:
        start = datetime.fromisoformat(run.get("started_at") or run["created_at"])
        end = datetime.fromisoformat(run["finished_at"])
    except (KeyError, TypeError, ValueError):
        return ""
    return f" in {(end - start).total_seconds():.1f} s"


def run_summary(run: dict[str, Any]) -> list[str]:
    """A few lines for a finished (or current) run: counts, reject reasons, the quality tiers when
    not all ran, quality flags, export, error."""
    c = run["counts"]
    lines = [f"run {run['run_id']} {run['status']}{_elapsed(run)}: {count(c['records_in'])} records in, "
             f"{count(c['conversations'])} conversations, {count(c['rejected'])} rejected, "
             f"{count(c['passed'])} passed, {count(c['exported'])} exported"
             + (f", {count(c['failed'])} failed" if c.get("failed") else "")]
    reasons = sorted((run.get("reject_reasons") or {}).items(), key=lambda kv: -kv[1])
    if reasons:
        shown = ", ".join(f"{r} {n:,}" for r, n in reasons[:5])
        lines.append(f"  rejects: {shown}" + (f" (+{len(reasons) - 5} more reasons)" if len(reasons) > 5 else ""))
    tiers = (run.get("quality") or {}).get("tiers")
    if tiers and len(tiers) < 3:  # a run that chose its quality tiers (all three by default)
        lines.append("  quality tiers: " + ", ".join(tiers))
    flags = sorted((run.get("quality_flags") or {}).items(), key=lambda kv: -kv[1])
    if flags:
        lines.append("  quality flags: " + ", ".join(f"{f} {n:,}" for f, n in flags[:5]))
    export = run.get("export")
    if export:
        lines.append(f"  export: {count(export['lines'])} lines, {human_bytes(export['bytes'])} "
                     f"({export['template']}), sha256 {export['sha256'][:16]}...")
    if run.get("error"):
        e = run["error"]
        lines.append(f"  error: {e.get('stage', '')}{': ' if e.get('stage') else ''}"
                     f"{e.get('message') or e.get('detail') or e}")
    if run.get("partial_export_url"):
        lines.append(f"  partial export: {run['partial_export_url']}")
    return lines


def run_table(run: dict[str, Any]) -> Table:
    table = Table(title=f"run {run['run_id']}: {run['status']}", title_justify="left", show_edge=False)
    for col in ("stage", "batches", "records", "rate", "ETA"):
        table.add_column(col, justify="left" if col == "stage" else "right")
    for stage in STAGES:
        info = run["stages"].get(stage) or {}
        f = stage_fields(info, run["status"])
        table.add_row(stage, f"{info.get('batches_done', 0)}/{count(info.get('total_batches'))}", f["count"],
                      f["rate"], f["eta"])
    return table


def runs_table(runs: list[dict[str, Any]]) -> Table:
    table = Table(show_edge=False)
    for col in ("run_id", "status", "kind", "created", "in", "passed", "exported"):
        table.add_column(col, justify="right" if col in ("in", "passed", "exported") else "left")
    for r in runs:
        c = r["counts"]
        table.add_row(r["run_id"], r["status"], r.get("kind", ""), str(r.get("created_at", ""))[:19],
                      count(c["records_in"]), count(c["passed"]), count(c["exported"]))
    return table


def keys_table(keys: list[dict[str, Any]]) -> Table:
    table = Table(show_edge=False)
    for col in ("key_id", "name", "tier", "created", "revoked"):
        table.add_column(col)
    for k in keys:
        table.add_row(k["key_id"], k["name"], k["tier"], str(k.get("created_at", ""))[:19],
                      str(k.get("revoked_at") or "")[:19])
    return table
