import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { CommentChangeSchema } from "../../../../shared/schemas/index.ts";
import { buildCommentScene } from "../../test/commentScene.ts";
import { lengthenThread } from "../../test/longThread.ts";
import { buildRoundScene } from "../../test/roundScene.ts";
import { streamReader } from "../../test/streamReader.ts";

/** The data of each `event: comments` received so far, parsed. */
function changesIn(text: string) {
  return [...text.matchAll(/event: comments\ndata: (.*)\n\n/g)].map((m) =>
    CommentChangeSchema.parse(JSON.parse(m[1] ?? "")),
  );
}

describe("comment news on the event stream", () => {
  let scene: Awaited<ReturnType<typeof buildCommentScene>>;
  beforeEach(async () => {
    scene = await buildCommentScene();
  });
  afterEach(() => scene.close());

  it("carries a new reply alone, small however many thousand replies its thread has", async () => {
    const thread = await scene.commented(scene.as.reviewer, "Tarif parkir");
    await lengthenThread(scene, thread.id);
    const stream = streamReader(await scene.as.observer.request("GET", `${scene.base}/events`));
    await stream.until(": connected\n\n");

    const res = await scene.as.drafter.request(
      "POST",
      `${scene.base}/comments/${thread.id}/replies`,
      { body: "Kami catat." },
    );
    const reply = await res.json();
    await stream.until("event: comments");
    const text = await stream.until("\n\n", 2);
    const [change] = changesIn(text);
    expect(change).toMatchObject({
      threadId: thread.id,
      created: true,
      comment: { id: reply.id, parentId: thread.id, body: "Kami catat." },
    });
    expect(text.length).toBeLessThan(2_000);
    expect(text).not.toContain("Balasan");
    await stream.cancel();
  }, 30_000);

  it("shows each reader what they may see of a hidden comment", async () => {
    const thread = await scene.commented(scene.as.reviewer, "Tarif parkir", "Kata kasar");
    const reader = streamReader(await scene.as.observer.request("GET", `${scene.base}/events`));
    const admin = streamReader(await scene.as.admin.request("GET", `${scene.base}/events`));
    await reader.until(": connected\n\n");
    await admin.until(": connected\n\n");
    const hide = await scene.as.admin.request(
      "POST",
      `${scene.base}/comments/${thread.id}/moderation`,
      { reason: "abuse", note: "Menghina." },
    );
    expect(hide.status).toBe(200);
    const [forReader] = changesIn(await reader.until("\n\n", 2));
    const [forAdmin] = changesIn(await admin.until("\n\n", 2));
    expect(forReader).toMatchObject({ created: false, comment: { status: "hidden", body: null } });
    expect(forAdmin?.comment).toMatchObject({ status: "hidden", body: "Kata kasar" });
    await reader.cancel();
    await admin.cancel();
  });
});

describe("comment news on a round's event stream", () => {
  let scene: Awaited<ReturnType<typeof buildRoundScene>>;
  beforeEach(async () => {
    scene = await buildRoundScene();
    await scene.openRound();
  });
  afterEach(() => scene.close());

  it("never tells a round's participant of comments on the live draft", async () => {
    const stream = streamReader(
      await scene.as.participant.request("GET", `${scene.rounds}/1/events`),
    );
    await stream.until(": connected\n\n");
    await scene.commented(scene.as.reviewer, "Tarif parkir", "Hanya untuk pembaca draf");
    expect((await scene.commentOnVersion(scene.as.participant, 1, "Juru parkir")).status).toBe(201);
    const changes = changesIn(await stream.until("event: comments\ndata:"));
    await stream.until("\n\n", 2);
    expect(changes.map((c) => c.comment?.quote)).toEqual(["Juru parkir"]);
    expect(stream.text).not.toContain("Hanya untuk pembaca draf");
    await stream.cancel();
  });
});
