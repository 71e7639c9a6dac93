import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { OrganisationRecord } from "../store/index.ts";
import { buildStore, buildUser } from "../test/factories.ts";
import { authorshipSnapshot } from "./authorshipSnapshot.ts";

describe("who someone speaks for", () => {
  let store: Awaited<ReturnType<typeof buildStore>>;
  beforeEach(async () => {
    store = await buildStore();
  });
  afterEach(() => store.cleanup());

  const organisation = (id: string, name: string, verified: boolean): OrganisationRecord => {
    const at = new Date().toISOString();
    return {
      id,
      name,
      kind: "government",
      verifiedAt: verified ? at : null,
      verifiedBy: null,
      createdAt: at,
    };
  };

  it("is never an organisation nobody verified, whatever its name", async () => {
    // Anyone may register "the ministry" and join it; it must not appear beside their name.
    await store.organisations.insert(organisation("palsu", "Kementerian Dalam Negeri", false));
    const impostor = await buildUser(store, { name: "Dr. Siti", organisationId: "palsu" });
    const snapshot = await authorshipSnapshot({ store, user: impostor, prefer: "government" });
    expect(snapshot.organisation).toBeNull();

    await store.organisations.insert(organisation("asli", "Pemerintah Kota Bandung", true));
    await store.organisations.addMember("asli", impostor.id, new Date().toISOString());
    const verified = await authorshipSnapshot({ store, user: impostor, prefer: "government" });
    expect(verified.organisation).toMatchObject({ id: "asli", name: "Pemerintah Kota Bandung" });
  });
});
