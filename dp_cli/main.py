"""The ``dp`` commands. Human output (progress, summaries, errors) goes to stderr; stdout
carries what a script captures: dataset ids, a run id, a key's secret, a saved file's path,
tables and ``--json`` documents asked for.

Exit status: 0 done; 1 the gateway refused (its problem title and detail are printed), a
followed run failed or was cancelled, or a download's checksum did not match; 2 bad usage or
configuration; 3 the gateway could not be reached; 130 interrupted (Ctrl-C).
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from dataclasses import dataclass, field
from enum import Enum
from functools import wraps
from pathlib import Path
from typing import Annotated, Any, Callable, Optional

import httpx
import typer

from dp_cli import display
from dp_cli.client import GatewayClient
from dp_cli.config import Config, load_config
from dp_cli.errors import ApiError, ConfigError, DpError, RunNotCompleted
from dp_cli.feed import TERMINAL, RunFeed
from dp_cli.records import LocalReject, as_validation_input, chunks, read_records

app = typer.Typer(name="dp", help="The Dataset Pipeline from a terminal: upload, run, follow, export, validate, "
                                  "manage keys.", no_args_is_help=True, add_completion=False,
                  pretty_exceptions_enable=False)
keys_app = typer.Typer(help="API keys (admin tier: keys:manage).", no_args_is_help=True)
app.add_typer(keys_app, name="keys")

DATASET_ID = re.compile(r"^[0-9A-Za-z_-]{1,64}$")
RUN_ID = re.compile(r"^[0-9a-f]{32}$")


class Mode(str, Enum):
    sequential = "sequential"
    concurrent = "concurrent"
    adaptive = "adaptive"
    priority_based = "priority_based"


class PiiPolicy(str, Enum):
    redact = "redact"
    exclude = "exclude"
    flag = "flag"


def _tiers(value: str | None, field: str) -> list[str] | None:
    """``--tiers structure,content`` as the list the API takes, checked by its model before anything
    is uploaded or sent (a 422 naming ``<field>.tiers``, as the gateway would)."""
    if value is None:
        return None
    from dp_cli.client import request_body  # pydantic: only when the option is given (see request_body)
    from shared.api.runs import ExecuteRequest

    tiers = [t.strip() for t in value.split(",") if t.strip()]
    try:
        request_body(ExecuteRequest, {"dataset_ids": ["-"], "quality": {"tiers": tiers}})
    except ApiError as exc:
        for err in exc.problem.get("errors") or []:  # ["body", "quality", "tiers", ...]
            err["loc"] = ["body", field, *err["loc"][2:]]
        raise
    return tiers


TIERS_HELP = "quality check tiers to run, comma-separated: structure,content,counselling (all three)"


class Tier(str, Enum):
    viewer = "viewer"
    editor = "editor"
    admin = "admin"


class ExportFormat(str, Enum):
    jsonl = "jsonl"
    json = "json"
    csv = "csv"
    parquet = "parquet"


class Compression(str, Enum):
    none = "none"
    gzip = "gzip"
    zstd = "zstd"


@dataclass
class State:
    """What the commands share; tests build one with a fake transport and WebSocket."""

    gateway_url: str | None = None
    config_file: str | None = None
    quiet: bool = False
    transport: httpx.BaseTransport | None = None
    connect: Callable[..., Any] | None = None
    environ: dict[str, str] | None = None
    _config: Config | None = field(default=None, repr=False)

    def config(self) -> Config:
        if self._config is None:
            self._config = load_config(self.gateway_url, self.config_file, self.environ)
            for warning in self._config.warnings:
                display.err.print(f"[yellow]warning:[/] {warning}")
        return self._config

    def client(self, need_key: bool = True) -> GatewayClient:
        cfg = self.config()
        key = cfg.require_key() if need_key else cfg.api_key
        return GatewayClient(cfg.gateway_url, key, timeout=cfg.timeout_s, transport=self.transport)

    def feed(self, client: GatewayClient, run_id: str) -> RunFeed:
        kwargs: dict[str, Any] = {"on_notice": (lambda text: None) if self.quiet
                                  else (lambda text: display.err.print(f"[dim]{text}[/]"))}
        if self.connect is not None:
            kwargs["connect"] = self.connect
        return RunFeed(client, run_id, **kwargs)


def _state(ctx: typer.Context) -> State:
    return ctx.find_root().obj


def report(exc: DpError) -> None:
    where = f" ({exc.status})" if isinstance(exc, ApiError) else ""
    display.err.print(f"[bold red]Error:[/] {exc.title}{where}", markup=True)
    if exc.detail:
        display.err.print(f"  {exc.detail}", markup=False)
    if isinstance(exc, ApiError):
        for line in exc.lines():
            display.err.print(f"  {line}", markup=False)


def handled(fn: Callable[..., Any]) -> Callable[..., Any]:
    """Problems become a message and an exit status, never a traceback."""

    @wraps(fn)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return fn(*args, **kwargs)
        except DpError as exc:
            report(exc)
            raise typer.Exit(exc.exit_code) from None
        except KeyboardInterrupt:
            display.err.print("interrupted")
            raise typer.Exit(130) from None

    return wrapper


def emit_json(data: Any) -> None:
    sys.stdout.write(json.dumps(data, indent=2, default=str) + "\n")


@app.callback()
def main(ctx: typer.Context,
         gateway_url: Annotated[Optional[str], typer.Option("--gateway-url", "-g", metavar="URL",
                                                            help="the gateway (else DP_GATEWAY_URL, the config "
                                                                 "file, http://127.0.0.1:8000)")] = None,
         config: Annotated[Optional[str], typer.Option("--config", metavar="PATH",
                                                       help="config file (else DP_CONFIG, "
                                                            "~/.config/dp/config.toml)")] = None,
         quiet: Annotated[bool, typer.Option("--quiet", "-q", help="no progress bars")] = False) -> None:
    state = ctx.obj if isinstance(ctx.obj, State) else State()
    state.gateway_url = gateway_url or state.gateway_url
    state.config_file = config or state.config_file
    state.quiet = quiet or state.quiet
    ctx.obj = state


# ---------------------------------------------------------------------- upload


def _upload(state: State, client: GatewayClient, path: Path, name: str | None, wait: bool) -> dict[str, Any]:
    if not path.is_file():
        raise ConfigError("No such file", str(path))
    with display.transfer_bar(path.name) as bar:
        task = bar.add_task(f"upload {path.name}", total=path.stat().st_size, visible=not state.quiet)
        dataset = client.upload(path, name, on_progress=lambda done, total: bar.update(task, completed=done))
    if dataset["status"] in ("registering", "merging") and wait:
        with display.spinner() as spin:
            spin.add_task(f"{path.name}: acquisition is taking it in (dataset {dataset['dataset_id']})",
                          visible=not state.quiet)
            dataset = client.wait_dataset(dataset["dataset_id"])
    if dataset["status"] == "failed":
        failure = dataset.get("failure") or {}
        raise DpError(f"Dataset {dataset['dataset_id']} failed",
                      f"{path.name}: {failure.get('reason', '')}: {failure.get('detail', dataset.get('error', ''))}")
    display.err.print(f"uploaded {path.name}: dataset {dataset['dataset_id']} ({display.human_bytes(dataset['bytes'])}"
                      f", {dataset['format']}, {dataset['status']})", markup=False)
    return dataset


@app.command()
@handled
def upload(ctx: typer.Context,
           files: Annotated[list[Path], typer.Argument(help="JSON, JSONL, CSV, TSV (each also .gz), Parquet, Arrow, "
                                                            "or a .zip holding one such file")],
           name: Annotated[Optional[str], typer.Option(help="the dataset's name (one file only)")] = None,
           wait: Annotated[bool, typer.Option(help="wait until an archive is unpacked (ready or failed)")] = True,
           as_json: Annotated[bool, typer.Option("--json", help="print the datasets as JSON")] = False) -> None:
    """Upload files; prints each dataset id."""
    state = _state(ctx)
    if name and len(files) > 1:
        raise ConfigError("--name with several files", "name one file at a time")
    with state.client() as client:
        datasets = [_upload(state, client, path, name, wait) for path in files]
    if as_json:
        emit_json(datasets)
    else:
        for d in datasets:
            print(d["dataset_id"])


# ---------------------------------------------------------------------- run


def follow(state: State, client: GatewayClient, run_id: str) -> dict[str, Any]:
    """Follow the run to its end with per-stage bars; returns its final state."""
    final: dict[str, Any] | None = None
    if state.quiet:
        for final in state.feed(client, run_id).states():
            pass
    else:
        display.err.print(f"following run {run_id} (Ctrl-C stops following, not the run)", markup=False)
        with display.StageBars() as bars:
            for final in state.feed(client, run_id).states():
                bars.update(final)
    assert final is not None  # the feed yields the state first on every connection
    return final


@app.command("run")
@handled
def run_cmd(ctx: typer.Context,
            sources: Annotated[list[str], typer.Argument(metavar="FILE|DATASET...",
                                                         help="files to upload first, or dataset ids")],
            threshold: Annotated[Optional[float], typer.Option(min=0.0, max=1.0,
                                                               help="quality threshold (0.7)")] = None,
            mode: Annotated[Optional[Mode], typer.Option(help="how several datasets are read (sequential)")] = None,
            pii_policy: Annotated[Optional[PiiPolicy], typer.Option(help="personal data (redact)")] = None,
            tiers: Annotated[Optional[str], typer.Option(metavar="TIER,...", help=TIERS_HELP)] = None,
            template: Annotated[Optional[str], typer.Option(help="export chat template (openai)")] = None,
            batch_size: Annotated[Optional[int], typer.Option(min=1, max=10_000,
                                                              help="records per Kafka message (500)")] = None,
            priority: Annotated[Optional[int], typer.Option(min=1, max=10,
                                                            help="1-10, for priority_based (5)")] = None,
            follow_run: Annotated[bool, typer.Option("--follow", "-f", help="show per-stage progress until the "
                                                                             "run ends; exit 1 unless it completed")] = False,
            as_json: Annotated[bool, typer.Option("--json", help="print the run (its final state with --follow) "
                                                                 "as JSON")] = False) -> None:
    """Run the pipeline over files (uploaded first) and datasets; prints the run id."""
    state = _state(ctx)
    chosen_tiers = _tiers(tiers, "quality")
    with state.client() as client:
        dataset_ids = []
        for source in sources:
            path = Path(source)
            if path.is_file():
                dataset_ids.append(_upload(state, client, path, None, wait=False)["dataset_id"])
            elif DATASET_ID.match(source) and not path.suffix:
                dataset_ids.append(source)
            else:
                raise ConfigError("No such file or dataset", f"{source!r} is neither a file nor a dataset id")
        accepted = client.execute(dataset_ids, quality_threshold=threshold, mode=mode.value if mode else None,
                                  pii_policy=pii_policy.value if pii_policy else None, tiers=chosen_tiers,
                                  template=template,
                                  batch_size=batch_size, priority=priority)
        run_id = accepted["run_id"]
        if not follow_run:
            display.err.print(f"run {run_id} queued: `dp status {run_id}` shows where it is", markup=False)
            emit_json(accepted) if as_json else print(run_id)
            return
        final = follow(state, client, run_id)
    for line in display.run_summary(final):
        display.err.print(line, markup=False)
    emit_json(final) if as_json else print(run_id)
    if final["status"] != "completed":
        raise RunNotCompleted(final)


# ---------------------------------------------------------------------- status


@app.command()
@handled
def status(ctx: typer.Context,
           run: Annotated[Optional[str], typer.Argument(metavar="[RUN]", help="a run id; none: the newest runs")] = None,
           limit: Annotated[int, typer.Option(min=1, max=1000, help="runs listed without RUN")] = 20,
           only: Annotated[Optional[str], typer.Option("--status", help="list only runs in this state")] = None,
           follow_run: Annotated[bool, typer.Option("--follow", "-f", help="follow RUN to its end with "
                                                                            "per-stage bars; exit 1 unless it "
                                                                            "completed")] = False,
           as_json: Annotated[bool, typer.Option("--json")] = False) -> None:
    """A run's status, stages and counts; without RUN, the newest runs."""
    state = _state(ctx)
    if follow_run:
        if run is None:
            raise ConfigError("--follow needs a RUN", "dp status RUN --follow")
        with state.client() as client:
            final = follow(state, client, run)
        for line in display.run_summary(final):
            display.err.print(line, markup=False)
        if as_json:
            emit_json(final)
        if final["status"] != "completed":
            raise RunNotCompleted(final)
        return
    with state.client() as client:
        if run is None:
            runs = client.runs(limit=limit, status=only)
            if as_json:
                emit_json(runs)
            elif runs:
                display.out.print(display.runs_table(runs))
            else:
                display.err.print("no runs")
            return
        doc = client.status(run)
    if as_json:
        emit_json(doc)
        return
    display.out.print(display.run_table(doc))
    for line in display.run_summary(doc):
        display.out.print(line, markup=False)


