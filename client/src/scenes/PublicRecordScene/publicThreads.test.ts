import { describe, expect, it } from "vitest";
import type { PublicComment } from "../../../../shared/schemas/index.ts";
import { threadsOf } from "./publicThreads.ts";

function comment(props: Partial<PublicComment> & { id: string }): PublicComment {
  return {
    parentId: null,
    kind: "comment",
    author: { id: "u1", name: "Rina", organisation: null, interests: "" },
    anchor: null,
    locator: null,
    body: "Isi",
    proposedText: null,
    createdAt: "2026-01-01T00:00:00.000Z",
    editedAt: null,
    status: "visible",
    moderation: null,
    answer: null,
    answerRevisions: [],
    suggestion: null,
    attachments: [],
    ...props,
  };
}

describe("threadsOf", () => {
  it("orders threads by where their passage starts, and replies by time", () => {
    const threads = threadsOf([
      comment({ id: "late", anchor: { from: 40, to: 45, quote: "x" } }),
      comment({ id: "early", anchor: { from: 3, to: 9, quote: "y" } }),
      comment({ id: "r2", parentId: "early", createdAt: "2026-01-03T00:00:00.000Z" }),
      comment({ id: "r1", parentId: "early", createdAt: "2026-01-02T00:00:00.000Z" }),
    ]);
    expect(threads.map((t) => [t.comment.id, t.replies.map((r) => r.id)])).toEqual([
      ["early", ["r1", "r2"]],
      ["late", []],
    ]);
  });

  it("keeps a reply whose comment is missing as a thread of its own", () => {
    expect(
      threadsOf([comment({ id: "orphan", parentId: "gone" })]).map((t) => t.comment.id),
    ).toEqual(["orphan"]);
  });
});
