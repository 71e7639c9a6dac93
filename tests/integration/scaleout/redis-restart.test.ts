import { afterEach, expect, test } from "vitest";
import { RembukCluster, tearDownCluster } from "../../utils/cluster.ts";
import { converged } from "../../utils/collabClient.ts";
import { typeThroughOutage } from "./outage.ts";

afterEach(tearDownCluster);

test("Redis restarted mid-typing: the processes reconnect and everyone converges without reloading", async () => {
  const cluster = await RembukCluster.start({ processes: 3 });
  const documentId = await cluster.at(0).createDocument();
  const typists = await cluster.typistsSpread(documentId, 6);

  await typeThroughOutage(
    typists,
    5100,
    { what: "Redis", down: () => cluster.redis.kill(), up: () => cluster.redis.restart() },
    60,
  );
  // The same editors, never reopened, end with each other's words.
  const agreed = await converged(typists, 30_000);
  expect(agreed.length).toBeGreaterThan(0);
});
