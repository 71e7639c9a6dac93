import { afterAll, afterEach, beforeAll, describe, expect, test } from "vitest";
import { RembukCluster, tearDownCluster } from "../../utils/cluster.ts";
import { disposeClients, joinDocument } from "../../utils/collabClient.ts";
import { requestAs } from "../../utils/comments.ts";
import { createPerson, grantRole } from "../../utils/people.ts";

describe("processes on one PostgreSQL database share everything stored", () => {
  let cluster: RembukCluster;
  // As an orchestrator rolls them out: all three start at once on the empty database, so
  // migrations and the first administrator race.
  beforeAll(async () => {
    cluster = await RembukCluster.start({ processes: 3, together: true });
  });
  afterEach(disposeClients);
  afterAll(tearDownCluster);

  test("three processes started at the same moment on an empty database all serve it, with one administrator", async () => {
    for (const server of cluster.servers) {
      const response = await requestAs(server, server.sessionCookie, "GET", "/api/admin/users");
      expect(response.status).toBe(200);
      const { users } = (await response.json()) as { users: { email: string }[] };
      expect(users.map((user) => user.email)).toEqual(["admin@rembuk.test"]);
    }
  });

  test("a session made on one process works on every other, and signing out on one ends it on all", async () => {
    const [first, second, third] = [cluster.at(0), cluster.at(1), cluster.at(2)];
    const documentId = await first.createDocument();
    const drafter = await createPerson(first, "Sari Drafter");
    await grantRole(first, documentId, drafter, "drafter");

    const me = await requestAs(second, drafter.cookie, "GET", "/api/me");
    expect(me.status).toBe(200);
    expect(await me.json()).toMatchObject({ email: drafter.email });
    // The collaboration socket on a third process takes it too.
    const editor = await joinDocument(third.collabUrl, documentId, { cookie: drafter.cookie });
    expect(editor.closeCodes).toEqual([]);

    expect((await requestAs(second, drafter.cookie, "POST", "/api/auth/logout")).status).toBe(204);
    for (const server of cluster.servers) {
      expect((await requestAs(server, drafter.cookie, "GET", "/api/me")).status).toBe(401);
    }
  });
});
