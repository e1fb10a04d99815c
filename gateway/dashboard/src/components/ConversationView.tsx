/**
 * A conversation as quality left it: personal data as typed placeholders ([EMAIL], [NAME]...),
 * risk tags on the client turns that disclose risk, counsellor turns a check flagged.
 */
import { Fragment, type ReactNode } from "react";

import { cn } from "../lib/cn";
import type { ChatMessage, StoredQuality } from "../lib/types";
import { Badge } from "./ui/badge";

const PLACEHOLDER = /\[([A-Z][A-Z_]{1,20})\]/g;

/** Text with every `[KIND]` placeholder marked. */
export function withPlaceholders(text: string): ReactNode[] {
  const out: ReactNode[] = [];
  let last = 0;
  for (const m of text.matchAll(PLACEHOLDER)) {
    const at = m.index ?? 0;
    if (at > last) out.push(text.slice(last, at));
    out.push(
      <mark key={at} className="rounded bg-amber-100 px-0.5 font-mono text-amber-950" data-testid="pii-placeholder"
        title={`${m[1]!.toLowerCase().replace("_", " ")} redacted`}>
        {m[0]}
      </mark>,
    );
    last = at + m[0].length;
  }
  if (last < text.length) out.push(text.slice(last));
  return out;
}

/** Turn index → the failed checks that name it (their detail starts "turn N: ..."). */
export function flaggedTurns(quality: StoredQuality | null | undefined): Map<number, { reason: string; detail: string }[]> {
  const out = new Map<number, { reason: string; detail: string }[]>();
  for (const [name, check] of Object.entries(quality?.checks ?? {})) {
    const m = /\bturn (\d+)\b/.exec(check.detail ?? "");
    if (!m) continue;
    const turn = Number(m[1]);
    out.set(turn, [...(out.get(turn) ?? []), { reason: check.reason ?? name, detail: check.detail ?? "" }]);
  }
  return out;
}

const ROLE_LABEL: Record<string, string> = { user: "Client", assistant: "Counsellor", system: "System", tool: "Tool" };

export function ConversationView({ messages, quality, testId = "conversation-view" }: {
  messages: ChatMessage[]; quality?: StoredQuality | null; testId?: string;
}) {
  const risks = new Map((quality?.risk_turns ?? []).map((r) => [r.turn, r]));
  const flagged = flaggedTurns(quality);
  return (
    <ol className="flex flex-col gap-2" data-testid={testId}>
      {messages.map((m, i) => {
        const role = typeof m.role === "string" ? m.role : "unknown";
        const content = typeof m.content === "string" ? m.content : JSON.stringify(m.content ?? "");
        const risk = role === "user" ? risks.get(i) : undefined;
        const flags = role === "assistant" ? flagged.get(i) : undefined;
        return (
          <li key={i} data-testid="conversation-turn" data-role={role}
            className={cn("rounded-md border p-2 text-sm",
              role === "user" ? "border-slate-200 bg-white" : "border-blue-100 bg-blue-50/50",
              flags && "border-red-300 bg-red-50")}>
            <div className="mb-1 flex flex-wrap items-center gap-1 text-xs">
              <span className="font-semibold text-slate-800">{ROLE_LABEL[role] ?? role}</span>
              <span className="text-slate-600">turn {i}</span>
              {risk && (
                <Badge variant={risk.level === "high" ? "danger" : "warning"} data-testid="risk-tag">
                  risk: {risk.level} · {risk.category.replace(/_/g, " ")}
                </Badge>
              )}
              {flags?.map((f) => (
                <Badge key={f.reason} variant="danger" data-testid="flagged-turn" title={f.detail}>flagged: {f.reason.replace(/_/g, " ")}</Badge>
              ))}
            </div>
            <p className="whitespace-pre-wrap break-words">{withPlaceholders(content)}</p>
            {flags?.map((f) => <p key={f.reason} className="mt-1 text-xs text-red-800"><Fragment>{f.detail}</Fragment></p>)}
          </li>
        );
      })}
    </ol>
  );
}
