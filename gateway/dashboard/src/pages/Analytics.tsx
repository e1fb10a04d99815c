/** Throughput and error rates over time, quality trends per dataset, system health. */
import { qualityAnalyticsQuery, unwrap } from "@client";
import { useQuery } from "@tanstack/react-query";

import { EmptyState, ErrorBanner, Loading } from "../components/feedback";
import { Badge, statusVariant } from "../components/ui/badge";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "../components/ui/card";
import { Table, TBody, TD, TH, THead, TR } from "../components/ui/table";
import { api } from "../lib/api";
import { qualityTrends, runPoints } from "../lib/analytics";
import { formatCount, formatDate, formatScore, shortId } from "../lib/format";
import { formatRate } from "../lib/progress";
import { Link } from "../lib/router";
import { useDatasets } from "../components/StartRun";

function useRunHistory() {
  return useQuery({
    queryKey: ["dataset-pipeline", "runs", "history"],
    queryFn: ({ signal }) => unwrap(api.GET("/api/v1/pipeline/runs", { params: { query: { limit: 100 } }, signal })),
  });
}

export function AnalyticsPage() {
  const runs = useRunHistory();
  const analytics = useQuery(qualityAnalyticsQuery(api));
  const datasets = useDatasets();
  const system = useQuery({
    queryKey: ["system"],
    queryFn: ({ signal }) => unwrap(api.GET("/api/v1/system/status", { signal })),
    refetchInterval: 10_000,
  });
  const points = runPoints(runs.data?.items ?? []);
  const maxRate = Math.max(1, ...points.map((p) => p.rate));
  const trends = qualityTrends(runs.data?.items ?? [], analytics.data);
  const names = new Map((datasets.data?.items ?? []).map((d) => [d.dataset_id, d.name]));
  const deadLettered = (runs.data?.items ?? []).filter((r) => JSON.stringify(r.error ?? "").includes("dead-lettered"));
  return (
    <div className="flex flex-col gap-4" data-testid="page-analytics">
      <h1 className="text-xl font-semibold">Analytics</h1>
      <Card>
        <CardHeader><CardTitle>Throughput and error rate per run</CardTitle><CardDescription>Oldest first; the last 100 runs that ran to an end.</CardDescription></CardHeader>
        <CardContent>
          <ErrorBanner error={runs.error} />
          {runs.isPending && <Loading what="runs" />}
          {runs.isSuccess && points.length === 0 && <EmptyState title="No finished run yet">Throughput shows here once a run has finished.</EmptyState>}
          {points.length > 0 && (
            <Table data-testid="throughput-table">
              <THead><tr><TH>Finished</TH><TH>Run</TH><TH>Records</TH><TH className="w-1/3">Throughput</TH><TH>Errors</TH></tr></THead>
              <TBody>
                {points.map((p) => (
                  <TR key={p.runId}>
                    <TD className="whitespace-nowrap">{formatDate(p.at)}</TD>
                    <TD><code>{shortId(p.runId)}</code> <Badge variant={statusVariant(p.status)}>{p.status}</Badge></TD>
                    <TD className="tabular-nums">{formatCount(p.records)}</TD>
                    <TD>
                      <div className="flex items-center gap-2">
                        <span className="h-3 rounded bg-blue-600" style={{ width: `${(70 * p.rate) / maxRate}%` }} aria-hidden />
                        <span className="whitespace-nowrap text-xs">{formatRate(p.rate)}</span>
                      </div>
                    </TD>
                    <TD className="tabular-nums">{(100 * p.errorRate).toFixed(1)}%</TD>
                  </TR>
                ))}
              </TBody>
            </Table>
          )}
        </CardContent>
      </Card>
      <Card>
        <CardHeader><CardTitle>Quality per dataset</CardTitle><CardDescription>The mean score of each run that scored the dataset, oldest first.</CardDescription></CardHeader>
        <CardContent>
          <ErrorBanner error={analytics.error} />
          {analytics.isSuccess && trends.size === 0 && <EmptyState title="No scores yet">Run the pipeline over a dataset to see its quality here.</EmptyState>}
          <ul className="flex flex-col gap-2" data-testid="quality-trends">
            {[...trends.entries()].map(([id, series]) => (
              <li key={id} className="grid grid-cols-1 items-center gap-2 text-sm sm:grid-cols-[14rem_1fr]">
                <Link to={`/datasets/${id}`} className="truncate text-blue-700 hover:underline">{names.get(id) ?? shortId(id)}</Link>
                <div className="flex h-10 items-end gap-1" aria-label={`Mean score per run: ${series.map((s) => formatScore(s.score)).join(", ")}`}>
                  {series.map((s) => (
                    <span key={s.runId} title={`${formatDate(s.at)}: ${formatScore(s.score)}`} className="w-3 rounded-t bg-emerald-600" style={{ height: `${Math.max(4, s.score * 100)}%` }} />
                  ))}
                  <span className="ml-2 text-xs">latest {formatScore(series[series.length - 1]?.score)}</span>
                </div>
              </li>
            ))}
          </ul>
        </CardContent>
      </Card>
      <Card>
        <CardHeader>
          <CardTitle>System health {system.data && <Badge variant={statusVariant(system.data.status)} data-testid="system-status">{system.data.status}</Badge>}</CardTitle>
          <CardDescription>Kafka, MongoDB and every service instance, with consumer lag. Refreshed every 10 s.</CardDescription>
        </CardHeader>
        <CardContent>
          <ErrorBanner error={system.error} />
          {system.isPending && <Loading what="system status" />}
          {system.data && (
            <div className="flex flex-col gap-3">
              <p className="text-sm">
                Kafka <Badge variant={statusVariant(system.data.kafka.status)}>{system.data.kafka.status}</Badge>{" "}
                {system.data.kafka.brokers} broker(s){system.data.kafka.topics_missing.length ? `, missing topics: ${system.data.kafka.topics_missing.join(", ")}` : ""}
                {" · "}MongoDB <Badge variant={statusVariant(system.data.mongodb.status)}>{system.data.mongodb.status}</Badge>
                {system.data.mongodb.latency_ms != null && ` ${system.data.mongodb.latency_ms.toFixed(0)} ms`}
              </p>
              <Table data-testid="services-table">
                <THead><tr><TH>Service</TH><TH>Status</TH><TH>Instances</TH><TH>Consumer lag</TH></tr></THead>
                <TBody>
                  {system.data.services.map((s) => (
                    <TR key={s.name} data-testid="service-row">
                      <TD className="font-medium">{s.name}</TD>
                      <TD><Badge variant={statusVariant(s.status)}>{s.status}</Badge></TD>
                      <TD>
                        <ul className="text-xs">
                          {s.instances.map((i) => (
                            <li key={i.instance_id}>
                              <span className={i.healthy ? "text-green-800" : "text-red-800"}>{i.healthy ? "●" : "○"}</span>{" "}
                              {i.hostname}:{i.pid} · v{i.version} · beat {i.age_s.toFixed(0)} s ago
                            </li>
                          ))}
                          {s.instances.length === 0 && <li className="text-slate-600">no instance</li>}
                        </ul>
                      </TD>
                      <TD className="text-xs">
                        {s.consumer_groups.length === 0 ? "—" : s.consumer_groups.map((g) => (
                          <p key={g.group_id}><code>{g.group_id}</code>: {g.error ? <span className="text-red-800">{g.error}</span> : formatCount(g.lag)}</p>
                        ))}
                      </TD>
                    </TR>
                  ))}
                </TBody>
              </Table>
              <p className="text-sm" data-testid="dead-letters">
                Dead letters: {system.data.kafka.dead_letters == null ? "unknown (Kafka could not be asked)" : `${formatCount(system.data.kafka.dead_letters)} message(s) on the dead-letter topic`};{" "}
                {deadLettered.length === 0 ? "no run of the last 100 failed on a dead-lettered message." : `${deadLettered.length} run(s) failed on a dead-lettered message.`}{" "}
                <span className="text-slate-600">(Per service: the <code>dp_dead_letters_total</code> metric in Prometheus.)</span>
              </p>
            </div>
          )}
        </CardContent>
      </Card>
    </div>
  );
}
