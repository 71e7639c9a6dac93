import { describe, expect, it } from "vitest";
import { commentIdFromHash, threadOfComment } from "./linkedComment.ts";

describe("commentIdFromHash", () => {
  it("reads the comment a notification link names", () => {
    expect(commentIdFromHash("#comment-abc123")).toBe("abc123");
    expect(commentIdFromHash(`#comment-${encodeURIComponent("a b/c")}`)).toBe("a b/c");
  });

  it("ignores fragments that name no comment", () => {
    expect(commentIdFromHash("")).toBeNull();
    expect(commentIdFromHash("#main-content")).toBeNull();
    expect(commentIdFromHash("#comment-")).toBeNull();
    expect(commentIdFromHash("#comment-%E0%A4%A")).toBeNull();
  });
});

describe("threadOfComment", () => {
  const threads = [
    { id: "t1", replies: [] },
    { id: "t2", replies: [{ id: "r1" }, { id: "r2" }] },
  ];

  it("finds a thread by its own id or by one of its replies", () => {
    expect(threadOfComment(threads, "t1")).toBe("t1");
    expect(threadOfComment(threads, "r2")).toBe("t2");
  });

  it("finds nothing for a comment not on this page", () => {
    expect(threadOfComment(threads, "gone")).toBeNull();
  });
});
