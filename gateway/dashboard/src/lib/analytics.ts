/** Throughput and error rates per run, over time (from the runs list), for the Analytics page. */
import type { QualityAnalytics, RunStatus } from "@client";

export type RunPoint = { runId: string; at: string; seconds: number; records: number; rate: number; errorRate: number; status: string };

export function runPoints(runs: RunStatus[]): RunPoint[] {
  const out: RunPoint[] = [];
  for (const r of runs) {
    if (!r.started_at || !r.finished_at) continue;
    const seconds = (Date.parse(r.finished_at) - Date.parse(r.started_at)) / 1000;
    const records = r.counts.records_in ?? 0;
    if (!(seconds > 0) || records <= 0) continue;
    const errors = (r.counts.rejected ?? 0) + (r.counts.failed ?? 0);
    out.push({ runId: r.run_id, at: r.finished_at, seconds, records, rate: records / seconds, errorRate: errors / records, status: r.status });
  }
  return out.sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
}

/** Per dataset, the mean score of each run that scored it, oldest first. */
export function qualityTrends(runs: RunStatus[], analytics: QualityAnalytics | undefined): Map<string, { runId: string; at: string; score: number }[]> {
  const out = new Map<string, { runId: string; at: string; score: number }[]>();
  if (!analytics) return out;
  const ordered = [...runs].sort((a, b) => Date.parse(a.created_at) - Date.parse(b.created_at));
  for (const r of ordered) {
    const score = analytics.by_run[r.run_id]?.mean_score;
    if (score == null) continue;
    for (const d of r.dataset_ids) out.set(d, [...(out.get(d) ?? []), { runId: r.run_id, at: r.created_at, score }]);
  }
  return out;
}
