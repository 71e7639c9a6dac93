import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CloseCode } from "../../../shared/protocol/index.ts";
import { eventually, within } from "../../../tests/utils/eventually.ts";
import { disposeRawSockets, RawCollabSocket } from "../../../tests/utils/rawSocket.ts";
import type { RunningServer } from "../server.ts";
import { type Browser, startTwoProcesses, type TwoProcesses } from "../test/twoProcesses.ts";

/**
 * Two processes on one store, as behind a proxy that spreads a person's tabs over them: a change
 * of access made through one must reach the sockets and event streams held on the other.
 */
describe("access changes across processes", { timeout: 60_000 }, () => {
  let scene: TwoProcesses;
  beforeAll(async () => {
    scene = await startTwoProcesses({ MAX_STREAMS_PER_ACCOUNT: "3" });
  }, 60_000);
  afterAll(async () => {
    disposeRawSockets();
    await scene?.close();
  });

  /** A drafter on a fresh draft, signed in on the first process. */
  async function drafter() {
    const person = await scene.person(scene.first, { name: "Sari Drafter" });
    const documentId = await scene.draft(`draft-${randomUUID()}`, [[person.user.id, "drafter"]]);
    return { ...person, documentId };
  }

  /** Their page on `server`: the draft's collaboration socket and its event stream. */
  async function pageOn(server: RunningServer, browser: Browser, documentId: string) {
    return {
      socket: await RawCollabSocket.open(`ws${server.url.slice(4)}/collab`, documentId, {
        cookie: browser.cookie,
      }),
      stream: await scene.follow(server, browser, `/api/documents/${documentId}/events`),
    };
  }

  /** An administrator changes `userId`'s account through the first process. */
  async function changeAccount(userId: string, change: { disabled?: boolean; isAdmin?: boolean }) {
    const admin = await scene.person(scene.first, { isAdmin: true });
    const res = await admin.browser.request(
      scene.first,
      "PATCH",
      `/api/admin/users/${userId}`,
      change,
    );
    expect(res.ok).toBe(true);
  }

  const ended = (stream: { ended(): Promise<void> }) =>
    within(stream.ended(), 10_000, "the server ending the stream");

  it("takes a cookie signed in on one process on the other (sessions are in the store)", async () => {
    const { browser, user } = await drafter();
    const me = await browser.request(scene.second, "GET", "/api/me");
    expect(me.status).toBe(200);
    expect(await me.json()).toMatchObject({ id: user.id });
  });

  it("signing out on one process closes that session's socket and stream on the other, and only those", async () => {
    const { user, browser: laptop, documentId } = await drafter();
    const onSecond = await pageOn(scene.second, laptop, documentId);
    const phone = await scene.signIn(scene.second, user.email);
    const phonePage = await pageOn(scene.second, phone, documentId);

    expect((await laptop.request(scene.first, "POST", "/api/auth/logout")).status).toBe(204);
    expect((await onSecond.socket.closedBy()).code).toBe(CloseCode.unauthenticated);
    await ended(onSecond.stream);
    // The phone's session stays; its connections on the same process stay open.
    expect((await phone.request(scene.second, "GET", "/api/me")).status).toBe(200);
    expect(phonePage.socket.isOpen).toBe(true);
  });

  it("signing out everywhere, and being disabled, close every connection on the other process", async () => {
    const first = await drafter();
    const page = await pageOn(scene.first, first.browser, first.documentId);
    const post = (path: string) => first.browser.request(scene.second, "POST", path);
    expect((await post("/api/auth/logout-everywhere")).status).toBe(204);
    expect((await page.socket.closedBy()).code).toBe(CloseCode.unauthenticated);
    await ended(page.stream);

    const second = await drafter();
    const reviewing = await pageOn(scene.second, second.browser, second.documentId);
    await changeAccount(second.user.id, { disabled: true });
    expect((await reviewing.socket.closedBy()).code).toBe(CloseCode.unauthenticated);
    await ended(reviewing.stream);
  });

  it("a role lowered on one process makes the socket on the other reconnect; a role revoked closes it and the stream", async () => {
    const { user, browser } = await scene.person(scene.first);
    const owner = await scene.person(scene.first);
    const documentId = await scene.draft(`draft-${randomUUID()}`, [
      [user.id, "drafter"],
      [owner.user.id, "owner"],
    ]);
    const roles = `/api/documents/${documentId}/roles/${user.id}`;
    const page = await pageOn(scene.second, browser, documentId);
    const lower = await owner.browser.request(scene.first, "PUT", roles, { role: "observer" });
    expect(lower.ok).toBe(true);
    expect((await page.socket.closedBy()).code).toBe(CloseCode.accessChanged);

    const reading = await pageOn(scene.second, browser, documentId);
    expect((await owner.browser.request(scene.first, "DELETE", roles)).ok).toBe(true);
    expect((await reading.socket.closedBy()).code).toBe(CloseCode.forbidden);
    await ended(reading.stream);
    await ended(page.stream);
  });

  it("an administrator demoted on one process loses the other's socket on a draft they hold no role on", async () => {
    const moderator = await scene.person(scene.second, { isAdmin: true });
    const documentId = await scene.draft(`draft-${randomUUID()}`, []);
    const page = await pageOn(scene.second, moderator.browser, documentId);
    await changeAccount(moderator.user.id, { isAdmin: false });
    expect((await page.socket.closedBy()).code).toBe(CloseCode.forbidden);
    await ended(page.stream);
  });

  it("caps an account's event streams over both processes, and frees a place when one closes", async () => {
    const { browser, documentId } = await drafter();
    const events = `/api/documents/${documentId}/events`;
    const streams = [
      await scene.follow(scene.first, browser, events),
      await scene.follow(scene.first, browser, events),
      await scene.follow(scene.second, browser, events),
    ];
    const refused = await browser.request(scene.second, "GET", events);
    expect(refused.status).toBe(429);
    expect(await refused.json()).toMatchObject({ error: { id: "too_many_streams" } });
    await streams[0]?.cancel();
    await eventually("a place is free again on the other process", async () => {
      const res = await browser.request(scene.second, "GET", events);
      await res.body?.cancel();
      return res.status === 200;
    });
  });

  it("a sign-out the other process never heard of (Redis away) still closes its connections once the link is back", async () => {
    const { browser, documentId } = await drafter();
    const page = await pageOn(scene.second, browser, documentId);
    await scene.redis.kill();
    expect((await browser.request(scene.first, "POST", "/api/auth/logout")).status).toBe(204);
    await scene.redis.restart();
    expect((await page.socket.closedBy(20_000)).code).toBe(CloseCode.unauthenticated);
    await ended(page.stream);
    // And the link carries changes again (one sent before it was back is noticed as missed).
    const other = await drafter();
    const again = await pageOn(scene.second, other.browser, other.documentId);
    expect((await other.browser.request(scene.first, "POST", "/api/auth/logout")).status).toBe(204);
    expect((await again.socket.closedBy()).code).toBe(CloseCode.unauthenticated);
  });
});