# ---------------------------------------------------------------------- export


@app.command()
@handled
def export(ctx: typer.Context,
           run: Annotated[str, typer.Argument(help="a completed run's id")],
           fmt: Annotated[ExportFormat, typer.Option("--format", help="file format")] = ExportFormat.jsonl,
           compression: Annotated[Compression, typer.Option(help="none, gzip or zstd")] = Compression.none,
           output: Annotated[Optional[Path], typer.Option("--output", "-o", help="where to save it "
                                                          "(default: <run>.<format>[.gz|.zst] here)")] = None) -> None:
    """Download a completed run's export, verifying its SHA-256; prints the saved path."""
    state = _state(ctx)
    suffix = {"none": "", "gzip": ".gz", "zstd": ".zst"}[compression.value]
    target = output or Path(f"{run}.{fmt.value}{suffix}")
    if target.is_dir():
        target = target / f"{run}.{fmt.value}{suffix}"
    with state.client() as client, display.transfer_bar("export") as bar:
        task = bar.add_task(f"{target.name}", total=None, visible=not state.quiet)
        said: set[str] = set()

        def pending(view: dict[str, Any]) -> None:
            if view.get("status") not in said:
                said.add(view.get("status"))
                bar.console.print(f"production is making {fmt.value} ({compression.value}): {view.get('status')}",
                                  markup=False)

        saved = client.download_export(run, fmt.value, compression.value, target, on_pending=pending,
                                       on_progress=lambda done, total: bar.update(task, completed=done, total=total))
    display.err.print(f"saved {saved['path']} ({display.human_bytes(saved['bytes'])}), "
                      f"sha256 {saved['sha256']} verified", markup=False)
    print(saved["path"])


