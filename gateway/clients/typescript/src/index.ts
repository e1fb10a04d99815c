/**
 * Typed client for the Dataset Pipeline gateway (REST under `/api/v1`, progress over `/ws/runs/{run_id}`).
 *
 * `schema.d.ts` is generated from the gateway's OpenAPI document (`make ts-client`); everything in this
 * file is hand-written on top of it with openapi-fetch. Request paths, parameters, bodies and responses
 * are all checked against the generated `paths` type.
 */
import createClient, { type Client, type Middleware } from "openapi-fetch";

import type { components, paths } from "./schema";

export type { components, operations, paths } from "./schema";

type Schemas = components["schemas"];

// ------------------------------------------------------------------ convenience aliases of generated schemas

export type Dataset = Schemas["DatasetOut"];
export type LoadRequest = Schemas["LoadRequest"];
export type ExecuteRequest = Schemas["ExecuteRequest"];
export type ConvertRequest = Schemas["ConvertRequest"];
export type RunAccepted = Schemas["RunAccepted"];
export type RunStatus = Schemas["RunStatusOut"];
export type RunState = RunStatus["status"];
export type RunCounts = Schemas["RunCounts"];
export type StageState = Schemas["StageState"];
export type ExportInfo = Schemas["ExportInfo"];
export type RunReport = Schemas["RunReport"];
export type RejectPage = Schemas["RejectPage"];
export type Reject = Schemas["RejectOut"];
export type IngestRejectPage = Schemas["IngestRejectPage"];
export type IngestReject = Schemas["IngestReject"];
export type StandardizationOptions = Schemas["StandardizationOptions"];
export type QualityOptions = Schemas["QualityOptions"];
export type ExportOptions = Schemas["ExportOptions"];
export type Template = ExportOptions["template"];
export type ExportFormat = ExportOptions["file_format"];
export type Message = Schemas["Message"];
export type StandardizedRecord = Schemas["StandardizedRecord"];
export type StandardizeBatchResult = Schemas["StandardizeBatchOut"];
export type FileAccepted = Schemas["FileAccepted"];
export type QualityReport = Schemas["QualityReportOut"];
export type Validation = Schemas["ValidationOut"];
export type ValidationMetrics = Schemas["ValidationMetrics"];
export type QualityAnalytics = Schemas["QualityAnalytics"];
export type QualitySummary = Schemas["QualitySummary"];
export type ApiKey = Schemas["KeyOut"];
export type ApiKeyCreate = Schemas["KeyCreate"];
export type ApiKeyCreated = Schemas["KeyCreated"];
export type WhoAmI = Schemas["WhoAmI"];
export type Tier = WhoAmI["tier"];

/** The states after which a run never changes again. */
export const TERMINAL_RUN_STATES: readonly RunState[] = ["completed", "failed", "cancelled"];

export function isTerminal(state: RunState): boolean {
  return TERMINAL_RUN_STATES.includes(state);
}

// ------------------------------------------------------------------ errors

/**
 * An RFC 9457 problem document (`application/problem+json`): the body of every gateway error, so
 * openapi-fetch types `error` as this. Extension members (`errors` on 422, `missing`, `run_status`,
 * `required_scope`, `incident`...) depend on `type`.
 */
export type Problem = Schemas["ProblemDetails"];

export const PROBLEM_TYPE_BASE = "urn:dataset-pipeline:problem:";

export function isProblem(value: unknown): value is Problem {
  if (typeof value !== "object" || value === null) return false;
  const v = value as Record<string, unknown>;
  return typeof v.type === "string" && typeof v.title === "string" && typeof v.status === "number";
}

/** Thrown by {@link unwrap}: the HTTP status and, when the body was one, the problem document. */
export class ApiError extends Error {
  readonly status: number;
  readonly problem: Problem | undefined;
  readonly response: Response;

  constructor(response: Response, body: unknown) {
    const problem = isProblem(body) ? body : undefined;
    super(problem ? `${problem.status} ${problem.title}${problem.detail ? `: ${problem.detail}` : ""}`
      : `${response.status} ${response.statusText}`.trim());
    this.name = "ApiError";
    this.status = response.status;
    this.problem = problem;
    this.response = response;
  }

  /** The problem slug, e.g. `run_not_found`, `unauthorized`. */
  get slug(): string | undefined {
    return this.problem?.type.startsWith(PROBLEM_TYPE_BASE)
      ? this.problem.type.slice(PROBLEM_TYPE_BASE.length) : undefined;
  }
}

/**
 * The data of a successful openapi-fetch call, or an {@link ApiError}. Handy as a React Query
 * `queryFn`/`mutationFn`, which must throw on failure.
 */
export async function unwrap<T>(call: Promise<{ data?: T; error?: unknown; response: Response }>): Promise<T> {
  const { data, error, response } = await call;
  if (!response.ok) throw new ApiError(response, error);
  return data as T;
}

// ------------------------------------------------------------------ the client

