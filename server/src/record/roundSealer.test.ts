import fs from "node:fs/promises";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { publishedValidator } from "../../../shared/record/test/publishedSchema.ts";
import { verifyRecord } from "../../../shared/record/verifier.ts";
import type { PublicRecord } from "../../../shared/schemas/index.ts";
import { buildDocument, buildStore } from "../test/factories.ts";
import { startApi } from "../test/httpClient.ts";
import { buildPublicRecord } from "./recordBuilder.ts";
import { createRoundSealer } from "./roundSealer.ts";
import {
  buildAnswer,
  buildComment,
  buildParticipant,
  buildRound,
  daysFromNow,
  hideComment,
} from "./test/consultationScene.ts";
import { verifyCommand } from "./test/tamperScene.ts";

describe("sealing a consultation's rounds, and verifying the public record", () => {
  let store: Awaited<ReturnType<typeof buildStore>>;
  let record: PublicRecord;
  const documentId = "perda-parkir";

  beforeAll(async () => {
    store = await buildStore();
    await buildDocument(store, documentId, "Rancangan Perda Parkir");
    const sealer = createRoundSealer({ store });
    const drafter = await buildParticipant(store, {
      name: "Budi Santoso",
      organisation: { id: "pemkot", name: "Pemerintah Kota Bandung", kind: "government" },
    });
    const reviewer = await buildParticipant(store, {
      name: "Rina Wulandari",
      organisation: { id: "lsm", name: "LSM Tata Kota", kind: "civil_society" },
    });
    const admin = { id: drafter.id, name: "Admin Situs" };

    // Round 1: commented, closed, answered after closing, concluded.
    const first = await buildRound(store, {
      documentId,
      number: 1,
      lines: ["Tarif parkir ditetapkan oleh Wali Kota.", "Retribusi disetor ke kas daerah."],
      drafter,
      opensAt: daysFromNow(-30),
      closesAt: daysFromNow(-16),
    });
    const on = { documentId, versionId: first.version.id, text: first.text, author: reviewer };
    const tariff = await buildComment(store, { ...on, quote: "Wali Kota", body: "Libatkan DPRD." });
    const cash = await buildComment(store, {
      ...on,
      quote: "kas daerah",
      body: "Sebut kas umum daerah.",
      kind: "suggestion",
      proposedText: "kas umum daerah",
    });
    await buildComment(store, { ...on, parentId: tariff.id, body: "Setuju." });
    await buildAnswer(store, {
      comment: tariff,
      drafter,
      disposition: "noted",
      explanation: "Dicatat.",
    });
    await store.rounds.close(first.round.id, { at: daysFromNow(-16), by: null, reason: null });
    await sealer.seal(documentId, 1, "closed");
    await sealer.change(documentId, 1, "answered", () =>
      buildAnswer(store, {
        comment: cash,
        drafter,
        disposition: "partly_accepted",
        explanation: "Diterima dengan penyesuaian.",
      }),
    );
    await sealer.change(documentId, 1, "concluded", () =>
      store.rounds.conclude(first.round.id, {
        at: daysFromNow(-10),
        by: drafter,
        conclusion: "Istilah kas umum daerah dipakai.",
      }),
    );

    // Round 2: closed early, then a comment hidden by a moderator.
    const second = await buildRound(store, {
      documentId,
      number: 2,
      lines: [
        "Tarif parkir ditetapkan dengan Peraturan Wali Kota.",
        "Retribusi disetor ke kas umum daerah.",
      ],
      drafter,
      opensAt: daysFromNow(-9),
      closesAt: daysFromNow(5),
    });
    const spam = await buildComment(store, {
      documentId,
      versionId: second.version.id,
      text: second.text,
      quote: "Peraturan Wali Kota",
      body: "Beli parkir murah di sini!",
      author: reviewer,
    });
    await store.rounds.close(second.round.id, {
      at: daysFromNow(-1),
      by: drafter,
      reason: "Masukan cukup.",
    });
    await sealer.seal(documentId, 2, "closed");
    await sealer.change(documentId, 2, "moderated", () =>
      hideComment(store, { comment: spam, admin }),
    );
    // Asking again with nothing changed adds nothing.
    await sealer.seal(documentId, 2, "moderated");

    record = JSON.parse(
      JSON.stringify(await buildPublicRecord({ store, documentId, now: new Date() })),
    );
  });
  afterAll(() => store.cleanup());

  it("chains a seal for every change of a closed round, across rounds", async () => {
    const seals = record.rounds.map((r) => r.seals.map((s) => `${s.seq}:${s.stage}`));
    expect(seals).toEqual([
      ["1:closed", "2:answered", "3:concluded"],
      ["4:closed", "5:moderated"],
    ]);
    expect(record.rounds[1]?.seals[0]?.previousSeal).toBe(record.rounds[0]?.seals[2]?.hash);
    expect(await verifyRecord(record)).toMatchObject({ ok: true, rounds: 2, seals: 5 });
  });

  it("publishes a record that validates against the committed JSON Schema", () => {
    const validate = publishedValidator();
    expect(validate(record), JSON.stringify(validate.errors)).toBe(true);
    expect(record.document.governmentBody).toEqual({
      id: "pemkot",
      name: "Pemerintah Kota Bandung",
    });
    const hidden = record.rounds[1]?.record.comments[0];
    expect(hidden).toMatchObject({ status: "hidden", body: null, moderation: { reason: "spam" } });
    const first = record.rounds[0]?.record;
    const anchor = first?.comments[0]?.anchor;
    expect(anchor?.quote).toBe("Wali Kota");
    expect(first?.version.text.slice(anchor?.from, anchor?.to)).toBe("Wali Kota");
  });

  it.each([
    ["a comment's body", 1, (r: PublicRecord) => r.rounds[0]?.record.comments[0]],
    ["an answer's explanation", 1, (r: PublicRecord) => r.rounds[0]?.record.comments[1]?.answer],
    ["the version text", 2, (r: PublicRecord) => r.rounds[1]?.record.version],
  ])("fails on a one-character change in %s, naming round %i", async (_what, round, target) => {
    const tampered = structuredClone(record);
    const object = target(tampered) as Record<string, string> | undefined | null;
    if (!object) throw new Error("nothing to tamper with");
    const key = ["body", "explanation", "text"].find((k) => typeof object[k] === "string") ?? "";
    object[key] = `${object[key]?.slice(0, -1)}!`;
    expect(await verifyRecord(tampered)).toMatchObject({ ok: false, round });
  });

  it("`npm run verify` passes on the record by URL and names the round of a tampered file", async () => {
    const api = await startApi(store);
    const file = path.join(store.dir, "record.json");
    try {
      const byUrl = await verifyCommand(
        `${api.base}/api/public/consultations/${documentId}/record`,
      );
      expect(byUrl).toMatchObject({ code: 0 });
      expect(byUrl.output).toMatch(/^OK: 2 round\(s\), 5 seal\(s\)/);

      const tampered = structuredClone(record);
      const version = tampered.rounds[1]?.record.version;
      if (version) version.text = version.text.replace("Tarif", "Tarip");
      await fs.writeFile(file, JSON.stringify(tampered));
      const byFile = await verifyCommand(file);
      expect(byFile.code).toBe(1);
      expect(byFile.output).toMatch(/^FAILED: round 2: the record does not match its last seal 5/);
    } finally {
      await api.close();
    }
  }, 30_000);
});