# ---------------------------------------------------------------------- validate


@app.command()
@handled
def validate(ctx: typer.Context,
             file: Annotated[Path, typer.Argument(help=".jsonl .ndjson .json .csv .tsv (each also .gz) or .parquet")],
             threshold: Annotated[float, typer.Option(min=0.0, max=1.0, help="quality threshold")] = 0.7,
             pii_policy: Annotated[PiiPolicy, typer.Option(help="personal data policy")] = PiiPolicy.redact,
             tiers: Annotated[Optional[str], typer.Option(metavar="TIER,...", help=TIERS_HELP)] = None,
             limit: Annotated[int, typer.Option(min=0, help="check only the first N records (0: all)")] = 0,
             batch: Annotated[int, typer.Option(min=1, max=1000, help="records per request")] = 500,
             as_json: Annotated[bool, typer.Option("--json")] = False) -> None:
    """Check a file before uploading it: how its records convert and score.

    Records are standardized and scored by the gateway (nothing is stored but the validation
    summary). Needs the standardize and validate scopes (editor tier)."""
    state = _state(ctx)
    if not file.is_file():
        raise ConfigError("No such file", str(file))
    options: dict[str, Any] = {"pii_policy": pii_policy.value}
    if tiers is not None:
        options["tiers"] = _tiers(tiers, "options")
    totals: Counter = Counter()
    reasons: Counter = Counter()
    formats: Counter = Counter()
    flags: Counter = Counter()
    risk: Counter = Counter()
    score_sum = 0.0

    def records():
        for i, record in enumerate(read_records(file)):
            if limit and i >= limit:
                return
            yield record

    with state.client() as client, display.spinner() as spin:
        task = spin.add_task("validating", visible=not state.quiet)
        for chunk in chunks(records(), batch):
            local = [r for r in chunk if isinstance(r, LocalReject)]
            totals["records"] += len(local)
            reasons.update(r.reason for r in local)
            sendable = [r for r in chunk if not isinstance(r, LocalReject)]
            results = client.standardize_batch(sendable)["results"] if sendable else []
            conversations = []
            for result in results:
                totals["records"] += 1
                if result["status"] == "converted":
                    totals["converted"] += 1
                    formats[result.get("detected_format") or "?"] += 1
                    conversations.extend(as_validation_input(c) for c in result["conversations"])
                else:
                    reasons[result.get("reason") or "?"] += 1
            for part in chunks(iter(conversations), 1000):
                checked = client.validate_quality(part, threshold, options)
                for r in checked["results"]:
                    totals["conversations"] += 1
                    totals["passed"] += bool(r["passed"])
                    score_sum += r["score"]
                    flags.update(r.get("flags") or [])
                    risk[r.get("risk_level", "none")] += 1
            spin.update(task, description=f"validating: {totals['records']:,} records, "
                                          f"{totals['conversations']:,} conversations scored")
    if totals["records"] == 0:
        raise DpError("No records", f"{file.name} holds no records")
    summary = {"file": str(file), "records": totals["records"], "converted": totals["converted"],
               "rejected": totals["records"] - totals["converted"], "reject_reasons": dict(reasons.most_common()),
               "formats": dict(formats.most_common()), "conversations": totals["conversations"],
               "passed": totals["passed"], "threshold": threshold,
               "mean_score": round(score_sum / totals["conversations"], 4) if totals["conversations"] else None,
               "flags": dict(flags.most_common()), "risk_levels": dict(risk.most_common())}
    if as_json:
        emit_json(summary)
        return
    p = display.out.print
    p(f"{file.name}: {summary['records']:,} records, {summary['converted']:,} convert "
      f"({', '.join(f'{k} {v:,}' for k, v in formats.most_common()) or 'none'}), {summary['rejected']:,} rejected",
      markup=False)
    if reasons:
        p("  rejects: " + ", ".join(f"{k} {v:,}" for k, v in reasons.most_common(8)), markup=False)
    if summary["conversations"]:
        p(f"  {summary['conversations']:,} conversations: {summary['passed']:,} pass the threshold {threshold} "
          f"(mean score {summary['mean_score']:.3f})", markup=False)
    if flags:
        p("  flags: " + ", ".join(f"{k} {v:,}" for k, v in flags.most_common(8)), markup=False)
    notable = {k: v for k, v in risk.items() if k != "none"}
    if notable:
        p("  risk levels: " + ", ".join(f"{k} {v:,}" for k, v in sorted(notable.items())), markup=False)


