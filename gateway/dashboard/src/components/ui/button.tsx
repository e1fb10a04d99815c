import { forwardRef, type ButtonHTMLAttributes } from "react";

import { cn } from "../../lib/cn";

const VARIANTS = {
  default: "bg-slate-900 text-white hover:bg-slate-700",
  outline: "border border-slate-300 bg-white hover:bg-slate-100",
  destructive: "bg-red-700 text-white hover:bg-red-600",
  ghost: "hover:bg-slate-100",
  link: "text-blue-700 underline-offset-4 hover:underline px-0",
} as const;

const SIZES = { default: "h-9 px-4 py-2", sm: "h-8 px-3 text-xs", icon: "h-9 w-9" } as const;

export interface ButtonProps extends ButtonHTMLAttributes<HTMLButtonElement> {
  variant?: keyof typeof VARIANTS;
  size?: keyof typeof SIZES;
}

export const Button = forwardRef<HTMLButtonElement, ButtonProps>(
  ({ className, variant = "default", size = "default", type = "button", ...props }, ref) => (
    <button
      ref={ref}
      type={type}
      className={cn(
        "inline-flex items-center justify-center gap-2 whitespace-nowrap rounded-md text-sm font-medium transition-colors",
        "focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-blue-600 focus-visible:ring-offset-2",
        "disabled:pointer-events-none disabled:opacity-50",
        VARIANTS[variant], SIZES[size], className,
      )}
      {...props}
    />
  ),
);
Button.displayName = "Button";
