import { afterEach, expect, test } from "vitest";
import { CollabClient, converged, joinDocument } from "../utils/collabClient.ts";
import { whenStored } from "../utils/durability.ts";
import { eventually } from "../utils/eventually.ts";
import { RembukServer } from "../utils/rembukServer.ts";
import { tearDown } from "../utils/teardown.ts";
import { seededRandom, typeRandomly } from "../utils/typing.ts";

afterEach(tearDown);

const LOAD_DELAY_MS = 1500;
const ARRIVALS = 20;

test("twenty people opening a draft while it loads all get the full draft, never an empty one", async () => {
  const server = await RembukServer.start();
  const documentId = await server.createDocument();
  const author = await joinDocument(server.collabUrl, documentId, { name: "Penulis" });
  author.addParagraph("Pasal 1: Ketentuan umum.");
  await typeRandomly(author, seededRandom(6), { edits: 120 });
  const written = author.content();
  await whenStored(server.collabUrl, documentId, [author]);
  author.destroy();

  // After a restart the draft is only on disk; the first arrival starts a slow load.
  await server.restart({ LOAD_DELAY_MS });
  const arrivals = Array.from(
    { length: ARRIVALS },
    (_, i) => new CollabClient(server.collabUrl, documentId, { name: `Peserta ${i + 1}` }),
  );
  // Every one of them is connected before the load can have finished.
  await eventually("all arrivals are connected", () =>
    arrivals.every((client) => client.provider.wsconnected),
  );
  expect(arrivals.some((client) => client.provider.synced)).toBe(false);

  // Record what each one saw the moment it first synced: an empty draft here is the bug.
  const atFirstSync = await Promise.all(
    arrivals.map(async (client) => {
      await client.whenSynced(LOAD_DELAY_MS + 10_000);
      return { content: client.content(), paragraphs: client.paragraphs() };
    }),
  );
  for (const seen of atFirstSync) {
    expect(seen).toEqual({ content: written, paragraphs: ["Pasal 1: Ketentuan umum."] });
  }
  const loaded = await server.waitForLog(
    "document loaded",
    (line) => line.documentId === documentId,
  );
  expect(loaded.ms).toBeGreaterThanOrEqual(LOAD_DELAY_MS);
  expect(server.logs.filter((line) => line.msg === "document loaded")).toHaveLength(1);

  // And they can work together straight away.
  arrivals[0]?.text.insert(0, "Catatan: ");
  expect(await converged(arrivals)).toBe(`Catatan: ${written}`);
});
