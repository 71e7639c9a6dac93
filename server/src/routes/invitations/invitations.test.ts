import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { buildStore, buildUser } from "../../test/factories.ts";
import { type ApiCaller, startApi } from "../../test/httpClient.ts";

describe("invitations", () => {
  let store: Awaited<ReturnType<typeof buildStore>>;
  let api: Awaited<ReturnType<typeof startApi>>;
  let owner: ApiCaller;
  let documentId: string;

  beforeEach(async () => {
    store = await buildStore();
    api = await startApi(store);
    await buildUser(store, { email: "owner@pemda.test", isAdmin: true });
    owner = await api.signIn("owner@pemda.test");
    documentId = (
      await (await owner.request("POST", "/api/documents", { title: "Rancangan Perda" })).json()
    ).id;
  });
  afterEach(async () => {
    await api.close();
    await store.cleanup();
  });

  async function invite(email: string, role = "reviewer") {
    const res = await owner.request("POST", `/api/documents/${documentId}/invitations`, {
      email,
      role,
    });
    expect(res.status).toBe(201);
    const body = await res.json();
    return { ...body, token: String(body.link).split("/").at(-1) };
  }

  it("lets a new person accept once with a new account, granting the role and signing them in", async () => {
    const { token, link } = await invite("Warga@LSM.test");
    expect(link).toMatch(/\/invitations\/[A-Za-z0-9_-]{43}$/);
    const view = await (await api.anonymous.request("GET", `/api/invitations/${token}`)).json();
    expect(view).toMatchObject({
      documentTitle: "Rancangan Perda",
      role: "reviewer",
      email: "warga@lsm.test",
      accountExists: false,
      status: "pending",
    });

    const missing = await api.anonymous.request("POST", `/api/invitations/${token}/accept`, {
      name: "Warga",
    });
    expect((await missing.json()).error.field).toBe("password");

    const accepted = await api.anonymous.request("POST", `/api/invitations/${token}/accept`, {
      name: "Warga",
      password: "kata-sandi-warga",
    });
    expect(accepted.status).toBe(200);
    expect(accepted.headers.get("set-cookie")).toMatch(/rembuk_session=.*HttpOnly.*SameSite=Lax/i);
    const user = await store.users.findByEmail("warga@lsm.test");
    expect(user && (await store.roles.roleOf(documentId, user.id))).toBe("reviewer");

    const again = await api.anonymous.request("POST", `/api/invitations/${token}/accept`, {
      name: "X",
      password: "kata-sandi-lain",
    });
    expect(again.status).toBe(410);
    expect((await again.json()).error.id).toBe("invitation_accepted");
  });

  it("asks an existing account to sign in as itself, and refuses someone else", async () => {
    await buildUser(store, { email: "dewi@lsm.test" });
    await buildUser(store, { email: "budi@lsm.test" });
    const { token } = await invite("dewi@lsm.test", "observer");
    expect(
      (await api.anonymous.request("POST", `/api/invitations/${token}/accept`, {})).status,
    ).toBe(401);
    const budi = await api.signIn("budi@lsm.test");
    const wrong = await budi.request("POST", `/api/invitations/${token}/accept`, {});
    expect((await wrong.json()).error.id).toBe("wrong_account");
    const dewi = await api.signIn("dewi@lsm.test");
    expect((await dewi.request("POST", `/api/invitations/${token}/accept`, {})).status).toBe(200);
  });

  it("stops a revoked invitation and stores only a hash of its token", async () => {
    const { id, token } = await invite("sari@lsm.test");
    expect(
      (await owner.request("DELETE", `/api/documents/${documentId}/invitations/${id}`)).status,
    ).toBe(204);
    expect((await api.anonymous.request("GET", `/api/invitations/${token}`)).status).toBe(404);
    const stored = await store.invitations.find(id);
    expect(stored?.tokenHash).not.toContain(token);
    const outbox = await store.db.all<{ to_email: string }>("SELECT to_email FROM outbox");
    expect(outbox.map((m) => m.to_email)).toContain("sari@lsm.test");
  });
});