export interface DatasetPipelineClientOptions {
  /** The gateway's origin (and path prefix, behind a proxy), e.g. `https://pipeline.example.org`. */
  baseUrl: string;
  /** An API key, sent as `Authorization: Bearer <key>`; a function is asked on every request. */
  apiKey: string | (() => string | undefined | Promise<string | undefined>);
  /** Custom fetch (tests, SSR). */
  fetch?: (input: Request) => Promise<Response>;
}

export type DatasetPipelineClient = Client<paths>;

export function bearerAuth(apiKey: DatasetPipelineClientOptions["apiKey"]): Middleware {
  return {
    async onRequest({ request }) {
      const key = typeof apiKey === "function" ? await apiKey() : apiKey;
      if (key) request.headers.set("Authorization", `Bearer ${key}`);
      return request;
    },
  };
}

export function createDatasetPipelineClient(options: DatasetPipelineClientOptions): DatasetPipelineClient {
  const client = createClient<paths>({
    baseUrl: options.baseUrl.replace(/\/+$/, ""),
    ...(options.fetch ? { fetch: options.fetch } : {}),
  });
  client.use(bearerAuth(options.apiKey));
  return client;
}

// ------------------------------------------------------------------ typed helpers

/** Options of the multipart uploads. */
export interface UploadOptions {
  /** The file name the gateway sees; its extension picks the format (.json, .jsonl, .csv, .tsv, each
   * also .gz, .parquet, .arrow). Defaults to `file.name` for a `File`. */
  filename?: string;
  /** A display name for the dataset. */
  name?: string;
}

/** The multipart body, reached through the path (FastAPI's `Body_<operationId>` schema names change with operation ids). */
type UploadBody = paths["/api/v1/pipeline/upload"]["post"]["requestBody"]["content"]["multipart/form-data"];

/**
 * `POST /api/v1/pipeline/upload` (multipart/form-data). The generated body type says `file: string`
 * (OpenAPI's binary string; openapi-typescript has no Blob), so the Blob is passed through a cast
 * and `bodySerializer` builds the form (openapi-fetch then lets the browser set the boundary).
 */
export function uploadDataset(client: DatasetPipelineClient, file: Blob, options: UploadOptions = {}) {
  return client.POST("/api/v1/pipeline/upload", {
    body: uploadBody(file, options),
    bodySerializer: (body) => toForm(body, file, options),
  });
}

/** `POST /api/v1/standardize/file`: upload and start a standardize-only run in one call. */
export function standardizeFile(client: DatasetPipelineClient, file: Blob, options: UploadOptions = {}) {
  return client.POST("/api/v1/standardize/file", {
    body: uploadBody(file, options),
    bodySerializer: (body) => toForm(body, file, options),
  });
}

function uploadBody(file: Blob, options: UploadOptions): UploadBody {
  return { file: file as unknown as UploadBody["file"], name: options.name ?? null };
}

function toForm(body: UploadBody, file: Blob, options: UploadOptions): FormData {
  const form = new FormData();
  const filename = options.filename ?? (typeof File !== "undefined" && file instanceof File ? file.name : "upload.jsonl");
  form.append("file", file, filename);
  if (body.name) form.append("name", body.name);
  return form;
}

export async function getRunStatus(client: DatasetPipelineClient, runId: string, signal?: AbortSignal): Promise<RunStatus> {
  return unwrap(client.GET("/api/v1/pipeline/status/{run_id}", { params: { path: { run_id: runId } }, signal }));
}

/** Poll a run's status until it reaches a terminal state (prefer {@link runProgressUrl} in a browser). */
export async function waitForRun(
  client: DatasetPipelineClient,
  runId: string,
  options: { intervalMs?: number; signal?: AbortSignal; onStatus?: (status: RunStatus) => void } = {},
): Promise<RunStatus> {
  const intervalMs = options.intervalMs ?? 1000;
  for (;;) {
    const status = await getRunStatus(client, runId, options.signal);
    options.onStatus?.(status);
    if (isTerminal(status.status)) return status;
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(resolve, intervalMs);
      options.signal?.addEventListener("abort", () => {
        clearTimeout(timer);
        reject(options.signal?.reason);
      }, { once: true });
    });
  }
}

/**
 * React Query option objects (`useQuery(runStatusQuery(client, id))`), without depending on React Query.
 * While the run is not finished, the status refetches every `intervalMs`.
 */
export const queryKeys = {
  all: ["dataset-pipeline"] as const,
  run: (runId: string) => ["dataset-pipeline", "run", runId] as const,
  runReport: (runId: string) => ["dataset-pipeline", "run", runId, "report"] as const,
  rejects: (runId: string, reason?: string) => ["dataset-pipeline", "run", runId, "rejects", reason ?? null] as const,
  analytics: (filter: { run_id?: string; dataset_id?: string }) => ["dataset-pipeline", "analytics", filter] as const,
};

