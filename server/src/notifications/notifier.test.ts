import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { HOUR } from "../test/roundScene.ts";
import { buildNotificationScene } from "./test/notificationScene.ts";

type Scene = Awaited<ReturnType<typeof buildNotificationScene>>;
let scene: Scene;

beforeEach(async () => {
  scene = await buildNotificationScene();
});
afterEach(async () => {
  await scene.close();
});

describe("a round opening", () => {
  it("tells everyone who may join it, except its opener and those who run it", async () => {
    const { as } = scene;
    await scene.openRound({ closesAt: scene.clock.isoIn(72 * HOUR) });
    await scene.settle();

    const participant = await scene.inbox(as.participant);
    expect(participant.unread).toBe(1);
    expect(participant.notifications[0]).toMatchObject({
      kind: "round_opened",
      documentId: scene.documentId,
      documentTitle: "Rancangan Perda Parkir",
      round: 1,
      summary: "Rancangan Perda Parkir — konsultasi",
      actorName: "Budi",
      readAt: null,
    });
    expect(await scene.kinds(as.reviewer)).toEqual(["round_opened"]);
    expect(await scene.kinds(as.otherReviewer)).toEqual(["round_opened"]);
    for (const bystander of [as.owner, as.drafter, as.observer, as.admin, as.unverified]) {
      expect(await scene.kinds(bystander)).toEqual([]);
    }
  });

  it("reaches only the invited organisations and the document's reviewers", async () => {
    await scene.openRound({ audience: "invited", organisationIds: ["lsm"] });
    await scene.settle();

    expect(await scene.kinds(scene.as.reviewer)).toEqual(["round_opened"]);
    expect(await scene.kinds(scene.as.otherReviewer)).toEqual(["round_opened"]);
    expect(await scene.kinds(scene.as.participant)).toEqual([]);
  });

  it("waits for a scheduled round to open, and tells of it once", async () => {
    await scene.openRound({
      opensAt: scene.clock.isoIn(3 * HOUR),
      closesAt: scene.clock.isoIn(9 * HOUR),
    });
    await scene.settle();
    expect(await scene.kinds(scene.as.participant)).toEqual([]);

    await scene.advance(3 * HOUR);
    expect(await scene.kinds(scene.as.participant)).toEqual(["round_opened"]);

    await scene.restart();
    await scene.advance(HOUR);
    expect(await scene.kinds(scene.as.participant)).toEqual(["round_opened"]);
  });
});

describe("the closing reminder", () => {
  it("comes 24 hours before the round closes, once, also across a restart", async () => {
    await scene.openRound({ closesAt: scene.clock.isoIn(72 * HOUR) });
    await scene.settle();

    await scene.advance(48 * HOUR - 60_000);
    expect(await scene.kinds(scene.as.participant)).toEqual(["round_opened"]);

    await scene.advance(60_000);
    expect(await scene.kinds(scene.as.participant)).toEqual(["round_closing", "round_opened"]);
    expect(await scene.kinds(scene.as.reviewer)).toEqual(["round_closing", "round_opened"]);
    expect(await scene.kinds(scene.as.owner)).toEqual([]);

    await scene.restart();
    await scene.advance(HOUR);
    expect(await scene.kinds(scene.as.participant)).toEqual(["round_closing", "round_opened"]);
  });

  it("is caught up on start when its time passed while the server was down", async () => {
    await scene.openRound({ closesAt: scene.clock.isoIn(30 * HOUR) });
    await scene.settle();
    await scene.shutDown();
    await scene.advance(10 * HOUR);
    expect(await scene.kinds(scene.as.participant)).toEqual(["round_opened"]);

    await scene.restart();
    await scene.settle();
    expect(await scene.kinds(scene.as.participant)).toEqual(["round_closing", "round_opened"]);
  });

  it("is not sent for a round shorter than a day", async () => {
    await scene.openRound({ closesAt: scene.clock.isoIn(2 * HOUR) });
    await scene.advance(90 * 60_000);
    expect(await scene.kinds(scene.as.participant)).toEqual(["round_opened"]);
  });
});

