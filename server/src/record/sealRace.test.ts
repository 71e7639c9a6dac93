import { afterEach, describe, expect, it } from "vitest";
import { verifyRecord } from "../../../shared/record/verifier.ts";
import { buildDocument, buildStore } from "../test/factories.ts";
import { buildPublicRecord } from "./recordBuilder.ts";
import { createRoundSealer } from "./roundSealer.ts";
import {
  buildAnswer,
  buildComment,
  buildParticipant,
  buildRound,
  daysFromNow,
} from "./test/consultationScene.ts";

/**
 * Two processes (scale-out) each seal one document one change at a time, but not with each
 * other: two sealers over one store stand for them. However their seals interleave, the chain
 * stays one chain that verifies, and a record is sealed once.
 */
describe.each(["sqlite", "postgres"] as const)(
  "two processes sealing one round at once (%s)",
  (backend) => {
    let cleanup: (() => Promise<void>) | undefined;
    afterEach(() => cleanup?.());

    it("keeps one verifiable chain with one seal per change of the record", async () => {
      const store = await buildStore(backend);
      cleanup = store.cleanup;
      const documentId = "perda-pasar";
      await buildDocument(store, documentId, "Rancangan Perda Pasar Rakyat");
      const drafter = await buildParticipant(store, {
        name: "Budi Santoso",
        organisation: { id: "pemkot", name: "Pemerintah Kota Bogor", kind: "government" },
      });
      const reviewer = await buildParticipant(store, {
        name: "Rina Wulandari",
        organisation: { id: "lsm", name: "LSM Pasar Sehat", kind: "civil_society" },
      });
      const { round, version, text } = await buildRound(store, {
        documentId,
        number: 1,
        lines: [
          "Pasar rakyat dikelola oleh Perusahaan Daerah.",
          "Retribusi disetor ke kas daerah.",
        ],
        drafter,
        opensAt: daysFromNow(-20),
        closesAt: daysFromNow(-1),
      });
      const on = { documentId, versionId: version.id, text, author: reviewer };
      const comments = [
        await buildComment(store, {
          ...on,
          quote: "Perusahaan Daerah",
          body: "Libatkan koperasi.",
        }),
        await buildComment(store, { ...on, quote: "kas daerah", body: "Sebut kas umum daerah." }),
      ];
      await store.rounds.close(round.id, { at: daysFromNow(-1), by: null, reason: null });
      const first = createRoundSealer({ store });
      const second = createRoundSealer({ store });

      // Both notice the closed round at the same moment, then each records an answer and seals.
      await Promise.all([
        first.seal(documentId, 1, "closed"),
        second.seal(documentId, 1, "closed"),
      ]);
      await Promise.all(
        comments.map((comment, i) =>
          (i === 0 ? first : second).change(documentId, 1, "answered", () =>
            buildAnswer(store, {
              comment,
              drafter,
              disposition: "noted",
              explanation: `Dicatat ${i}.`,
            }),
          ),
        ),
      );

      const record = await buildPublicRecord({ store, documentId, now: new Date() });
      if (!record) throw new Error("the document has no public record");
      const stages = record.rounds[0]?.seals.map((s) => s.stage);
      expect(stages?.[0]).toBe("closed");
      expect(stages?.filter((s) => s === "closed")).toHaveLength(1);
      // Each answer's change is sealed, or the later seal already covers both answers.
      expect(stages?.length).toBeGreaterThanOrEqual(2);
      expect(await store.seals.latestOfRound(documentId, 1)).toBeDefined();
      expect(await verifyRecord(JSON.parse(JSON.stringify(record)))).toMatchObject({ ok: true });
      const hashes = (await store.seals.list(documentId)).map((s) => s.recordHash);
      expect(new Set(hashes).size).toBe(hashes.length);
    });
  },
);
