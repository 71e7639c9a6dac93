import { afterEach, expect, test } from "vitest";
import { type CollabClient, converged, joinDocument } from "../utils/collabClient.ts";
import { RembukServer } from "../utils/rembukServer.ts";
import { tearDown } from "../utils/teardown.ts";
import { seededRandom, typeRandomly } from "../utils/typing.ts";

afterEach(tearDown);

const TYPISTS = 10;
const EDITS_EACH = 40;

test("ten people typing at once end with the same text, and a latecomer gets it too", async () => {
  const server = await RembukServer.start();
  const documentId = await server.createDocument();
  const typists: CollabClient[] = [];
  for (let i = 0; i < TYPISTS; i++) {
    typists.push(await joinDocument(server.collabUrl, documentId, { name: `Penyusun ${i + 1}` }));
  }

  // Everyone types at the same time; edits interleave on the wire and at the server.
  const made = await Promise.all(
    typists.map((typist, i) => typeRandomly(typist, seededRandom(1000 + i), { edits: EDITS_EACH })),
  );
  expect(made.reduce((a, b) => a + b, 0)).toBe(TYPISTS * EDITS_EACH);

  const agreed = await converged(typists);
  expect(agreed.length).toBeGreaterThan(0);

  const latecomer = await joinDocument(server.collabUrl, documentId, { name: "Terlambat" });
  const everyone = await converged([...typists, latecomer]);
  expect(everyone).toBe(agreed);
  expect(latecomer.content()).toBe(agreed);
});
