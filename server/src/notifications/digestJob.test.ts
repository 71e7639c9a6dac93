import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { HOUR } from "../test/roundScene.ts";
import { digestTimeAtOrBefore, nextDigestTime } from "./digestJob.ts";
import { buildNotificationScene } from "./test/notificationScene.ts";

type Scene = Awaited<ReturnType<typeof buildNotificationScene>>;

/** Until the next 07:00 in Jakarta (00:00 UTC) from the scene's start. */
const TO_NEXT_DIGEST = 22 * HOUR;

describe("digest times", () => {
  it("are 07:00 in Jakarta, which is midnight UTC", () => {
    const at = new Date("2026-12-01T02:00:00.000Z");
    expect(digestTimeAtOrBefore(at).toISOString()).toBe("2026-12-01T00:00:00.000Z");
    expect(nextDigestTime(at).toISOString()).toBe("2026-12-02T00:00:00.000Z");
    // 06:59 in Jakarta is still before that day's digest.
    const early = new Date("2026-12-01T23:59:00.000Z");
    expect(digestTimeAtOrBefore(early).toISOString()).toBe("2026-12-01T00:00:00.000Z");
    expect(nextDigestTime(new Date("2026-12-02T00:00:00.000Z")).toISOString()).toBe(
      "2026-12-03T00:00:00.000Z",
    );
  });
});

describe("delivery", () => {
  let scene: Scene;
  beforeEach(async () => {
    // The scene's clock starts at 2026-12-01 09:00 in Jakarta (02:00 UTC).
    scene = await buildNotificationScene();
  });
  afterEach(async () => {
    await scene.close();
  });

  it("queues one e-mail per notification for people who chose immediate", async () => {
    const chose = await scene.as.owner.request("PATCH", "/api/me/notification-settings", {
      delivery: "immediate",
    });
    expect(chose.status).toBe(200);
    await scene.commented(scene.as.reviewer, "Tarif parkir", "Pertama.");
    await scene.commented(scene.as.otherReviewer, "Retribusi parkir", "Kedua.");
    await scene.settle();

    const mails = await scene.outbox();
    // The owner gets two at once; the drafter (daily digest by default) none yet.
    expect(mails.map((m) => m.to_email)).toEqual(["owner@x.test", "owner@x.test"]);
    expect(mails[0]?.subject).toContain("Komentar baru dari Siti");
    expect(mails[0]?.subject).toContain("New comment from Siti");
    expect(mails[0]?.body).toContain("Pertama.");
    expect(mails[0]?.body).toContain(`/documents/${scene.documentId}#comment-`);

    // Already e-mailed, so the next digest leaves them out.
    await scene.advance(TO_NEXT_DIGEST);
    expect((await scene.outbox()).map((m) => m.to_email)).toEqual([
      "owner@x.test",
      "owner@x.test",
      "drafter@x.test",
    ]);
  });

  it("sends a daily digest once a day listing what arrived, and nothing when nothing did", async () => {
    await scene.openRound({ closesAt: scene.clock.isoIn(96 * HOUR) });
    await scene.commented(scene.as.reviewer, "Tarif parkir", "Mohon dibedakan per zona.");
    await scene.settle();
    expect(await scene.outbox()).toEqual([]);

    await scene.advance(TO_NEXT_DIGEST - 60_000);
    expect(await scene.outbox()).toEqual([]);
    await scene.advance(60_000);
    const first = await scene.outbox();
    expect(first.map((m) => m.to_email).sort()).toEqual([
      "drafter@x.test",
      "forum@x.test",
      "owner@x.test",
      "reviewer2@x.test",
      "reviewer@x.test",
    ]);
    const reviewerMail = first.find((m) => m.to_email === "reviewer@x.test");
    expect(reviewerMail?.subject).toBe("Rembuk: 1 notifikasi baru / 1 new notification");
    expect(reviewerMail?.body).toContain("Putaran konsultasi 1 dibuka: Rancangan Perda Parkir");
    expect(reviewerMail?.body).toContain("Consultation round 1 opened: Rancangan Perda Parkir");
    expect(first.every((m) => m.created_at === "2026-12-02T00:00:00.000Z")).toBe(true);

    // A quiet day: no digest at all.
    await scene.advance(24 * HOUR);
    expect(await scene.outbox()).toHaveLength(first.length);

    // The next day's news comes in the next digest, grouped into one e-mail.
    await scene.commented(scene.as.reviewer, "Juru parkir", "Seragam disediakan pemda?");
    await scene.commented(scene.as.otherReviewer, "Retribusi parkir", "Setoran harian berat.");
    await scene.settle();
    await scene.advance(24 * HOUR);
    const third = (await scene.outbox()).slice(first.length);
    expect(third.map((m) => m.to_email).sort()).toEqual(["drafter@x.test", "owner@x.test"]);
    const owner = third.find((m) => m.to_email === "owner@x.test");
    expect(owner?.subject).toBe("Rembuk: 2 notifikasi baru / 2 new notifications");
  });

  it("leaves out what was already read in the app", async () => {
    await scene.commented(scene.as.reviewer, "Tarif parkir");
    await scene.settle();
    const read = await scene.as.owner.request("POST", "/api/me/notifications/read", { all: true });
    expect(read.status).toBe(200);

    await scene.advance(TO_NEXT_DIGEST);
    expect((await scene.outbox()).map((m) => m.to_email)).toEqual(["drafter@x.test"]);
  });

  it("catches up a digest missed while the server was down, once", async () => {
    await scene.commented(scene.as.reviewer, "Tarif parkir");
    await scene.settle();
    await scene.shutDown();
    await scene.advance(TO_NEXT_DIGEST + 3 * HOUR);
    expect(await scene.outbox()).toEqual([]);

    await scene.restart();
    await scene.settle();
    expect((await scene.outbox()).map((m) => m.to_email).sort()).toEqual([
      "drafter@x.test",
      "owner@x.test",
    ]);
    await scene.restart();
    await scene.advance(HOUR);
    expect(await scene.outbox()).toHaveLength(2);
  });
});
