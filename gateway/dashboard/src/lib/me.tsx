/** The signed-in key's identity and scopes (`GET /api/v1/keys/me`), shared by every page. */
import { unwrap, type WhoAmI } from "@client";
import { useQuery } from "@tanstack/react-query";
import { createContext, useContext } from "react";

import { api } from "./api";
import { can, type Action } from "./permissions";

export const MeContext = createContext<WhoAmI | null>(null);

export function useMe(): WhoAmI | null {
  return useContext(MeContext);
}

export function useCan(action: Action): boolean {
  return can(useMe(), action);
}

export function useWhoAmI(key: string | null) {
  return useQuery({
    queryKey: ["me", key ? key.slice(-6) : null],
    queryFn: ({ signal }) => unwrap(api.GET("/api/v1/keys/me", { signal })),
    enabled: !!key,
    retry: false,
    staleTime: 60_000,
  });
}
