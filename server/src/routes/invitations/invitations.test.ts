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

  async function invite(email: string, role = "reviewer", as = owner) {
    const res = await as.request("POST", `/api/documents/${documentId}/invitations`, {
      email,
      role,
    });
    expect(res.status).toBe(201);
    const body = await res.json();
    return { ...body, token: String(body.link).split("/").at(-1) };
  }

  /** The sharing dialog's list of invitations, as the owner sees it. */
  async function listed(): Promise<{ email: string; status: string; revokedReason: string }[]> {
    const res = await owner.request("GET", `/api/documents/${documentId}/invitations`);
    return (await res.json()).invitations;
  }

  /** A second owner of the draft, signed in, who then invites `email` as owner. */
  async function secondOwnerInvitingOwner(email: string) {
    const sari = await buildUser(store, { email: "sari@pemda.test" });
    const put = await owner.request("PUT", `/api/documents/${documentId}/roles/${sari.id}`, {
      role: "owner",
    });
    expect(put.status).toBe(200);
    const sariCaller = await api.signIn("sari@pemda.test");
    return { sari, invitation: await invite(email, "owner", sariCaller) };
  }

  const acceptAsNewAccount = (token: string) =>
    api.anonymous.request("POST", `/api/invitations/${token}/accept`, {
      name: "Orang Baru",
      password: "kata-sandi-orang-baru",
    });

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
    const view = await api.anonymous.request("GET", `/api/invitations/${token}`);
    expect((await view.json()).status).toBe("revoked");
    const accept = await api.anonymous.request("POST", `/api/invitations/${token}/accept`, {
      name: "Sari",
      password: "kata-sandi-sari",
    });
    expect(accept.status).toBe(410);
    expect((await accept.json()).error.id).toBe("invitation_revoked");
    expect(await listed()).toEqual([]);
    const stored = await store.invitations.find(id);
    expect(stored?.tokenHash).not.toContain(token);
    const outbox = await store.db.all<{ to_email: string }>("SELECT to_email FROM outbox");
    expect(outbox.map((m) => m.to_email)).toContain("sari@lsm.test");
  });

  it("an owner demoted after inviting someone as owner leaves no back door: the link is refused and shown revoked", async () => {
    const { sari, invitation } = await secondOwnerInvitingOwner("pintu@belakang.test");
    const demote = await owner.request("PUT", `/api/documents/${documentId}/roles/${sari.id}`, {
      role: "drafter",
    });
    expect(demote.status).toBe(200);

    expect(await listed()).toMatchObject([
      { email: "pintu@belakang.test", status: "revoked", revokedReason: "inviter_lost_access" },
    ]);
    const view = await api.anonymous.request("GET", `/api/invitations/${invitation.token}`);
    expect((await view.json()).status).toBe("revoked");
    const accepted = await acceptAsNewAccount(invitation.token);
    expect(accepted.status).toBe(410);
    expect((await accepted.json()).error.id).toBe("invitation_revoked");
    expect(await store.users.findByEmail("pintu@belakang.test")).toBeUndefined();
  });

  it("checks at acceptance that the sender may still grant the role, however they lost it", async () => {
    const { sari, invitation } = await secondOwnerInvitingOwner("pintu@belakang.test");
    // Lowered without the roles route (as any other path might): acceptance still refuses.
    await store.roles.put({
      documentId,
      userId: sari.id,
      role: "reviewer",
      grantedBy: null,
      grantedAt: new Date().toISOString(),
    });
    const accepted = await acceptAsNewAccount(invitation.token);
    expect(accepted.status).toBe(410);
    expect((await accepted.json()).error.id).toBe("invitation_revoked");
    expect(await listed()).toMatchObject([
      { status: "revoked", revokedReason: "inviter_lost_access" },
    ]);
  });

  it("revokes the pending invitations of someone removed from the draft or disabled, and no others", async () => {
    const { sari } = await secondOwnerInvitingOwner("pintu@belakang.test");
    const kept = await invite("tetap@lsm.test");
    const removal = await owner.request("DELETE", `/api/documents/${documentId}/roles/${sari.id}`);
    expect(removal.status).toBe(204);
    expect(await listed()).toMatchObject([
      { email: "tetap@lsm.test", status: "pending" },
      { email: "pintu@belakang.test", status: "revoked", revokedReason: "inviter_lost_access" },
    ]);
    expect((await acceptAsNewAccount(kept.token)).status).toBe(200);

    const budi = await buildUser(store, { email: "budi@pemda.test" });
    await owner.request("PUT", `/api/documents/${documentId}/roles/${budi.id}`, { role: "owner" });
    const budiInvite = await invite(
      "tamu@lsm.test",
      "drafter",
      await api.signIn("budi@pemda.test"),
    );
    const disable = await owner.request("PATCH", `/api/admin/users/${budi.id}`, { disabled: true });
    expect(disable.status).toBe(200);
    expect((await listed()).find((i) => i.email === "tamu@lsm.test")).toMatchObject({
      status: "revoked",
      revokedReason: "inviter_disabled",
    });
    expect((await acceptAsNewAccount(budiInvite.token)).status).toBe(410);
  });

  it("never lowers a role someone already holds", async () => {
    const dewi = await buildUser(store, { email: "dewi@lsm.test" });
    await owner.request("PUT", `/api/documents/${documentId}/roles/${dewi.id}`, {
      role: "drafter",
    });
    const { token } = await invite("dewi@lsm.test", "observer");
    const accepted = await (await api.signIn("dewi@lsm.test")).request(
      "POST",
      `/api/invitations/${token}/accept`,
      {},
    );
    expect(accepted.status).toBe(200);
    expect(await store.roles.roleOf(documentId, dewi.id)).toBe("drafter");
  });
});
