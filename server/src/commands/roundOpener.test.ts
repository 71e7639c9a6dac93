import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { RoundEvents } from "../rounds/roundEvents.ts";
import { buildAnchor, seedDraftText } from "../test/anchors.ts";
import { TestClock } from "../test/clock.ts";
import { buildDocument, buildLiveDrafts, buildStore, buildUser } from "../test/factories.ts";
import { CommentEvents } from "../comments/commentEvents.ts";
import { commentCreator } from "./commentCreator.ts";
import { roundOpener } from "./roundOpener.ts";
import { versionRestorer } from "./versionRestorer.ts";

const PARAGRAPHS = [
  "Pasal 1 Tarif parkir ditetapkan oleh Wali Kota.",
  "Pasal 2 Retribusi disetor ke kas daerah.",
];

describe("versions frozen by a round", () => {
  let store: Awaited<ReturnType<typeof buildStore>>;
  let live: ReturnType<typeof buildLiveDrafts>;
  const documentId = "perda-parkir";

  beforeEach(async () => {
    store = await buildStore();
    live = buildLiveDrafts(store);
    await buildDocument(store, documentId);
    await seedDraftText(store, documentId, PARAGRAPHS);
  });
  afterEach(async () => {
    await live.close();
    await store.cleanup();
  });

  async function freeze() {
    const clock = new TestClock();
    const document = await store.documents.find(documentId);
    if (!document) throw new Error("no document");
    const drafter = await buildUser(store, { name: "Budi" });
    const { version } = await roundOpener({
      store,
      liveDrafts: live.liveDrafts,
      events: new RoundEvents(),
      document,
      drafter,
      input: {
        title: "Konsultasi 1",
        summary: "Versi pertama.",
        closesAt: clock.isoIn(60_000),
        timeZone: "Asia/Jakarta",
        audience: "open",
        organisationIds: [],
      },
      now: clock.now(),
    });
    return { document, drafter, version };
  }

  /** Replaces the live draft's first "from" with "to", as a drafter's edit. */
  async function editLive(userId: string, from: string, to: string) {
    await live.liveDrafts.edit({
      documentId,
      form: "free",
      origin: { kind: "server", userId },
      edit: (tr) => {
        let at = -1;
        tr.doc.descendants((node, pos) => {
          const i = node.isText ? (node.text ?? "").indexOf(from) : -1;
          if (at < 0 && i >= 0) at = pos + i;
        });
        tr.replaceWith(at, at + from.length, tr.doc.type.schema.text(to));
      },
    });
  }

  const liveText = async () => (await live.liveDrafts.snapshot(documentId, "free")).text;

  it("keeps a version's text exactly as frozen while the live draft moves on", async () => {
    const drafter = await buildUser(store, { name: "Dewi" });
    // A working note on the live draft before freezing: its anchor stays out of the version.
    await commentCreator({
      store,
      liveDrafts: live.liveDrafts,
      events: new CommentEvents(),
      document: { id: documentId, title: "", createdAt: "", form: "free" },
      author: drafter,
      input: {
        kind: "comment",
        body: "Catatan internal",
        anchor: await buildAnchor(store, documentId, "Wali Kota"),
      },
    });
    const { version } = await freeze();
    const frozen = await store.versions.text(version.id);
    expect(frozen?.text).toBe(PARAGRAPHS.join("\n"));
    expect(JSON.stringify(frozen?.content)).not.toContain('"comment"');

    await editLive(drafter.id, "kas daerah", "rekening kas umum daerah");
    expect(await liveText()).toContain("rekening kas umum daerah");
    const after = await store.versions.text(version.id);
    expect(after?.text).toBe(PARAGRAPHS.join("\n"));
    expect(after?.content).toEqual(frozen?.content);
    expect(after?.ydocState).toEqual(frozen?.ydocState);
  });

  it("is refused by the database itself: no version is ever updated or deleted", async () => {
    const { version } = await freeze();
    await expect(
      store.db.run("UPDATE versions SET text = 'lain' WHERE id = ?", [version.id]),
    ).rejects.toThrow(/versions are immutable/);
    await expect(store.db.run("DELETE FROM versions WHERE id = ?", [version.id])).rejects.toThrow(
      /versions are never deleted/,
    );
    expect((await store.versions.text(version.id))?.text).toBe(PARAGRAPHS.join("\n"));
  });

  it("restores a version as one forward edit that keeps the comments on unchanged text", async () => {
    const { document, drafter } = await freeze();
    const author = await buildUser(store, { name: "Siti" });
    await editLive(drafter.id, "kas daerah", "rekening kas umum");
    const note = await commentCreator({
      store,
      liveDrafts: live.liveDrafts,
      events: new CommentEvents(),
      document,
      author,
      input: {
        kind: "comment",
        body: "Siapa?",
        anchor: await buildAnchor(store, documentId, "Wali Kota"),
      },
    });
    const updatesBefore = (await store.updates.load(documentId)).length;

    const restored = await versionRestorer({
      store,
      liveDrafts: live.liveDrafts,
      events: new RoundEvents(),
      document,
      number: 1,
      drafter,
    });
    expect(restored.changed).toBe(true);
    await live.writer.flush();
    expect(await liveText()).toBe(PARAGRAPHS.join("\n"));
    // History is appended to, never rewritten; the comment on untouched text keeps its anchor.
    expect((await store.updates.load(documentId)).length).toBeGreaterThan(updatesBefore);
    const passages = await live.liveDrafts.passages(documentId, "free");
    expect(passages.get(note.id)?.quote).toBe("Wali Kota");

    // Restoring what the draft already reads changes nothing.
    const again = await versionRestorer({
      store,
      liveDrafts: live.liveDrafts,
      events: new RoundEvents(),
      document,
      number: 1,
      drafter,
    });
    expect(again.changed).toBe(false);
  });
});
