import { afterEach, describe, expect, test } from "vitest";
import { CloseCode } from "../../shared/protocol/index.ts";
import { joinDocument } from "../utils/collabClient.ts";
import { requestAs } from "../utils/comments.ts";
import { eventually } from "../utils/eventually.ts";
import { EventStreamReader } from "../utils/eventStream.ts";
import {
  createPerson,
  grantRole,
  revokeRole,
  signInAgain,
  type TestPerson,
} from "../utils/people.ts";
import { RawCollabSocket } from "../utils/rawSocket.ts";
import { RembukServer } from "../utils/rembukServer.ts";
import { tearDown } from "../utils/teardown.ts";

afterEach(tearDown);

/** A person's live page on a draft: its collaboration socket and its comment event stream. */
async function openPage(server: RembukServer, documentId: string, cookie: string) {
  return {
    socket: await RawCollabSocket.open(server.collabUrl, documentId, { cookie }),
    stream: await EventStreamReader.open(server, cookie, `/api/documents/${documentId}/events`),
  };
}

/** Asks as the test administrator, and expects success. */
async function asAdmin(server: RembukServer, method: string, path: string, body?: unknown) {
  const response = await requestAs(server, server.sessionCookie, method, path, body);
  if (!response.ok)
    throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`);
  return response.status === 204 ? undefined : response.json();
}

/** A draft (owned by the test administrator) and a drafter on it. */
async function draftWithDrafter(server: RembukServer): Promise<[string, TestPerson]> {
  const documentId = await server.createDocument();
  const drafter = await createPerson(server, "Sari Drafter");
  await grantRole(server, documentId, drafter, "drafter");
  return [documentId, drafter];
}

describe("every change to who may read reaches open sockets and event streams at once", () => {
  test("signing out on one device closes that session's socket and stream, and only those", async () => {
    const server = await RembukServer.start();
    const [documentId, drafter] = await draftWithDrafter(server);
    const laptop = await openPage(server, documentId, drafter.cookie);
    const phoneCookie = await signInAgain(server, drafter);
    const phone = await openPage(server, documentId, phoneCookie);

    const response = await requestAs(server, drafter.cookie, "POST", "/api/auth/logout");
    expect(response.status).toBe(204);
    expect((await laptop.socket.closedBy()).code).toBe(CloseCode.unauthenticated);
    await laptop.stream.endedBy();

    // The phone still follows the draft live.
    const owner = await joinDocument(server.collabUrl, documentId, { name: "Pemilik" });
    owner.text.insert(0, "Pasal 1 berlaku.");
    await eventually("the phone still receives the draft", async () =>
      expect(new TextDecoder().decode(await phone.socket.fetchState())).toContain("Pasal 1"),
    );
    expect(phone.socket.isOpen).toBe(true);
    expect(phone.stream.isOpen).toBe(true);
  });

  test("signing out everywhere and being disabled close every socket and stream of that person", async () => {
    const server = await RembukServer.start();
    const [documentId, drafter] = await draftWithDrafter(server);
    const page = await openPage(server, documentId, drafter.cookie);
    expect(
      (await requestAs(server, drafter.cookie, "POST", "/api/auth/logout-everywhere")).status,
    ).toBe(204);
    expect((await page.socket.closedBy()).code).toBe(CloseCode.unauthenticated);
    await page.stream.endedBy();

    const reviewer = await createPerson(server, "Rina Reviewer");
    await grantRole(server, documentId, reviewer, "reviewer");
    const reviewing = await openPage(server, documentId, reviewer.cookie);
    await asAdmin(server, "PATCH", `/api/admin/users/${reviewer.id}`, { disabled: true });
    expect((await reviewing.socket.closedBy()).code).toBe(CloseCode.unauthenticated);
    await reviewing.stream.endedBy();
  });

  test("an administrator who is demoted loses the socket and stream of a draft they hold no role on", async () => {
    const server = await RembukServer.start();
    const documentId = await server.createDocument();
    const moderator = await createPerson(server, "Mira Moderator", { isAdmin: true });
    const page = await openPage(server, documentId, moderator.cookie);

    await asAdmin(server, "PATCH", `/api/admin/users/${moderator.id}`, { isAdmin: false });
    expect((await page.socket.closedBy()).code).toBe(CloseCode.forbidden);
    await page.stream.endedBy();
    const again = await requestAs(server, moderator.cookie, "GET", `/api/documents/${documentId}`);
    expect(again.status).toBe(404);
  });

  test("a role revoked closes the socket and the stream; a role lowered makes the socket reconnect read-only", async () => {
    const server = await RembukServer.start();
    const [documentId, drafter] = await draftWithDrafter(server);
    const page = await openPage(server, documentId, drafter.cookie);
    await grantRole(server, documentId, drafter, "observer");
    expect((await page.socket.closedBy()).code).toBe(CloseCode.accessChanged);
    expect(page.stream.isOpen).toBe(true);

    const reading = await openPage(server, documentId, drafter.cookie);
    await revokeRole(server, documentId, drafter);
    expect((await reading.socket.closedBy()).code).toBe(CloseCode.forbidden);
    await reading.stream.endedBy();
    await page.stream.endedBy();
  });

  test("a participant who leaves their organisation, or whose organisation is no longer verified, loses the round's stream", async () => {
    const server = await RembukServer.start();
    const documentId = await server.createDocument();
    const forum = (await asAdmin(server, "POST", "/api/organisations", {
      name: "Forum Warga Sukamaju",
      kind: "civil_society",
    })) as { id: string };
    const verification = `/api/admin/organisations/${forum.id}/verification`;
    await asAdmin(server, "POST", verification, { verified: true });
    const wulan = await createPerson(server, "Wulan Warga", { organisationId: forum.id });
    const joko = await createPerson(server, "Joko Warga", { organisationId: forum.id });
    await asAdmin(server, "POST", `/api/documents/${documentId}/rounds`, {
      title: "Rancangan Perda — konsultasi",
      summary: "Untuk masukan warga.",
      closesAt: new Date(Date.now() + 2 * 60 * 60 * 1000).toISOString(),
      audience: "open",
    });
    const path = `/api/documents/${documentId}/rounds/1/events`;
    const wulanStream = await EventStreamReader.open(server, wulan.cookie, path);
    const jokoStream = await EventStreamReader.open(server, joko.cookie, path);

    await asAdmin(server, "DELETE", `/api/admin/organisations/${forum.id}/members/${joko.id}`);
    await jokoStream.endedBy();
    expect(wulanStream.isOpen).toBe(true);

    await asAdmin(server, "POST", verification, { verified: false });
    await wulanStream.endedBy();
    const refused = await requestAs(server, wulan.cookie, "GET", path);
    expect(refused.status).toBe(404);
  });
});
