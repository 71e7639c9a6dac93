import { afterEach, beforeEach, describe, expect, it } from "vitest";
import {
  CommentViewSchema,
  ModerationLogSchema,
  RoundCommentCreatedSchema,
} from "../../../../shared/schemas/index.ts";
import { buildRoundScene } from "../../test/roundScene.ts";

type Scene = Awaited<ReturnType<typeof buildRoundScene>>;

describe("a round's moderation log", () => {
  let scene: Scene;
  beforeEach(async () => {
    scene = await buildRoundScene();
  });
  afterEach(() => scene.close());

  const hide = async (commentId: string) => {
    const res = await scene.as.admin.request(
      "POST",
      `${scene.base}/comments/${commentId}/moderation`,
      { reason: "off_topic", note: "Di luar pokok bahasan." },
    );
    expect(res.status).toBe(200);
  };
  const logOf = async (caller: keyof Scene["as"], path: string) => {
    const res = await scene.as[caller].request("GET", path);
    expect(res.status).toBe(200);
    return ModerationLogSchema.parse(await res.json()).entries;
  };

  it("shows a participant without a document role what was hidden in the round, and nothing of the live draft", async () => {
    await scene.openRound();
    const inRound = RoundCommentCreatedSchema.parse(
      await (await scene.commentOnVersion(scene.as.participant, 1, "Retribusi parkir")).json(),
    );
    const reply = await scene.as.drafter.request(
      "POST",
      `${scene.base}/comments/${inRound.id}/replies`,
      { body: "Balasan yang kemudian disembunyikan." },
    );
    expect(reply.status).toBe(201);
    const replyId = CommentViewSchema.parse(await reply.json()).id;
    const onDraft = await scene.commented(scene.as.reviewer, "Tarif parkir");
    for (const id of [inRound.id, replyId, onDraft.id]) await hide(id);

    const entries = await logOf("participant", `${scene.rounds}/1/moderation-log`);
    expect(entries.map((e) => [e.commentId, e.reason, e.note])).toEqual([
      [inRound.id, "off_topic", "Di luar pokok bahasan."],
      [replyId, "off_topic", "Di luar pokok bahasan."],
    ]);
    expect(entries[0]?.commentAuthor.name).toBe("Wulan");
    // The document's log, with the live draft's entry, stays with its readers.
    expect(await logOf("observer", `${scene.base}/moderation-log`)).toHaveLength(3);
    const draftLog = await scene.as.participant.request("GET", `${scene.base}/moderation-log`);
    expect(draftLog.status).toBe(404);
  });

  it("is refused to people the round does not reach", async () => {
    await scene.openRound({ audience: "invited", organisationIds: ["lsm"] });
    const path = `${scene.rounds}/1/moderation-log`;
    expect((await scene.as.participant.request("GET", path)).status).toBe(404);
    expect((await scene.as.unverified.request("GET", path)).status).toBe(404);
    expect(await logOf("reviewer", path)).toEqual([]);
  });
});
