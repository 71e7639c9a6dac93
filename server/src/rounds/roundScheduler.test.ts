import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { roundOpener } from "../commands/roundOpener.ts";
import { openStore, type Store } from "../store/index.ts";
import { seedDraftText } from "../test/anchors.ts";
import { TestClock } from "../test/clock.ts";
import {
  buildDocument,
  buildLiveDrafts,
  buildStore,
  buildUser,
  silentLogger,
} from "../test/factories.ts";
import { RoundEvents } from "./roundEvents.ts";
import { RoundScheduler } from "./roundScheduler.ts";
import type { SealStage } from "./roundSealer.ts";

const HOUR = 60 * 60 * 1000;

describe("the round scheduler", () => {
  let store: Awaited<ReturnType<typeof buildStore>>;
  let documentId: string;
  const seals: SealStage[] = [];
  const sealer = {
    seal: async (_d: string, _r: number, stage: SealStage) => void seals.push(stage),
  };

  beforeEach(async () => {
    seals.length = 0;
    store = await buildStore();
    documentId = await buildDocument(store);
    await seedDraftText(store, documentId, ["Pasal 1 Tarif parkir ditetapkan oleh Wali Kota."]);
  });
  afterEach(() => store.cleanup());

  /** Opens round 1 at `clock`'s time, closing `closesIn` later. */
  async function openRound(clock: TestClock, closesIn: number, opensIn = 0) {
    const live = buildLiveDrafts(store);
    const document = await store.documents.find(documentId);
    if (!document) throw new Error("no document");
    try {
      const { round } = await roundOpener({
        store,
        liveDrafts: live.liveDrafts,
        events: new RoundEvents(),
        document,
        drafter: await buildUser(store, { name: "Budi" }),
        input: {
          title: "Konsultasi 1",
          summary: "Versi pertama.",
          opensAt: opensIn ? clock.isoIn(opensIn) : undefined,
          closesAt: clock.isoIn(closesIn),
          timeZone: "Asia/Jakarta",
          audience: "open",
          organisationIds: [],
        },
        now: clock.now(),
      });
      return round;
    } finally {
      await live.close();
    }
  }

  function schedulerOver(s: Store, clock: TestClock, events = new RoundEvents()) {
    return new RoundScheduler({ store: s, clock, events, sealer, log: silentLogger });
  }

  it("closes, on start after a restart, a round whose closesAt passed while the server was down", async () => {
    const clock = new TestClock();
    const round = await openRound(clock, 2 * HOUR);
    // The server goes down; it comes back three hours later, on the same database file.
    await store.close();
    const reopened = await openStore(store.location);
    try {
      clock.advance(3 * HOUR);
      const scheduler = schedulerOver(reopened, clock);
      await scheduler.start();
      const closed = await reopened.rounds.find(documentId, 1);
      expect(closed).toMatchObject({ closedAt: round.closesAt, closedBy: null, closeReason: null });
      expect(seals).toEqual(["closed"]);
      expect(clock.pending).toBe(0);
      await scheduler.stop();
    } finally {
      await reopened.close();
    }
  });

  it("closes an open round when its closesAt comes, telling open pages at opening and closing", async () => {
    const clock = new TestClock();
    const events = new RoundEvents();
    const news: string[] = [];
    events.subscribe(documentId, (at) => news.push(at));
    await openRound(clock, 3 * HOUR, HOUR);
    const scheduler = schedulerOver(store, clock, events);
    await scheduler.start();
    expect((await store.rounds.find(documentId, 1))?.closedAt).toBeNull();

    clock.advance(HOUR);
    await scheduler.idle();
    expect(news).toHaveLength(1);
    expect((await store.rounds.find(documentId, 1))?.closedAt).toBeNull();

    clock.advance(2 * HOUR - 1);
    await scheduler.idle();
    expect((await store.rounds.find(documentId, 1))?.closedAt).toBeNull();
    clock.advance(1);
    await scheduler.idle();
    expect((await store.rounds.find(documentId, 1))?.closedAt).toBe(clock.now().toISOString());
    expect(news).toHaveLength(2);
    expect(seals).toEqual(["closed"]);
    await scheduler.stop();
  });

  it("seals what was left unsealed in its first pass, after closing what is overdue, and once", async () => {
    const clock = new TestClock();
    await openRound(clock, 2 * HOUR);
    clock.advance(3 * HOUR);
    const sealedFirst: string[] = [];
    const scheduler = new RoundScheduler({
      store,
      clock,
      events: new RoundEvents(),
      sealer,
      sealUnsealed: async () => void sealedFirst.push(`unsealed after ${seals.join()}`),
      log: silentLogger,
    });
    await scheduler.start();
    await scheduler.reschedule();
    expect(sealedFirst).toEqual(["unsealed after closed"]);
    await scheduler.stop();
  });

  it("seals a round that another process closed at its closesAt but died before sealing", async () => {
    const clock = new TestClock();
    const round = await openRound(clock, 2 * HOUR);
    const scheduler = schedulerOver(store, clock);
    await scheduler.start();
    // The other process closes it and dies: no seal, and this process's timer finds it closed.
    await store.rounds.close(round.id, { at: round.closesAt, by: null, reason: null });
    clock.advance(2 * HOUR);
    await scheduler.idle();
    expect(seals).toEqual(["closed"]);
    await scheduler.stop();
  });
});
