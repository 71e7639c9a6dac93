import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { buildCommentScene } from "../test/commentScene.ts";
import { DEFAULT_POSTING_LIMITS, PostingLimits } from "./postingLimits.ts";

type Scene = Awaited<ReturnType<typeof buildCommentScene>>;

const SMALL = {
  ...DEFAULT_POSTING_LIMITS,
  comment: { points: 3, durationSeconds: 60 },
  reply: { points: 4, durationSeconds: 60 },
  edit: { points: 2, durationSeconds: 60 },
};

describe("per-account posting limits", () => {
  let scene: Scene;
  beforeEach(async () => {
    scene = await buildCommentScene({ postingLimits: new PostingLimits(SMALL) });
  });
  afterEach(() => scene.close());

  const storedBy = async (authorId: string, replies: boolean) =>
    (
      await scene.store.db.get<{ n: number }>(
        `SELECT COUNT(*) AS n FROM comments WHERE author_id = ? AND parent_id IS ${replies ? "NOT " : ""}NULL`,
        [authorId],
      )
    )?.n;

  it("refuses a burst of comments over the limit with 429 and Retry-After, storing none of it", async () => {
    const statuses = [];
    for (let i = 0; i < 3; i++) {
      statuses.push(
        (await scene.comment(scene.as.reviewer, "Tarif parkir", `Catatan ${i}`)).status,
      );
    }
    expect(statuses).toEqual([201, 201, 201]);
    const burst = await Promise.all(
      Array.from({ length: 8 }, (_, i) =>
        scene.comment(scene.as.reviewer, "Retribusi", `Banjir ${i}`),
      ),
    );
    expect(burst.map((r) => r.status)).toEqual(Array(8).fill(429));
    expect(Number(burst[0]?.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(Number(burst[0]?.headers.get("retry-after"))).toBeLessThanOrEqual(60);
    expect(await burst[0]?.json()).toMatchObject({ error: { id: "rate_limited" } });
    expect(await storedBy(scene.people.reviewer.id, false)).toBe(3);

    // Another account is not affected by the first one's flood.
    expect((await scene.comment(scene.as.otherReviewer, "Juru parkir")).status).toBe(201);
  });

  it("lets at most the limit of replies sent at once through", async () => {
    const thread = await scene.commented(scene.as.otherReviewer, "Tarif parkir");
    const replies = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        scene.as.reviewer.request("POST", `${scene.base}/comments/${thread.id}/replies`, {
          body: `Balasan ${i}`,
        }),
      ),
    );
    const statuses = replies.map((r) => r.status);
    expect(statuses.filter((s) => s === 201)).toHaveLength(4);
    expect(statuses.filter((s) => s === 429)).toHaveLength(16);
    expect(await storedBy(scene.people.reviewer.id, true)).toBe(4);
    const reply = await scene.as.otherReviewer.request(
      "POST",
      `${scene.base}/comments/${thread.id}/replies`,
      { body: "Saya masih bisa membalas." },
    );
    expect(reply.status).toBe(201);
  });

  it("limits rewording a comment too", async () => {
    const thread = await scene.commented(scene.as.reviewer, "Tarif parkir");
    const edit = (body: string) =>
      scene.as.reviewer.request("PATCH", `${scene.base}/comments/${thread.id}`, { body });
    expect((await edit("Versi dua")).status).toBe(200);
    expect((await edit("Versi tiga")).status).toBe(200);
    const refused = await edit("Versi empat");
    expect(refused.status).toBe(429);
    expect(refused.headers.get("retry-after")).toMatch(/^\d+$/);
  });
});
