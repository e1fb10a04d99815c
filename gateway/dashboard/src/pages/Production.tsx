/** Production datasets: generate (runs, splits, template, filters), follow, download each file. */
import { unwrap, type components } from "@client";
import { useMutation, useQuery } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";

import { EmptyState, ErrorBanner, NotAllowed } from "../components/feedback";
import { Badge, statusVariant } from "../components/ui/badge";
import { Button } from "../components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "../components/ui/card";
import { Input, Label, Select } from "../components/ui/input";
import { Progress } from "../components/ui/progress";
import { api } from "../lib/api";
import { formatBytes, formatCount, formatDate, shortId } from "../lib/format";
import { useCan } from "../lib/me";
import { requiredScope } from "../lib/permissions";
import { Link } from "../lib/router";
import { downloadGenerationFile, type Downloaded } from "../lib/transfer";
import { useRuns } from "./Pipeline";

type GenerationConfig = components["schemas"]["GenerationConfig"];
const TEMPLATES = ["openai", "chatml", "sharegpt", "alpaca", "vicuna", "llama3"] as const;
// Generations come from GET /production/generations (newest first); the ones this tab just started
// are shown at once, before the list is read again.
const STORAGE = "dp.generations";

function remembered(): string[] {
  try {
    return JSON.parse(sessionStorage.getItem(STORAGE) ?? "[]") as string[];
  } catch {
    return [];
  }
}

export function ProductionPage() {
  const [started, setStarted] = useState<string[]>(remembered);
  const listed = useQuery({
    queryKey: ["generations"],
    queryFn: ({ signal }) => unwrap(api.GET("/api/v1/production/generations", { params: { query: { limit: 50 } }, signal })),
    refetchInterval: 5000,
  });
  const add = (id: string) => {
    const next = [id, ...started.filter((x) => x !== id)];
    sessionStorage.setItem(STORAGE, JSON.stringify(next));
    setStarted(next);
    void listed.refetch();
  };
  const fromApi = (listed.data?.items ?? []).map((g) => g.generation_id);
  const ids = [...started.filter((id) => !fromApi.includes(id)), ...fromApi];
  return (
    <div className="flex flex-col gap-4" data-testid="page-production">
      <h1 className="text-xl font-semibold">Production datasets</h1>
      <GenerateForm onStarted={add} />
      <Card>
        <CardHeader><CardTitle>Generations</CardTitle><CardDescription>Newest first (the latest 50).</CardDescription></CardHeader>
        <CardContent className="flex flex-col gap-3">
          {listed.error && <ErrorBanner error={listed.error} />}
          {ids.length === 0 && !listed.isPending && <EmptyState title="No production dataset yet">Pick completed runs above and press Generate.</EmptyState>}
          {ids.map((id) => <GenerationCard key={id} id={id} />)}
        </CardContent>
      </Card>
    </div>
  );
}

function GenerateForm({ onStarted }: { onStarted: (id: string) => void }) {
  const allowed = useCan("generate");
  const runs = useRuns();
  const done = (runs.data?.items ?? []).filter((r) => r.status === "completed");
  const [picked, setPicked] = useState<string[]>([]);
  const [template, setTemplate] = useState<(typeof TEMPLATES)[number]>("openai");
  const [train, setTrain] = useState("0.8");
  const [validation, setValidation] = useState("0.1");
  const [test, setTest] = useState("0.1");
  const [groupBy, setGroupBy] = useState<"thread" | "question" | "cluster">("thread");
  const [minScore, setMinScore] = useState("");
  const generate = useMutation({
    mutationFn: (body: GenerationConfig) => unwrap(api.POST("/api/v1/production/generate", { body })),
    onSuccess: (g) => onStarted(g.generation_id),
  });
  if (!allowed) {
    return <Card><CardContent className="pt-4"><NotAllowed scope={requiredScope("generate")}>Your key cannot generate production datasets.</NotAllowed></CardContent></Card>;
  }
  function submit(e: FormEvent) {
    e.preventDefault();
    generate.mutate({
      run_ids: picked, template,
      splits: { train: Number(train), validation: Number(validation), test: Number(test), group_by: groupBy },
      filters: minScore ? { min_quality_score: Number(minScore) } : {},
    } as GenerationConfig);
  }
  return (
    <Card>
      <CardHeader><CardTitle>Generate</CardTitle><CardDescription>Leakage-safe train/validation/test splits from completed runs, in a chat template.</CardDescription></CardHeader>
      <CardContent>
        <form onSubmit={submit} className="flex flex-col gap-3" data-testid="generate-form">
          <fieldset>
            <legend className="mb-1 text-sm font-medium">Completed runs</legend>
            {runs.isSuccess && done.length === 0 && <EmptyState title="No completed run">Start one on the <Link to="/pipeline" className="text-blue-700 underline">Pipeline</Link> page first.</EmptyState>}
            <div className="max-h-40 overflow-y-auto rounded-md border border-slate-200">
              {done.map((r) => (
                <label key={r.run_id} className="flex items-center gap-2 border-b border-slate-100 px-2 py-1.5 text-sm last:border-0">
                  <input type="checkbox" checked={picked.includes(r.run_id)}
                    onChange={(e) => setPicked(e.target.checked ? [...picked, r.run_id] : picked.filter((x) => x !== r.run_id))} />
                  <code>{shortId(r.run_id)}</code>
                  <span className="text-xs text-slate-600">{formatCount(r.counts.exported)} exported · {formatDate(r.created_at)}</span>
                </label>
              ))}
            </div>
          </fieldset>
          <div className="grid grid-cols-2 gap-3 sm:grid-cols-3 lg:grid-cols-6">
            <div><Label htmlFor="g-template">Template</Label>
              <Select id="g-template" value={template} onChange={(e) => setTemplate(e.target.value as typeof template)}>
                {TEMPLATES.map((t) => <option key={t}>{t}</option>)}
              </Select></div>
            <div><Label htmlFor="g-train">Train</Label><Input id="g-train" type="number" step={0.05} min={0} max={1} value={train} onChange={(e) => setTrain(e.target.value)} /></div>
            <div><Label htmlFor="g-val">Validation</Label><Input id="g-val" type="number" step={0.05} min={0} max={1} value={validation} onChange={(e) => setValidation(e.target.value)} /></div>
            <div><Label htmlFor="g-test">Test</Label><Input id="g-test" type="number" step={0.05} min={0} max={1} value={test} onChange={(e) => setTest(e.target.value)} /></div>
            <div><Label htmlFor="g-group">Keep together</Label>
              <Select id="g-group" value={groupBy} onChange={(e) => setGroupBy(e.target.value as typeof groupBy)}>
                <option value="thread">thread</option><option value="question">question</option><option value="cluster">near-duplicates</option>
              </Select></div>
            <div><Label htmlFor="g-min">Min. score</Label><Input id="g-min" type="number" step={0.05} min={0} max={1} value={minScore} placeholder="any" onChange={(e) => setMinScore(e.target.value)} /></div>
          </div>
          <ErrorBanner error={generate.error} />
          <Button type="submit" disabled={generate.isPending || picked.length === 0} data-testid="generate-submit">{generate.isPending ? "Starting…" : "Generate"}</Button>
        </form>
      </CardContent>
    </Card>
  );
}

