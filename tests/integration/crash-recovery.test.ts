import { afterEach, expect, test } from "vitest";
import * as Y from "yjs";
import { type CollabClient, converged, joinDocument } from "../utils/collabClient.ts";
import { missingFrom } from "../utils/coverage.ts";
import { eventually } from "../utils/eventually.ts";
import { RembukServer } from "../utils/rembukServer.ts";
import { tearDown } from "../utils/teardown.ts";
import { seededRandom, typeRandomly } from "../utils/typing.ts";
import { storedDraft } from "../utils/updateLog.ts";

afterEach(tearDown);

const TYPISTS = 4;

test("a crash (SIGKILL) mid-typing loses nothing anyone had already received from the server", async () => {
  const server = await RembukServer.start();
  const documentId = await server.createDocument();
  const typists: CollabClient[] = [];
  for (let i = 0; i < TYPISTS; i++) {
    typists.push(await joinDocument(server.collabUrl, documentId, { name: `Penyusun ${i + 1}` }));
  }

  // Everyone types; the server is killed while they do and they go on typing offline for a bit.
  let crashedAt: number | undefined;
  const typing = typists.map((typist, i) =>
    typeRandomly(typist, seededRandom(400 + i), {
      edits: 2000,
      keystrokeMs: 2,
      deleteShare: 0.3,
      afterEdit: () => crashedAt !== undefined && Date.now() - crashedAt > 100,
    }),
  );
  await eventually("everyone has received others' typing", () =>
    typists.every((typist) => typist.received.length >= 20),
  );
  const exit = await server.kill();
  crashedAt = Date.now();
  expect(exit.signal).toBe("SIGKILL");
  await Promise.all(typing);

  // Keep the old clients away until a fresh reader has looked at what survived.
  for (const typist of typists) typist.disconnect();
  const received = typists.flatMap((typist) => typist.received);
  const localStates = typists.map((typist) => Y.encodeStateAsUpdate(typist.doc));

  await server.restart();
  const reader = await joinDocument(server.collabUrl, documentId, { name: "Pembaca" });
  expect(missingFrom(reader.doc, received)).toEqual([]);
  expect(reader.content()).toBe(await storedDraft(server.databaseFile, documentId));

  // The typists come back: their unsaved edits reach the server and everyone converges.
  for (const typist of typists) typist.connect();
  const agreed = await converged([...typists, reader]);
  expect(reader.content()).toBe(agreed);
  for (const [i, state] of localStates.entries()) {
    expect(missingFrom(reader.doc, [state]), `typist ${i + 1}'s edits`).toEqual([]);
  }
});
