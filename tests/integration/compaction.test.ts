import { afterEach, expect, test } from "vitest";
import { converged, DRAFT_TEXT, joinDocument } from "../utils/collabClient.ts";
import { eventually } from "../utils/eventually.ts";
import { RawCollabSocket } from "../utils/rawSocket.ts";
import { RembukServer } from "../utils/rembukServer.ts";
import { tearDown } from "../utils/teardown.ts";
import { seededRandom, typeRandomly } from "../utils/typing.ts";
import { documentFromRows, readUpdateRows } from "../utils/updateLog.ts";

afterEach(tearDown);

const COMPACTION_THRESHOLD = 20;

test("a long editing session is compacted to a few stored rows and survives a crash intact", async () => {
  const server = await RembukServer.start({ COMPACTION_THRESHOLD });
  const documentId = await server.createDocument();
  const ayu = await joinDocument(server.collabUrl, documentId, { name: "Ayu" });
  const budi = await joinDocument(server.collabUrl, documentId, { name: "Budi" });
  ayu.addParagraph("Pasal 1: Ruang lingkup.");

  // Both type while the server compacts behind them, several times over.
  await Promise.all([
    typeRandomly(ayu, seededRandom(81), { edits: 150, keystrokeMs: 1 }),
    typeRandomly(budi, seededRandom(82), { edits: 150, keystrokeMs: 1 }),
  ]);
  const agreed = await converged([ayu, budi]);
  const witness = await RawCollabSocket.open(server.collabUrl, documentId);
  await witness.saveCheck(1);

  const rows = await eventually("the log is compacted below the threshold", async () => {
    const stored = await readUpdateRows(server.databaseFile, documentId);
    return stored.length <= COMPACTION_THRESHOLD && stored;
  });
  expect(server.logs.filter((line) => line.msg === "compacted update log").length).toBeGreaterThan(
    1,
  );
  expect(documentFromRows(rows).getText(DRAFT_TEXT).toString()).toBe(agreed);

  // A crash right after compacting loses nothing.
  await server.kill();
  await server.restart();
  const reader = await joinDocument(server.collabUrl, documentId, { name: "Pembaca" });
  expect(reader.content()).toBe(agreed);
  expect(reader.paragraphs()).toEqual(["Pasal 1: Ruang lingkup."]);
});
