import { describe, expect, it } from "vitest";
import { suggestionDiff } from "./suggestionDiff.ts";

describe("suggestionDiff", () => {
  it("shows a one-word change inside a passage as that word replaced", () => {
    expect(suggestionDiff("paling lama 30 hari kerja", "paling lama 14 hari kerja")).toEqual({
      before: "paling lama ",
      deleted: "30",
      inserted: "14",
      after: " hari kerja",
    });
  });

  it("shows added words as an insertion only", () => {
    expect(suggestionDiff("air bersih", "air bersih dan layak")).toEqual({
      before: "air bersih",
      deleted: "",
      inserted: " dan layak",
      after: "",
    });
  });

  it("replaces the whole passage when nothing is shared", () => {
    const diff = suggestionDiff("lama", "baru");
    expect(diff).toEqual({ before: "", deleted: "lama", inserted: "baru", after: "" });
  });
});
