import { afterEach, expect, test } from "vitest";
import { RembukCluster, tearDownCluster } from "../../utils/cluster.ts";
import { converged } from "../../utils/collabClient.ts";
import { eventually } from "../../utils/eventually.ts";
import { seededRandom, typeRandomly } from "../../utils/typing.ts";

afterEach(tearDownCluster);

const TYPISTS = 6;
/** Edits made while Redis is gone, before it comes back. */
const EDITS_WHILE_DOWN = 60;

test("Redis restarted mid-typing: the processes reconnect and everyone converges without reloading", async () => {
  const cluster = await RembukCluster.start({ processes: 3 });
  const first = cluster.at(0);
  const documentId = await first.createDocument();
  const typists = await cluster.typistsSpread(documentId, TYPISTS);

  let editsWhileDown: number | undefined;
  const typing = typists.map((typist, i) =>
    typeRandomly(typist, seededRandom(5100 + i), {
      edits: 150,
      keystrokeMs: 5,
      afterEdit: () => {
        if (editsWhileDown !== undefined) editsWhileDown += 1;
        return false;
      },
    }),
  );
  await eventually("everyone has received others' typing", () =>
    typists.every((typist) => typist.received.length >= 20),
  );
  await cluster.redis.kill();
  editsWhileDown = 0;
  await eventually(
    "people typed while Redis was gone",
    () => (editsWhileDown ?? 0) >= EDITS_WHILE_DOWN,
  );
  await cluster.redis.restart();
  await Promise.all(typing);

  const agreed = await converged(typists, 30_000);
  expect(agreed.length).toBeGreaterThan(0);
  // Nobody had to reload: the same editors, still open, hold each other's words.
  for (const typist of typists) expect(typist.provider.synced).toBe(true);
});
