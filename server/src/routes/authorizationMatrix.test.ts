import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildStore, buildUser } from "../test/factories.ts";
import { type ApiCaller, startApi } from "../test/httpClient.ts";

type Persona =
  | "anonymous"
  | "observer"
  | "reviewer"
  | "drafter"
  | "owner"
  | "administrator"
  | "outsider";
const PERSONAS: Persona[] = [
  "anonymous",
  "observer",
  "reviewer",
  "drafter",
  "owner",
  "administrator",
  "outsider",
];

interface Row {
  route: string;
  body?: unknown;
  /** Expected status per persona, in the order of PERSONAS. */
  expect: [number, number, number, number, number, number, number];
}

/**
 * Every route × every persona → the status the server must answer. `:doc` is a
 * draft where observer, reviewer, drafter and owner hold those roles; the
 * outsider is signed in (a member of another organisation) with no role on it.
 */
const MATRIX: Row[] = [
  { route: "GET /api/health", expect: [200, 200, 200, 200, 200, 200, 200] },
  { route: "GET /api/me", expect: [401, 200, 200, 200, 200, 200, 200] },
  {
    route: "PATCH /api/me",
    body: { affiliation: "LSM Tata Kota" },
    expect: [401, 200, 200, 200, 200, 200, 200],
  },
  { route: "GET /api/documents", expect: [401, 200, 200, 200, 200, 200, 200] },
  {
    route: "POST /api/documents",
    body: { title: "Rancangan baru" },
    expect: [401, 403, 403, 201, 201, 201, 403],
  },
  { route: "GET /api/documents/:doc", expect: [401, 200, 200, 200, 200, 200, 404] },
  { route: "GET /api/documents/:doc/roles", expect: [401, 403, 403, 200, 200, 403, 404] },
  {
    route: "PUT /api/documents/:doc/roles/:person",
    body: { role: "observer" },
    expect: [401, 403, 403, 403, 200, 403, 404],
  },
  { route: "GET /api/documents/:doc/invitations", expect: [401, 403, 403, 403, 200, 403, 404] },
  {
    route: "POST /api/documents/:doc/invitations",
    body: { email: "baru@example.test", role: "reviewer" },
    expect: [401, 403, 403, 403, 201, 403, 404],
  },
  { route: "GET /api/organisations", expect: [401, 200, 200, 200, 200, 200, 200] },
  {
    route: "POST /api/organisations",
    body: { name: "Forum Warga", kind: "community" },
    expect: [401, 201, 201, 201, 201, 201, 201],
  },
  { route: "GET /api/admin/users", expect: [401, 403, 403, 403, 403, 200, 403] },
  {
    route: "POST /api/admin/organisations/:org/verification",
    body: { verified: true },
    expect: [401, 403, 403, 403, 403, 200, 403],
  },
  { route: "GET /api/setup", expect: [200, 200, 200, 200, 200, 200, 200] },
];

describe("authorization matrix", () => {
  let store: Awaited<ReturnType<typeof buildStore>>;
  let api: Awaited<ReturnType<typeof startApi>>;
  const callers = {} as Record<Persona, ApiCaller>;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    store = await buildStore();
    api = await startApi(store);
    const now = new Date().toISOString();
    await store.organisations.insert({
      id: "pemkot",
      name: "Pemerintah Kota",
      kind: "government",
      verifiedAt: now,
      verifiedBy: null,
      createdAt: now,
    });
    await store.organisations.insert({
      id: "lsm",
      name: "LSM Lain",
      kind: "civil_society",
      verifiedAt: now,
      verifiedBy: null,
      createdAt: now,
    });
    const people: Record<Exclude<Persona, "anonymous">, { id: string }> = {
      observer: await buildUser(store, { email: "observer@x.test" }),
      reviewer: await buildUser(store, { email: "reviewer@x.test", organisationId: "lsm" }),
      drafter: await buildUser(store, { email: "drafter@x.test", organisationId: "pemkot" }),
      owner: await buildUser(store, { email: "owner@x.test", organisationId: "pemkot" }),
      administrator: await buildUser(store, { email: "administrator@x.test", isAdmin: true }),
      outsider: await buildUser(store, { email: "outsider@x.test", organisationId: "lsm" }),
    };
    callers.anonymous = api.anonymous;
    for (const persona of PERSONAS.filter((p) => p !== "anonymous")) {
      callers[persona] = await api.signIn(`${persona}@x.test`);
    }
    const created = await (
      await callers.owner.request("POST", "/api/documents", { title: "Rancangan Perda" })
    ).json();
    ids[":doc"] = created.id;
    ids[":person"] = people.observer.id;
    ids[":org"] = "lsm";
    for (const role of ["observer", "reviewer", "drafter"] as const) {
      await store.roles.put({
        documentId: created.id,
        userId: people[role].id,
        role,
        grantedBy: null,
        grantedAt: now,
      });
    }
  });
  afterAll(async () => {
    await api.close();
    await store.cleanup();
  });

  for (const row of MATRIX) {
    it.each(PERSONAS.map((persona, i) => [persona, row.expect[i]] as const))(
      `${row.route} as %s → %i`,
      async (persona, status) => {
        const [method = "GET", template = ""] = row.route.split(" ");
        const path = template.replace(/:[a-z]+/g, (key) => ids[key] ?? key);
        const res = await callers[persona].request(method, path, row.body);
        expect(res.status).toBe(status);
      },
    );
  }

  it("answers every refusal with an error id and no stack trace", async () => {
    const res = await callers.outsider.request("GET", `/api/documents/${ids[":doc"]}/roles`);
    const body = await res.text();
    expect(JSON.parse(body).error.id).toBe("document_not_found");
    expect(body).not.toContain("at ");
  });
});
