import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { RembukCluster, tearDownCluster } from "../utils/cluster.ts";
import { requestAs } from "../utils/comments.ts";
import { createPerson } from "../utils/people.ts";
import type { RembukServer } from "../utils/rembukServer.ts";

const login = (server: RembukServer, email: string, password: string) =>
  fetch(`${server.url}/api/auth/login`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ email, password }),
  });

/**
 * Two real server processes on one PostgreSQL database and one Redis, with the default limits:
 * a person (or a script) spread over both by a proxy gets the allowance once, not twice.
 */
describe("limits count across processes", () => {
  let servers: [RembukServer, RembukServer];

  beforeAll(async () => {
    const cluster = await RembukCluster.start({ processes: 2 });
    servers = cluster.servers as [RembukServer, RembukServer];
  }, 60_000);
  afterAll(tearDownCluster);

  test("five wrong guesses spread over both processes lock the account on both", async () => {
    const [first, second] = servers;
    const person = await createPerson(first, "Kepala Dinas");
    const statuses = [];
    for (const server of [first, second, first, second, first]) {
      statuses.push((await login(server, person.email, "tebakan-salah")).status);
    }
    expect(statuses).toEqual([401, 401, 401, 401, 401]);
    // The second process saw only two of the guesses; still, not even the right password passes.
    const refused = await login(second, person.email, "kata-sandi-orang-uji");
    expect(refused.status).toBe(429);
    expect(await refused.json()).toMatchObject({ error: { id: "too_many_attempts" } });
  });

  test("twenty profile changes an hour, whichever process took them", async () => {
    const [first, second] = servers;
    const person = await createPerson(second, "Warga Sukamaju");
    const rename = (server: RembukServer, name: string) =>
      requestAs(server, person.cookie, "PATCH", "/api/me", { name });
    for (let i = 0; i < 20; i++) {
      expect((await rename(i % 2 ? second : first, `Warga ${i}`)).status).toBe(200);
    }
    const refused = await rename(first, "Warga 20");
    expect(refused.status).toBe(429);
    expect(await refused.json()).toMatchObject({ error: { id: "rate_limited" } });
    expect(Number(refused.headers.get("retry-after"))).toBeGreaterThan(0);
  });
});
