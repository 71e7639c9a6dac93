import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { buildDocument, buildUser } from "../../test/factories.ts";
import type { InvitationRecord } from "../index.ts";
import { BACKENDS, storeFor } from "./storeUnderTest.ts";

const at = (minute: number) => new Date(Date.UTC(2026, 0, 5, 9, minute)).toISOString();

describe.each(BACKENDS)(
  "accounts, sessions, organisations, roles and invitations on %s",
  (backend) => {
    const under = storeFor(backend);

    it("finds an account by id and by email, with its flags as set", async () => {
      const user = await buildUser(under.store, { name: "Dewi Lestari", isAdmin: true });
      await under.store.users.updateFlags(user.id, { disabledAt: at(1) });
      expect(await under.store.users.findByEmail(user.email)).toMatchObject({
        id: user.id,
        name: "Dewi Lestari",
        isAdmin: true,
        disabledAt: at(1),
      });
      // A disabled administrator no longer counts as one who can administer.
      const admins = await under.store.users.countAdmins();
      await under.store.users.updateFlags(user.id, { disabledAt: null });
      expect(await under.store.users.countAdmins()).toBe(admins + 1);
    });

    it("keeps each rename in the public profile history, which cannot be rewritten", async () => {
      const user = await buildUser(under.store, { name: "Agus" });
      await under.store.users.updateProfile(user.id, { name: "Agus Salim", affiliation: "ICEL" });
      const history = await under.store.profileHistory.forUser(user.id);
      expect(history.map((h) => [h.field, h.oldValue, h.newValue])).toEqual(
        expect.arrayContaining([
          ["name", "Agus", "Agus Salim"],
          ["affiliation", "", "ICEL"],
        ]),
      );
      await expect(
        under.store.db.run("DELETE FROM profile_changes WHERE user_id = ?", [user.id]),
      ).rejects.toThrow(/append-only/);
    });

    it("finds a session until it is swept after expiring", async () => {
      const user = await buildUser(under.store);
      const live = {
        tokenHash: randomUUID(),
        userId: user.id,
        createdAt: at(0),
        expiresAt: at(30),
      };
      const expired = { ...live, tokenHash: randomUUID(), expiresAt: at(5) };
      await under.store.sessions.insert(live);
      await under.store.sessions.insert(expired);
      await under.store.sessions.deleteExpired(at(10));
      expect(await under.store.sessions.find(live.tokenHash)).toEqual(live);
      expect(await under.store.sessions.find(expired.tokenHash)).toBeUndefined();
    });

    it("adds a member once however often asked, and lists organisations by name", async () => {
      const user = await buildUser(under.store, { name: "Rina" });
      const id = randomUUID();
      await under.store.organisations.insert({
        id,
        name: "Yayasan Bina Desa",
        kind: "civil_society",
        verifiedAt: null,
        verifiedBy: null,
        createdAt: at(0),
      });
      await under.store.organisations.addMember(id, user.id, at(1));
      await under.store.organisations.addMember(id, user.id, at(2));
      expect(await under.store.organisations.members(id)).toEqual([
        expect.objectContaining({ id: user.id, name: "Rina" }),
      ]);
      expect(await under.store.organisations.removeMember(id, user.id)).toBe(true);
      expect(await under.store.organisations.removeMember(id, user.id)).toBe(false);
    });

    it("grants, changes and lists document roles", async () => {
      const documentId = await buildDocument(under.store, randomUUID());
      const owner = await buildUser(under.store, { name: "Budi" });
      const grant = { documentId, grantedBy: null, grantedAt: at(0) };
      await under.store.roles.put({ ...grant, userId: owner.id, role: "reviewer" });
      await under.store.roles.put({ ...grant, userId: owner.id, role: "owner" });
      expect(await under.store.roles.roleOf(documentId, owner.id)).toBe("owner");
      expect(await under.store.roles.forUser(owner.id)).toEqual([{ documentId, role: "owner" }]);
      expect(await under.store.roles.forDocument(documentId)).toEqual([
        { userId: owner.id, name: "Budi", email: owner.email, role: "owner" },
      ]);
    });

    it("revokes an inviter's pending invitations on one document or on all of them", async () => {
      const inviter = await buildUser(under.store);
      const documents = [
        await buildDocument(under.store, randomUUID()),
        await buildDocument(under.store, randomUUID()),
      ];
      const invite = async (documentId: string): Promise<InvitationRecord> => {
        const record: InvitationRecord = {
          id: randomUUID(),
          tokenHash: randomUUID(),
          documentId,
          email: "tamu@example.test",
          role: "reviewer",
          invitedBy: inviter.id,
          createdAt: at(0),
          expiresAt: at(50),
          acceptedAt: null,
          acceptedBy: null,
          revokedAt: null,
          revokedReason: null,
        };
        await under.store.invitations.insert(record);
        return record;
      };
      for (const documentId of [...documents, ...documents]) await invite(documentId);
      expect(
        await under.store.invitations.revokePendingFrom(
          inviter.id,
          documents[0] ?? "",
          at(2),
          "inviter_lost_access",
        ),
      ).toBe(2);
      expect(
        await under.store.invitations.revokePendingFrom(
          inviter.id,
          null,
          at(3),
          "inviter_disabled",
        ),
      ).toBe(2);
      const left = await under.store.invitations.find(
        (await under.store.invitations.openForDocument(documents[1] ?? "", at(4)))[0]?.id ?? "",
      );
      expect(left).toMatchObject({ revokedAt: at(3), revokedReason: "inviter_disabled" });
    });
  },
);
