import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedDraftText } from "../test/anchors.ts";
import { buildDocument, buildStore } from "../test/factories.ts";
import { startApi } from "../test/httpClient.ts";
import { createRoundSealer } from "./roundSealer.ts";
import {
  buildAnswer,
  buildAttachment,
  buildComment,
  buildParticipant,
  buildRound,
  daysFromNow,
  hideComment,
} from "./test/consultationScene.ts";

/**
 * Nothing unpublished ever leaves through a public endpoint: every secret below is planted where
 * the public must not see it, and every public response is searched for each one.
 */
const SECRETS = {
  liveDraft: "RAHASIA-DRAF-HIDUP",
  draftComment: "RAHASIA-CATATAN-KERJA",
  scheduledVersion: "RAHASIA-VERSI-TERJADWAL",
  scheduledTitle: "RAHASIA-JUDUL-TERJADWAL",
  unpublishedDocument: "RAHASIA-DOKUMEN-TANPA-PUTARAN",
  hiddenComment: "RAHASIA-KOMENTAR-DISEMBUNYIKAN",
  erasedComment: "RAHASIA-DATA-PRIBADI",
  hiddenAttachment: "RAHASIA-LAMPIRAN",
};

describe("public endpoints leak nothing unpublished", () => {
  let store: Awaited<ReturnType<typeof buildStore>>;
  let api: Awaited<ReturnType<typeof startApi>>;

  beforeAll(async () => {
    store = await buildStore();
    api = await startApi(store);
    const sealer = createRoundSealer({ store });
    const drafter = await buildParticipant(store, {
      name: "Budi Santoso",
      organisation: { id: "pemkot", name: "Pemerintah Kota", kind: "government" },
    });
    const reviewer = await buildParticipant(store, {
      name: "Rina",
      organisation: { id: "lsm", name: "LSM Tata Kota", kind: "civil_society" },
    });

    // "concluded": round 1 concluded, round 2 scheduled; the live draft and a note on it are secret.
    await buildDocument(store, "concluded", "Perda Parkir");
    const first = await buildRound(store, {
      documentId: "concluded",
      number: 1,
      lines: ["Tarif parkir ditetapkan oleh Wali Kota."],
      drafter,
      opensAt: daysFromNow(-30),
      closesAt: daysFromNow(-20),
    });
    const on = { documentId: "concluded", versionId: first.version.id, text: first.text };
    const answered = await buildComment(store, {
      ...on,
      quote: "Wali Kota",
      body: "Libatkan DPRD.",
      author: reviewer,
    });
    await buildAttachment(store, {
      id: "att-public",
      comment: answered,
      name: "kajian.pdf",
      createdAt: daysFromNow(-25),
    });
    const hidden = await buildComment(store, {
      ...on,
      quote: "Tarif",
      body: SECRETS.hiddenComment,
      author: reviewer,
    });
    await buildAttachment(store, {
      id: "att-hidden",
      comment: hidden,
      name: `${SECRETS.hiddenAttachment}.pdf`,
      createdAt: daysFromNow(-25),
    });
    const erased = await buildComment(store, {
      ...on,
      quote: "parkir",
      body: SECRETS.erasedComment,
      author: reviewer,
    });
    await buildAnswer(store, {
      comment: answered,
      drafter,
      disposition: "not_accepted",
      explanation: "Kewenangan daerah.",
    });
    await store.rounds.close(first.round.id, { at: daysFromNow(-20), by: null, reason: null });
    await sealer.seal("concluded", 1, "closed");
    await sealer.change("concluded", 1, "moderated", async () => {
      await hideComment(store, { comment: hidden, admin: drafter });
      await hideComment(store, { comment: erased, admin: drafter, erase: true });
    });
    await sealer.change("concluded", 1, "concluded", () =>
      store.rounds.conclude(first.round.id, {
        at: daysFromNow(-15),
        by: drafter,
        conclusion: "Selesai.",
      }),
    );
    await buildRound(store, {
      documentId: "concluded",
      number: 2,
      lines: [`Tarif parkir ${SECRETS.scheduledVersion}.`],
      title: SECRETS.scheduledTitle,
      summary: SECRETS.scheduledTitle,
      drafter,
      opensAt: daysFromNow(3),
      closesAt: daysFromNow(20),
    });
    await seedDraftText(store, "concluded", [`Tarif parkir ${SECRETS.liveDraft}.`]);
    const note = await buildComment(store, {
      documentId: "concluded",
      versionId: null,
      quote: "Tarif",
      body: SECRETS.draftComment,
      author: drafter,
    });
    await buildAttachment(store, {
      id: "att-draft",
      comment: note,
      name: "catatan.pdf",
      createdAt: daysFromNow(-1),
    });

    // "open": one round open now.
    await buildDocument(store, "open", "Perda Pasar");
    const open = await buildRound(store, {
      documentId: "open",
      number: 1,
      lines: ["Pasar dibuka pukul enam."],
      drafter,
      opensAt: daysFromNow(-2),
      closesAt: daysFromNow(10),
    });
    await buildComment(store, {
      documentId: "open",
      versionId: open.version.id,
      text: open.text,
      quote: "pukul enam",
      body: "Terlalu pagi.",
      author: reviewer,
    });

    // "scheduled": only a round that has not opened; "unpublished": no round at all.
    await buildDocument(store, "scheduled", SECRETS.scheduledTitle);
    await buildRound(store, {
      documentId: "scheduled",
      number: 1,
      lines: [SECRETS.scheduledVersion],
      drafter,
      opensAt: daysFromNow(1),
      closesAt: daysFromNow(9),
    });
    await buildDocument(store, "unpublished", SECRETS.unpublishedDocument);
    await seedDraftText(store, "unpublished", [SECRETS.liveDraft]);
  });
  afterAll(async () => {
    await api.close();
    await store.cleanup();
  });

  /** Every public endpoint × what it must answer. */
  const MATRIX: [string, number][] = [
    ["/api/public/consultations", 200],
    ["/api/public/consultations?q=perda", 200],
    ["/api/public/consultations?status=open", 200],
    ["/api/public/consultations?body=pemkot&year=2026", 200],
    ["/api/public/consultations/concluded/record", 200],
    ["/api/public/consultations/concluded/comments.csv", 200],
    ["/api/public/consultations/concluded/rounds/1/dim", 200],
    ["/api/public/consultations/concluded/rounds/2/dim", 404],
    ["/api/public/consultations/concluded/attachments/att-public", 200],
    ["/api/public/consultations/concluded/attachments/att-hidden", 404],
    ["/api/public/consultations/concluded/attachments/att-draft", 404],
    ["/api/public/consultations/open/record", 200],
    ["/api/public/consultations/open/comments.csv", 200],
    ["/api/public/consultations/open/rounds/1/dim", 200],
    ["/api/public/consultations/scheduled/record", 404],
    ["/api/public/consultations/scheduled/comments.csv", 404],
    ["/api/public/consultations/scheduled/rounds/1/dim", 404],
    ["/api/public/consultations/unpublished/record", 404],
    ["/api/public/consultations/unpublished/comments.csv", 404],
    ["/api/public/consultations/unpublished/rounds/1/dim", 404],
    ["/api/public/consultations/nonexistent/record", 404],
    ["/public/feed.xml", 200],
  ];

  it.each(MATRIX)("GET %s → %i, without any secret in its bytes", async (path, status) => {
    const res = await api.anonymous.request("GET", path);
    const bytes = Buffer.from(await res.arrayBuffer()).toString("utf8");
    expect(res.status).toBe(status);
    for (const [where, secret] of Object.entries(SECRETS)) {
      expect(bytes.includes(secret), `${where} leaked through ${path}`).toBe(false);
    }
  });

  it("lists only the published consultations, each with its published rounds only", async () => {
    const res = await api.anonymous.request("GET", "/api/public/consultations");
    const { consultations } = await res.json();
    expect(consultations.map((c: { documentId: string }) => c.documentId).sort()).toEqual([
      "concluded",
      "open",
    ]);
    const concluded = consultations.find(
      (c: { documentId: string }) => c.documentId === "concluded",
    );
    expect(concluded).toMatchObject({
      rounds: 1,
      status: "concluded",
      governmentBody: { id: "pemkot" },
    });
    const record = await (
      await api.anonymous.request("GET", "/api/public/consultations/concluded/record")
    ).json();
    expect(record.rounds).toHaveLength(1);
    // What is published is there: the answered comment, its answer, the hidden one's tombstone.
    const [answered, hidden, erased] = record.rounds[0].record.comments;
    expect(answered).toMatchObject({
      body: "Libatkan DPRD.",
      answer: { explanation: "Kewenangan daerah." },
    });
    expect(answered.attachments[0].sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(hidden).toMatchObject({ status: "hidden", body: null, attachments: [] });
    expect(erased).toMatchObject({ status: "erased", body: null });
    expect(record.rounds[0].record.moderation).toHaveLength(2);
    const feed = await (await api.anonymous.request("GET", "/public/feed.xml")).text();
    expect(feed).toContain(
      "<title>Perda Pasar: Versi konsultasi 1 (round 1) — Pemerintah Kota</title>",
    );
  });
});
