import { describe, expect, it } from "vitest";
import type { CommentThread, CommentView } from "../../../../../shared/schemas/index.ts";
import {
  type ThreadPages,
  withChange,
  withEarlierReplies,
  withPage,
  withThread,
} from "./threadPages.ts";

const at = (n: number) => new Date(Date.UTC(2026, 0, 1, 0, 0, n)).toISOString();
const reply = (id: string, n: number, body = id): CommentView =>
  ({ id, parentId: "t1", createdAt: at(n), body }) as CommentView;
const thread = (id: string, n: number, replies: CommentView[] = []): CommentThread =>
  ({
    id,
    parentId: null,
    createdAt: at(n),
    body: id,
    replies,
    replyCount: replies.length,
  }) as CommentThread;
const pages = (threads: CommentThread[], total = threads.length): ThreadPages => ({
  threads,
  next: null,
  total,
});

describe("threads held a page at a time", () => {
  it("appends the next page without repeating a thread that arrived live meanwhile", () => {
    const held = withThread(pages([thread("t1", 1)], 2), thread("t3", 3), "created");
    const next = withPage(held, {
      threads: [thread("t2", 2), thread("t3", 3)],
      next: null,
      total: 3,
    });
    expect(next.threads.map((t) => t.id)).toEqual(["t1", "t3", "t2"]);
    expect(next.total).toBe(3);
  });

  it("adds a new reply once, however often its news arrives, and counts it", () => {
    const start = pages([thread("t1", 1, [reply("r1", 2)])]);
    const news = { at: at(9), threadId: "t1", created: true, comment: reply("r2", 3) };
    const once = withChange(withChange(start, news), news);
    expect(once.threads[0]?.replies.map((r) => r.id)).toEqual(["r1", "r2"]);
    expect(once.threads[0]?.replyCount).toBe(2);
  });

  it("replaces a reworded reply or head in place, keeping the thread's replies", () => {
    const start = pages([thread("t1", 1, [reply("r1", 2)])]);
    const reworded = withChange(start, {
      at: at(9),
      threadId: "t1",
      created: false,
      comment: reply("r1", 2, "baru"),
    });
    expect(reworded.threads[0]?.replies[0]?.body).toBe("baru");
    const head = { id: "t1", parentId: null, createdAt: at(1), body: "dijawab" } as CommentView;
    const answered = withChange(reworded, { at: at(9), threadId: "t1", comment: head });
    expect(answered.threads[0]).toMatchObject({ body: "dijawab", replyCount: 1 });
    expect(answered.threads[0]?.replies).toHaveLength(1);
  });

  it("leaves changes to threads not loaded yet for their page, and adds new threads", () => {
    const start = pages([thread("t1", 1)], 5);
    const elsewhere = { at: at(9), threadId: "t4", created: false, comment: thread("t4", 4) };
    expect(withChange(start, elsewhere)).toEqual(start);
    const made = withChange(start, {
      ...elsewhere,
      threadId: "t6",
      created: true,
      comment: thread("t6", 6),
    });
    expect(made.threads.map((t) => t.id)).toEqual(["t1", "t6"]);
    expect(made.total).toBe(6);
  });

  it("puts earlier replies before those shown, oldest first", () => {
    const start = pages([{ ...thread("t1", 1, [reply("r3", 5), reply("r4", 6)]), replyCount: 4 }]);
    const more = withEarlierReplies(start, "t1", [reply("r1", 2), reply("r2", 3)]);
    expect(more.threads[0]?.replies.map((r) => r.id)).toEqual(["r1", "r2", "r3", "r4"]);
  });
});
