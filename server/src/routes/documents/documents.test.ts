import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { buildStore, buildUser } from "../../test/factories.ts";
import { type ApiCaller, startApi } from "../../test/httpClient.ts";

describe("documents API", () => {
  let store: Awaited<ReturnType<typeof buildStore>>;
  let api: Awaited<ReturnType<typeof startApi>>;
  let drafter: ApiCaller;

  beforeEach(async () => {
    store = await buildStore();
    api = await startApi(store);
    const admin = await buildUser(store, { email: "admin@example.test", isAdmin: true });
    const ministry = {
      id: "kemendagri",
      name: "Kementerian Dalam Negeri",
      kind: "government" as const,
      verifiedAt: new Date().toISOString(),
      verifiedBy: admin.id,
      createdAt: new Date().toISOString(),
    };
    await store.organisations.insert(ministry);
    await buildUser(store, { email: "siti@kemendagri.test", organisationId: ministry.id });
    drafter = await api.signIn("siti@kemendagri.test");
  });
  afterEach(async () => {
    await api.close();
    await store.cleanup();
  });

  const create = (caller: ApiCaller, body: unknown) =>
    caller.request("POST", "/api/documents", body);

  it("reports health without signing in", async () => {
    const res = await api.anonymous.request("GET", "/api/health");
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: "ok" });
  });

  it("lets a government drafter create documents, owned by them, listed newest first", async () => {
    const first = await create(drafter, { title: "Rancangan Perda Kota Bandung" });
    expect(first.status).toBe(201);
    const created = await first.json();
    expect(created).toMatchObject({
      id: expect.stringMatching(/^[A-Za-z0-9_-]{12}$/),
      title: "Rancangan Perda Kota Bandung",
      role: "owner",
    });
    await create(drafter, { title: "  Rancangan Permen  " });

    const list = await (await drafter.request("GET", "/api/documents")).json();
    expect(list.documents.map((d: { title: string }) => d.title).slice(0, 2)).toEqual([
      "Rancangan Permen",
      "Rancangan Perda Kota Bandung",
    ]);
    const one = await drafter.request("GET", `/api/documents/${created.id}`);
    expect(await one.json()).toEqual(created);
    expect(created.form).toBe("free");
    const structured = await create(drafter, { title: "Rancangan Perda Pasar", template: "perda" });
    expect((await structured.json()).form).toBe("regulation");
  });

  it("refuses to create a document for the public and for people outside a verified government body", async () => {
    expect((await create(api.anonymous, { title: "x" })).status).toBe(401);
    await buildUser(store, { email: "budi@lsm.test" });
    const outsider = await api.signIn("budi@lsm.test");
    const res = await create(outsider, { title: "Rancangan tandingan" });
    expect(res.status).toBe(403);
    expect((await res.json()).error.id).toBe("forbidden");
    expect(await store.documents.list()).toHaveLength(0);
  });

  it("refuses bad input with a 400 naming the field, and stores nothing", async () => {
    const cases = [
      [{ title: "" }, "title"],
      [{ title: "x".repeat(201) }, "title"],
      [{ title: 5 }, "title"],
      [{ title: "ok", owner: "me" }, undefined],
      [{}, "title"],
    ] as const;
    for (const [body, field] of cases) {
      const res = await create(drafter, body);
      expect(res.status).toBe(400);
      const { error } = await res.json();
      expect(error.id).toBe("invalid_request");
      if (field) expect(error.field).toBe(field);
    }
    const malformed = await create(drafter, "{not json");
    expect(malformed.status).toBe(400);
    expect((await malformed.json()).error.id).toBe("malformed_json");
    expect(await store.documents.list()).toHaveLength(0);
  });

  it("refuses an oversized body with 413 and hides documents the caller has no role on", async () => {
    const big = await create(drafter, { title: "x".repeat(200_000) });
    expect(big.status).toBe(413);
    expect((await big.json()).error.id).toBe("payload_too_large");
    const created = await (await create(drafter, { title: "Rahasia" })).json();
    await buildUser(store, { email: "stranger@example.test" });
    const stranger = await api.signIn("stranger@example.test");
    const hidden = await stranger.request("GET", `/api/documents/${created.id}`);
    expect(hidden.status).toBe(404);
    const text = await hidden.text();
    expect(JSON.parse(text).error.id).toBe("document_not_found");
    expect(text).not.toMatch(/at .*\.ts/);
    expect((await (await stranger.request("GET", "/api/documents")).json()).documents).toEqual([]);
  });

  it("refuses a change sent from another site's page", async () => {
    const res = await drafter.request(
      "POST",
      "/api/documents",
      { title: "CSRF" },
      { origin: "https://evil.example" },
    );
    expect(res.status).toBe(403);
    expect((await res.json()).error.id).toBe("cross_site_request");
  });
});
