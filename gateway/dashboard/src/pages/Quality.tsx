/** Quality: pick a run; a playground that validates a pasted conversation. */
import { unwrap, type QualityReport } from "@client";
import { useMutation } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";

import { ConversationView } from "../components/ConversationView";
import { EmptyState, ErrorBanner, Loading, NotAllowed } from "../components/feedback";
import { Badge } from "../components/ui/badge";
import { Button } from "../components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "../components/ui/card";
import { Input, Label, Select, Textarea } from "../components/ui/input";
import { api } from "../lib/api";
import { formatCount, formatDate, formatScore, shortId } from "../lib/format";
import { useCan } from "../lib/me";
import { requiredScope } from "../lib/permissions";
import { Link } from "../lib/router";
import type { StoredQuality } from "../lib/types";
import { useRuns } from "./Pipeline";

export function QualityPage() {
  const runs = useRuns();
  const done = (runs.data?.items ?? []).filter((r) => r.status === "completed" && r.counts.validated);
  return (
    <div className="flex flex-col gap-4" data-testid="page-quality">
      <h1 className="text-xl font-semibold">Quality</h1>
      <Card>
        <CardHeader><CardTitle>Runs</CardTitle><CardDescription>Pick a run to see its scores, flags and conversations.</CardDescription></CardHeader>
        <CardContent>
          <ErrorBanner error={runs.error} />
          {runs.isPending && <Loading what="runs" />}
          {runs.isSuccess && done.length === 0 && (
            <EmptyState title="No completed run yet">Start a run on the <Link to="/pipeline" className="text-blue-700 underline">Pipeline</Link> page; its quality report shows here once it completes.</EmptyState>
          )}
          <ul className="divide-y divide-slate-100">
            {done.map((r) => (
              <li key={r.run_id} className="flex flex-wrap items-center gap-2 py-2 text-sm" data-testid="quality-run">
                <Link to={`/quality/${r.run_id}`} className="font-mono font-semibold text-blue-700 hover:underline">{shortId(r.run_id)}</Link>
                <span className="text-slate-600">{formatDate(r.created_at)}</span>
                <span>{formatCount(r.counts.validated)} scored · {formatCount(r.counts.passed)} passed</span>
                {Object.entries(r.quality_flags ?? {}).slice(0, 3).map(([f, n]) => <Badge key={f}>{f} {n}</Badge>)}
              </li>
            ))}
          </ul>
        </CardContent>
      </Card>
      <Playground />
    </div>
  );
}

const EXAMPLE = JSON.stringify({ messages: [
  { role: "user", content: "I've been feeling low for weeks. You can reach me at sam@example.org." },
  { role: "assistant", content: "Thank you for telling me. What has been the hardest part of these weeks?" },
] }, null, 2);

/** Pasted JSON: `{"messages": [...]}` or a bare array of messages. */
export function parseConversation(text: string): { messages: { role: "system" | "user" | "assistant" | "tool"; content: string }[] } {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    throw new Error(`That is not JSON: ${(e as Error).message}`);
  }
  const messages = Array.isArray(value) ? value : (value as { messages?: unknown })?.messages;
  if (!Array.isArray(messages) || messages.length === 0) throw new Error('Paste {"messages": [{"role": "user", "content": "..."}, ...]} or an array of messages.');
  return { messages: messages as never };
}

function Playground() {
  const allowed = useCan("validate");
  const [text, setText] = useState(EXAMPLE);
  const [threshold, setThreshold] = useState("0.7");
  const [pii, setPii] = useState<"redact" | "exclude" | "flag">("redact");
  const validate = useMutation({
    mutationFn: async (): Promise<QualityReport> => unwrap(api.POST("/api/v1/validate/conversation", {
      body: { conversation: parseConversation(text), threshold: Number(threshold), options: { pii_policy: pii } },
    })),
  });
  const report = validate.data;
  function submit(e: FormEvent) {
    e.preventDefault();
    validate.mutate();
  }
  return (
    <Card>
      <CardHeader><CardTitle>Playground</CardTitle><CardDescription>Validate one conversation: its full quality report, nothing stored in a run.</CardDescription></CardHeader>
      <CardContent>
        {!allowed ? <NotAllowed scope={requiredScope("validate")} /> : (
          <div className="grid grid-cols-1 gap-4 lg:grid-cols-2">
            <form onSubmit={submit} className="flex flex-col gap-2" data-testid="playground-form">
              <Label htmlFor="pg-text">Conversation (JSON)</Label>
              <Textarea id="pg-text" value={text} onChange={(e) => setText(e.target.value)} rows={12} data-testid="playground-input" />
              <div className="grid grid-cols-2 gap-2">
                <div><Label htmlFor="pg-threshold">Threshold</Label>
                  <Input id="pg-threshold" type="number" min={0} max={1} step={0.05} value={threshold} onChange={(e) => setThreshold(e.target.value)} /></div>
                <div><Label htmlFor="pg-pii">PII policy</Label>
                  <Select id="pg-pii" value={pii} onChange={(e) => setPii(e.target.value as typeof pii)}>
                    <option value="redact">redact</option><option value="exclude">exclude</option><option value="flag">flag</option>
                  </Select></div>
              </div>
              <ErrorBanner error={validate.error} />
              <Button type="submit" disabled={validate.isPending} data-testid="playground-submit">{validate.isPending ? "Validating…" : "Validate"}</Button>
            </form>
            <div data-testid="playground-result">
              {!report && <EmptyState title="No result yet">Paste a conversation and press Validate.</EmptyState>}
              {report && (
                <div className="flex flex-col gap-2 text-sm">
                  <p>
                    Score <strong data-testid="playground-score">{formatScore(report.score)}</strong>{" "}
                    <Badge variant={report.passed ? "success" : "danger"}>{report.passed ? "passes" : "below threshold"}</Badge>{" "}
                    {report.risk_level !== "none" && <Badge variant="warning">risk {report.risk_level}</Badge>}
                  </p>
                  <p className="text-xs">{Object.entries(report.tiers).map(([t, s]) => `${t} ${formatScore(s)}`).join(" · ")}</p>
                  {report.recommendations.length > 0 && (
                    <ul className="list-disc pl-5 text-xs">
                      {report.recommendations.map((r, i) => <li key={i}><code>{r.reason}</code>: {r.recommendation}</li>)}
                    </ul>
                  )}
                  <ConversationView messages={report.messages} quality={report as unknown as StoredQuality} testId="playground-conversation" />
                </div>
              )}
            </div>
          </div>
        )}
      </CardContent>
    </Card>
  );
}
