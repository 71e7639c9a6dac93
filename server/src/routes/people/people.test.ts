import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { PublicProfileSchema } from "../../../../shared/schemas/index.ts";
import { buildStore, buildUser } from "../../test/factories.ts";
import { startApi } from "../../test/httpClient.ts";

describe("public profiles", () => {
  let store: Awaited<ReturnType<typeof buildStore>>;
  let api: Awaited<ReturnType<typeof startApi>>;
  beforeEach(async () => {
    store = await buildStore();
    api = await startApi(store);
  });
  afterEach(async () => {
    await api.close();
    await store.cleanup();
  });

  it("show every earlier name and affiliation with its date to anyone", async () => {
    const now = new Date().toISOString();
    await store.organisations.insert({
      id: "lsm",
      name: "LSM Transportasi Warga",
      kind: "civil_society",
      verifiedAt: now,
      verifiedBy: null,
      createdAt: now,
    });
    const person = await buildUser(store, {
      email: "agus@x.test",
      name: "Agus",
      organisationId: "lsm",
    });
    const agus = await api.signIn("agus@x.test");
    const before = Date.now();
    // Taking another person's name and title, in two steps.
    const rename = (body: Record<string, string>) => agus.request("PATCH", "/api/me", body);
    expect((await rename({ name: "Dr. Siti Rahmawati" })).status).toBe(200);
    expect(
      (await rename({ name: "Dr. Siti Rahmawati, M.Si.", affiliation: "Kepala Dinas" })).status,
    ).toBe(200);

    const res = await api.anonymous.request("GET", `/api/people/${person.id}`);
    expect(res.status).toBe(200);
    const profile = PublicProfileSchema.parse(await res.json());
    expect(profile).toMatchObject({
      name: "Dr. Siti Rahmawati, M.Si.",
      affiliation: "Kepala Dinas",
      organisations: [{ id: "lsm", name: "LSM Transportasi Warga", verified: true }],
    });
    const changes = (field: string) =>
      profile.history.filter((c) => c.field === field).map(({ from, to }) => ({ from, to }));
    expect(changes("name")).toEqual([
      { from: "Agus", to: "Dr. Siti Rahmawati" },
      { from: "Dr. Siti Rahmawati", to: "Dr. Siti Rahmawati, M.Si." },
    ]);
    expect(changes("affiliation")).toEqual([{ from: "", to: "Kepala Dinas" }]);
    for (const change of profile.history) {
      expect(Date.parse(change.at)).toBeGreaterThanOrEqual(before - 1000);
      expect(Date.parse(change.at)).toBeLessThanOrEqual(Date.now() + 1000);
    }
    // Never the e-mail address.
    expect(JSON.stringify(profile)).not.toContain("agus@x.test");
  });

  it("keep the history even against a direct rewrite of a row", async () => {
    const person = await buildUser(store, { name: "Agus" });
    await store.users.updateProfile(person.id, { name: "Budi" });
    await expect(store.db.run("UPDATE profile_changes SET old_value = 'X'")).rejects.toThrow(
      /append-only/,
    );
    await expect(store.db.run("DELETE FROM profile_changes")).rejects.toThrow(/append-only/);
    expect((await store.profileHistory.forUser(person.id)).map((c) => c.oldValue)).toEqual([
      "Agus",
    ]);
  });

  it("answer 404 for an unknown person and 400 for a malformed id", async () => {
    const unknown = await api.anonymous.request("GET", "/api/people/nobody-here");
    expect(unknown.status).toBe(404);
    expect((await unknown.json()).error.id).toBe("person_not_found");
    expect((await api.anonymous.request("GET", "/api/people/a%20b")).status).toBe(400);
  });
});
