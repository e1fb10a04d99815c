import { cleanup, screen } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";

import { AddDataset } from "../components/AddDataset";
import { KeysPage } from "../pages/Keys";
import { can } from "../lib/permissions";
import { renderAs, whoami } from "./render";

afterEach(cleanup);

describe("what a tier may not do is hidden", () => {
  it("a viewer is refused the keys page, with a problem saying which scope it needs", () => {
    renderAs(whoami("viewer"), <KeysPage />);
    expect(screen.getByTestId("keys-refused")).toBeTruthy();
    expect(screen.getByTestId("error-detail").textContent).toContain("keys:manage");
    expect(screen.queryByTestId("key-create-form")).toBeNull();
  });

  it("an editor is refused the keys page too; an admin gets the form", () => {
    renderAs(whoami("editor"), <KeysPage />);
    expect(screen.getByTestId("keys-refused")).toBeTruthy();
    cleanup();
    renderAs(whoami("admin"), <KeysPage />);
    expect(screen.queryByTestId("keys-refused")).toBeNull();
    expect(screen.getByTestId("key-create-form")).toBeTruthy();
  });

  it("a viewer sees no upload drop zone; an editor does", () => {
    renderAs(whoami("viewer"), <AddDataset onAdded={() => undefined} />);
    expect(screen.queryByTestId("upload-dropzone")).toBeNull();
    expect(screen.getByTestId("not-allowed").textContent).toContain("datasets:write");
    cleanup();
    renderAs(whoami("editor"), <AddDataset onAdded={() => undefined} />);
    expect(screen.getByTestId("upload-dropzone")).toBeTruthy();
  });

  it("permissions follow scopes, not tier names", () => {
    expect(can(whoami("viewer"), "export")).toBe(true);
    expect(can(whoami("viewer"), "run")).toBe(false);
    expect(can(whoami("editor"), "seeRaw")).toBe(true);
    expect(can(whoami("editor"), "manageKeys")).toBe(false);
    expect(can({ scopes: ["keys:manage"] }, "manageKeys")).toBe(true);
    expect(can(null, "export")).toBe(false);
  });
});
