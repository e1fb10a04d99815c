import { unwrap } from "@client";
import { useQuery } from "@tanstack/react-query";
import { useState } from "react";

import { AddDataset } from "../components/AddDataset";
import { EmptyState, ErrorBanner, Loading } from "../components/feedback";
import { RunRow } from "../components/RunRow";
import { StartRun } from "../components/StartRun";
import { Card, CardContent, CardHeader, CardTitle } from "../components/ui/card";
import { api } from "../lib/api";
import { RUNS_KEY } from "../lib/live";

export function useRuns(limit = 20) {
  return useQuery({
    queryKey: RUNS_KEY,
    queryFn: ({ signal }) => unwrap(api.GET("/api/v1/pipeline/runs", { params: { query: { limit } }, signal })),
    refetchInterval: 30_000, // the WebSocket keeps it current; this catches runs it missed while reconnecting
  });
}

export function PipelinePage() {
  const [selected, setSelected] = useState<string[]>([]);
  const runs = useRuns();
  return (
    <div className="flex flex-col gap-4" data-testid="page-pipeline">
      <h1 className="text-xl font-semibold">Pipeline</h1>
      <div className="grid grid-cols-1 gap-4 lg:grid-cols-2">
        <AddDataset onAdded={(id) => setSelected((s) => (s.includes(id) ? s : [...s, id]))} />
        <StartRun selected={selected} setSelected={setSelected} />
      </div>
      <Card>
        <CardHeader><CardTitle>Runs</CardTitle></CardHeader>
        <CardContent>
          <ErrorBanner error={runs.error} />
          {runs.isPending && <Loading what="runs" />}
          {runs.data && runs.data.items.length === 0 && (
            <EmptyState title="No run yet" testId="runs-empty">Add a dataset above, pick it and press “Start run”.</EmptyState>
          )}
          <ul className="divide-y divide-slate-100" data-testid="runs-list">
            {runs.data?.items.map((run) => <RunRow key={run.run_id} run={run} />)}
          </ul>
        </CardContent>
      </Card>
    </div>
  );
}
