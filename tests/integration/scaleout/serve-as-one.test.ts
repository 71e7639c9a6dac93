import { afterAll, afterEach, beforeAll, describe, expect, test } from "vitest";
import { RembukCluster, tearDownCluster } from "../../utils/cluster.ts";
import { converged, disposeClients, joinDocument } from "../../utils/collabClient.ts";
import { requestAs } from "../../utils/comments.ts";
import { eventually } from "../../utils/eventually.ts";
import { createPerson, grantRole } from "../../utils/people.ts";
import { seededRandom, typeRandomly } from "../../utils/typing.ts";

const TYPISTS = 6;
const EDITS_EACH = 40;

describe("three processes on one PostgreSQL database and one Redis serve as one", () => {
  let cluster: RembukCluster;
  // All three start at the same moment on the empty database (see RembukCluster.start).
  beforeAll(async () => {
    cluster = await RembukCluster.start({ processes: 3 });
  });
  afterEach(disposeClients);
  afterAll(tearDownCluster);

  test("started at the same moment on an empty database, all three serve it, with one administrator", async () => {
    for (const server of cluster.servers) {
      const response = await requestAs(server, server.sessionCookie, "GET", "/api/admin/users");
      expect(response.status).toBe(200);
      const { users } = (await response.json()) as { users: { email: string }[] };
      expect(users.map((user) => user.email)).toEqual(["admin@rembuk.test"]);
    }
  });

  test("people typing through different processes end with the same text and see each other present", async () => {
    const documentId = await cluster.at(0).createDocument();
    const typists = await cluster.typistsSpread(documentId, TYPISTS);

    // Everyone sees everyone present, whichever process either of them is on.
    for (const [i, typist] of typists.entries()) {
      await eventually(`Penyusun ${i + 1} sees the five others present`, () =>
        expect(typist.presentOthers()).toHaveLength(TYPISTS - 1),
      );
    }

    await Promise.all(
      typists.map((typist, i) =>
        typeRandomly(typist, seededRandom(2100 + i), { edits: EDITS_EACH }),
      ),
    );
    const agreed = await converged(typists);
    expect(agreed.length).toBeGreaterThan(0);

    // A latecomer on another process gets the same draft.
    const latecomer = await joinDocument(cluster.at(2).collabUrl, documentId, {
      name: "Terlambat",
    });
    expect(await converged([...typists, latecomer])).toBe(agreed);
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
