/** What the signed-in key may do, from `GET /api/v1/keys/me` (its scopes; routes ask for scopes, never tiers). */
import type { WhoAmI } from "@client";

export type Action =
  | "upload" | "load" | "run" | "cancel" | "merge" | "delete" | "validate" | "generate" | "export"
  | "manageKeys" | "seeRaw";

const NEEDS: Record<Action, string> = {
  upload: "datasets:write",
  load: "datasets:write",
  merge: "datasets:write",
  delete: "datasets:write",
  run: "runs:write",
  cancel: "runs:write",
  generate: "runs:write",
  validate: "validate",
  export: "exports:read",
  manageKeys: "keys:manage",
  seeRaw: "data:sensitive",
};

export function requiredScope(action: Action): string {
  return NEEDS[action];
}

export function can(me: Pick<WhoAmI, "scopes"> | null | undefined, action: Action): boolean {
  return !!me && me.scopes.includes(NEEDS[action]);
}