export function runStatusQuery(client: DatasetPipelineClient, runId: string, intervalMs = 2000) {
  return {
    queryKey: queryKeys.run(runId),
    queryFn: ({ signal }: { signal?: AbortSignal }) => getRunStatus(client, runId, signal),
    refetchInterval: (query: { state: { data?: RunStatus | undefined } }) =>
      query.state.data && isTerminal(query.state.data.status) ? false : intervalMs,
  };
}

export function runReportQuery(client: DatasetPipelineClient, runId: string) {
  return {
    queryKey: queryKeys.runReport(runId),
    queryFn: ({ signal }: { signal?: AbortSignal }): Promise<RunReport> =>
      unwrap(client.GET("/api/v1/pipeline/report/{run_id}", { params: { path: { run_id: runId } }, signal })),
  };
}

export function qualityAnalyticsQuery(client: DatasetPipelineClient, filter: { run_id?: string; dataset_id?: string } = {}) {
  return {
    queryKey: queryKeys.analytics(filter),
    queryFn: ({ signal }: { signal?: AbortSignal }): Promise<QualityAnalytics> =>
      unwrap(client.GET("/api/v1/analytics/quality", { params: { query: filter }, signal })),
  };
}

// ------------------------------------------------------------------ WebSocket progress (not in OpenAPI)

/** A single-use WebSocket ticket: `POST /api/v1/ws/tickets` (the key in the Authorization header). */
export type WsTicket = Schemas["TicketOut"];

/**
 * Ask for a ticket that opens one progress WebSocket within `expires_in` seconds (30 by default).
 * Browsers cannot set headers on a WebSocket and URLs end up in logs, so the key never goes in the
 * socket's URL: the ticket does, and the gateway refuses `?api_key=` (close code 4401). The socket
 * then acts for the key the ticket was issued to (closed with 4401/4403 if it is revoked).
 */
export function wsTicket(client: DatasetPipelineClient): Promise<WsTicket> {
  return unwrap(client.POST("/api/v1/ws/tickets"));
}

/** `baseUrl` as a ws(s) URL for `path`, with the ticket in `?ticket=`. */
function wsUrl(baseUrl: string, path: string, ticket: WsTicket): string {
  const url = typeof location === "undefined" ? new URL(baseUrl) : new URL(baseUrl, location.href);
  url.protocol = url.protocol === "https:" ? "wss:" : url.protocol === "http:" ? "ws:" : url.protocol;
  url.pathname = `${url.pathname.replace(/\/+$/, "")}${path}`;
  url.search = "";
  url.hash = "";
  url.searchParams.set("ticket", ticket.ticket);
  return url.toString();
}

/**
 * The URL of one run's progress WebSocket, `/ws/runs/{run_id}?ticket=`, for a ticket from
 * {@link wsTicket} (one ticket per socket: ask for a new one to reconnect). `baseUrl` is the one the
 * REST client uses (http(s) becomes ws(s)); a relative one is resolved against the page's location.
 */
export function runProgressUrl(baseUrl: string, runId: string, ticket: WsTicket): string {
  return wsUrl(baseUrl, `/ws/runs/${encodeURIComponent(runId)}`, ticket);
}

/** The URL of the all-runs progress WebSocket, `/ws/progress?ticket=`, for a ticket from {@link wsTicket}. */
export function allProgressUrl(baseUrl: string, ticket: WsTicket): string {
  return wsUrl(baseUrl, "/ws/progress", ticket);
}

/** Open one run's progress WebSocket: a fresh ticket, then the socket (call again to reconnect). */
export async function openRunProgress(client: DatasetPipelineClient, baseUrl: string, runId: string): Promise<WebSocket> {
  return new WebSocket(runProgressUrl(baseUrl, runId, await wsTicket(client)));
}

/** Open the all-runs progress WebSocket: a fresh ticket, then the socket (call again to reconnect). */
export async function openAllProgress(client: DatasetPipelineClient, baseUrl: string): Promise<WebSocket> {
  return new WebSocket(allProgressUrl(baseUrl, await wsTicket(client)));
}

/** A progress event as published on the run-progress topic (hand-written from shared/events.py). */
export interface RunProgressEvent {
  event_id: string;
  run_id: string;
  schema_version: number;
  occurred_at: string;
  producer: string;
  /** StageProgress, RunFailed */
  stage?: "acquisition" | "standardization" | "quality" | "production";
  batch_index?: number;
  counts?: Record<string, number>;
  [field: string]: unknown;
}

/**
 * Messages on `/ws/runs/{run_id}` and `/ws/progress` (hand-written from gateway/routes/ws.py): the
 * state of the run (of each active run) at once, then live events, state changes and heartbeats.
 * `/ws/runs/{run_id}` closes with 1000 after the terminal state; errors close with 4401/4403/4404.
 */
export type RunProgressMessage =
  | { type: "state"; run: RunStatus }
  | { type: "progress"; event: RunProgressEvent }
  | { type: "heartbeat"; at: number }
  | { type: "snapshot_complete"; active_runs: number }
  | { type: "error"; status: 401 | 403 | 404; detail: string };

export function parseRunProgressMessage(data: string): RunProgressMessage {
  return JSON.parse(data) as RunProgressMessage;
}
