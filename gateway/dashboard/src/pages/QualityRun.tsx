/** One run's quality: summary (tiers, distribution, flags with advice) and its conversations. */
import { qualityAnalyticsQuery, runStatusQuery, unwrap } from "@client";
import { useQueries, useQuery } from "@tanstack/react-query";

import { ConversationView } from "../components/ConversationView";
import { EmptyState, ErrorBanner, Loading } from "../components/feedback";
import { QualitySummaryView } from "../components/QualitySummaryView";
import { RejectsTable } from "../components/Rejects";
import { Badge, statusVariant } from "../components/ui/badge";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "../components/ui/card";
import { api } from "../lib/api";
import { formatScore, shortId } from "../lib/format";
import { Link } from "../lib/router";
import type { ConversationPreview } from "../lib/types";

export function QualityRunPage({ runId }: { runId: string }) {
  const run = useQuery(runStatusQuery(api, runId));
  const analytics = useQuery(qualityAnalyticsQuery(api, { run_id: runId }));
  const datasets = useQueries({
    queries: (run.data?.dataset_ids ?? []).map((id) => ({
      queryKey: ["datasets", id, "conversations"],
      queryFn: ({ signal }: { signal?: AbortSignal }) => unwrap(api.GET("/api/v1/datasets/{dataset_id}", {
        params: { path: { dataset_id: id }, query: { preview: 20 } }, signal })),
    })),
  });
  const conversations = datasets.flatMap((q) => (q.data?.conversations ?? []) as ConversationPreview[]);
  const previewNote = datasets.map((q) => q.data?.preview_error).find(Boolean);
  // what to do about each flag, from the reports of the conversations shown
  const advice = new Map<string, string>();
  for (const c of conversations) for (const r of c.quality?.recommendations ?? []) if (!advice.has(r.reason)) advice.set(r.reason, r.recommendation.replace(/ \(.*\)$/, ""));
  const summary = analytics.data?.by_run[runId] ?? analytics.data?.overall;
  return (
    <div className="flex flex-col gap-4" data-testid="page-quality-run">
      <Link to="/quality" className="text-sm text-blue-700 hover:underline">← Quality</Link>
      <div className="flex flex-wrap items-center gap-2">
        <h1 className="text-xl font-semibold">Quality of run <code>{shortId(runId)}</code></h1>
        {run.data && <Badge variant={statusVariant(run.data.status)}>{run.data.status}</Badge>}
      </div>
      <ErrorBanner error={run.error} />
      <Card>
        <CardHeader><CardTitle>Scores</CardTitle></CardHeader>
        <CardContent>
          <ErrorBanner error={analytics.error} />
          {analytics.isPending && <Loading what="scores" />}
          {summary && <QualitySummaryView summary={summary} advice={advice} />}
        </CardContent>
      </Card>
      <Card>
        <CardHeader>
          <CardTitle>Conversations</CardTitle>
          <CardDescription>As stored after the PII policy: placeholders for personal data, risk tags on client turns, flagged counsellor turns. The newest scoring run of each dataset is shown.</CardDescription>
        </CardHeader>
        <CardContent>
          {datasets.some((q) => q.isPending) && <Loading what="conversations" />}
          {datasets.map((q, i) => <ErrorBanner key={i} error={q.error} />)}
          {previewNote && conversations.length === 0 && <p className="rounded-md bg-slate-100 p-2 text-sm" data-testid="preview-note">{previewNote}</p>}
          {!previewNote && datasets.every((q) => q.isSuccess) && conversations.length === 0 && <EmptyState title="No stored conversation">This run kept none, or they have not been scored yet.</EmptyState>}
          <div className="flex flex-col gap-4">
            {conversations.map((c) => (
              <details key={c.conversation_id} className="rounded-md border border-slate-200 p-2" data-testid="conversation" open={hasFindings(c)}>
                <summary className="cursor-pointer text-sm">
                  <code>{shortId(c.conversation_id)}</code> · record {c.record_index ?? "?"} · score {formatScore(c.quality_score)}
                  {(c.quality?.flags ?? []).map((f) => <Badge key={f} className="ml-1">{f}</Badge>)}
                </summary>
                <div className="mt-2"><ConversationView messages={c.messages} quality={c.quality} /></div>
              </details>
            ))}
          </div>
        </CardContent>
      </Card>
      <Card>
        <CardHeader><CardTitle>Rejects</CardTitle><CardDescription>Records this run could not convert.</CardDescription></CardHeader>
        <CardContent><RejectsTable runId={runId} /></CardContent>
      </Card>
    </div>
  );
}

function hasFindings(c: ConversationPreview): boolean {
  return (c.quality?.flags?.length ?? 0) > 0 || (c.quality?.risk_turns?.length ?? 0) > 0;
}
