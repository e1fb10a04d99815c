/** Start a run: datasets, threshold, execution mode, PII policy, quality tiers (`POST /api/v1/pipeline/execute`). */
import { unwrap, type ExecuteRequest } from "@client";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";

import { api } from "../lib/api";
import { formatDate } from "../lib/format";
import { RUNS_KEY } from "../lib/live";
import { useCan } from "../lib/me";
import { requiredScope } from "../lib/permissions";
import { EmptyState, ErrorBanner, NotAllowed } from "./feedback";
import { Button } from "./ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "./ui/card";
import { Input, Label, Select } from "./ui/input";

const MODES = ["sequential", "concurrent", "adaptive", "priority_based"] as const;
const PII = [
  { value: "redact", label: "redact (placeholders like [EMAIL])" },
  { value: "exclude", label: "exclude the conversation" },
  { value: "flag", label: "flag only (keeps personal data)" },
] as const;
const TIERS = [
  { value: "structure", label: "structure" },
  { value: "content", label: "content" },
  { value: "counselling", label: "counselling (risk, counsellor replies: leave out for general chat data)" },
] as const;
type QualityTier = (typeof TIERS)[number]["value"];

export function useDatasets() {
  return useQuery({
    queryKey: ["datasets"],
    queryFn: ({ signal }) => unwrap(api.GET("/api/v1/datasets", { params: { query: { limit: 100 } }, signal })),
    refetchInterval: (q) => (q.state.data?.items.some((d) => d.status === "registering") ? 2000 : false),
  });
}

export function StartRun({ selected, setSelected }: { selected: string[]; setSelected: (ids: string[]) => void }) {
  const allowed = useCan("run");
  const qc = useQueryClient();
  const datasets = useDatasets();
  const [threshold, setThreshold] = useState("0.7");
  const [mode, setMode] = useState<(typeof MODES)[number]>("sequential");
  const [pii, setPii] = useState<(typeof PII)[number]["value"]>("redact");
  const [tiers, setTiers] = useState<QualityTier[]>(TIERS.map((t) => t.value));
  const start = useMutation({
    mutationFn: (body: ExecuteRequest) => unwrap(api.POST("/api/v1/pipeline/execute", { body })),
    onSuccess: () => void qc.invalidateQueries({ queryKey: RUNS_KEY }),
  });

  function submit(e: FormEvent) {
    e.preventDefault();
    // in table order, as the API keeps them
    const chosen = TIERS.map((t) => t.value).filter((t) => tiers.includes(t));
    start.mutate({ dataset_ids: selected, quality_threshold: Number(threshold), mode, quality: { pii_policy: pii, tiers: chosen } });
  }

  if (!allowed) {
    return (
      <Card>
        <CardHeader><CardTitle>Start a run</CardTitle></CardHeader>
        <CardContent><NotAllowed scope={requiredScope("run")}>Your key cannot start runs.</NotAllowed></CardContent>
      </Card>
    );
  }
  const usable = (datasets.data?.items ?? []).filter((d) => d.status !== "failed");
  return (
    <Card>
      <CardHeader>
        <CardTitle>Start a run</CardTitle>
        <CardDescription>Standardize, score and export the datasets you pick.</CardDescription>
      </CardHeader>
      <CardContent>
        <form onSubmit={submit} className="flex flex-col gap-3" data-testid="start-run-form">
          <fieldset className="flex flex-col gap-1">
            <legend className="text-sm font-medium">Datasets</legend>
            <ErrorBanner error={datasets.error} />
            {datasets.isSuccess && usable.length === 0 && (
              <EmptyState title="No dataset yet">Upload a file or load one first (left).</EmptyState>
            )}
            <div className="max-h-48 overflow-y-auto rounded-md border border-slate-200">
              {usable.map((d) => (
                <label key={d.dataset_id} className="flex flex-wrap items-center gap-x-2 border-b border-slate-100 px-2 py-1.5 text-sm last:border-0">
                  <input type="checkbox" checked={selected.includes(d.dataset_id)} data-testid="run-dataset-option"
                    onChange={(e) => setSelected(e.target.checked ? [...selected, d.dataset_id] : selected.filter((x) => x !== d.dataset_id))} />
                  <span className="min-w-0 truncate font-medium">{d.name}</span>
                  <span className="ml-auto text-xs text-slate-600">{d.status} · {formatDate(d.created_at)}</span>
                </label>
              ))}
            </div>
          </fieldset>
          <div className="grid grid-cols-1 gap-3 sm:grid-cols-3">
            <div className="flex flex-col gap-1">
              <Label htmlFor="threshold">Quality threshold</Label>
              <Input id="threshold" type="number" min={0} max={1} step={0.05} value={threshold}
                onChange={(e) => setThreshold(e.target.value)} data-testid="run-threshold" />
            </div>
            <div className="flex flex-col gap-1">
              <Label htmlFor="mode">Execution mode</Label>
              <Select id="mode" value={mode} onChange={(e) => setMode(e.target.value as typeof mode)} data-testid="run-mode">
                {MODES.map((m) => <option key={m} value={m}>{m.replace("_", " ")}</option>)}
              </Select>
            </div>
            <div className="flex flex-col gap-1">
              <Label htmlFor="pii">PII policy</Label>
              <Select id="pii" value={pii} onChange={(e) => setPii(e.target.value as typeof pii)} data-testid="run-pii">
                {PII.map((p) => <option key={p.value} value={p.value}>{p.label}</option>)}
              </Select>
            </div>
          </div>
          <fieldset className="flex flex-col gap-1" data-testid="run-tiers">
            <legend className="text-sm font-medium">Quality tiers</legend>
            <div className="flex flex-wrap gap-x-4 gap-y-1">
              {TIERS.map((t) => (
                <label key={t.value} className="flex items-center gap-2 text-sm">
                  <input type="checkbox" checked={tiers.includes(t.value)} data-testid={`run-tier-${t.value}`}
                    disabled={tiers.length === 1 && tiers.includes(t.value)}
                    onChange={(e) => setTiers(e.target.checked ? [...tiers, t.value] : tiers.filter((x) => x !== t.value))} />
                  <span>{t.label}</span>
                </label>
              ))}
            </div>
          </fieldset>
          <ErrorBanner error={start.error} />
          {start.data && <p className="text-sm text-green-800" role="status" data-testid="run-started">Run {start.data.run_id.slice(0, 8)} is {start.data.status}.</p>}
          <Button type="submit" disabled={start.isPending || selected.length === 0} data-testid="start-run">
            {start.isPending ? "Starting…" : `Start run${selected.length ? ` (${selected.length} dataset${selected.length > 1 ? "s" : ""})` : ""}`}
          </Button>
        </form>
      </CardContent>
    </Card>
  );
}
