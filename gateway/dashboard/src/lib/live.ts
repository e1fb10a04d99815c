/**
 * Live run states from `/ws/progress` (a single-use ticket from `POST /api/v1/ws/tickets`, never the
 * key, in the socket's URL). Each `state` message replaces that run in the React Query cache, so the
 * runs list and run pages move without polling. Reconnects with a fresh ticket after a drop.
 */
import { openAllProgress, parseRunProgressMessage, queryKeys, type RunStatus } from "@client";
import { useQueryClient, type QueryClient } from "@tanstack/react-query";
import { useEffect, useState } from "react";

import { api, BASE_URL } from "./api";
import { clearKey } from "./session";

export const RUNS_KEY = [...queryKeys.all, "runs"] as const;
type RunList = { items: RunStatus[]; next_cursor?: string | null };

export function applyRunState(qc: QueryClient, run: RunStatus): void {
  qc.setQueryData(queryKeys.run(run.run_id), run);
  qc.setQueryData<RunList>(RUNS_KEY, (page) => {
    if (!page) return page;
    const at = page.items.findIndex((r) => r.run_id === run.run_id);
    if (at < 0) return { ...page, items: [run, ...page.items] };
    const items = page.items.slice();
    items[at] = run;
    return { ...page, items };
  });
}

export type LiveState = "connecting" | "live" | "offline";

export function useLiveProgress(enabled: boolean): LiveState {
  const qc = useQueryClient();
  const [state, setState] = useState<LiveState>("connecting");
  useEffect(() => {
    if (!enabled) return undefined;
    let stopped = false;
    let socket: WebSocket | null = null;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let attempt = 0;
    const retry = () => {
      if (stopped) return;
      attempt += 1;
      timer = setTimeout(connect, Math.min(15_000, 500 * 2 ** attempt));
    };
    async function connect() {
      setState("connecting");
      try {
        socket = await openAllProgress(api, BASE_URL);
      } catch {
        setState("offline");
        retry(); // a 401 has already signed the user out (lib/api)
        return;
      }
      if (stopped) {
        socket.close();
        return;
      }
      socket.onopen = () => {
        attempt = 0;
        setState("live");
      };
      socket.onmessage = (ev) => {
        const msg = parseRunProgressMessage(String(ev.data));
        if (msg.type === "state") applyRunState(qc, msg.run);
        else if (msg.type === "snapshot_complete") void qc.invalidateQueries({ queryKey: RUNS_KEY });
      };
      socket.onclose = (ev) => {
        setState("offline");
        if (stopped) return;
        if (ev.code === 4401) clearKey("The gateway refused your key (401): sign in again.");
        else if (ev.code !== 4403) retry();
      };
    }
    void connect();
    return () => {
      stopped = true;
      clearTimeout(timer);
      socket?.close();
    };
  }, [enabled, qc]);
  return state;
}
