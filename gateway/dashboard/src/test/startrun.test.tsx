import { cleanup, fireEvent, screen, waitFor } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";

import { StartRun } from "../components/StartRun";
import { jsonResponse, renderAs, whoami } from "./render";

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const DATASET = { dataset_id: "d1", name: "alpaca.jsonl", bytes: 10, sha256: "0".repeat(64), format: "jsonl",
  status: "uploaded", created_at: "2026-12-03T08:00:00+00:00" };

describe("starting a run", () => {
  it("sends the quality tiers left checked, and never none", async () => {
    const bodies: unknown[] = [];
    vi.stubGlobal("fetch", async (input: Request) => {
      if (input.method === "POST") {
        bodies.push(await input.json());
        return jsonResponse({ run_id: "a".repeat(32), status: "queued", status_url: "x", websocket_url: "y" }, 202);
      }
      return jsonResponse({ items: [DATASET], next_cursor: null });
    });
    renderAs(whoami("editor"), <StartRun selected={["d1"]} setSelected={() => undefined} />);
    fireEvent.click(screen.getByTestId("run-tier-counselling"));
    fireEvent.click(screen.getByTestId("run-tier-structure"));
    // content is the last one left: it cannot be unchecked
    expect((screen.getByTestId("run-tier-content") as HTMLInputElement).disabled).toBe(true);
    fireEvent.click(screen.getByTestId("run-tier-structure"));
    fireEvent.click(screen.getByTestId("start-run"));
    await waitFor(() => expect(screen.getByTestId("run-started")).toBeTruthy());
    expect(bodies).toEqual([{ dataset_ids: ["d1"], quality_threshold: 0.7, mode: "sequential",
      quality: { pii_policy: "redact", tiers: ["structure", "content"] } }]);
  });
});
