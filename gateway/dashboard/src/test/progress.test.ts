import type { RunStatus, StageState } from "@client";
import { describe, expect, it } from "vitest";

import { formatEta, formatRate, rateBetween, runEta, runFraction, runRate, stageFraction } from "../lib/progress";

const stage = (s: Partial<StageState>): StageState => ({ batches_done: 0, total_batches: null, processed: 0, total: null,
  total_is_estimate: false, rate: null, eta_s: null, ...s });

function run(status: RunStatus["status"], stages: Record<string, Partial<StageState>>): Pick<RunStatus, "status" | "stages"> {
  return { status, stages: Object.fromEntries(Object.entries(stages).map(([k, v]) => [k, stage(v)])) };
}

describe("progress", () => {
  it("a stage's share: batches when their total is known, else records, else unknown", () => {
    expect(stageFraction(stage({ batches_done: 3, total_batches: 4, processed: 10, total: 100 }))).toBe(0.75);
    expect(stageFraction(stage({ processed: 25, total: 100 }))).toBe(0.25);
    expect(stageFraction(stage({ processed: 250, total: 100 }))).toBe(1); // an estimate overtaken
    expect(stageFraction(stage({ processed: 5 }))).toBeNull();
    expect(stageFraction(undefined)).toBeNull();
  });

  it("the run's share averages the four stages; completed is 100 %", () => {
    const r = run("running", {
      acquisition: { batches_done: 4, total_batches: 4 }, standardization: { batches_done: 2, total_batches: 4 },
      quality: { batches_done: 1, total_batches: 4 }, production: { batches_done: 0, total_batches: 4 },
    });
    expect(runFraction(r)).toBeCloseTo((1 + 0.5 + 0.25 + 0) / 4);
    expect(runFraction({ ...r, status: "completed" })).toBe(1);
    expect(runFraction(run("queued", {}))).toBe(0);
    expect(runFraction(run("running", { acquisition: { processed: 3 } }))).toBeNull();
  });

  it("ETA is the slowest working stage's; none once the run has ended", () => {
    const r = run("running", { acquisition: { eta_s: 2 }, standardization: { eta_s: 40 }, quality: { eta_s: 95.4 }, production: {} });
    expect(runEta(r)).toBe(95.4);
    expect(runEta({ ...r, status: "completed" })).toBeNull();
    expect(runEta(run("running", { quality: { eta_s: -1 } }))).toBeNull();
    expect(runRate(run("running", { acquisition: { rate: 900 }, quality: { rate: 120 }, production: { rate: 0 } }))).toBe(120);
  });

  it("rate between two observations", () => {
    expect(rateBetween({ at: 1_000, processed: 100 }, { at: 3_000, processed: 500 })).toBe(200);
    expect(rateBetween({ at: 1_000, processed: 100 }, { at: 1_000, processed: 500 })).toBeNull();
    expect(rateBetween({ at: 1_000, processed: 500 }, { at: 2_000, processed: 100 })).toBeNull();
  });

  it("formats", () => {
    expect(formatEta(42.4)).toBe("42 s");
    expect(formatEta(95.4)).toBe("1 min 35 s");
    expect(formatEta(3 * 3600 + 5 * 60)).toBe("3 h 05 min");
    expect(formatEta(null)).toBe("—");
    expect(formatRate(1234.5)).toBe("1,235 records/s");
    expect(formatRate(12.34)).toBe("12.3 records/s");
    expect(formatRate(0)).toBe("—");
  });
});
