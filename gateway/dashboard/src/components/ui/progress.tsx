import * as ProgressPrimitive from "@radix-ui/react-progress";

import { cn } from "../../lib/cn";

/** shadcn/ui's Progress on Radix: `value` 0..100, or null for "not known yet" (indeterminate). */
export function Progress({ value, className, label, ...props }: {
  value: number | null; className?: string; label: string; "data-testid"?: string;
}) {
  const shown = value === null ? null : Math.round(Math.min(100, Math.max(0, value)));
  return (
    <ProgressPrimitive.Root
      value={shown}
      max={100}
      aria-label={label}
      className={cn("relative h-2 w-full overflow-hidden rounded-full bg-slate-200", className)}
      data-value={shown ?? ""}
      {...props}
    >
      <ProgressPrimitive.Indicator
        className={cn("h-full bg-blue-600 transition-all", shown === null && "animate-pulse bg-slate-400")}
        style={{ width: `${shown ?? 100}%` }}
      />
    </ProgressPrimitive.Root>
  );
}
