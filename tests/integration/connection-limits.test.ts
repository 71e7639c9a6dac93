import { afterEach, describe, expect, test } from "vitest";
import { CloseCode } from "../../shared/protocol/index.ts";
import { draftUpdate, REJECTED_TEXT } from "../utils/badFrames.ts";
import { CollabClient, joinDocument } from "../utils/collabClient.ts";
import { eventually } from "../utils/eventually.ts";
import { queryAwarenessFrame, RawCollabSocket, syncUpdateFrame } from "../utils/rawSocket.ts";
import { RembukServer } from "../utils/rembukServer.ts";
import { tearDown } from "../utils/teardown.ts";
import { storedDraft } from "../utils/updateLog.ts";

afterEach(tearDown);

describe("flooding a document while it loads", () => {
  const settings = {
    LOAD_DELAY_MS: 1500,
    MAX_PENDING_MESSAGES: 20,
    MAX_PENDING_BYTES: 32 * 1024,
  };

  test("more messages than MAX_PENDING_MESSAGES: 4429, nothing stored, others unaffected", async () => {
    const server = await RembukServer.start(settings);
    const documentId = await server.createDocument();
    const ayu = new CollabClient(server.collabUrl, documentId, { name: "Ayu" });
    const flooder = await RawCollabSocket.open(server.collabUrl, documentId);
    for (let i = 0; i < 30; i++)
      flooder.send(syncUpdateFrame(draftUpdate(`${REJECTED_TEXT} ${i}`, 5000 + i)));
    expect((await flooder.closedBy()).code).toBe(CloseCode.tooManyPending);
    expect(ayu.provider.synced, "the flooder was refused while the document still loaded").toBe(
      false,
    );

    await expectDocumentServesOthers(server, documentId, ayu);
  });

  test("more bytes than MAX_PENDING_BYTES: 4429, nothing stored, others unaffected", async () => {
    const server = await RembukServer.start(settings);
    const documentId = await server.createDocument();
    const ayu = new CollabClient(server.collabUrl, documentId, { name: "Ayu" });
    const flooder = await RawCollabSocket.open(server.collabUrl, documentId);
    for (let i = 0; i < 3; i++)
      flooder.send(syncUpdateFrame(draftUpdate(REJECTED_TEXT.repeat(900), 6000 + i)));
    expect((await flooder.closedBy()).code).toBe(CloseCode.tooManyPending);

    await expectDocumentServesOthers(server, documentId, ayu);
  });

  test("small messages under the limits are all kept and applied once the document loads", async () => {
    const server = await RembukServer.start(settings);
    const documentId = await server.createDocument();
    const early = await RawCollabSocket.open(server.collabUrl, documentId);
    for (let i = 0; i < 5; i++) early.send(queryAwarenessFrame());
    early.send(syncUpdateFrame(draftUpdate("Ditulis sebelum dimuat.")));
    await early.saveCheck(7);
    expect(early.isOpen).toBe(true);
    const reader = await joinDocument(server.collabUrl, documentId);
    expect(reader.content()).toBe("Ditulis sebelum dimuat.");
  });
});

async function expectDocumentServesOthers(
  server: RembukServer,
  documentId: string,
  ayu: CollabClient,
) {
  await ayu.whenSynced();
  ayu.text.insert(0, "Pasal 1.");
  const budi = await joinDocument(server.collabUrl, documentId, { name: "Budi" });
  await eventually("Budi gets Ayu's text", () => expect(budi.content()).toBe("Pasal 1."));
  const witness = await RawCollabSocket.open(server.collabUrl, documentId);
  await witness.saveCheck(1);
  expect(await storedDraft(server.databaseFile, documentId)).toBe("Pasal 1.");
}

describe("a document that does not exist", () => {
  test("a socket to it is closed with 4404", async () => {
    const server = await RembukServer.start();
    const socket = await RawCollabSocket.open(server.collabUrl, "tidak-ada-dokumen-ini");
    expect((await socket.closedBy()).code).toBe(CloseCode.documentNotFound);
  });

  test("an id that is not a document id is closed with 4404", async () => {
    const server = await RembukServer.start();
    const socket = await RawCollabSocket.open(server.collabUrl, "../etc/passwd");
    expect((await socket.closedBy()).code).toBe(CloseCode.documentNotFound);
  });

  test("the stock client is told so and stops reconnecting", async () => {
    const server = await RembukServer.start();
    const lost = new CollabClient(server.collabUrl, "dokumen-yang-dihapus");
    await eventually("the client is refused with 4404", () =>
      expect(lost.closeCodes).toEqual([CloseCode.documentNotFound]),
    );
    expect(lost.provider.shouldConnect).toBe(false);
  });
});