# ---------------------------------------------------------------------- keys


def _rate_limits(values: list[str]) -> dict[str, str]:
    limits = {}
    for value in values:
        bucket, sep, limit = value.partition("=")
        if not sep or not bucket or not limit:
            raise ConfigError("Invalid --rate-limit", f"{value!r}: give it as BUCKET=LIMIT, e.g. validation=500/minute")
        limits[bucket.strip()] = limit.strip()
    return limits


@keys_app.command("create")
@handled
def keys_create(ctx: typer.Context,
                name: Annotated[str, typer.Option(help="who or what uses the key")],
                tier: Annotated[Tier, typer.Option(help="viewer, editor or admin")],
                rate_limit: Annotated[Optional[list[str]], typer.Option(
                    metavar="BUCKET=LIMIT", help="e.g. validation=500/minute (repeatable)")] = None,
                as_json: Annotated[bool, typer.Option("--json")] = False) -> None:
    """Create a key; prints its secret (shown once, only its hash is stored)."""
    state = _state(ctx)
    with state.client() as client:
        created = client.create_key(name, tier.value, _rate_limits(rate_limit or []))
    display.err.print(f"created key {created['key_id']} ({created['name']}, {created['tier']}); "
                      "its secret is below and is not shown again", markup=False)
    emit_json(created) if as_json else print(created["api_key"])


