import { describe, expect, it } from "vitest";
import { safeNextPath, signInPath } from "./nextPath.ts";

describe("safeNextPath", () => {
  it("keeps a path on this site, with its query", () => {
    expect(safeNextPath("/documents/abc?x=1")).toBe("/documents/abc?x=1");
  });

  it("refuses anything that could leave the site", () => {
    for (const raw of [
      "https://evil.test",
      "//evil.test/x",
      "/\\evil.test",
      "javascript:alert(1)",
    ]) {
      expect(safeNextPath(raw)).toBe("/");
    }
  });

  it("never returns to the sign-in page itself", () => {
    expect(safeNextPath("/sign-in?next=/x")).toBe("/");
    expect(safeNextPath(null)).toBe("/");
  });
});

describe("signInPath", () => {
  it("carries the page to return to", () => {
    expect(signInPath("/documents/a b")).toBe("/sign-in?next=%2Fdocuments%2Fa%20b");
    expect(signInPath("/")).toBe("/sign-in");
  });
});
