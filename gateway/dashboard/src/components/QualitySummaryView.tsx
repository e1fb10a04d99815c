/** Tier scores, the score distribution, flags (with what to do about them), PII kinds, risk levels and safeguarding tags. */
import type { QualitySummary } from "@client";

import { formatCount, formatScore } from "../lib/format";
import { EmptyState } from "./feedback";
import { Progress } from "./ui/progress";

export function Bars({ entries, testId, label }: { entries: [string, number][]; testId: string; label: string }) {
  const max = Math.max(1, ...entries.map(([, n]) => n));
  if (entries.length === 0) return <p className="text-sm text-slate-600">None.</p>;
  return (
    <ul className="flex flex-col gap-1" data-testid={testId} aria-label={label}>
      {entries.map(([name, n]) => (
        <li key={name} className="grid grid-cols-[minmax(0,10rem)_1fr_3.5rem] items-center gap-2 text-xs">
          <span className="truncate" title={name}>{name.replace(/_/g, " ")}</span>
          <span className="h-3 rounded bg-blue-600" style={{ width: `${(100 * n) / max}%`, minWidth: n ? "2px" : 0 }} aria-hidden />
          <span className="text-right tabular-nums">{formatCount(n)}</span>
        </li>
      ))}
    </ul>
  );
}

export function QualitySummaryView({ summary, advice }: { summary: QualitySummary; advice?: Map<string, string> }) {
  if (summary.conversations === 0) return <EmptyState title="No scored conversation yet">Scores show once the quality stage has run.</EmptyState>;
  const histogram = summary.score_histogram.map((b) => [`${(b.from ?? 0).toFixed(1)}–${(b.to ?? 0).toFixed(1)}`, b.count ?? 0] as [string, number]);
  return (
    <div className="grid grid-cols-1 gap-4 lg:grid-cols-2" data-testid="quality-summary">
      <section>
        <h3 className="mb-2 text-sm font-semibold">Tier scores (mean)</h3>
        <p className="mb-2 text-sm">
          {formatCount(summary.conversations)} conversations · {formatCount(summary.passed)} passed · mean score{" "}
          <strong data-testid="mean-score">{formatScore(summary.mean_score)}</strong>
        </p>
        <ul className="flex flex-col gap-2" data-testid="tier-scores">
          {Object.entries(summary.mean_tier_scores).map(([tier, score]) => (
            <li key={tier} className="text-xs">
              <div className="flex justify-between"><span>{tier.replace(/_/g, " ")}</span><span className="tabular-nums">{formatScore(score)}</span></div>
              <Progress label={`${tier} tier score`} value={score * 100} className="h-1.5" />
            </li>
          ))}
        </ul>
      </section>
      <section>
        <h3 className="mb-2 text-sm font-semibold">Score distribution</h3>
        <Bars entries={histogram} testId="score-histogram" label="Conversations per score range" />
      </section>
      <section className="lg:col-span-2">
        <h3 className="mb-2 text-sm font-semibold">Flags and recommendations</h3>
        {Object.keys(summary.flags).length === 0 ? <p className="text-sm text-slate-600">No conversation was flagged.</p> : (
          <ul className="flex flex-col gap-1 text-sm" data-testid="flag-list">
            {Object.entries(summary.flags).map(([flag, n]) => (
              <li key={flag} className="flex flex-wrap gap-x-2" data-testid="flag-item">
                <span className="tabular-nums font-semibold">{formatCount(n)}</span>
                <code>{flag}</code>
                {advice?.get(flag) && <span className="text-slate-700">— {advice.get(flag)}</span>}
              </li>
            ))}
          </ul>
        )}
      </section>
      <section>
        <h3 className="mb-2 text-sm font-semibold">Personal data found (by kind)</h3>
        <Bars entries={Object.entries(summary.pii)} testId="pii-counts" label="Personal data per kind" />
      </section>
      <section>
        <h3 className="mb-2 text-sm font-semibold">Risk levels</h3>
        <Bars entries={Object.entries(summary.risk_levels)} testId="risk-levels" label="Conversations per risk level" />
        {Object.keys(summary.safeguarding ?? {}).length > 0 && (
          <p className="mt-2 text-sm" data-testid="safeguarding" title="Client turns telling of violence, threats or abuse by another person: a tag, not a defect">
            Safeguarding:{" "}
            {Object.entries(summary.safeguarding ?? {}).map(([tag, n]) => `${formatCount(n)} ${tag.replace(/_/g, " ")}`).join(" · ")}
          </p>
        )}
      </section>
    </div>
  );
}
