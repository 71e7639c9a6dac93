import { afterEach, expect, test } from "vitest";
import * as Y from "yjs";
import { CloseCode } from "../../shared/protocol/index.ts";
import { type CollabClient, converged, joinDocument } from "../utils/collabClient.ts";
import { missingFrom } from "../utils/coverage.ts";
import { eventually } from "../utils/eventually.ts";
import { RembukServer } from "../utils/rembukServer.ts";
import { tearDown } from "../utils/teardown.ts";
import { seededRandom, typeRandomly } from "../utils/typing.ts";
import { documentFromRows, readUpdateRows } from "../utils/updateLog.ts";

afterEach(tearDown);

test("after a clean shutdown (SIGTERM, exit 0) and a restart, the draft is intact", async () => {
  const server = await RembukServer.start();
  const documentId = await server.createDocument();
  const ayu = await joinDocument(server.collabUrl, documentId, { name: "Ayu" });
  const budi = await joinDocument(server.collabUrl, documentId, { name: "Budi" });
  ayu.addParagraph("BAB I KETENTUAN UMUM");
  budi.addParagraph(
    "Pasal 1: Dalam Peraturan Daerah ini yang dimaksud dengan Daerah adalah Kabupaten.",
  );
  await Promise.all([
    typeRandomly(ayu, seededRandom(31), { edits: 40 }),
    typeRandomly(budi, seededRandom(32), { edits: 40 }),
  ]);
  const before = await converged([ayu, budi]);
  const paragraphsBefore = ayu.paragraphs();
  ayu.destroy();
  budi.destroy();

  const exit = await server.stop();
  expect(exit).toEqual({ code: 0, signal: null });

  await server.restart();
  const reader = await joinDocument(server.collabUrl, documentId, { name: "Pembaca" });
  expect(reader.content()).toBe(before);
  expect(reader.paragraphs()).toEqual(paragraphsBefore);
});

test("people still editing during a shutdown are told 'going away', reconnect and lose nothing", async () => {
  const server = await RembukServer.start();
  const documentId = await server.createDocument();
  const ayu = await joinDocument(server.collabUrl, documentId, { name: "Ayu" });
  const budi = await joinDocument(server.collabUrl, documentId, { name: "Budi" });

  // Ayu keeps typing while the server shuts down and comes back; her provider
  // reconnects on its own and sends whatever the server did not get.
  let restarted = false;
  const typing = typeRandomly(ayu, seededRandom(33), {
    edits: 5000,
    keystrokeMs: 5,
    afterEdit: () => restarted,
  });
  await eventually("Budi has received some of Ayu's typing", () => budi.content().length > 10);
  const exit = await server.stop();
  expect(exit.code).toBe(0);
  await server.restart();
  restarted = true;
  const edits = await typing;
  expect(edits).toBeLessThan(5000);

  await eventually("both were told the server was going away", () => {
    expect(ayu.closeCodes).toContain(CloseCode.goingAway);
    expect(budi.closeCodes).toContain(CloseCode.goingAway);
  });
  const agreed = await converged([ayu, budi]);
  const reader = await joinDocument(server.collabUrl, documentId, { name: "Pembaca" });
  await eventually("a new reader sees the same draft", () => expect(reader.content()).toBe(agreed));
});

test("people who close the editor just as the server shuts down keep everything they sent", async () => {
  const server = await RembukServer.start();
  // They close right after typing, so their last frames and close frame are still on their
  // way when SIGTERM arrives. A shutdown that stops applying frames as soon as it says
  // "going away" loses them in most rounds; one that drains until each close handshake never does.
  for (let round = 1; round <= 5; round++) {
    const documentId = await server.createDocument();
    const authors: CollabClient[] = [];
    for (let i = 0; i < 5; i++) {
      authors.push(await joinDocument(server.collabUrl, documentId, { name: `Penulis ${i + 1}` }));
    }
    await Promise.all(
      authors.map((author, i) => typeRandomly(author, seededRandom(round * 10 + i), { edits: 60 })),
    );
    const sent = authors.map((author) => Y.encodeStateAsUpdate(author.doc));
    for (const author of authors) author.destroy();
    expect((await server.stop()).code).toBe(0);

    const stored = documentFromRows(await readUpdateRows(server.databaseFile, documentId));
    expect(missingFrom(stored, sent), `round ${round}: edits sent before the shutdown`).toEqual([]);
    await server.restart();
  }
});