describe("comments", () => {
  it("tell the document's drafters and owners of a comment on the live draft, never its author", async () => {
    await scene.commented(scene.as.reviewer, "Tarif parkir", "Mohon tarif dibedakan per zona.");
    await scene.settle();

    const owner = await scene.inbox(scene.as.owner);
    expect(owner.notifications).toMatchObject([
      {
        kind: "comment_received",
        round: null,
        actorName: "Siti",
        summary: "Mohon tarif dibedakan per zona.",
      },
    ]);
    expect(await scene.kinds(scene.as.drafter)).toEqual(["comment_received"]);
    expect(await scene.kinds(scene.as.reviewer)).toEqual([]);
    expect(await scene.kinds(scene.as.observer)).toEqual([]);

    await scene.commented(scene.as.drafter, "Retribusi parkir", "Catatan internal.");
    await scene.settle();
    expect(await scene.kinds(scene.as.owner)).toEqual(["comment_received", "comment_received"]);
    expect(await scene.kinds(scene.as.drafter)).toEqual(["comment_received"]);
  });

  it("tell of comments and replies in a round, with the round", async () => {
    await scene.openRound({ closesAt: scene.clock.isoIn(72 * HOUR) });
    const res = await scene.commentOnVersion(scene.as.participant, 1, "Juru parkir");
    expect(res.status).toBe(201);
    const { id } = await res.json();
    await scene.settle();
    const [received] = (await scene.inbox(scene.as.owner)).notifications;
    expect(received).toMatchObject({ kind: "comment_received", round: 1, commentId: id });

    const reply = await scene.as.reviewer.request("POST", `${scene.base}/comments/${id}/replies`, {
      body: "Setuju.",
    });
    expect(reply.status).toBe(201);
    await scene.settle();
    expect(await scene.kinds(scene.as.drafter)).toEqual(["comment_received", "comment_received"]);
    // The comment's author is not told of replies by others: only official answers reach them.
    expect(await scene.kinds(scene.as.participant)).toEqual(["round_opened"]);
  });

  it("tell a comment's author when it is answered, not when they answer it themselves", async () => {
    const thread = await scene.commented(scene.as.reviewer, "Tarif parkir");
    const own = await scene.commented(scene.as.owner, "Retribusi parkir");
    for (const commentId of [thread.id, own.id]) {
      const res = await scene.as.owner.request(
        "PUT",
        `${scene.base}/comments/${commentId}/answer`,
        {
          disposition: "noted",
          explanation: "Akan dibahas dalam rapat berikutnya.",
        },
      );
      expect(res.status).toBe(200);
    }
    // A reworded answer is not news a second time.
    await scene.as.owner.request("PUT", `${scene.base}/comments/${thread.id}/answer`, {
      disposition: "accepted",
      explanation: "",
    });
    await scene.settle();

    expect((await scene.inbox(scene.as.reviewer)).notifications).toMatchObject([
      {
        kind: "comment_answered",
        commentId: thread.id,
        actorName: "Budi",
        summary: "Akan dibahas dalam rapat berikutnya.",
      },
    ]);
    expect(await scene.kinds(scene.as.owner)).not.toContain("comment_answered");
  });

  it("are noticed after a restart when they came while the notifier was stopped", async () => {
    await scene.shutDown();
    await scene.commented(scene.as.reviewer, "Tarif parkir");
    expect(await scene.kinds(scene.as.owner)).toEqual([]);

    await scene.restart();
    await scene.settle();
    expect(await scene.kinds(scene.as.owner)).toEqual(["comment_received"]);
  });

  it("forget the words of a comment a moderator erased", async () => {
    const thread = await scene.commented(scene.as.reviewer, "Tarif parkir", "Nomor HP saya 0812.");
    await scene.settle();
    const erased = await scene.as.admin.request(
      "POST",
      `${scene.base}/comments/${thread.id}/moderation`,
      { reason: "personal_data", note: "Nomor telepon pribadi." },
    );
    expect(erased.status).toBe(200);
    await scene.settle();

    const [notification] = (await scene.inbox(scene.as.owner)).notifications;
    expect(notification).toMatchObject({ kind: "comment_received", commentId: thread.id });
    expect(notification?.summary).toBe("");
  });
});