@keys_app.command("list")
@handled
def keys_list(ctx: typer.Context, as_json: Annotated[bool, typer.Option("--json")] = False) -> None:
    """All keys (never their secrets)."""
    state = _state(ctx)
    with state.client() as client:
        keys = client.keys()
    if as_json:
        emit_json(keys)
    else:
        display.out.print(display.keys_table(keys))


@keys_app.command("revoke")
@handled
def keys_revoke(ctx: typer.Context, key_id: Annotated[str, typer.Argument(help="16 hex characters")]) -> None:
    """Revoke a key (it stops working on every gateway replica within the key cache time)."""
    state = _state(ctx)
    with state.client() as client:
        doc = client.revoke_key(key_id)
    display.err.print(f"revoked key {doc['key_id']} ({doc['name']}, {doc['tier']}) at {doc['revoked_at']}",
                      markup=False)


# ---------------------------------------------------------------------- config


@app.command("config")
@handled
def config_cmd(ctx: typer.Context) -> None:
    """Where the gateway URL and the API key come from (the key is not shown)."""
    cfg = _state(ctx).config()
    print(f"gateway_url  {cfg.gateway_url}  ({cfg.source('gateway_url')})")
    key = f"set, {len(cfg.api_key)} characters" if cfg.api_key else "not set"
    print(f"api_key      {key}  ({cfg.source('api_key')})")
    print(f"config_file  {cfg.source('config_file')}")


def run() -> None:
    """The console script."""
    app(prog_name="dp")


if __name__ == "__main__":
    run()
