/**
 * Uploads with progress and downloads checked against their SHA-256, both through the generated
 * client: `fetch` cannot report upload progress, so uploads go through a client whose fetch is an
 * XMLHttpRequest (same requests, same types, one API layer).
 */
import { unwrap, uploadDataset, type Dataset, type DatasetPipelineClient } from "@client";

import { api as defaultApi, makeClient } from "./api";

export type UploadProgress = { loaded: number; total: number };

/** A `fetch` for the generated client that sends the body with XMLHttpRequest and reports its progress. */
export function xhrFetch(onProgress: (p: UploadProgress) => void) {
  return async (request: Request): Promise<Response> => {
    const body = request.method === "GET" || request.method === "HEAD" ? null : await request.blob();
    return new Promise<Response>((resolve, reject) => {
      const xhr = new XMLHttpRequest();
      xhr.open(request.method, request.url);
      request.headers.forEach((value, name) => xhr.setRequestHeader(name, value));
      xhr.responseType = "blob";
      xhr.upload.onprogress = (e) => onProgress({ loaded: e.loaded, total: e.lengthComputable ? e.total : body?.size ?? 0 });
      xhr.onload = () => {
        const headers = new Headers();
        for (const line of xhr.getAllResponseHeaders().trim().split(/[\r\n]+/)) {
          const at = line.indexOf(":");
          if (at > 0) headers.append(line.slice(0, at).trim(), line.slice(at + 1).trim());
        }
        const empty = [101, 204, 205, 304].includes(xhr.status);
        resolve(new Response(empty ? null : (xhr.response as Blob), { status: xhr.status, statusText: xhr.statusText, headers }));
      };
      xhr.onerror = () => reject(new TypeError("the upload did not reach the gateway"));
      xhr.onabort = () => reject(new DOMException("upload cancelled", "AbortError"));
      request.signal?.addEventListener("abort", () => xhr.abort(), { once: true });
      xhr.send(body);
    });
  };
}

export function uploadWithProgress(file: File, onProgress: (p: UploadProgress) => void, name?: string): Promise<Dataset> {
  const client = makeClient(xhrFetch(onProgress));
  return unwrap(uploadDataset(client, file, name ? { name } : {}));
}

export async function sha256Hex(blob: Blob): Promise<string> {
  const digest = await crypto.subtle.digest("SHA-256", await blob.arrayBuffer());
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, "0")).join("");
}

export function saveBlob(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement("a");
  a.href = url;
  a.download = filename;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

function filenameOf(response: Response, fallback: string): string {
  const disposition = response.headers.get("Content-Disposition") ?? "";
  const match = /filename\*?=(?:UTF-8'')?"?([^";]+)"?/i.exec(disposition);
  return match?.[1] ? decodeURIComponent(match[1]) : fallback;
}

export type ExportFormat = "jsonl" | "json" | "csv" | "parquet";
export const EXPORT_FORMATS: ExportFormat[] = ["jsonl", "json", "csv", "parquet"];

export type Downloaded = { filename: string; sha256: string; expected: string | null; verified: boolean; bytes: number };

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * Download a completed run's export; a format production writes on first request may answer 202
 * first: its status is polled (not the download, which counts against the export rate limit).
 */
export async function downloadRunExport(runId: string, format: ExportFormat, client: DatasetPipelineClient = defaultApi,
  onWaiting?: () => void): Promise<Downloaded> {
  for (let attempt = 0; attempt < 2; attempt += 1) {
    const { data, error, response } = await client.GET("/api/v1/pipeline/export/{format}", {
      params: { path: { format }, query: { run_id: runId } }, parseAs: "blob",
    });
    if (response.status === 202) {
      onWaiting?.();
      await waitForVariant(client, runId, `${format}.none`);
      continue;
    }
    if (!response.ok) await unwrap(Promise.resolve({ data, error, response }));
    const blob = data as unknown as Blob;
    const sha256 = await sha256Hex(blob);
    const expected = response.headers.get("X-Content-SHA256");
    const filename = filenameOf(response, `${runId}.${format}`);
    saveBlob(blob, filename);
    return { filename, sha256, expected, verified: expected === sha256, bytes: blob.size };
  }
  throw new Error("the export was written but could not be downloaded; try again");
}

async function waitForVariant(client: DatasetPipelineClient, runId: string, variant: string): Promise<void> {
  for (;;) {
    const status = await unwrap(client.GET("/api/v1/pipeline/exports/{run_id}/{variant}", {
      params: { path: { run_id: runId, variant } },
    }));
    if (status.status === "completed") return;
    if (status.status === "failed") throw new Error(status.error ?? "production could not write this export");
    await sleep(1500);
  }
}

/** Download a production dataset's file (a split or manifest.json). */
export async function downloadGenerationFile(generationId: string, name: string, client: DatasetPipelineClient = defaultApi): Promise<Downloaded> {
  const { data, error, response } = await client.GET("/api/v1/production/download/{generation_id}/{name}", {
    params: { path: { generation_id: generationId, name } }, parseAs: "blob",
  });
  if (!response.ok) await unwrap(Promise.resolve({ data, error, response }));
  const blob = data as unknown as Blob;
  const sha256 = await sha256Hex(blob);
  const expected = response.headers.get("X-Content-SHA256");
  saveBlob(blob, filenameOf(response, name));
  return { filename: name, sha256, expected, verified: expected === null ? false : expected === sha256, bytes: blob.size };
}
