import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { nextSeal } from "../../../shared/record/seal.ts";
import { verifyRecord } from "../../../shared/record/verifier.ts";
import type { RoundRecord } from "../../../shared/schemas/index.ts";
import { answerGiver } from "../commands/answerGiver.ts";
import { CommentEvents } from "../comments/commentEvents.ts";
import { startApi } from "../test/httpClient.ts";
import { buildRoundRecord } from "./roundRecordBuilder.ts";
import { formatOneRecord, recordHashOf } from "./sealGuard.ts";
import { buildSealedScene } from "./test/tamperScene.ts";

type Scene = Awaited<ReturnType<typeof buildSealedScene>>;

describe("a sealed record is never sealed again over altered rows", () => {
  let scene: Scene;
  beforeEach(async () => {
    scene = await buildSealedScene();
  });
  afterEach(() => scene.store.cleanup());

  it.each([
    ["a comment's words", "UPDATE comments SET body = 'Diubah.' WHERE id = ?", "answered"],
    ["an answer", "UPDATE answers SET explanation = 'Diterima.' WHERE comment_id = ?", "answered"],
    [
      "a moderation reason",
      "UPDATE moderation_log SET note = 'Lain.' WHERE comment_id = ?",
      "spam",
    ],
    ["a decision", "UPDATE comments SET suggestion_state = 'accepted' WHERE id = ?", "answered"],
    ["an attachment", "UPDATE attachments SET data = x'00' WHERE comment_id = ?", "answered"],
    ["a hidden comment's status", "UPDATE comments SET status = 'visible' WHERE id = ?", "spam"],
    ["a comment, deleted", "DELETE FROM comments WHERE id = ?", "unrelated"],
  ] as const)("the store refuses to change %s of a closed round", async (_what, sql, which) => {
    const id = scene.comments[which].id;
    await expect(scene.store.db.run(sql, [id])).rejects.toThrow(/SQLITE_CONSTRAINT/);
  });

  it("the store refuses to retitle a document", async () => {
    const retitle = "UPDATE documents SET title = 'Judul lain' WHERE id = ?";
    await expect(scene.store.db.run(retitle, [scene.documentId])).rejects.toThrow(/sealed/);
  });

  it.each([
    [
      "a comment's words",
      "UPDATE comments SET body = 'Kami setuju penuh.' WHERE id = ?",
      "answered",
    ],
    ["an answer", "UPDATE answers SET explanation = 'Diterima.' WHERE comment_id = ?", "answered"],
    [
      "a moderation reason",
      "UPDATE moderation_log SET note = 'Kritik.' WHERE comment_id = ?",
      "spam",
    ],
  ] as const)(
    "with the triggers dropped, altering %s freezes the round and alerts administrators",
    async (_what, sql, which) => {
      const { store, documentId } = scene;
      const sealsBefore = (await store.seals.list(documentId)).length;
      await scene.dropTriggers();
      await store.db.run(sql, [scene.comments[which].id]);

      const api = await startApi(store, { roundSealer: scene.sealer });
      try {
        const admin = await api.signIn(scene.admin.email);
        const hide = await admin.request(
          "POST",
          `/api/documents/${documentId}/comments/${scene.comments.unrelated.id}/moderation`,
          { reason: "off_topic", note: "Di luar pokok bahasan." },
        );
        expect(hide.status).toBe(409);
        expect((await hide.json()).error.id).toBe("record_tampered");
        const listed = await (await admin.request("GET", "/api/admin/integrity-alerts")).json();
        expect(listed.alerts).toMatchObject([{ documentId, roundNumber: 1 }]);
        const health = await (await api.anonymous.request("GET", "/api/health")).json();
        expect(health).toMatchObject({ status: "degraded", problems: ["record_tampered"] });
      } finally {
        await api.close();
      }
      expect((await store.comments.find(documentId, scene.comments.unrelated.id))?.status).toBe(
        "visible",
      );
      expect(await store.seals.list(documentId)).toHaveLength(sealsBefore);
      expect(await store.integrity.open(documentId)).toMatchObject([{ roundNumber: 1 }]);
      const mail = await store.db.all<{ to_email: string; subject: string }>(
        "SELECT to_email, subject FROM outbox WHERE subject LIKE '%altered%'",
      );
      expect(mail).toEqual([expect.objectContaining({ to_email: scene.admin.email })]);
      expect(scene.errors.join("")).toMatch(/INTEGRITY ALERT/);
      expect(await verifyRecord(await scene.record())).toMatchObject({ ok: false, round: 1 });

      // The round stays frozen: even a direct request to seal adds nothing.
      await expect(scene.sealer.seal(documentId, 1, "moderated")).rejects.toThrow(
        /no longer matches/,
      );
      expect(await store.seals.list(documentId)).toHaveLength(sealsBefore);
    },
  );

  it("finds an altered record at startup, before anyone acts on it", async () => {
    await scene.dropTriggers();
    await scene.store.db.run("UPDATE comments SET body = 'Diubah.' WHERE id = ?", [
      scene.comments.answered.id,
    ]);
    expect(await scene.sealer.sealUnsealed()).toBe(0);
    expect(await scene.store.integrity.open()).toHaveLength(1);
  });

  it("a record last sealed in format 1 is sealed again at startup, not taken for tampering", async () => {
    const { store, documentId } = scene;
    const round = await store.rounds.find(documentId, 1);
    if (!round) throw new Error("no round");
    const legacy = formatOneRecord(await buildRoundRecord(store, round)) as RoundRecord;
    const seal = await nextSeal({
      documentId,
      round: legacy,
      stage: "closed",
      at: new Date().toISOString(),
      previous: (await store.seals.latest(documentId)) ?? null,
    });
    const recordHash = await recordHashOf(legacy);
    await store.seals.append({ ...seal, documentId, roundNumber: 1, recordHash });
    expect(await verifyRecord(await scene.record())).toMatchObject({ ok: false });

    expect(await scene.sealer.sealUnsealed()).toBe(1);
    expect(await store.integrity.open()).toEqual([]);
    expect(await verifyRecord(await scene.record())).toMatchObject({ ok: true });
  });

  it("an answer reworded after sealing keeps its sealed wording in the record", async () => {
    const { store, documentId } = scene;
    const drafter = await store.users.find(scene.drafter.id);
    if (!drafter) throw new Error("no drafter");
    await answerGiver({
      store,
      events: new CommentEvents(),
      sealer: scene.sealer,
      documentId,
      commentId: scene.comments.answered.id,
      drafter,
      disposition: "accepted",
      explanation: "Diterima: DPRD dilibatkan.",
    });
    const record = await scene.record();
    const comment = record.rounds[0].record.comments[0];
    expect(comment.answer).toMatchObject({ explanation: "Diterima: DPRD dilibatkan." });
    expect(comment.answerRevisions).toEqual([
      expect.objectContaining({ disposition: "noted", explanation: "Dicatat." }),
    ]);
    expect(record.rounds[0].seals.at(-1)).toMatchObject({ stage: "answered" });
    expect(await verifyRecord(record)).toMatchObject({ ok: true });
  });

  it("erasing personal data from a sealed comment still works and is sealed", async () => {
    const { store, documentId } = scene;
    const api = await startApi(store, { roundSealer: scene.sealer });
    try {
      const admin = await api.signIn(scene.admin.email);
      const erase = await admin.request(
        "POST",
        `/api/documents/${documentId}/comments/${scene.comments.answered.id}/moderation`,
        { reason: "personal_data", note: "Memuat nomor telepon." },
      );
      expect(erase.status).toBe(200);
    } finally {
      await api.close();
    }
    const record = await scene.record();
    expect(record.rounds[0].record.comments[0]).toMatchObject({ status: "erased", body: null });
    expect(await verifyRecord(record)).toMatchObject({ ok: true });
  });
});

