import { beforeAll, describe, expect, it } from "vitest";
import { hideComment } from "../../record/test/consultationScene.ts";
import { sealedSceneIn } from "../../record/test/tamperScene.ts";
import { pdfBytes } from "../../test/pdf.ts";
import { BACKENDS, storeFor } from "./storeUnderTest.ts";

/**
 * Rounds, versions, seals and the database's own refusal to alter a closed round's record,
 * on one sealed consultation (see tamperScene.ts).
 */
describe.each(BACKENDS)("the sealed record on %s", (backend) => {
  const under = storeFor(backend);
  let scene: Awaited<ReturnType<typeof sealedSceneIn>>;
  beforeAll(async () => {
    scene = await sealedSceneIn(under.store);
  });

  it("seals a closed round's record and keeps the chain of seals", async () => {
    const seals = await under.store.seals.list(scene.documentId);
    expect(seals.map((s) => [s.seq, s.roundNumber, s.stage])).toEqual([
      [1, 1, "closed"],
      [2, 1, "moderated"],
    ]);
    expect(seals[1]?.previousSeal).toBe(seals[0]?.hash);
    expect(scene.errors).toEqual([]);
    const round = await under.store.rounds.find(scene.documentId, 1);
    expect(await under.store.rounds.counts(round?.versionId ?? "")).toEqual({
      comments: 3,
      answered: 1,
      unanswered: 1,
      hidden: 1,
    });
  });

  it("gives back a position paper's bytes exactly as uploaded", async () => {
    const attachment = await under.store.attachments.find(scene.documentId, "att-kajian");
    expect(new Uint8Array(attachment?.data ?? [])).toEqual(pdfBytes());
    expect(attachment?.sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it("refuses every change to a sealed row that the app never makes", async () => {
    const { answered } = scene.comments;
    const refused: [string, (string | number)[], RegExp][] = [
      ["UPDATE comments SET body = 'diubah' WHERE id = ?", [answered.id], /sealed/],
      ["DELETE FROM comments WHERE id = ?", [answered.id], /never deleted/],
      [
        "UPDATE answers SET explanation = 'diubah' WHERE comment_id = ?",
        [answered.id],
        /sealed answer/,
      ],
      ["DELETE FROM answers WHERE comment_id = ?", [answered.id], /never deleted/],
      ["DELETE FROM attachments WHERE id = ?", ["att-kajian"], /deleted only with/],
      ["UPDATE attachments SET name = 'lain.pdf' WHERE id = ?", ["att-kajian"], /immutable/],
      [
        "UPDATE versions SET title = 'diubah' WHERE document_id = ?",
        [scene.documentId],
        /immutable/,
      ],
      ["DELETE FROM seals WHERE document_id = ?", [scene.documentId], /never deleted/],
      ["UPDATE seals SET hash = 'x' WHERE document_id = ?", [scene.documentId], /immutable/],
      ["UPDATE rounds SET closes_at = 'x' WHERE document_id = ?", [scene.documentId], /sealed/],
      ["UPDATE documents SET title = 'diubah' WHERE id = ?", [scene.documentId], /sealed/],
      [
        "UPDATE moderation_log SET note = 'x' WHERE document_id = ?",
        [scene.documentId],
        /append-only/,
      ],
    ];
    for (const [sql, params, message] of refused) {
      await expect(under.store.db.run(sql, params), sql).rejects.toThrow(message);
    }
    expect(await scene.record()).toMatchObject({ document: { title: "Rancangan Perda Parkir" } });
  });

  it("lets a sealed comment be erased for personal data, with its moderation log entry", async () => {
    await hideComment(under.store, {
      comment: scene.comments.unrelated,
      admin: scene.admin,
      erase: true,
    });
    const erased = await under.store.comments.find(scene.documentId, scene.comments.unrelated.id);
    expect(erased).toMatchObject({ status: "erased", body: null });
  });
});
