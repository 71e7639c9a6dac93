import { afterEach, expect, test } from "vitest";
import { RembukCluster, tearDownCluster } from "../../utils/cluster.ts";
import { requestAs } from "../../utils/comments.ts";

afterEach(tearDownCluster);

test("three processes started at the same moment on an empty database all serve it, with one administrator", async () => {
  // As an orchestrator rolls them out: migrations and the first administrator race.
  const cluster = await RembukCluster.start({ processes: 3, together: true });
  for (const server of cluster.servers) {
    const response = await requestAs(server, server.sessionCookie, "GET", "/api/admin/users");
    expect(response.status).toBe(200);
    const { users } = (await response.json()) as { users: { email: string }[] };
    expect(users.map((user) => user.email)).toEqual(["admin@rembuk.test"]);
  }
});
