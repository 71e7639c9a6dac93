import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { RoundEvents } from "../rounds/roundEvents.ts";
import { RoundScheduler } from "../rounds/roundScheduler.ts";
import { openStore } from "../store/index.ts";
import { silentLogger } from "../test/factories.ts";
import { HOUR } from "../test/roundScene.ts";
import { DigestJob } from "./digestJob.ts";
import { Notifier } from "./notifier.ts";
import { buildNotificationScene } from "./test/notificationScene.ts";

type Scene = Awaited<ReturnType<typeof buildNotificationScene>>;

/**
 * A second server process on the scene's database: its own notifier, digest job and round
 * scheduler, hearing only its own news. On PostgreSQL it has its own store
 * and pool, as another process would; on SQLite, which one process owns, it shares the
 * scene's store and its in-process locks.
 */
async function secondProcess(scene: Scene) {
  const { location } = scene.store;
  const store = location.databaseUrl ? await openStore(location) : scene.store;
  const deps = { store, clock: scene.clock, log: silentLogger, publicUrl: "" };
  const roundEvents = new RoundEvents();
  const announced: string[] = [];
  roundEvents.subscribe(scene.documentId, (at) => announced.push(at));
  const sealed: number[] = [];
  const notifier = new Notifier(deps);
  notifier.follow(roundEvents);
  const digest = new DigestJob(deps);
  const scheduler = new RoundScheduler({
    store,
    clock: scene.clock,
    events: roundEvents,
    sealer: { seal: async (_documentId, round) => void sealed.push(round) },
    log: silentLogger,
  });
  await Promise.all([notifier.start(), digest.start(), scheduler.start()]);
  return {
    announced,
    sealed,
    async settle() {
      for (let i = 0; i < 3; i += 1) {
        await Promise.all([scheduler.idle(), notifier.idle(), digest.idle(), scene.settle()]);
      }
    },
    async stop() {
      await Promise.all([scheduler.stop(), notifier.stop(), digest.stop()]);
      if (store !== scene.store) await store.close();
    },
  };
}

describe.each(["sqlite", "postgres"])(
  "scheduled work with two processes on %s",
  { timeout: 20_000 },
  (backend) => {
    let scene: Scene;
    let other: Awaited<ReturnType<typeof secondProcess>>;
    beforeEach(async () => {
      vi.stubEnv("STORE", backend);
      scene = await buildNotificationScene();
      other = await secondProcess(scene);
    });
    afterEach(async () => {
      await other.stop();
      await scene.close();
      vi.unstubAllEnvs();
    });

    /** Moves the clock for both processes and lets both act on it. */
    async function advance(ms: number) {
      await scene.advance(ms);
      await other.settle();
    }

    it("sends each person one daily digest", async () => {
      await scene.commented(scene.as.reviewer, "Tarif parkir", "Mohon dibedakan per zona.");
      await other.settle();
      await advance(22 * HOUR);
      const mails = (await scene.outbox()).map((m) => m.to_email).sort();
      expect(mails).toEqual(["drafter@x.test", "owner@x.test"]);
      // The process that found the digest being sent looks again later and finds it sent.
      await advance(HOUR);
      expect(await scene.outbox()).toHaveLength(2);
    });

    it("closes a round once: one announcement, one seal, one closing reminder each", async () => {
      let announcedHere = 0;
      scene.roundEvents.subscribe(scene.documentId, () => {
        announcedHere += 1;
      });
      await scene.openRound({ closesAt: scene.clock.isoIn(48 * HOUR) });
      await other.settle();
      announcedHere = 0;
      other.announced.length = 0;

      await advance(24 * HOUR);
      const reminded = await scene.kinds(scene.as.reviewer);
      expect(reminded.filter((kind) => kind === "round_closing")).toHaveLength(1);

      await advance(24 * HOUR);
      const round = await scene.store.rounds.find(scene.documentId, 1);
      expect(round?.closedAt).toBe(round?.closesAt);
      expect([...scene.seals.map((s) => s.round), ...other.sealed]).toEqual([1]);
      expect(announcedHere + other.announced.length).toBe(1);
    });
  },
);
