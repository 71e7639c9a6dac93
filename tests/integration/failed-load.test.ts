import { afterEach, expect, test } from "vitest";
import * as Y from "yjs";
import { CloseCode } from "../../shared/protocol/index.ts";
import { CollabClient, converged, joinDocument } from "../utils/collabClient.ts";
import { whenStored } from "../utils/durability.ts";
import { eventually } from "../utils/eventually.ts";
import { RawCollabSocket } from "../utils/rawSocket.ts";
import { RembukServer } from "../utils/rembukServer.ts";
import { tearDown } from "../utils/teardown.ts";
import { seededRandom, typeRandomly } from "../utils/typing.ts";
import { UnresponsiveSocket } from "../utils/unresponsiveSocket.ts";
import {
  deleteUpdateRow,
  fingerprint,
  insertUpdateRow,
  readUpdateRows,
} from "../utils/updateLog.ts";

afterEach(tearDown);

/** Bytes that are not a Yjs update, standing in for a damaged row. */
function damagedRow(): Uint8Array {
  const bytes = Uint8Array.from(Buffer.from("baris rusak: bukan pembaruan Yjs"));
  expect(() => Y.applyUpdate(new Y.Doc(), bytes), "the damaged row must not load").toThrow();
  return bytes;
}

test("a draft whose stored log cannot be read is refused with 4500, left untouched, and opens once repaired", async () => {
  const server = await RembukServer.start();
  const documentId = await server.createDocument();
  const author = await joinDocument(server.collabUrl, documentId, { name: "Penulis" });
  author.addParagraph("Pasal 1: Retribusi pelayanan pasar.");
  author.text.insert(0, "Draf kedua");
  const paragraphs = author.paragraphs();
  await whenStored(server.collabUrl, documentId, [author]);
  author.destroy();
  expect((await server.stop()).code).toBe(0);

  const damagedId = await insertUpdateRow(server.databaseFile, documentId, damagedRow());
  const rowsBefore = fingerprint(await readUpdateRows(server.databaseFile, documentId));
  await server.restart();

  // Every attempt fails the same way: the failure is not remembered as an empty draft.
  for (let attempt = 0; attempt < 2; attempt++) {
    const socket = await RawCollabSocket.open(server.collabUrl, documentId);
    expect((await socket.closedBy()).code).toBe(CloseCode.documentUnavailable);
  }
  // The stock client treats 4500 as "try again later" and keeps trying.
  const reader = new CollabClient(server.collabUrl, documentId, { name: "Pembaca" });
  await eventually(
    "the reader has been refused twice",
    () => reader.closeCodes.filter((code) => code === CloseCode.documentUnavailable).length >= 2,
  );
  expect(reader.provider.shouldConnect).toBe(true);
  expect(reader.provider.synced).toBe(false);
  expect(reader.paragraphs()).toEqual([]);

  // A clean shutdown flushes everything; nothing (no empty state) was written over the log.
  expect((await server.stop()).code).toBe(0);
  expect(fingerprint(await readUpdateRows(server.databaseFile, documentId))).toEqual(rowsBefore);

  // An operator removes the damaged row; the waiting reader gets the draft on its own.
  await deleteUpdateRow(server.databaseFile, damagedId);
  await server.restart();
  await reader.whenSynced(15_000);
  await eventually("the reader sees the draft", () => {
    expect(reader.paragraphs()).toEqual(paragraphs);
    expect(reader.content()).toBe("Draf kedua");
  });
});

test("repairing the log while the server runs is enough: the next attempt loads the draft", async () => {
  const server = await RembukServer.start();
  const documentId = await server.createDocument();
  const author = await joinDocument(server.collabUrl, documentId, { name: "Penulis" });
  author.text.insert(0, "Pasal 9 tentang sanksi administratif.");
  await whenStored(server.collabUrl, documentId, [author]);
  author.destroy();
  await server.stop();
  const damagedId = await insertUpdateRow(server.databaseFile, documentId, damagedRow());
  await server.restart();

  const socket = await RawCollabSocket.open(server.collabUrl, documentId);
  expect((await socket.closedBy()).code).toBe(CloseCode.documentUnavailable);
  await deleteUpdateRow(server.databaseFile, damagedId);

  const reader = await joinDocument(server.collabUrl, documentId, { name: "Pembaca" });
  expect(reader.content()).toBe("Pasal 9 tentang sanksi administratif.");
});

test("a refused connection that closes late does not cut short the next person's session", async () => {
  // Debug logging shows when the server has processed a socket's close.
  const server = await RembukServer.start({ UNLOAD_GRACE_MS: 0, LOG_LEVEL: "debug" });
  const documentId = await server.createDocument();
  await server.stop();
  const damagedId = await insertUpdateRow(server.databaseFile, documentId, damagedRow());
  await server.restart();

  // Someone on a bad network is refused (4500) but their side of the close never completes.
  const stranded = await UnresponsiveSocket.open(server.port, documentId);
  expect(await stranded.closeCodeSent()).toBe(CloseCode.documentUnavailable);

  // The log is repaired; Ayu opens the draft and writes.
  await deleteUpdateRow(server.databaseFile, damagedId);
  const ayu = await joinDocument(server.collabUrl, documentId, { name: "Ayu" });
  ayu.text.insert(0, "Pasal 1.");

  // The stranded connection finally drops. Ayu is still there and keeps typing for a moment.
  stranded.vanish();
  await server.waitForLog("collaboration socket closed");
  await typeRandomly(ayu, seededRandom(71), { edits: 20, keystrokeMs: 10 });
  const budi = await joinDocument(server.collabUrl, documentId, { name: "Budi" });
  // Budi must be in the same session as Ayu, with all her typing, not on a stale reload.
  await converged([ayu, budi], 5000);
});
