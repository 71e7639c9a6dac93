import { afterEach, expect, test } from "vitest";
import { RembukCluster, tearDownCluster } from "../../utils/cluster.ts";
import { converged } from "../../utils/collabClient.ts";
import { seededRandom, typeRandomly } from "../../utils/typing.ts";

afterEach(tearDownCluster);

const TYPISTS = 6;

test("with a third of the messages between processes lost and the rest late, everyone still ends with the same text", async () => {
  const cluster = await RembukCluster.start({
    processes: 3,
    settings: { BUS_DROP_RATE: 0.3, BUS_DELAY_MS: 40 },
  });
  const first = cluster.at(0);
  const documentId = await first.createDocument();
  const typists = await cluster.typistsSpread(documentId, TYPISTS);

  await Promise.all(
    typists.map((typist, i) =>
      typeRandomly(typist, seededRandom(4100 + i), { edits: 60, keystrokeMs: 3 }),
    ),
  );
  // The last edits' messages may be the ones lost: nothing else comes after them to show a gap.
  const agreed = await converged(typists, 30_000);
  expect(agreed.length).toBeGreaterThan(0);
});
