import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildCommentScene } from "../test/commentScene.ts";
import { buildStore, buildUser } from "../test/factories.ts";
import { type ApiCaller, startApi } from "../test/httpClient.ts";

const HOSTILE = [
  `Robert'); DROP TABLE users;--`,
  `<script>alert("x")</script><img src=x onerror=alert(1)>`,
  `" OR 1=1 --`,
];

describe("hostile and malformed input", () => {
  let store: Awaited<ReturnType<typeof buildStore>>;
  let api: Awaited<ReturnType<typeof startApi>>;
  let admin: ApiCaller;

  beforeAll(async () => {
    store = await buildStore();
    api = await startApi(store);
    await buildUser(store, { email: "admin@x.test", isAdmin: true });
    admin = await api.signIn("admin@x.test");
  });
  afterAll(async () => {
    await api.close();
    await store.cleanup();
  });

  it.each(HOSTILE)(
    "stores %s verbatim in every text field and hands it back as data",
    async (text) => {
      const doc = await (await admin.request("POST", "/api/documents", { title: text })).json();
      expect(doc.title).toBe(text);
      expect((await (await admin.request("GET", `/api/documents/${doc.id}`)).json()).title).toBe(
        text,
      );

      const me = await (
        await admin.request("PATCH", "/api/me", { name: text, affiliation: text, interests: text })
      ).json();
      expect(me).toMatchObject({ name: text, affiliation: text, interests: text });

      const org = await (
        await admin.request("POST", "/api/organisations", { name: text, kind: "community" })
      ).json();
      expect((await (await admin.request("GET", `/api/organisations/${org.id}`)).json()).name).toBe(
        text,
      );

      const email = `u${Math.abs(text.length * 7919)}-${Date.now()}@x.test`;
      const user = await admin.request("POST", "/api/admin/users", {
        email,
        name: text,
        password: "kata-sandi-panjang",
      });
      expect(user.status).toBe(201);

      // The tables are intact and nothing else changed.
      expect((await store.users.list()).length).toBeGreaterThanOrEqual(2);
      expect(await store.users.findByEmail("admin@x.test")).toBeDefined();
    },
  );

  const WRONG_TYPES: [string, string, unknown, string][] = [
    ["POST", "/api/documents", { title: ["a"] }, "title"],
    ["POST", "/api/documents", { title: "Rancangan", template: "kuhp" }, "template"],
    ["PATCH", "/api/me", { interests: 42 }, "interests"],
    ["POST", "/api/organisations", { name: "Forum", kind: "cult" }, "kind"],
    [
      "POST",
      "/api/admin/users",
      { email: "not-an-email", name: "X", password: "kata-sandi-panjang" },
      "email",
    ],
    ["POST", "/api/admin/users", { email: "ok@x.test", name: "X", password: "short" }, "password"],
    ["POST", "/api/auth/login", { email: "a@x.test", password: 5 }, "password"],
  ];
  it.each(WRONG_TYPES)(
    "%s %s with a wrong %s is a 400 naming the field",
    async (method, path, body, field) => {
      const res = await admin.request(method, path, body);
      expect(res.status).toBe(400);
      const { error } = await res.json();
      expect(error).toMatchObject({ id: "invalid_request", field });
    },
  );

  it("refuses malformed JSON, a wrong content type and an oversized body with clear errors", async () => {
    const malformed = await admin.request("PATCH", "/api/me", '{"name":');
    expect(malformed.status).toBe(400);
    expect((await malformed.json()).error.id).toBe("malformed_json");
    const big = await admin.request("PATCH", "/api/me", { interests: "x".repeat(150_000) });
    expect(big.status).toBe(413);
    const tooLong = await admin.request("PATCH", "/api/me", { interests: "x".repeat(2001) });
    expect(tooLong.status).toBe(400);
    const asText = await admin.request("PATCH", "/api/me", "name=x", {
      "content-type": "text/plain",
    });
    expect(asText.status).toBe(415);
    expect((await asText.json()).error.id).toBe("unsupported_media_type");
  });
});

describe("hostile and malformed comment input", () => {
  let scene: Awaited<ReturnType<typeof buildCommentScene>>;
  let commentId: string;
  beforeAll(async () => {
    scene = await buildCommentScene();
    commentId = (await scene.commented(scene.as.reviewer, "Tarif parkir")).id;
  });
  afterAll(() => scene.close());

  const WRONG: [string, string, unknown, string][] = [
    ["POST", "/comments", { body: 42 }, "body"],
    ["POST", "/comments", { body: "x", kind: "rant", anchor: {} }, "kind"],
    ["POST", "/comments", { body: "x", anchor: { start: "AAAA", end: "AAAA" } }, "anchor.quote"],
    ["POST", "/comments", { body: "x", anchor: null }, "anchor"],
    ["POST", "/comments/:c/replies", { body: "" }, "body"],
    ["POST", "/comments/:c/replies", { body: "x", extra: true }, ""],
    ["PATCH", "/comments/:c", { body: ["x"] }, "body"],
    ["PUT", "/comments/:c/answer", { disposition: "maybe" }, "disposition"],
    ["PUT", "/comments/:c/answer", { disposition: "noted", explanation: "" }, "explanation"],
  ];
  it.each(WRONG)(
    "%s %s with a wrong %j is a 400 naming the field",
    async (method, path, body, field) => {
      const caller = method === "PUT" ? scene.as.drafter : scene.as.reviewer;
      const res = await caller.request(
        method,
        `${scene.base}${path.replace(":c", commentId)}`,
        body,
      );
      expect(res.status).toBe(400);
      const { error } = await res.json();
      expect(error.id).toBe("invalid_request");
      if (field) expect(error.field).toBe(field);
    },
  );

  it("refuses a malformed comment id and moderation without a reason", async () => {
    const badId = await scene.as.reviewer.request("GET", `${scene.base}/comments/a%20b/revisions`);
    expect(badId.status).toBe(400);
    expect((await badId.json()).error.field).toBe("commentId");
    const res = await scene.as.admin.request(
      "POST",
      `${scene.base}/comments/${commentId}/moderation`,
      {
        reason: "abuse",
        note: "  ",
      },
    );
    expect(res.status).toBe(400);
    expect((await res.json()).error.field).toBe("note");
  });
});
