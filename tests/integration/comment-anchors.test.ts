import type { Transform } from "@tiptap/pm/transform";
import { afterEach, describe, expect, test } from "vitest";
import * as Y from "yjs";
import {
  editAsEditor,
  freeSchema,
  positionOf,
  turnIntoHeading,
  typeAt,
} from "../../server/src/collab/passages.fixtures.ts";
import { editDraft } from "../../server/src/collab/passages.ts";
import { COMMENT_MARK } from "../../shared/editor/commentAnchor.ts";
import { CloseCode } from "../../shared/protocol/index.ts";
import { type CollabClient, joinDocument } from "../utils/collabClient.ts";
import {
  blocksIn,
  commentOn,
  convergedQuotes,
  grantRoleAs,
  quotesIn,
  startFreeDraftAsGovernment,
  threadsOf,
} from "../utils/comments.ts";
import { eventually } from "../utils/eventually.ts";
import { createPerson } from "../utils/people.ts";
import { RawCollabSocket, syncUpdateFrame } from "../utils/rawSocket.ts";
import { RembukServer } from "../utils/rembukServer.ts";
import { tearDown } from "../utils/teardown.ts";

afterEach(tearDown);

const PARAGRAPH = "Setiap orang berhak mendapatkan pelayanan pengelolaan sampah yang layak.";
const PASSAGE = "mendapatkan pelayanan pengelolaan sampah";
const OVERLAPPING = "pengelolaan sampah yang layak";

/** Edits a client's draft as its Tiptap editor would (ProseMirror transform, then the binding). */
function edit(client: CollabClient, change: (tr: Transform) => void): void {
  editAsEditor(client.doc, freeSchema, change);
}

/**
 * The update a hostile reviewer's client would send to make `change` on its copy of the draft,
 * written the way a real editor writes it, so that only the server's read-only rule stops it.
 */
function craftedUpdate(client: CollabClient, change: (tr: Transform) => void): Uint8Array {
  const copy = new Y.Doc();
  Y.applyUpdate(copy, Y.encodeStateAsUpdate(client.doc));
  const before = Y.encodeStateVector(copy);
  editDraft(copy, freeSchema, "reviewer", change);
  const update = Y.encodeStateAsUpdate(copy, before);
  copy.destroy();
  return update;
}

