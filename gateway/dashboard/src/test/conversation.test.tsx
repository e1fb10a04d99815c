import { cleanup, render, screen } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";

import { ConversationView, flaggedTurns } from "../components/ConversationView";

afterEach(cleanup);

describe("conversation view", () => {
  it("marks PII placeholders, risk tags on client turns and flagged counsellor turns", () => {
    render(<ConversationView
      messages={[
        { role: "user", content: "Write to me at [EMAIL] or call [PHONE]. I don't want to be here anymore." },
        { role: "assistant", content: "Just sleep it off." },
        { role: "user", content: "ok [sic]" },
      ]}
      quality={{
        risk_turns: [{ turn: 0, category: "passive_ideation", level: "moderate" }, { turn: 1, category: "x", level: "high" }],
        checks: { crisis_safety: { passed: false, reason: "missing_safety_response", detail: "turn 1: no safety response" } },
      }}
    />);
    expect(screen.getAllByTestId("pii-placeholder").map((e) => e.textContent)).toEqual(["[EMAIL]", "[PHONE]"]);
    const tags = screen.getAllByTestId("risk-tag");
    expect(tags).toHaveLength(1); // a risk on a counsellor turn is not a client's disclosure
    expect(tags[0]!.textContent).toContain("moderate");
    expect(tags[0]!.textContent).toContain("passive ideation");
    const flagged = screen.getAllByTestId("flagged-turn");
    expect(flagged).toHaveLength(1);
    expect(flagged[0]!.closest("[data-role]")?.getAttribute("data-role")).toBe("assistant");
  });

  it("reads the turn a failed check names", () => {
    const turns = flaggedTurns({ checks: { a: { reason: "r1", detail: "turn 3: counsellor says 'x'" }, b: { reason: "r2", detail: "no turn here" } } });
    expect([...turns.keys()]).toEqual([3]);
  });
});
