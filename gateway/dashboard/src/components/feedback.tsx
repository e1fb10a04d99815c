/** Errors and empty states a person understands: a problem's title and detail, and what to do first. */
import type { ReactNode } from "react";

import { describeError } from "../lib/api";
import { cn } from "../lib/cn";

// testId: "error-banner" for an error of the page itself; a run's own failure, shown in its row, is "run-error"
export function ErrorBanner({ error, className, onDismiss, testId = "error-banner" }: { error: unknown; className?: string; onDismiss?: () => void; testId?: string }) {
  if (error == null) return null;
  const { title, detail, requestId } = describeError(error);
  return (
    <div role="alert" data-testid={testId}
      className={cn("flex items-start justify-between gap-3 rounded-md border border-red-200 bg-red-50 p-3 text-sm text-red-900", className)}>
      <div>
        <p className="font-semibold" data-testid="error-title">{title}</p>
        {detail && <p className="mt-0.5 break-words" data-testid="error-detail">{detail}</p>}
        {requestId && <p className="mt-1 text-xs text-red-800">Request id {requestId}</p>}
      </div>
      {onDismiss && (
        <button type="button" onClick={onDismiss} className="rounded px-1 text-red-900 hover:bg-red-100" aria-label="Dismiss">✕</button>
      )}
    </div>
  );
}

export function EmptyState({ title, children, testId }: { title: string; children?: ReactNode; testId?: string }) {
  return (
    <div className="rounded-md border border-dashed border-slate-300 bg-white p-6 text-center" data-testid={testId ?? "empty-state"}>
      <p className="font-medium text-slate-800">{title}</p>
      {children && <div className="mt-1 text-sm text-slate-600">{children}</div>}
    </div>
  );
}

export function Loading({ what }: { what: string }) {
  return <p className="p-4 text-sm text-slate-600" role="status">Loading {what}…</p>;
}

/** Shown instead of a control the key's tier may not use. */
export function NotAllowed({ scope, children }: { scope: string; children?: ReactNode }) {
  return (
    <p className="rounded-md bg-slate-100 p-3 text-sm text-slate-700" data-testid="not-allowed">
      {children ?? "Your key cannot do this."} It needs the <code>{scope}</code> scope (an editor or admin key).
    </p>
  );
}
