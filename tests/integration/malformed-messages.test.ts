import { afterEach, describe, expect, test } from "vitest";
import { CloseCode } from "../../shared/protocol/index.ts";
import { draftUpdate, MALFORMED_FRAMES, REJECTED_TEXT } from "../utils/badFrames.ts";
import { type CollabClient, joinDocument } from "../utils/collabClient.ts";
import { eventually } from "../utils/eventually.ts";
import { RawCollabSocket, syncUpdateFrame } from "../utils/rawSocket.ts";
import { RembukServer } from "../utils/rembukServer.ts";
import { tearDown } from "../utils/teardown.ts";
import { fingerprint, readUpdateRows, storedDraft } from "../utils/updateLog.ts";

afterEach(tearDown);

const MAX_MESSAGE_BYTES = 64 * 1024;

interface Room {
  server: RembukServer;
  documentId: string;
  ayu: CollabClient;
  budi: CollabClient;
}

/** A server with a draft two people are working on. */
async function openRoom(): Promise<Room> {
  const server = await RembukServer.start({ MAX_MESSAGE_BYTES });
  const documentId = await server.createDocument();
  const ayu = await joinDocument(server.collabUrl, documentId, { name: "Ayu" });
  const budi = await joinDocument(server.collabUrl, documentId, { name: "Budi" });
  ayu.text.insert(0, "Pasal 1 ayat (1).");
  await eventually("Budi has Ayu's first line", () => budi.content() === "Pasal 1 ayat (1).");
  return { server, documentId, ayu, budi };
}

/**
 * Checks what people would notice after a bad socket was thrown out: the two
 * still edit together, none of the rejected content reached anyone or the disk.
 */
async function expectUnharmed(room: Room, rowsBefore: string[]) {
  const { server, documentId, ayu, budi } = room;
  // Everything applied before this answer is on disk, from every connection.
  const witness = await RawCollabSocket.open(server.collabUrl, documentId);
  await witness.saveCheck(1);
  const rowsAfter = fingerprint(await readUpdateRows(server.databaseFile, documentId));

  // The server relays in order, so once Budi has Ayu's next words he has everything before them.
  ayu.text.insert(ayu.text.length, " Ayat (2).");
  await eventually("Budi receives Ayu's next words", () => budi.content().includes("Ayat (2)"));
  expect(budi.content()).toBe("Pasal 1 ayat (1). Ayat (2).");
  budi.text.insert(0, "BAB I. ");
  await eventually("Ayu still receives Budi's typing", () =>
    expect(ayu.content()).toBe("BAB I. Pasal 1 ayat (1). Ayat (2)."),
  );

  expect(rowsAfter, "stored rows after the rejected socket").toEqual(rowsBefore);
  await witness.saveCheck(2);
  expect(await storedDraft(server.databaseFile, documentId)).toBe(
    "BAB I. Pasal 1 ayat (1). Ayat (2).",
  );
}

describe("a socket sending something that is not the protocol is closed with 4400", () => {
  test.each(Object.entries(MALFORMED_FRAMES))("%s", async (_name, build) => {
    const room = await openRoom();
    const rowsBefore = fingerprint(await readUpdateRows(room.server.databaseFile, room.documentId));
    const intruder = await RawCollabSocket.open(room.server.collabUrl, room.documentId);
    intruder.send(build());
    expect((await intruder.closedBy()).code).toBe(CloseCode.badMessage);
    await expectUnharmed(room, rowsBefore);
  });

  test("a text frame", async () => {
    const room = await openRoom();
    const rowsBefore = fingerprint(await readUpdateRows(room.server.databaseFile, room.documentId));
    const intruder = await RawCollabSocket.open(room.server.collabUrl, room.documentId);
    intruder.sendText(JSON.stringify({ type: "update", text: REJECTED_TEXT }));
    expect((await intruder.closedBy()).code).toBe(CloseCode.badMessage);
    await expectUnharmed(room, rowsBefore);
  });
});

describe("a message over MAX_MESSAGE_BYTES", () => {
  test("is refused with 4413 and not stored", async () => {
    const room = await openRoom();
    const rowsBefore = fingerprint(await readUpdateRows(room.server.databaseFile, room.documentId));
    const paster = await RawCollabSocket.open(room.server.collabUrl, room.documentId);
    const frame = syncUpdateFrame(draftUpdate(REJECTED_TEXT.repeat(6000)));
    expect(frame.length).toBeGreaterThan(MAX_MESSAGE_BYTES);
    expect(frame.length).toBeLessThan(2 * MAX_MESSAGE_BYTES);
    paster.send(frame);
    expect((await paster.closedBy()).code).toBe(CloseCode.messageTooLarge);
    await expectUnharmed(room, rowsBefore);
  });

  test("far over the limit, is refused by the transport (1009) and not stored", async () => {
    const room = await openRoom();
    const rowsBefore = fingerprint(await readUpdateRows(room.server.databaseFile, room.documentId));
    const paster = await RawCollabSocket.open(room.server.collabUrl, room.documentId);
    paster.send(syncUpdateFrame(draftUpdate(REJECTED_TEXT.repeat(70_000))));
    expect((await paster.closedBy()).code).toBe(CloseCode.transportTooLarge);
    await expectUnharmed(room, rowsBefore);
  });
});
