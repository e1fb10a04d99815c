/**
 * Progress, rate and ETA of a run, from the `StageState` of each stage (the gateway computes a rate
 * and an ETA per stage; this turns them into what a progress bar and a line of text show).
 */
import type { RunStatus, StageState } from "@client";

export const STAGES = ["acquisition", "standardization", "quality", "production"] as const;
export type Stage = (typeof STAGES)[number];

/** Share of a stage done, 0..1, or null while nothing says how much there is. */
export function stageFraction(stage: StageState | undefined, runFinished = false): number | null {
  if (!stage) return null;
  if (stage.total_batches != null && stage.total_batches > 0) {
    return clamp(stage.batches_done / stage.total_batches);
  }
  if (stage.total != null && stage.total > 0) return clamp((stage.processed ?? 0) / stage.total);
  if (stage.total_batches === 0 || stage.total === 0) return runFinished ? 1 : 0;
  return null;
}

/** The run's share done: every stage counts the same; a completed run is 1. */
export function runFraction(run: Pick<RunStatus, "status" | "stages">): number | null {
  if (run.status === "completed") return 1;
  const finished = run.status !== "queued" && run.status !== "running";
  const parts = STAGES.map((s) => stageFraction(run.stages[s], finished));
  if (parts.every((p) => p === null)) return run.status === "queued" ? 0 : null;
  return parts.reduce<number>((sum, p) => sum + (p ?? 0), 0) / STAGES.length;
}

/**
 * Seconds until the run ends: the last stage cannot finish before the slowest one, so the largest
 * ETA of the stages still working. Null when the run has ended or no stage knows.
 */
export function runEta(run: Pick<RunStatus, "status" | "stages">): number | null {
  if (run.status !== "running") return null;
  let eta: number | null = null;
  for (const s of STAGES) {
    const e = run.stages[s]?.eta_s;
    if (e != null && Number.isFinite(e) && e >= 0) eta = eta === null ? e : Math.max(eta, e);
  }
  return eta;
}

/** Records per second through the run: the rate of the stage furthest behind that has one. */
export function runRate(run: Pick<RunStatus, "stages">): number | null {
  for (const s of [...STAGES].reverse()) {
    const r = run.stages[s]?.rate;
    if (r != null && Number.isFinite(r) && r > 0) return r;
  }
  return null;
}

/** Rate from two observations when the gateway has none yet: (processed delta) / (seconds between). */
export function rateBetween(a: { at: number; processed: number }, b: { at: number; processed: number }): number | null {
  const seconds = (b.at - a.at) / 1000;
  if (seconds <= 0 || b.processed < a.processed) return null;
  return (b.processed - a.processed) / seconds;
}

export function formatEta(seconds: number | null | undefined): string {
  if (seconds == null || !Number.isFinite(seconds) || seconds < 0) return "—";
  const s = Math.round(seconds);
  if (s < 60) return `${s} s`;
  if (s < 3600) return `${Math.floor(s / 60)} min ${String(s % 60).padStart(2, "0")} s`;
  return `${Math.floor(s / 3600)} h ${String(Math.floor((s % 3600) / 60)).padStart(2, "0")} min`;
}

export function formatRate(rate: number | null | undefined): string {
  if (rate == null || !Number.isFinite(rate) || rate <= 0) return "—";
  return `${rate >= 100 ? Math.round(rate).toLocaleString("en-US") : rate.toFixed(1)} records/s`;
}

function clamp(x: number): number {
  return Math.min(1, Math.max(0, x));
}
