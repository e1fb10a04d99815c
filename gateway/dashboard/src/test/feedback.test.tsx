import { ApiError } from "@client";
import { cleanup, render, screen } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";

import { ErrorBanner } from "../components/feedback";
import { describeError } from "../lib/api";

afterEach(cleanup);

function apiError(status: number, body: unknown): ApiError {
  return new ApiError(new Response(null, { status, statusText: status === 502 ? "Bad Gateway" : "" }), body);
}

describe("problem documents", () => {
  it("shows the title and the detail of a problem document, and its request id", () => {
    const problem = { type: "urn:dataset-pipeline:problem:run_not_completed", title: "Run not completed", status: 409,
      detail: "the run is running", request_id: "3f2a", run_status: "running" };
    render(<ErrorBanner error={apiError(409, problem)} />);
    expect(screen.getByTestId("error-title").textContent).toBe("Run not completed");
    expect(screen.getByTestId("error-detail").textContent).toBe("the run is running");
    expect(screen.getByTestId("error-banner").textContent).toContain("3f2a");
    expect(screen.getByRole("alert")).toBeTruthy();
  });

  it("never shows 'undefined', 'null' or a stack", () => {
    const noDetail = { type: "urn:dataset-pipeline:problem:forbidden", title: "Insufficient scope", status: 403, detail: null };
    const { container } = render(
      <>
        <ErrorBanner error={apiError(403, noDetail)} />
        <ErrorBanner error={apiError(502, "<html>proxy error</html>")} />
        <ErrorBanner error={new TypeError("Failed to fetch")} />
        <ErrorBanner error={{}} />
      </>,
    );
    const text = container.textContent ?? "";
    expect(text).not.toMatch(/undefined|null|at \w+ \(|Error:/);
    expect(text).toContain("Insufficient scope");
    expect(text).toContain("The gateway answered 502");
    expect(text).toContain("Bad Gateway");
    expect(text).toContain("could not be reached");
    expect(screen.queryAllByTestId("error-detail").map((e) => e.textContent)).not.toContain("");
  });

  it("renders nothing without an error", () => {
    const { container } = render(<ErrorBanner error={null} />);
    expect(container.innerHTML).toBe("");
  });

  it("describes a bare problem object (422 validation) by its title", () => {
    expect(describeError({ type: "urn:dataset-pipeline:problem:validation_error", title: "", status: 422, detail: "  " }))
      .toEqual({ title: "Error 422", detail: null, requestId: null });
  });
});
