import { afterEach, describe, expect, it, vi } from "vitest";
import { MemoryBusHub } from "../test/memoryBus.ts";
import { AccessEvents } from "./accessEvents.ts";
import type { ConnectionKind, LiveConnection } from "./liveConnection.ts";

/** A connection that records what was done to it. */
function connection(props: Partial<LiveConnection> & { kind?: ConnectionKind } = {}) {
  const log: string[] = [];
  const c: LiveConnection = {
    kind: "socket",
    userId: "sari",
    sessionTokenHash: "laptop",
    sessionExpiresAt: "2030-01-01T00:00:00.000Z",
    documentId: "perda",
    recheck: async () => {
      log.push("recheck");
    },
    end: () => log.push("end"),
    ...props,
  };
  return { c, log };
}

afterEach(() => vi.useRealTimers());

describe("access events", () => {
  it("ends exactly the connections of the session that signed out", async () => {
    const events = new AccessEvents();
    const laptop = connection();
    const phone = connection({ sessionTokenHash: "phone" });
    await events.open(laptop.c, performance.now());
    await events.open(phone.c, performance.now());
    events.sessionEnded("laptop");
    expect(laptop.log).toEqual(["end"]);
    expect(phone.log).toEqual([]);
    expect(events.countOf("sari", "socket")).toBe(1);
  });

  it("rechecks only the person's connections on the changed document, and all of them when their site access changes", async () => {
    const events = new AccessEvents();
    const perda = connection();
    const other = connection({ documentId: "perwali", kind: "stream" });
    const someoneElse = connection({ userId: "budi" });
    for (const { c } of [perda, other, someoneElse]) await events.open(c, performance.now());
    events.documentAccessChanged("perda", "sari");
    expect([perda.log, other.log, someoneElse.log]).toEqual([["recheck"], [], []]);
    events.userAccessChanged("sari");
    expect([perda.log, other.log, someoneElse.log]).toEqual([
      ["recheck", "recheck"],
      ["recheck"],
      [],
    ]);
  });

  it("refuses a connection whose session ended while it was being admitted, and rechecks one whose access changed meanwhile", async () => {
    const events = new AccessEvents();
    const checkedFrom = performance.now();
    events.sessionEnded("laptop");
    events.documentAccessChanged("perda", "budi");
    expect(await events.open(connection().c, checkedFrom)).toEqual({
      admitted: false,
      reason: "signedOut",
    });
    const budi = connection({ userId: "budi", sessionTokenHash: "budi-phone" });
    expect((await events.open(budi.c, checkedFrom)).admitted).toBe(true);
    expect(budi.log).toEqual(["recheck"]);
    // Admitted after the change: nothing to catch up on.
    const later = connection({ userId: "budi", sessionTokenHash: "budi-laptop" });
    await events.open(later.c, performance.now());
    expect(later.log).toEqual([]);
  });

  it("caps each kind of connection per account, and frees a place when one closes", async () => {
    const events = new AccessEvents({ limits: { socket: 2, stream: 1 } });
    const first = await events.open(connection().c, performance.now());
    await events.open(connection().c, performance.now());
    expect(await events.open(connection().c, performance.now())).toEqual({
      admitted: false,
      reason: "tooMany",
    });
    expect((await events.open(connection({ kind: "stream" }).c, performance.now())).admitted).toBe(
      true,
    );
    expect((await events.open(connection({ userId: "budi" }).c, performance.now())).admitted).toBe(
      true,
    );
    if (first.admitted) first.untrack();
    expect((await events.open(connection().c, performance.now())).admitted).toBe(true);
  });

  it("ends connections whose session expires while they are open", async () => {
    vi.useFakeTimers({ toFake: ["setInterval", "clearInterval", "Date"] });
    vi.setSystemTime(new Date("2026-12-04T08:00:00.000Z"));
    const events = new AccessEvents();
    const expiring = connection({ sessionExpiresAt: "2026-12-04T08:01:30.000Z" });
    const lasting = connection({ sessionTokenHash: "phone" });
    await events.open(expiring.c, performance.now());
    await events.open(lasting.c, performance.now());
    vi.advanceTimersByTime(60_000);
    expect(expiring.log).toEqual([]);
    vi.advanceTimersByTime(60_000);
    expect(expiring.log).toEqual(["end"]);
    expect(lasting.log).toEqual([]);
  });

  it("ends a connection whose recheck fails: when access cannot be checked, that is the safe side", async () => {
    const events = new AccessEvents();
    const failing = connection({ recheck: () => Promise.reject(new Error("disk")) });
    await events.open(failing.c, performance.now());
    events.userAccessChanged("sari");
    await vi.waitFor(() => expect(failing.log).toEqual(["end"]));
    expect(events.countOf("sari", "socket")).toBe(0);
  });

  describe("with other processes on the same store", () => {
    /** Two processes' access events on one bus, over sessions kept in one (pretend) store. */
    function twoProcesses() {
      const hub = new MemoryBusHub();
      const stored = new Set(["laptop", "phone"]);
      const sessions = {
        find: async (tokenHash: string) =>
          stored.has(tokenHash) ? { expiresAt: "2030-01-01T00:00:00.000Z" } : undefined,
      };
      const here = new AccessEvents({ bus: hub.join(), sessions });
      const there = new AccessEvents({ bus: hub.join(), sessions });
      closing.push(here, there);
      return { hub, stored, here, there };
    }
    const closing: AccessEvents[] = [];
    afterEach(() => {
      for (const events of closing.splice(0)) events.close();
    });

    it("applies a change made on another process to the connections here, and nothing twice", async () => {
      const { here, there } = twoProcesses();
      const laptop = connection();
      const phone = connection({ sessionTokenHash: "phone" });
      await here.open(laptop.c, performance.now());
      await there.open(phone.c, performance.now());
      there.sessionEnded("laptop");
      await vi.waitFor(() => expect(laptop.log).toEqual(["end"]));
      there.documentAccessChanged("perda", "sari");
      await vi.waitFor(() => expect(phone.log).toEqual(["recheck"]));
      expect(laptop.log).toEqual(["end"]);
    });

    it("after a lost change, ends the connections whose session is gone and rechecks the rest", async () => {
      const { hub, stored, here, there } = twoProcesses();
      const laptop = connection();
      const phone = connection({ sessionTokenHash: "phone" });
      await here.open(laptop.c, performance.now());
      await here.open(phone.c, performance.now());
      hub.losing = () => true;
      stored.delete("laptop");
      there.sessionEnded("laptop");
      hub.losing = () => false;
      hub.reconnectAll();
      await vi.waitFor(() => expect(laptop.log).toEqual(["end"]));
      await vi.waitFor(() => expect(phone.log).toEqual(["recheck"]));
    });

    it("refuses a connection whose session ended while its place in the shared count was asked for", async () => {
      let answer: (taken: boolean) => void = () => undefined;
      const slots = {
        renewMs: 60_000,
        take: () => new Promise<boolean>((resolve) => (answer = resolve)),
        release: vi.fn(),
        renew: () => undefined,
        close: async () => undefined,
      };
      const events = new AccessEvents({ slots });
      closing.push(events);
      const laptop = connection();
      const opening = events.open(laptop.c, performance.now());
      events.sessionEnded("laptop");
      answer(true);
      expect(await opening).toEqual({ admitted: false, reason: "signedOut" });
      // Its place is given back, here and in the shared count.
      expect(slots.release).toHaveBeenCalledTimes(1);
      expect(events.countOf("sari", "socket")).toBe(0);
    });

    it("ends a connection whose session left the store unannounced at the next minute's sweep", async () => {
      vi.useFakeTimers({ toFake: ["setInterval", "clearInterval"] });
      const { stored, here } = twoProcesses();
      const laptop = connection();
      await here.open(laptop.c, performance.now());
      // A process that deleted the session died before telling anyone.
      stored.delete("laptop");
      vi.advanceTimersByTime(60_000);
      await vi.waitFor(() => expect(laptop.log).toEqual(["end"]));
    });
  });
});
