import { describe, expect, it } from "vitest";
import type { CommentThread } from "../../../../../shared/schemas/index.ts";
import { ALL_THREADS, INDIVIDUAL, LIVE_DRAFT, matchesFilter, organisationsOf } from "./filters.ts";

const walhi = { id: "o1", name: "WALHI", kind: "civil_society" as const };
function thread(
  kind: "comment" | "suggestion",
  answered: boolean,
  organisation = walhi,
  context: { kind: "draft" } | { kind: "version"; versionId: string } = { kind: "draft" },
) {
  return {
    kind,
    context,
    answer: answered ? { disposition: "noted" } : null,
    author: { organisation },
  } as unknown as CommentThread;
}

describe("matchesFilter", () => {
  it("filters by state, kind and organisation, individuals included", () => {
    const open = thread("comment", false);
    const answered = thread("suggestion", true, null as never);
    expect(matchesFilter(open, { ...ALL_THREADS, status: "open" })).toBe(true);
    expect(matchesFilter(answered, { ...ALL_THREADS, status: "open" })).toBe(false);
    expect(matchesFilter(answered, { ...ALL_THREADS, kind: "suggestion" })).toBe(true);
    expect(matchesFilter(open, { ...ALL_THREADS, organisation: "o1" })).toBe(true);
    expect(matchesFilter(answered, { ...ALL_THREADS, organisation: INDIVIDUAL })).toBe(true);
    expect(matchesFilter(open, { ...ALL_THREADS, organisation: INDIVIDUAL })).toBe(false);
  });

  it("filters by where the comment was made: the live draft or a round's version", () => {
    const onDraft = thread("comment", false);
    const inRound = thread("comment", false, walhi, { kind: "version", versionId: "v1" });
    expect(matchesFilter(onDraft, { ...ALL_THREADS, context: LIVE_DRAFT })).toBe(true);
    expect(matchesFilter(inRound, { ...ALL_THREADS, context: LIVE_DRAFT })).toBe(false);
    expect(matchesFilter(inRound, { ...ALL_THREADS, context: "v1" })).toBe(true);
    expect(matchesFilter(onDraft, { ...ALL_THREADS, context: "v1" })).toBe(false);
  });

  it("lists each organisation once", () => {
    expect(organisationsOf([thread("comment", false), thread("comment", true)])).toEqual([
      { id: "o1", name: "WALHI" },
    ]);
  });
});
