import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { NotificationPage } from "../../../../shared/schemas/index.ts";
import { buildNotificationScene } from "../../notifications/test/notificationScene.ts";

type Scene = Awaited<ReturnType<typeof buildNotificationScene>>;
let scene: Scene;

beforeEach(async () => {
  scene = await buildNotificationScene();
});
afterEach(async () => {
  await scene.close();
});

/** Three comments by reviewers: the owner gets three notifications, one a minute. */
async function threeComments() {
  for (const quote of ["Tarif parkir", "Retribusi parkir", "Juru parkir"]) {
    await scene.commented(scene.as.reviewer, quote, `Tentang ${quote}.`);
    await scene.settle();
    await scene.advance(60_000);
  }
}

describe("GET /api/me/notifications", () => {
  it("pages newest first with `before`, always with the unread count", async () => {
    await threeComments();
    const first = await scene.inbox(scene.as.owner, "?limit=2");
    expect(first.unread).toBe(3);
    expect(first.notifications.map((n) => n.summary)).toEqual([
      "Tentang Juru parkir.",
      "Tentang Retribusi parkir.",
    ]);
    expect(first.nextBefore).toBe(first.notifications[1]?.id);

    const second = await scene.inbox(scene.as.owner, `?limit=2&before=${first.nextBefore}`);
    expect(second.notifications.map((n) => n.summary)).toEqual(["Tentang Tarif parkir."]);
    expect(second.nextBefore).toBeNull();
  });

  it("refuses a malformed page", async () => {
    const res = await scene.as.owner.request("GET", "/api/me/notifications?limit=1000");
    expect(res.status).toBe(400);
  });
});

describe("POST /api/me/notifications/read", () => {
  it("marks the given notifications, or all, read — only the caller's own", async () => {
    await threeComments();
    const mine = (await scene.inbox(scene.as.owner)).notifications;
    const drafters = (await scene.inbox(scene.as.drafter)).notifications;

    const one = await scene.as.owner.request("POST", "/api/me/notifications/read", {
      ids: [mine[0]?.id, drafters[0]?.id],
    });
    expect(await one.json()).toEqual({ unread: 2 });
    const after: NotificationPage = await scene.inbox(scene.as.owner);
    expect(after.notifications.map((n) => n.readAt !== null)).toEqual([true, false, false]);
    // Someone else's id changes nothing of theirs.
    expect((await scene.inbox(scene.as.drafter)).unread).toBe(3);

    const all = await scene.as.owner.request("POST", "/api/me/notifications/read", { all: true });
    expect(await all.json()).toEqual({ unread: 0 });
    expect((await scene.inbox(scene.as.drafter)).unread).toBe(3);
  });

  it("needs ids or all", async () => {
    for (const body of [{}, { ids: [] }, { all: false }, { ids: ["a"], all: true }]) {
      const res = await scene.as.owner.request("POST", "/api/me/notifications/read", body);
      expect(res.status).toBe(400);
    }
  });
});

describe("/api/me/notification-settings", () => {
  it("defaults to the daily digest and keeps a choice", async () => {
    const path = "/api/me/notification-settings";
    expect(await (await scene.as.reviewer.request("GET", path)).json()).toEqual({
      delivery: "daily_digest",
    });
    const chosen = await scene.as.reviewer.request("PATCH", path, { delivery: "immediate" });
    expect(await chosen.json()).toEqual({ delivery: "immediate" });
    expect(await (await scene.as.reviewer.request("GET", path)).json()).toEqual({
      delivery: "immediate",
    });
    // Someone else's choice is their own.
    expect(await (await scene.as.owner.request("GET", path)).json()).toEqual({
      delivery: "daily_digest",
    });
    const wrong = await scene.as.reviewer.request("PATCH", path, { delivery: "hourly" });
    expect(wrong.status).toBe(400);
    expect((await wrong.json()).error.field).toBe("delivery");
  });
});
