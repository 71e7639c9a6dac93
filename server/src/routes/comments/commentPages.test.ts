import { afterEach, beforeEach, describe, expect, it } from "vitest";
import {
  COMMENT_BODY_MAX,
  CommentListSchema,
  CommentViewSchema,
  REPLIES_SHOWN,
  ReplyPageSchema,
  THREAD_PAGE_MAX,
} from "../../../../shared/schemas/index.ts";
import { buildCommentScene } from "../../test/commentScene.ts";
import { lengthenThread } from "../../test/longThread.ts";

type Scene = Awaited<ReturnType<typeof buildCommentScene>>;

describe("comment lists a page at a time", () => {
  let scene: Scene;
  beforeEach(async () => {
    scene = await buildCommentScene();
  });
  afterEach(() => scene.close());

  const get = async (path: string) => {
    const res = await scene.as.observer.request("GET", `${scene.base}${path}`);
    return { status: res.status, body: await res.json() };
  };
  const reply = async (threadId: string, body: string) => {
    const res = await scene.as.drafter.request(
      "POST",
      `${scene.base}/comments/${threadId}/replies`,
      { body },
    );
    expect(res.status).toBe(201);
    return CommentViewSchema.parse(await res.json());
  };
  const quotes = ["Tarif parkir", "Retribusi parkir", "Juru parkir"];

  it("walks every thread exactly once, in the order made, while new ones keep arriving", async () => {
    const made: string[] = [];
    for (let i = 0; i < 5; i++) {
      made.push(
        (await scene.commented(scene.as.reviewer, quotes[i % 3] ?? "", `Komentar ${i}`)).id,
      );
    }
    const seen: string[] = [];
    let after: string | null = null;
    let pages = 0;
    do {
      const { status, body } = await get(`/comments?limit=2${after ? `&after=${after}` : ""}`);
      expect(status).toBe(200);
      const page = CommentListSchema.parse(body);
      expect(page.threads.length).toBeLessThanOrEqual(2);
      seen.push(...page.threads.map((t) => t.id));
      after = page.next;
      // Someone comments while the reader pages on: it comes on a later page, never twice.
      if (pages++ === 0) {
        made.push((await scene.commented(scene.as.otherReviewer, "Tarif parkir", "Baru")).id);
      }
    } while (after !== null);
    expect(seen).toEqual(made);
    expect(pages).toBe(3);
    expect(CommentListSchema.parse((await get("/comments")).body).total).toBe(6);
  });

  it("bounds the page size and refuses a cursor that is not one of the list's threads", async () => {
    const thread = await scene.commented(scene.as.reviewer, "Tarif parkir");
    const reply1 = await reply(thread.id, "Balasan");
    const tooBig = await get(`/comments?limit=${THREAD_PAGE_MAX + 1}`);
    expect(tooBig.status).toBe(400);
    expect(tooBig.body.error).toMatchObject({ id: "invalid_request", field: "limit" });
    for (const after of ["nope", reply1.id]) {
      const bad = await get(`/comments?after=${after}`);
      expect(bad.status).toBe(400);
      expect(bad.body.error.id).toBe("cursor_invalid");
    }
    // A round's list is another list: a draft thread does not continue it.
    const inDraft = await get(`/comments?context=draft&after=${thread.id}`);
    expect(CommentListSchema.parse(inDraft.body).threads).toEqual([]);
  });

  it("shows a thread's latest replies and pages the earlier ones, nothing lost or repeated", async () => {
    const thread = await scene.commented(scene.as.reviewer, "Tarif parkir");
    const bodies: string[] = [];
    for (let i = 1; i <= 12; i++) bodies.push((await reply(thread.id, `Balasan ${i}`)).body ?? "");

    const [listed] = CommentListSchema.parse((await get("/comments")).body).threads;
    expect(listed?.replyCount).toBe(12);
    expect(listed?.replies.map((r) => r.body)).toEqual(bodies.slice(-REPLIES_SHOWN));

    const collected = listed?.replies.map((r) => r.body) ?? [];
    let before: string | null = listed?.replies[0]?.id ?? null;
    let arrived = false;
    while (before !== null) {
      const { status, body } = await get(`/comments/${thread.id}/replies?limit=3&before=${before}`);
      expect(status).toBe(200);
      const page = ReplyPageSchema.parse(body);
      expect(page.replies.length).toBeLessThanOrEqual(3);
      collected.unshift(...page.replies.map((r) => r.body));
      before = page.earlier;
      if (!arrived) {
        arrived = true;
        await reply(thread.id, "Balasan 13");
      }
    }
    expect(collected).toEqual(bodies);
    // The one that arrived meanwhile is the thread's latest now.
    const again = (await get(`/comments/${thread.id}`)).body;
    expect(again.replyCount).toBe(13);
    expect(again.replies.at(-1).body).toBe("Balasan 13");

    const tooBig = await get(`/comments/${thread.id}/replies?limit=101`);
    expect(tooBig.status).toBe(400);
    const other = await scene.commented(scene.as.reviewer, "Juru parkir");
    const foreign = await get(`/comments/${other.id}/replies?before=${listed?.replies[0]?.id}`);
    expect(foreign.status).toBe(400);
    expect(foreign.body.error.id).toBe("cursor_invalid");
  });

  it("keeps lists, one thread and a reply's answer small however long the thread grows", async () => {
    const thread = await scene.commented(scene.as.reviewer, "Tarif parkir");
    await lengthenThread(scene, thread.id);
    const bound = (REPLIES_SHOWN + 2) * (COMMENT_BODY_MAX + 2_000);

    const list = await scene.as.observer.request("GET", `${scene.base}/comments`);
    const listText = await list.text();
    expect(listText.length).toBeLessThan(bound);
    expect(CommentListSchema.parse(JSON.parse(listText)).threads[0]?.replyCount).toBe(3000);

    const posted = await scene.as.drafter.request(
      "POST",
      `${scene.base}/comments/${thread.id}/replies`,
      { body: "Kami catat." },
    );
    expect(posted.status).toBe(201);
    const postedText = await posted.text();
    expect(postedText.length).toBeLessThan(2_000);
    expect(JSON.parse(postedText)).toMatchObject({ parentId: thread.id, body: "Kami catat." });

    const one = await scene.as.observer.request("GET", `${scene.base}/comments/${thread.id}`);
    expect((await one.text()).length).toBeLessThan(bound);
    const page = await scene.as.observer.request(
      "GET",
      `${scene.base}/comments/${thread.id}/replies?limit=100`,
    );
    expect((await page.text()).length).toBeLessThan(101 * (COMMENT_BODY_MAX + 2_000));
  }, 30_000);
});
