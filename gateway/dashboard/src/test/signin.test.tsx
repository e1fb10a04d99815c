import { cleanup, fireEvent, render, screen, waitFor } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";

import { SignIn } from "../components/SignIn";
import { api } from "../lib/api";
import { getKey, setKey } from "../lib/session";
import { jsonResponse, whoami } from "./render";

const KEY = "dp_0123456789abcdef_s3cr3t-VALUE-never-in-urls";

describe("sign-in", () => {
  let requests: Request[];
  beforeEach(() => {
    sessionStorage.clear();
    window.history.replaceState(null, "", "/dashboard/pipeline");
    requests = [];
  });
  afterEach(() => {
    cleanup();
    vi.unstubAllGlobals();
  });

  function answer(response: () => Response) {
    vi.stubGlobal("fetch", vi.fn(async (input: Request) => {
      requests.push(input);
      return response();
    }));
  }

  function signIn(key: string) {
    fireEvent.change(screen.getByTestId("sign-in-key"), { target: { value: key } });
    fireEvent.submit(screen.getByTestId("sign-in-form"));
  }

  it("keeps an accepted key in sessionStorage and sends it only in the Authorization header", async () => {
    answer(() => jsonResponse(whoami("editor")));
    const onSignedIn = vi.fn();
    render(<SignIn onSignedIn={onSignedIn} />);
    signIn(`  ${KEY}  `);
    await waitFor(() => expect(onSignedIn).toHaveBeenCalledWith(expect.objectContaining({ tier: "editor" })));

    expect(sessionStorage.getItem("dp.apiKey")).toBe(KEY);
    expect(localStorage.length).toBe(0);
    expect(window.location.href).not.toContain(KEY);
    expect(window.location.href).not.toContain("s3cr3t");
    expect(requests).toHaveLength(1);
    expect(new URL(requests[0]!.url).pathname).toBe("/api/v1/keys/me");
    expect(requests[0]!.url).not.toContain("s3cr3t");
    expect(requests[0]!.headers.get("Authorization")).toBe(`Bearer ${KEY}`);
    expect((screen.getByTestId("sign-in-key") as HTMLInputElement).value).toBe("");
    expect((screen.getByTestId("sign-in-key") as HTMLInputElement).type).toBe("password");
  });

  it("stores nothing when the gateway refuses the key, and says why", async () => {
    answer(() => jsonResponse({ type: "urn:dataset-pipeline:problem:unauthorized", title: "Unauthorized", status: 401,
      detail: "the API key is unknown or revoked", request_id: "r-1" }, 401, "application/problem+json"));
    render(<SignIn />);
    signIn(KEY);
    expect(await screen.findByTestId("error-title")).toHaveProperty("textContent", "Unauthorized");
    expect(screen.getByTestId("error-detail").textContent).toBe("the API key is unknown or revoked");
    expect(sessionStorage.getItem("dp.apiKey")).toBeNull();
    expect(window.location.href).not.toContain("s3cr3t");
  });

  it("a 401 on any later call signs out (back to the sign-in form)", async () => {
    setKey(KEY);
    answer(() => jsonResponse({ type: "urn:dataset-pipeline:problem:unauthorized", title: "Unauthorized", status: 401 }, 401));
    const { error } = await api.GET("/api/v1/datasets");
    expect(error?.status).toBe(401);
    expect(requests[0]!.headers.get("Authorization")).toBe(`Bearer ${KEY}`);
    expect(getKey()).toBeNull();
  });
});