function GenerationCard({ id }: { id: string }) {
  const mayDownload = useCan("export");
  const gen = useQuery({
    queryKey: ["generation", id],
    queryFn: ({ signal }) => unwrap(api.GET("/api/v1/production/status/{generation_id}", { params: { path: { generation_id: id } }, signal })),
    refetchInterval: (q) => (q.state.data && ["completed", "failed"].includes(q.state.data.status) ? false : 2000),
  });
  const [got, setGot] = useState<Record<string, Downloaded>>({});
  const download = useMutation({
    mutationFn: (name: string) => downloadGenerationFile(id, name),
    onSuccess: (d, name) => setGot((g) => ({ ...g, [name]: d })),
  });
  const g = gen.data;
  return (
    <div className="rounded-md border border-slate-200 p-3" data-testid="generation">
      <div className="flex flex-wrap items-center gap-2">
        <code className="font-semibold">{shortId(id)}</code>
        {g && <Badge variant={statusVariant(g.status)}>{g.status}</Badge>}
        {g && <span className="text-xs text-slate-600">{g.config.template} · {formatDate(g.created_at)}</span>}
      </div>
      <ErrorBanner error={gen.error} className="mt-2" />
      {g && g.status !== "completed" && g.status !== "failed" && (
        <Progress className="mt-2" label="Generation progress" value={g.progress.total ? (100 * g.progress.processed) / g.progress.total : null} />
      )}
      {g?.error && <ErrorBanner className="mt-2" error={{ type: "about:blank", status: 500, title: "The generation failed", detail: g.error }} />}
      {g?.counts && <p className="mt-2 text-xs">{Object.entries(g.counts.splits ?? {}).map(([s, n]) => `${s} ${formatCount(n)}`).join(" · ")} · {formatCount(g.counts.duplicates_dropped)} duplicates dropped</p>}
      {g?.status === "completed" && mayDownload && (
        <ul className="mt-2 flex flex-col gap-1 text-xs">
          {[...(g.artifacts ?? []).map((a) => ({ name: a.name, sha: a.sha256, bytes: a.bytes })), ...(g.manifest_url ? [{ name: "manifest.json", sha: g.manifest_sha256 ?? null, bytes: null }] : [])].map((a) => (
            <li key={a.name} className="flex flex-wrap items-center gap-2">
              <Button size="sm" variant="outline" onClick={() => download.mutate(a.name)} disabled={download.isPending} data-testid="generation-download">{a.name}</Button>
              {a.bytes != null && <span>{formatBytes(a.bytes)}</span>}
              {a.sha && <span className="break-all font-mono">SHA-256 {a.sha}</span>}
              {got[a.name] && <Badge variant={got[a.name]!.verified ? "success" : "warning"}>{got[a.name]!.verified ? "checksum verified" : "downloaded"}</Badge>}
            </li>
          ))}
        </ul>
      )}
      <ErrorBanner error={download.error} className="mt-2" />
    </div>
  );
}