describe("everything the public record shows is sealed", () => {
  let scene: Scene;
  beforeEach(async () => {
    scene = await buildSealedScene();
  });
  afterEach(() => scene.store.cleanup());

  it("a title changed in the database fails verification", async () => {
    await scene.dropTriggers();
    await scene.store.db.run("UPDATE documents SET title = 'Perda Pajak' WHERE id = ?", [
      scene.documentId,
    ]);
    const record = await scene.record();
    expect(record.document.title).toBe("Perda Pajak");
    expect(await verifyRecord(record)).toMatchObject({ ok: false, round: 1 });

    // The response table (DIM) says the record no longer matches its seal.
    const api = await startApi(scene.store);
    try {
      const dim = await api.anonymous.request(
        "GET",
        `/api/public/consultations/${scene.documentId}/rounds/1/dim`,
      );
      const page = await dim.text();
      expect(page).toContain("Perda Pajak");
      expect(page).toMatch(/role="alert">PERINGATAN: isi halaman ini tidak cocok dengan segel/);
    } finally {
      await api.close();
    }
  });

  it("the response table (DIM) of an intact record carries no warning", async () => {
    const api = await startApi(scene.store);
    try {
      const dim = await api.anonymous.request(
        "GET",
        `/api/public/consultations/${scene.documentId}/rounds/1/dim`,
      );
      expect(await dim.text()).not.toContain("PERINGATAN");
    } finally {
      await api.close();
    }
  });

  it("a title changed only where it is shown fails verification", async () => {
    const record = await scene.record();
    expect(await verifyRecord(record)).toMatchObject({ ok: true });
    record.document.title = "Perda Pajak";
    expect(await verifyRecord(record)).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/document\.title/),
    });
  });

  it("shows each attachment's hash, stored once at upload", async () => {
    const record = await scene.record();
    const stored = await scene.store.db.get<{ sha256: string }>(
      "SELECT sha256 FROM attachments WHERE id = 'att-kajian'",
    );
    expect(record.rounds[0].record.comments[0].attachments[0].sha256).toBe(stored?.sha256);
  });
});
