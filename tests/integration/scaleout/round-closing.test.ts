import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { verifyCommand } from "../../../server/src/record/test/tamperScene.ts";
import { RembukCluster, tearDownCluster } from "../../utils/cluster.ts";
import { eventually } from "../../utils/eventually.ts";
import { createOrganisation, createPerson, type TestPerson } from "../../utils/people.ts";
import type { RembukServer } from "../../utils/rembukServer.ts";
import {
  ask,
  CLOSED_AUTOMATICALLY,
  LINE,
  publicRecord,
  roundOn,
  sealsOnceClosed,
} from "./consultation.ts";

/** Long enough for two more processes to start and a comment to be made before it closes. */
const OPEN_FOR_MS = 15_000;

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

    expect(await sealsOnceClosed(third, documentId, OPEN_FOR_MS + 15_000)).toEqual(["closed"]);
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
});
