import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createApp } from "../../app.ts";
import { createOpenAuthorizer } from "../../policies/authorize.ts";
import { buildStore, silentLogger } from "../../test/factories.ts";

describe("documents API", () => {
  let store: Awaited<ReturnType<typeof buildStore>>;
  let server: http.Server;
  let base: string;

  beforeEach(async () => {
    store = await buildStore();
    const app = createApp({
      store,
      authorizer: createOpenAuthorizer(),
      log: silentLogger,
      clientDir: store.dir,
    });
    server = http.createServer(app);
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api`;
  });
  afterEach(async () => {
    await new Promise((resolve) => server.close(resolve));
    await store.cleanup();
  });

  const post = (body: string, type = "application/json") =>
    fetch(`${base}/documents`, { method: "POST", headers: { "content-type": type }, body });

  it("reports health once the store is open", async () => {
    const res = await fetch(`${base}/health`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: "ok" });
  });

  it("creates a document and lists it, newest first", async () => {
    const first = await post(JSON.stringify({ title: "Rancangan Perda Kota Bandung" }));
    expect(first.status).toBe(201);
    const created = await first.json();
    expect(created).toMatchObject({
      id: expect.stringMatching(/^[A-Za-z0-9_-]{12}$/),
      title: "Rancangan Perda Kota Bandung",
    });
    await post(JSON.stringify({ title: "  Rancangan Permen  " }));

    const list = await (await fetch(`${base}/documents`)).json();
    expect(list.documents.map((d: { title: string }) => d.title)).toEqual([
      "Rancangan Permen",
      "Rancangan Perda Kota Bandung",
    ]);
    const one = await fetch(`${base}/documents/${created.id}`);
    expect(await one.json()).toEqual(created);
  });

  it("refuses bad input with a 400 naming the field, and stores nothing", async () => {
    const cases = [
      [JSON.stringify({ title: "" }), "title"],
      [JSON.stringify({ title: "x".repeat(201) }), "title"],
      [JSON.stringify({ title: 5 }), "title"],
      [JSON.stringify({ title: "ok", owner: "me" }), undefined],
      [JSON.stringify({}), "title"],
    ] as const;
    for (const [body, field] of cases) {
      const res = await post(body);
      expect(res.status).toBe(400);
      const { error } = await res.json();
      expect(error.id).toBe("invalid_request");
      if (field) expect(error.field).toBe(field);
    }
    const malformed = await post("{not json");
    expect(malformed.status).toBe(400);
    expect((await malformed.json()).error.id).toBe("malformed_json");
    expect((await store.documents.list()).length).toBe(0);
  });

  it("refuses an oversized body with 413 and an unknown document with 404, never a stack trace", async () => {
    const big = await post(JSON.stringify({ title: "x".repeat(200_000) }));
    expect(big.status).toBe(413);
    expect((await big.json()).error.id).toBe("payload_too_large");
    const missing = await fetch(`${base}/documents/abcdefabcdef`);
    expect(missing.status).toBe(404);
    const text = await missing.text();
    expect(JSON.parse(text).error.id).toBe("document_not_found");
    expect(text).not.toMatch(/at .*\.ts/);
    const badId = await fetch(`${base}/documents/${encodeURIComponent("../etc")}`);
    expect(badId.status).toBe(400);
  });
});
