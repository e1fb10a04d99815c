/**
 * The one API layer: the generated client (gateway/clients/typescript), with the session's key.
 * A 401 anywhere signs the user out (back to the sign-in form).
 */
import {
  ApiError, createDatasetPipelineClient, isProblem, type DatasetPipelineClient, type Problem,
} from "@client";

import { clearKey, getKey } from "./session";

/** The gateway serves the dashboard, so the API is on the page's own origin. */
export const BASE_URL = typeof location === "undefined" ? "http://localhost" : location.origin;

function signOutOn401(response: Response): Response {
  if (response.status === 401 && getKey()) clearKey("The gateway refused your key (401): it may have been revoked. Sign in again.");
  return response;
}

export function makeClient(fetchImpl?: (input: Request) => Promise<Response>): DatasetPipelineClient {
  const inner = fetchImpl ?? ((input: Request) => fetch(input));
  return createDatasetPipelineClient({
    baseUrl: BASE_URL,
    apiKey: () => getKey() ?? undefined,
    fetch: async (input: Request) => signOutOn401(await inner(input)),
  });
}

export const api = makeClient();

/** What to show for any failure: a problem document's title and detail, never a stack or "undefined". */
export function describeError(error: unknown): { title: string; detail: string | null; requestId: string | null } {
  if (error instanceof ApiError) {
    if (error.problem) return fromProblem(error.problem);
    return { title: `The gateway answered ${error.status}`, detail: error.response.statusText || null, requestId: null };
  }
  if (isProblem(error)) return fromProblem(error);
  if (error instanceof TypeError) {
    return { title: "The gateway could not be reached", detail: "Check that it runs (make up) and reload.", requestId: null };
  }
  if (error instanceof Error && error.message) return { title: "Something went wrong", detail: error.message, requestId: null };
  return { title: "Something went wrong", detail: null, requestId: null };
}

function fromProblem(problem: Problem) {
  const detail = typeof problem.detail === "string" && problem.detail.trim() ? problem.detail : null;
  const title = typeof problem.title === "string" && problem.title.trim() ? problem.title : `Error ${problem.status}`;
  return { title, detail, requestId: typeof problem.request_id === "string" ? problem.request_id : null };
}
