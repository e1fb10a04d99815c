/** One run: status, live progress per stage with rate and ETA, cancel, export downloads with checksums. */
import { isTerminal, unwrap, type RunStatus } from "@client";
import { useMutation } from "@tanstack/react-query";
import { useState } from "react";

import { api } from "../lib/api";
import { formatCount, formatDate, shortId } from "../lib/format";
import { applyRunState } from "../lib/live";
import { useCan } from "../lib/me";
import { formatEta, formatRate, runEta, runFraction, runRate, stageFraction, STAGES } from "../lib/progress";
import { Link } from "../lib/router";
import { downloadRunExport, EXPORT_FORMATS, type Downloaded, type ExportFormat } from "../lib/transfer";
import { useQueryClient } from "@tanstack/react-query";
import { ErrorBanner } from "./feedback";
import { Badge, statusVariant } from "./ui/badge";
import { Button } from "./ui/button";
import { Progress } from "./ui/progress";

export function RunRow({ run }: { run: RunStatus }) {
  const qc = useQueryClient();
  const mayCancel = useCan("cancel");
  const fraction = runFraction(run);
  const active = !isTerminal(run.status);
  const cancel = useMutation({
    mutationFn: () => unwrap(api.POST("/api/v1/pipeline/cancel/{run_id}", { params: { path: { run_id: run.run_id } } })),
    onSuccess: (next) => applyRunState(qc, next),
  });
  const counts = run.counts;
  const failures = run.failures ?? [];
  return (
    <li className="flex flex-col gap-2 p-3" data-testid="run-row" data-run-id={run.run_id} data-status={run.status}>
      <div className="flex flex-wrap items-center gap-2">
        <code className="text-sm font-semibold" title={run.run_id}>{shortId(run.run_id)}</code>
        <Badge variant={statusVariant(run.status)} data-testid="run-status">{run.status}</Badge>
        <span className="text-xs text-slate-600">{run.kind} · {(run.mode ?? "sequential").replace("_", " ")} · {formatDate(run.created_at)}</span>
        {run.quality?.tiers && run.quality.tiers.length < 3 && (
          <Badge data-testid="run-tiers">tiers: {run.quality.tiers.join(", ")}</Badge>
        )}
        <span className="ml-auto flex gap-2">
          {run.status === "completed" && <Link to={`/quality/${run.run_id}`} className="text-sm text-blue-700 hover:underline">Quality</Link>}
          {active && mayCancel && (
            <Button size="sm" variant="outline" onClick={() => cancel.mutate()} disabled={cancel.isPending} data-testid="run-cancel">
              {cancel.isPending ? "Cancelling…" : "Cancel"}
            </Button>
          )}
        </span>
      </div>
      <div className="flex items-center gap-3">
        <Progress label={`Run ${shortId(run.run_id)} progress`} value={fraction === null ? null : fraction * 100} data-testid="run-progress" />
        <span className="w-12 text-right text-xs tabular-nums" data-testid="run-percent">{fraction === null ? "—" : `${Math.round(fraction * 100)}%`}</span>
      </div>
      {active && (
        <p className="text-xs text-slate-700" data-testid="run-rate-eta">
          Rate {formatRate(runRate(run))} · ETA {formatEta(runEta(run))}
        </p>
      )}
      <details className="text-xs" open={active}>
        <summary className="cursor-pointer text-slate-700">
          {formatCount(counts.records_in)} records in · {formatCount(counts.records_converted)} converted · {formatCount(counts.rejected)} rejected ·{" "}
          {formatCount(counts.passed)} passed · {formatCount(counts.exported)} exported
        </summary>
        <div className="mt-2 grid grid-cols-1 gap-2 sm:grid-cols-2">
          {STAGES.map((s) => {
            const stage = run.stages[s];
            const f = stageFraction(stage, !active);
            return (
              <div key={s} data-testid={`stage-${s}`}>
                <div className="flex justify-between"><span className="font-medium">{s}</span>
                  <span className="text-slate-600">{stage ? `${stage.batches_done}/${stage.total_batches ?? "?"} batches · ${formatRate(stage.rate)}${stage.eta_s != null ? ` · ${formatEta(stage.eta_s)} left` : ""}` : "—"}</span>
                </div>
                <Progress label={`${s} stage`} value={f === null ? null : f * 100} className="h-1.5" />
              </div>
            );
          })}
        </div>
      </details>
      {failures.length > 0 && (
        <p className="text-xs text-red-800">{failures.length} batch{failures.length > 1 ? "es" : ""} failed: {failures[0]?.error}</p>
      )}
      {run.error && <ErrorBanner error={{ type: "about:blank", status: 500, title: "The run failed", detail: String((run.error as { detail?: unknown }).detail ?? (run.error as { message?: unknown }).message ?? JSON.stringify(run.error)) }} testId="run-error" />}
      {run.status === "completed" && run.export && <Exports run={run} />}
      <ErrorBanner error={cancel.error} />
    </li>
  );
}

function Exports({ run }: { run: RunStatus }) {
  const allowed = useCan("export");
  const [done, setDone] = useState<Partial<Record<ExportFormat, Downloaded>>>({});
  const [waiting, setWaiting] = useState<ExportFormat | null>(null);
  const download = useMutation({
    mutationFn: (format: ExportFormat) => downloadRunExport(run.run_id, format, api, () => setWaiting(format)),
    onSuccess: (result, format) => setDone((d) => ({ ...d, [format]: result })),
    onSettled: () => setWaiting(null),
  });
  if (!allowed) return null;
  const known: Partial<Record<ExportFormat, string>> = { jsonl: run.export?.sha256, json: run.export?.json_sha256 };
  return (
    <div className="rounded-md bg-slate-50 p-2" data-testid="run-exports">
      <p className="mb-1 text-xs font-medium">Export ({formatCount(run.export?.lines)} conversations, {run.export?.template} template)</p>
      <ul className="flex flex-col gap-1">
        {EXPORT_FORMATS.map((format) => {
          const got = done[format];
          const sha = got?.expected ?? got?.sha256 ?? known[format];
          return (
            <li key={format} className="flex flex-wrap items-center gap-2 text-xs">
              <Button size="sm" variant="outline" data-testid={`export-link-${format}`} disabled={download.isPending}
                onClick={() => download.mutate(format)}>
                {waiting === format ? "Writing…" : `Download ${format.toUpperCase()}`}
              </Button>
              {sha ? (
                <span className="min-w-0 break-all font-mono text-slate-700">
                  SHA-256 <span data-testid={`export-sha256-${format}`}>{sha}</span>
                </span>
              ) : <span className="text-slate-600">checksum shown after the first download</span>}
              {got && (
                <Badge variant={got.verified ? "success" : "danger"} data-testid={`export-verified-${format}`}>
                  {got.verified ? "checksum verified" : "checksum mismatch"}
                </Badge>
              )}
            </li>
          );
        })}
      </ul>
      <ErrorBanner error={download.error} className="mt-2" />
    </div>
  );
}
