/** One dataset: metadata, raw records beside their standardized conversations, rejects with reasons. */
import { unwrap } from "@client";
import { useQuery } from "@tanstack/react-query";

import { ConversationView } from "../components/ConversationView";
import { EmptyState, ErrorBanner, Loading } from "../components/feedback";
import { RejectsTable } from "../components/Rejects";
import { Badge, statusVariant } from "../components/ui/badge";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "../components/ui/card";
import { api } from "../lib/api";
import { formatBytes, formatCount, formatDate, formatScore, shortId } from "../lib/format";
import { Link } from "../lib/router";
import type { ConversationPreview } from "../lib/types";

export function DatasetDetailPage({ datasetId }: { datasetId: string }) {
  const detail = useQuery({
    queryKey: ["datasets", datasetId, "detail"],
    queryFn: ({ signal }) => unwrap(api.GET("/api/v1/datasets/{dataset_id}", {
      params: { path: { dataset_id: datasetId }, query: { preview: 10 } }, signal })),
  });
  const progress = useQuery({
    queryKey: ["datasets", datasetId, "progress"],
    queryFn: ({ signal }) => unwrap(api.GET("/api/v1/datasets/{dataset_id}/progress", { params: { path: { dataset_id: datasetId } }, signal })),
  });
  const d = detail.data;
  const latestRun = progress.data?.runs.find((r) => r.status === "completed") ?? progress.data?.runs[0];
  const conversations = (d?.conversations ?? []) as ConversationPreview[];
  const byRecord = new Map(conversations.map((c) => [c.record_index, c]));
  return (
    <div className="flex flex-col gap-4" data-testid="page-dataset">
      <Link to="/datasets" className="text-sm text-blue-700 hover:underline">← All datasets</Link>
      <ErrorBanner error={detail.error} />
      {detail.isPending && <Loading what="the dataset" />}
      {d && (
        <>
          <div className="flex flex-wrap items-center gap-2">
            <h1 className="text-xl font-semibold">{d.name}</h1>
            <Badge variant={statusVariant(d.status)}>{d.status}</Badge>
          </div>
          <dl className="grid grid-cols-2 gap-x-4 gap-y-1 text-sm sm:grid-cols-4">
            <dt className="text-slate-600">Source</dt><dd>{d.source}{d.url ? `: ${d.url}` : d.hf_name ? `: ${d.hf_name}` : ""}</dd>
            <dt className="text-slate-600">Format</dt><dd>{d.format}</dd>
            <dt className="text-slate-600">Size</dt><dd>{formatBytes(d.bytes)}</dd>
            <dt className="text-slate-600">Records</dt><dd>{formatCount(d.intake?.records)}</dd>
            <dt className="text-slate-600">Created</dt><dd>{formatDate(d.created_at)}</dd>
            <dt className="text-slate-600">SHA-256</dt><dd className="break-all font-mono text-xs">{d.sha256}</dd>
          </dl>
          {d.failure && <ErrorBanner error={{ type: "about:blank", status: 422, title: `The dataset failed: ${d.failure.reason}`, detail: d.failure.detail }} />}
          <Card>
            <CardHeader>
              <CardTitle>Records and their conversations</CardTitle>
              <CardDescription>The first records of the file as read for a run, beside what standardization made of them.</CardDescription>
            </CardHeader>
            <CardContent>
              {d.preview_error && <p className="mb-2 rounded-md bg-slate-100 p-2 text-sm text-slate-700" data-testid="preview-note">{d.preview_error}</p>}
              {d.preview.length === 0 && !d.preview_error && <EmptyState title="Nothing to preview yet" />}
              <div className="flex flex-col gap-3">
                {d.preview.map((r) => {
                  const conv = byRecord.get(r.index);
                  return (
                    <div key={r.index} className="grid grid-cols-1 gap-2 border-b border-slate-100 pb-3 lg:grid-cols-2" data-testid="preview-pair">
                      <div>
                        <p className="mb-1 text-xs font-medium text-slate-600">Record {r.index} (raw)</p>
                        {r.error ? <p className="text-sm text-red-800">{r.error}: {r.detail}</p> : (
                          <pre tabIndex={0} className="max-h-64 overflow-auto rounded bg-slate-900 p-2 text-xs text-slate-100">{JSON.stringify(r.data, null, 2)}</pre>
                        )}
                      </div>
                      <div>
                        <p className="mb-1 text-xs font-medium text-slate-600">
                          Standardized{conv ? ` (${conv.original_format ?? "?"}, score ${formatScore(conv.quality_score)})` : ""}
                        </p>
                        {conv ? <ConversationView messages={conv.messages} quality={conv.quality} />
                          : <p className="text-sm text-slate-600">No stored conversation for this record (not run yet, or rejected: see below).</p>}
                      </div>
                    </div>
                  );
                })}
              </div>
            </CardContent>
          </Card>
          <Card>
            <CardHeader>
              <CardTitle>Rejects</CardTitle>
              <CardDescription>
                {latestRun ? <>Records run <code>{shortId(latestRun.run_id)}</code> could not convert, with the reason.</>
                  : "Records a run could not convert show here, with the reason."}
              </CardDescription>
            </CardHeader>
            <CardContent>
              <ErrorBanner error={progress.error} />
              {progress.isSuccess && !latestRun && <EmptyState title="No run has read this dataset yet">Start one on the <Link to="/pipeline" className="text-blue-700 underline">Pipeline</Link> page.</EmptyState>}
              {latestRun && <RejectsTable runId={latestRun.run_id} datasetId={datasetId} />}
            </CardContent>
          </Card>
        </>
      )}
    </div>
  );
}
