import { unwrap } from "@client";
import { useQuery } from "@tanstack/react-query";

import { api } from "../lib/api";
import { EmptyState, ErrorBanner, Loading } from "./feedback";
import { Table, TBody, TD, TH, THead, TR } from "./ui/table";

/** A run's rejected records (optionally one dataset's) with reason, detail and an excerpt. */
export function RejectsTable({ runId, datasetId }: { runId: string; datasetId?: string }) {
  const rejects = useQuery({
    queryKey: ["dataset-pipeline", "run", runId, "rejects"],
    queryFn: ({ signal }) => unwrap(api.GET("/api/v1/pipeline/rejects/{run_id}", { params: { path: { run_id: runId }, query: { limit: 200 } }, signal })),
  });
  const items = (rejects.data?.items ?? []).filter((r) => !datasetId || r.dataset_id === datasetId);
  if (rejects.isPending) return <Loading what="rejects" />;
  if (rejects.error) return <ErrorBanner error={rejects.error} />;
  if (items.length === 0) return <EmptyState title="No rejects" testId="rejects-empty">Every record was converted.</EmptyState>;
  return (
    <Table data-testid="rejects-table">
      <THead><tr><TH>Record</TH><TH>Reason</TH><TH>Detail</TH><TH>Excerpt</TH></tr></THead>
      <TBody>
        {items.map((r) => (
          <TR key={r.order_key} data-testid="reject-row">
            <TD className="tabular-nums">{r.record_index}</TD>
            <TD><code className="text-red-800" data-testid="reject-reason">{r.reason}</code></TD>
            <TD className="max-w-md break-words" data-testid="reject-detail">{r.detail}</TD>
            <TD className="max-w-xs"><code className="line-clamp-3 break-all text-xs">{r.excerpt}</code></TD>
          </TR>
        ))}
      </TBody>
    </Table>
  );
}
