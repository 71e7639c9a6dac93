import { afterEach, expect, test } from "vitest";
import { FrontDoor, RembukCluster, tearDownCluster } from "../../utils/cluster.ts";
import { type CollabClient, converged, joinDocument } from "../../utils/collabClient.ts";
import { missingFrom } from "../../utils/coverage.ts";
import { eventually } from "../../utils/eventually.ts";
import { seededRandom, typeRandomly } from "../../utils/typing.ts";

afterEach(tearDownCluster);

const TYPISTS = 6;

test("a process killed (SIGKILL) mid-typing: its people carry on through the others, and nothing anyone received is lost", async () => {
  const cluster = await RembukCluster.start({ processes: 3 });
  const [doomed, survivor] = [cluster.at(0), cluster.at(2)];
  const documentId = await doomed.createDocument();
  // Behind a proxy: each door prefers one process and falls over to the next one alive.
  const doors = await Promise.all(
    cluster.servers.map((_, i) => FrontDoor.open(cluster.servers, i)),
  );
  const typists: CollabClient[] = [];
  for (let i = 0; i < TYPISTS; i++) {
    const door = doors[i % doors.length] as FrontDoor;
    typists.push(
      await joinDocument(door.collabUrl, documentId, {
        name: `Penyusun ${i + 1}`,
        cookie: doomed.sessionCookie,
      }),
    );
  }
  const onDoomed = typists.filter((_, i) => i % doors.length === 0);

  let killed = false;
  const typing = typists.map((typist, i) =>
    typeRandomly(typist, seededRandom(3100 + i), {
      edits: 400,
      keystrokeMs: 5,
      deleteShare: 0.3,
      // Go on typing until the people of the killed process are back online elsewhere.
      afterEdit: () =>
        killed &&
        onDoomed.every((typist) => typist.closeCodes.length > 0 && typist.provider.synced),
    }),
  );
  await eventually("everyone has received others' typing", () =>
    typists.every((typist) => typist.received.length >= 20),
  );
  expect((await doomed.kill()).signal).toBe("SIGKILL");
  killed = true;
  await Promise.all(typing);

  const agreed = await converged(typists, 20_000);
  for (const typist of onDoomed) expect(typist.closeCodes.length).toBeGreaterThan(0);

  // What everyone received was stored: the killed process, back again, loads all of it.
  const received = typists.flatMap((typist) => typist.received);
  await doomed.restart();
  const reader = await joinDocument(doomed.collabUrl, documentId, { name: "Pembaca" });
  expect(missingFrom(reader.doc, received)).toEqual([]);
  expect(await converged([...typists, reader])).toBe(agreed);
  const elsewhere = await joinDocument(survivor.collabUrl, documentId, { name: "Pembaca lain" });
  expect(elsewhere.content()).toBe(agreed);
});
