import type { HTMLAttributes } from "react";

import { cn } from "../../lib/cn";

const VARIANTS = {
  default: "bg-slate-100 text-slate-800 border-slate-200",
  success: "bg-green-50 text-green-800 border-green-200",
  warning: "bg-amber-50 text-amber-900 border-amber-200",
  danger: "bg-red-50 text-red-800 border-red-200",
  info: "bg-blue-50 text-blue-800 border-blue-200",
} as const;

export type BadgeVariant = keyof typeof VARIANTS;

export function Badge({ className, variant = "default", ...props }: HTMLAttributes<HTMLSpanElement> & { variant?: BadgeVariant }) {
  return (
    <span
      className={cn("inline-flex items-center rounded-full border px-2 py-0.5 text-xs font-medium", VARIANTS[variant], className)}
      {...props}
    />
  );
}

export function statusVariant(status: string): BadgeVariant {
  if (["completed", "ready", "ok", "passed"].includes(status)) return "success";
  if (["failed", "down", "cancelled"].includes(status)) return "danger";
  if (["running", "queued", "registering", "uploaded", "degraded"].includes(status)) return "info";
  return "default";
}