describe("comment anchors on a draft several people edit at once", () => {
  test("follow their passage through concurrent edits, survive overlapping, and are gone with it", async () => {
    const server = await RembukServer.start();
    const { owner, documentId } = await startFreeDraftAsGovernment(server, "Hendra Penyusun");
    const ayuPerson = await createPerson(server, "Ayu Penyusun");
    const budiPerson = await createPerson(server, "Budi Penyusun");
    const rinaPerson = await createPerson(server, "Rina Peninjau");
    await grantRoleAs(server, owner, documentId, ayuPerson, "drafter");
    await grantRoleAs(server, owner, documentId, budiPerson, "drafter");
    await grantRoleAs(server, owner, documentId, rinaPerson, "reviewer");
    const open = (cookie: string, name: string) =>
      joinDocument(server.collabUrl, documentId, { cookie, name });
    const ayu = await open(ayuPerson.cookie, "Ayu");
    const budi = await open(budiPerson.cookie, "Budi");
    const rina = await open(rinaPerson.cookie, "Rina");
    const everyone = [ayu, budi, rina];
    const witness = await RawCollabSocket.open(server.collabUrl, documentId, {
      cookie: owner.cookie,
    });

    ayu.addParagraph("Pembukaan rancangan.");
    ayu.addParagraph(PARAGRAPH);
    ayu.addParagraph("Penutup.");
    await eventually("the reviewer has the paragraphs", () =>
      expect(rina.paragraphs()).toEqual(["Pembukaan rancangan.", PARAGRAPH, "Penutup."]),
    );

    // The reviewer comments from their own copy; a drafter adds a comment overlapping it.
    const first = await commentOn(server, documentId, rinaPerson, rina, PASSAGE);
    const second = await commentOn(server, documentId, budiPerson, budi, OVERLAPPING);
    expect(await convergedQuotes(everyone, witness)).toEqual({
      [first]: PASSAGE,
      [second]: OVERLAPPING,
    });

    // At once: Ayu types just before the passage, Budi inside it.
    edit(ayu, (tr) => typeAt(tr, positionOf(tr.doc, "mendapatkan"), "juga "));
    edit(budi, (tr) => typeAt(tr, positionOf(tr.doc, "pengelolaan"), "jasa "));
    expect(await convergedQuotes(everyone, witness)).toEqual({
      [first]: "mendapatkan pelayanan jasa pengelolaan sampah",
      [second]: OVERLAPPING,
    });
    expect(blocksIn(rina.doc)[1]).toContain("berhak juga mendapatkan");

    // At once: Ayu splits the paragraph in the middle of both passages, Budi types in the first.
    edit(ayu, (tr) => tr.split(positionOf(tr.doc, "sampah")));
    edit(budi, (tr) => typeAt(tr, positionOf(tr.doc, "pelayanan"), "umum "));
    expect(await convergedQuotes(everyone, witness)).toEqual({
      [first]: "mendapatkan umum pelayanan jasa pengelolaan sampah",
      [second]: OVERLAPPING,
    });
    expect(blocksIn(rina.doc)).toHaveLength(4);

    // Budi joins the halves again.
    edit(budi, (tr) => tr.join(tr.doc.resolve(positionOf(tr.doc, "sampah yang")).before()));
    expect(await convergedQuotes(everyone, witness)).toEqual({
      [first]: "mendapatkan umum pelayanan jasa pengelolaan sampah",
      [second]: OVERLAPPING,
    });
    expect(blocksIn(rina.doc)).toHaveLength(3);

    // Ayu turns the paragraph into a heading: the binding recreates the block, marks and all.
    edit(ayu, (tr) => turnIntoHeading(tr, "Setiap orang"));
    expect(await convergedQuotes(everyone, witness)).toEqual({
      [first]: "mendapatkan umum pelayanan jasa pengelolaan sampah",
      [second]: OVERLAPPING,
    });
    expect(blocksIn(rina.doc)[1]).toMatch(/^heading: Setiap orang/);

    // The reviewer's socket stays read-only: neither a comment mark nor text gets through.
    const stored = blocksIn(rina.doc);
    const forgedMark = craftedUpdate(rina, (tr) => {
      const from = positionOf(tr.doc, "Penutup");
      tr.addMark(from, from + 7, freeSchema.mark(COMMENT_MARK, { id: "palsu" }));
    });
    const forgedText = craftedUpdate(rina, (tr) =>
      typeAt(tr, positionOf(tr.doc, "Penutup"), "TIDAK "),
    );
    for (const update of [forgedMark, forgedText]) {
      const probe = new Y.Doc();
      Y.applyUpdate(probe, Y.encodeStateAsUpdate(rina.doc));
      Y.applyUpdate(probe, update);
      expect([blocksIn(probe), quotesIn(probe)], "the forgery would work").not.toEqual([
        stored,
        quotesIn(rina.doc),
      ]);
      const socket = await RawCollabSocket.open(server.collabUrl, documentId, {
        cookie: rinaPerson.cookie,
      });
      socket.send(syncUpdateFrame(update));
      expect((await socket.closedBy()).code).toBe(CloseCode.forbidden);
    }
    const fresh = await open(owner.cookie, "Hendra");
    expect(blocksIn(fresh.doc)).toEqual(stored);
    expect(Object.keys(quotesIn(fresh.doc)).sort()).toEqual([first, second].sort());
    expect(rina.closeCodes).toEqual([]);

    // Budi deletes the first passage: its mark is gone everywhere, the overlap keeps the rest.
    edit(budi, (tr) => {
      const from = positionOf(tr.doc, "mendapatkan");
      tr.delete(from, positionOf(tr.doc, " yang layak"));
    });
    expect(await convergedQuotes([...everyone, fresh], witness)).toEqual({
      [second]: " yang layak",
    });
    const threads = await threadsOf(server, documentId, rinaPerson);
    expect(threads.map((thread) => [thread.id, thread.quote])).toEqual([
      [first, PASSAGE],
      [second, OVERLAPPING],
    ]);
  });
});
