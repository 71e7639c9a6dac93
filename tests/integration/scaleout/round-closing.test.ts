import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { verifyCommand } from "../../../server/src/record/test/tamperScene.ts";
import type { PublicRecord } from "../../../shared/schemas/index.ts";
import { RembukCluster, tearDownCluster } from "../../utils/cluster.ts";
import { joinDocument } from "../../utils/collabClient.ts";
import { requestAs } from "../../utils/comments.ts";
import { eventually } from "../../utils/eventually.ts";
import { createOrganisation, createPerson, type TestPerson } from "../../utils/people.ts";
import type { RembukServer } from "../../utils/rembukServer.ts";

const LINE = "Tarif parkir ditetapkan oleh Wali Kota.";
/** Long enough for two more processes to start and a comment to be made before it closes. */
const OPEN_FOR_MS = 15_000;
const CLOSED_AUTOMATICALLY = "consultation round closed automatically";

/** Asks as `cookie` and expects `status`; returns the answer's JSON. */
async function ask(server: RembukServer, cookie: string, path: string, body?: unknown) {
  const response = await requestAs(server, cookie, body ? "POST" : "GET", path, body);
  if (!response.ok)
    throw new Error(`${path} answered ${response.status}: ${await response.text()}`);
  return response.json();
}

/** A draft holding one line, with a consultation round open on it (opened by the administrator). */
async function roundOn(server: RembukServer, closesInMs: number): Promise<string> {
  const documentId = await server.createDocument("Rancangan Perda Parkir");
  const editor = await joinDocument(server.collabUrl, documentId);
  editor.addParagraph(LINE);
  // The round freezes the draft as the server holds it: wait until the server relayed the line.
  const reader = await joinDocument(server.collabUrl, documentId);
  await eventually("the server holds the line", () => reader.paragraphs().includes(LINE));
  await ask(server, server.sessionCookie, `/api/documents/${documentId}/rounds`, {
    title: "Rancangan Perda Parkir — konsultasi",
    summary: "Untuk masukan warga.",
    closesAt: new Date(Date.now() + closesInMs).toISOString(),
    audience: "open",
  });
  editor.destroy();
  reader.destroy();
  return documentId;
}

function publicRecord(server: RembukServer, documentId: string): Promise<PublicRecord> {
  return ask(server, "", `/api/public/consultations/${documentId}/record`);
}

/** Waits until round 1 of the document is sealed as closed, and returns its seals' stages. */
function sealsOnceClosed(server: RembukServer, documentId: string): Promise<string[]> {
  return eventually(
    "the round is closed and sealed",
    async () => {
      const seals = (await publicRecord(server, documentId)).rounds[0]?.seals ?? [];
      return seals.some((seal) => seal.stage === "closed") && seals.map((seal) => seal.stage);
    },
    { timeoutMs: OPEN_FOR_MS + 15_000 },
  );
}

async function notificationKinds(server: RembukServer, cookie: string): Promise<string[]> {
  const page = (await ask(server, cookie, "/api/me/notifications")) as {
    notifications: { kind: string }[];
  };
  return page.notifications.map((notification) => notification.kind).sort();
}

describe("scheduled work happens once, whichever processes run", () => {
  let cluster: RembukCluster;
  let documentId: string;
  let participant: TestPerson;

  // Round 1 is opened while one process runs; two more start before it closes, so all three
  // know it and wait for the same moment to close it.
  beforeAll(async () => {
    cluster = await RembukCluster.start({ processes: 1 });
    const first = cluster.at(0);
    const forum = await createOrganisation(first, "Forum Warga Sukamaju", "civil_society", {
      verified: true,
    });
    participant = await createPerson(first, "Wulan Warga", { organisationId: forum.id });
    documentId = await roundOn(first, OPEN_FOR_MS);
    await cluster.add(2);
  }, 60_000);
  afterAll(tearDownCluster);

  test("a round three processes wait on closes once: one seal, each notification once", async () => {
    const [second, third] = [cluster.at(1), cluster.at(2)];
    const from = 1 + LINE.indexOf("Wali Kota");
    await ask(second, participant.cookie, `/api/documents/${documentId}/rounds/1/comments`, {
      body: "Libatkan DPRD dalam penetapan tarif.",
      anchor: { from, to: from + "Wali Kota".length, quote: "Wali Kota" },
    });

    expect(await sealsOnceClosed(third, documentId)).toEqual(["closed"]);
    expect(cluster.logged(CLOSED_AUTOMATICALLY)).toHaveLength(1);
    await eventually("the drafter is told of the comment", async () =>
      expect(await notificationKinds(third, third.sessionCookie)).toEqual(["comment_received"]),
    );
    expect(await notificationKinds(second, participant.cookie)).toEqual(["round_opened"]);
  }, 60_000);

  test("the public record is the same on every process, and `npm run verify` says so on each", async () => {
    const records = await Promise.all(
      cluster.servers.map(async (server) => {
        // When it was put together is the one thing that may differ.
        const { generatedAt: _, ...record } = await publicRecord(server, documentId);
        return record;
      }),
    );
    for (const record of records) expect(record).toEqual(records[0]);
    expect(records[0]?.rounds[0]?.seals.map((seal) => seal.stage)).toEqual(["closed"]);

    const verdicts = await Promise.all(
      cluster.servers.map((server) =>
        verifyCommand(`${server.url}/api/public/consultations/${documentId}/record`),
      ),
    );
    for (const verdict of verdicts) {
      expect(verdict.code, verdict.output).toBe(0);
      expect(verdict.output).toBe(verdicts[0]?.output);
    }
    expect(verdicts[0]?.output).toMatch(/^OK: 1 round\(s\), 1 seal\(s\) /);
  });

  test("a round opened on a process that then dies still closes on time, once", async () => {
    const [first, second] = [cluster.at(0), cluster.at(1)];
    const other = await roundOn(first, 3_000);
    await first.kill();
    expect(await sealsOnceClosed(second, other)).toEqual(["closed"]);
    expect(cluster.logged(CLOSED_AUTOMATICALLY)).toHaveLength(2);
  }, 60_000);
});
