/**
 * A walk through the API with the typed client: it only has to type-check (`npm run check`), but it
 * also runs as-is against a gateway (e.g. bundled, or with `tsx`), given DP_GATEWAY_URL and DP_API_KEY.
 */
import {
  ApiError,
  createDatasetPipelineClient,
  isTerminal,
  parseRunProgressMessage,
  runProgressUrl,
  unwrap,
  uploadDataset,
  waitForRun,
  wsTicket,
  type Dataset,
  type DatasetPipelineClient,
  type ExecuteRequest,
  type Reject,
  type RejectPage,
  type RunAccepted,
  type RunStatus,
} from "./index";

const records = [
  { instruction: "Say hello", input: "", output: "Hello!" },
  { messages: [{ role: "user", content: "Hi" }, { role: "assistant", content: "Hello, how can I help?" }] },
];

/** 1. Upload (multipart/form-data): any Blob or File; the extension of `filename` picks the format. */
export async function upload(client: DatasetPipelineClient): Promise<Dataset> {
  const jsonl = new Blob([records.map((r) => JSON.stringify(r)).join("\n")], { type: "application/x-ndjson" });
  const { data, error, response } = await uploadDataset(client, jsonl, { filename: "example.jsonl", name: "example" });
  if (error) {
    // error is the typed problem document: 413 too large, 415 unsupported type, ...
    if (error.status === 415) console.error("not a dataset file:", error.detail);
    throw new ApiError(response, error);
  }
  return data; // DatasetOut: dataset_id, name, bytes, sha256, format, status, created_at
}

/** 2. Execute a run over the dataset; the request body is checked against ExecuteRequest (all but
 * `dataset_ids` have server defaults and may be left out). */
export async function execute(client: DatasetPipelineClient, datasetId: string): Promise<RunAccepted> {
  const request: ExecuteRequest = {
    dataset_ids: [datasetId],
    quality_threshold: 0.7,
    batch_size: 500,
    standardization: { alternation: "merge", columns: {}, roles: { doctor: "assistant" } },
    quality: { pii_policy: "redact", languages: ["en"] },
    export: { template: "chatml", file_format: "jsonl" },
  };
  return unwrap(client.POST("/api/v1/pipeline/execute", { body: request }));
}

/** 3. Poll the status until the run finishes. */
export async function poll(client: DatasetPipelineClient, runId: string): Promise<RunStatus> {
  return waitForRun(client, runId, {
    intervalMs: 1000,
    onStatus: (s) => console.log(s.status, s.counts.records_in, s.counts.exported, s.stages["quality"]?.batches_done),
  });
}

/** 3b. Or follow it live on the WebSocket: a single-use ticket in the URL, never the key. */
export async function follow(client: DatasetPipelineClient, baseUrl: string, runId: string,
                             onRun: (run: RunStatus) => void): Promise<WebSocket> {
  const socket = new WebSocket(runProgressUrl(baseUrl, runId, await wsTicket(client)));
  socket.addEventListener("message", (message: MessageEvent<string>) => {
    const msg = parseRunProgressMessage(message.data);
    switch (msg.type) {
      case "state":
        onRun(msg.run);
        if (isTerminal(msg.run.status)) socket.close();
        break;
      case "progress":
        console.log(msg.event.stage, msg.event.batch_index, msg.event.counts);
        break;
      case "heartbeat":
      case "snapshot_complete":
        break;
      case "error":
        console.error(msg.status, msg.detail);
        break;
    }
  });
  return socket;
}

/** 4. What happened: the report, a page of rejects, and the export (not JSON-typed: read as text). */
export async function results(client: DatasetPipelineClient, run: RunStatus): Promise<string | undefined> {
  const report = await unwrap(client.GET("/api/v1/pipeline/report/{run_id}", { params: { path: { run_id: run.run_id } } }));
  for (const [reason, { count, examples }] of Object.entries(report.reject_reasons)) {
    console.log(reason, count, examples[0]?.excerpt);
  }

  const rejects: Reject[] = [];
  let cursor: string | null = null;
  do {
    const page: RejectPage = await unwrap(client.GET("/api/v1/pipeline/rejects/{run_id}", {
      params: { path: { run_id: run.run_id }, query: { limit: 100, ...(cursor ? { cursor } : {}) } },
    }));
    rejects.push(...page.items);
    cursor = page.next_cursor;
  } while (cursor && rejects.length < 300);

  if (run.status !== "completed" || !run.export) return undefined;
  const { data, response } = await client.GET("/api/v1/pipeline/export/{format}", {
    params: { path: { format: "jsonl" }, query: { run_id: run.run_id } },
    parseAs: "text",
  });
  if (response.headers.get("X-Content-SHA256") !== run.export.sha256) throw new Error("export checksum mismatch");
  return data;
}

/** 5. On-demand checks that need no run. */
export async function onDemand(client: DatasetPipelineClient): Promise<void> {
  const record = await unwrap(client.POST("/api/v1/standardize/conversation", {
    body: { record: records[0] },
  }));
  if (record.status === "rejected") console.log(record.reason, record.detail);

  const report = await unwrap(client.POST("/api/v1/validate/conversation", {
    body: {
      conversation: { messages: [{ role: "user", content: "Hi" }, { role: "assistant", content: "Hello!" }] },
      options: { pii_policy: "flag" },
    },
  }));
  console.log(report.score, report.passed, report.flags, report.risk_level);

  const analytics = await unwrap(client.GET("/api/v1/analytics/quality", { params: { query: {} } }));
  console.log(analytics.overall.mean_score, Object.keys(analytics.by_run).length);
}

/** Errors are RFC 9457 problem documents: `unwrap` throws them as ApiError. */
export async function cancelQuietly(client: DatasetPipelineClient, runId: string): Promise<RunStatus | undefined> {
  try {
    return await unwrap(client.POST("/api/v1/pipeline/cancel/{run_id}", { params: { path: { run_id: runId } } }));
  } catch (err) {
    if (err instanceof ApiError && err.slug === "run_finished") return undefined;
    throw err;
  }
}

/** 6. Who am I, and (admin keys) issuing a key for TechDeck's viewers. */
export async function keys(client: DatasetPipelineClient): Promise<string | undefined> {
  const me = await unwrap(client.GET("/api/v1/keys/me"));
  if (!me.scopes.includes("keys:manage")) return undefined;
  const created = await unwrap(client.POST("/api/v1/keys", { body: { name: "techdeck-viewer", tier: "viewer" } }));
  return created.api_key; // shown once
}

export async function main(baseUrl: string, apiKey: string): Promise<void> {
  const client = createDatasetPipelineClient({ baseUrl, apiKey });
  const health = await unwrap(client.GET("/healthz"));
  console.log("gateway", health["status"]);
  await keys(client);
  const dataset = await upload(client);
  const accepted = await execute(client, dataset.dataset_id);
  const run = await poll(client, accepted.run_id);
  const exported = await results(client, run);
  console.log(run.status, exported?.split("\n").length ?? 0, "lines");
  const converted = await unwrap(client.POST("/api/v1/pipeline/convert", {
    body: { dataset_ids: [dataset.dataset_id], template: "llama3" },
  }));
  console.log("convert run", converted.run_id);
  await onDemand(client);
}
