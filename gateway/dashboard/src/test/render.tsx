import type { WhoAmI } from "@client";
import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { render } from "@testing-library/react";
import type { ReactNode } from "react";

import { MeContext } from "../lib/me";

export const ALL_SCOPES = ["analytics:read", "data:sensitive", "datasets:read", "datasets:write", "exports:read",
  "keys:manage", "runs:read", "runs:write", "standardize", "system:read", "validate"];
const VIEWER = ["analytics:read", "datasets:read", "exports:read", "runs:read", "system:read"];
const EDITOR = [...VIEWER, "data:sensitive", "datasets:write", "runs:write", "standardize", "validate"];

export function whoami(tier: "viewer" | "editor" | "admin"): WhoAmI {
  const scopes = tier === "viewer" ? VIEWER : tier === "editor" ? EDITOR : ALL_SCOPES;
  return { key_id: "0123456789abcdef", name: `${tier} key`, tier, scopes: [...scopes].sort(), all_scopes: ALL_SCOPES };
}

export function renderAs(me: WhoAmI | null, ui: ReactNode) {
  const qc = new QueryClient({ defaultOptions: { queries: { retry: false }, mutations: { retry: false } } });
  return render(
    <QueryClientProvider client={qc}>
      <MeContext.Provider value={me}>{ui}</MeContext.Provider>
    </QueryClientProvider>,
  );
}

export function jsonResponse(body: unknown, status = 200, type = "application/json"): Response {
  return new Response(JSON.stringify(body), { status, headers: { "Content-Type": type } });
}
