import type { Logger } from "../logger.ts";
import type { RoundRecord, Store } from "../store/index.ts";
import type { Clock } from "./clock.ts";
import type { RoundEvents } from "./roundEvents.ts";
import { type RoundSealer, sealRound } from "./roundSealer.ts";

/** The store lock a scheduler pass holds (one pass at a time across processes). */
export const ROUNDS_LOCK = "rounds:schedule";

/** When another process holds the lock: how soon to look again. */
const LOCK_RETRY_MS = 5000;

/**
 * Closes consultation rounds by themselves at `closesAt`, on the server, whether or not anyone
 * is looking, and also across a restart: on `start` every round whose `closesAt` passed while
 * the server was down is closed (recorded with `closedAt = closesAt` and no closer: "closed
 * automatically"). One timer waits for the next moment anything happens (a round opening, so
 * pages refresh, or closing). Opening needs no record: it follows from the time.
 *
 * The first pass also has the sealer seal what was left unsealed (`sealUnsealed`, at start).
 *
 * Several processes on one store each run a scheduler; a pass runs under the store lock
 * {@link ROUNDS_LOCK}, so a round is closed, announced and sealed by one of them, never while
 * another process's start seals what was left unsealed. A process that finds the lock held
 * leaves the pass to the holder and looks again a little later, in case the holder dies before
 * finishing (its lock goes with its connection). A holder dying between closing a round and
 * sealing it leaves the seal to the others' next pass.
 */
export class RoundScheduler {
  private cancelTimer: (() => void) | undefined;
  private running = false;
  /** Everything that happened up to here has been acted on. */
  private checkedUpTo: number;
  /** The pass in progress; passes never overlap. */
  private pass: Promise<void> = Promise.resolve();
  /** Whether this process's sealing of what was left unsealed is still to come. */
  private unsealedToSeal: boolean;
  /** The rounds the last pass here saw open and not yet due, by id. */
  private watched = new Map<string, RoundRecord>();

  constructor(
    private readonly deps: {
      store: Pick<Store, "rounds" | "db">;
      clock: Clock;
      events: RoundEvents;
      sealer?: RoundSealer;
      /** Seals closed rounds left unsealed (e.g. a seal failed); run once, in the first pass. */
      sealUnsealed?: () => Promise<unknown>;
      log: Logger;
    },
  ) {
    this.checkedUpTo = deps.clock.now().getTime();
    this.unsealedToSeal = deps.sealUnsealed !== undefined;
  }

  /** Closes what is overdue and starts waiting for the next round to open or close. */
  start(): Promise<void> {
    this.running = true;
    return this.wake();
  }

  /** Stops waiting; a pass in progress finishes. */
  stop(): Promise<void> {
    this.running = false;
    this.cancelTimer?.();
    this.cancelTimer = undefined;
    return this.pass;
  }

  /** Looks again at every round (call after a round is opened or closed by hand). */
  reschedule(): Promise<void> {
    return this.running ? this.wake() : Promise.resolve();
  }

  /** Resolves once the pass now in progress (if any) is done: for tests. */
  idle(): Promise<void> {
    return this.pass;
  }

  private wake(): Promise<void> {
    this.pass = this.pass
      .then(() => this.runPass())
      .catch((error: unknown) => {
        this.deps.log.error({ err: error }, "closing consultation rounds failed");
        // Try again later rather than never: a round must not stay open for good.
        if (this.running) this.arm(60_000);
      });
    return this.pass;
  }

  private async runPass(): Promise<void> {
    if (!this.running) return;
    const now = this.deps.clock.now();
    const since = this.checkedUpTo;
    this.checkedUpTo = now.getTime();
    const done = await this.deps.store.db.withLock(ROUNDS_LOCK, async () => {
      await this.act(since, now);
      return true;
    });
    // The holder acts on everything up to now; this process checks again later.
    if (!done && this.running) this.arm(LOCK_RETRY_MS);
  }

  /** Closes what is due, announces what opened since `since`, and waits for what comes next. */
  private async act(since: number, now: Date): Promise<void> {
    const { store } = this.deps;
    const rounds = await store.rounds.listNotClosed();
    await this.sealClosedElsewhere(rounds, now);
    this.watched = new Map(
      rounds.filter((r) => Date.parse(r.closesAt) > now.getTime()).map((r) => [r.id, r]),
    );
    let next = Number.POSITIVE_INFINITY;
    for (const round of rounds) {
      const opensAt = Date.parse(round.opensAt);
      const closesAt = Date.parse(round.closesAt);
      if (closesAt <= now.getTime()) {
        await this.closeAutomatically(round);
        continue;
      }
      if (opensAt > since && opensAt <= now.getTime()) this.deps.events.publish(round.documentId);
      if (opensAt > now.getTime()) next = Math.min(next, opensAt);
      next = Math.min(next, closesAt);
    }
    if (this.unsealedToSeal) {
      await this.deps.sealUnsealed?.();
      this.unsealedToSeal = false;
    }
    if (Number.isFinite(next) && this.running) this.arm(next - now.getTime());
  }

  /**
   * Has the sealer seal each round this process was waiting on that another process closed at
   * its closesAt: should that process have died between closing and sealing, the round is
   * sealed now rather than at the next start. The sealer adds nothing to a sealed record.
   */
  private async sealClosedElsewhere(open: RoundRecord[], now: Date): Promise<void> {
    const stillOpen = new Set(open.map((round) => round.id));
    for (const round of this.watched.values()) {
      if (stillOpen.has(round.id) || Date.parse(round.closesAt) > now.getTime()) continue;
      await this.seal(round);
    }
  }

  private arm(ms: number): void {
    this.cancelTimer?.();
    this.cancelTimer = this.deps.clock.setTimer(() => {
      this.cancelTimer = undefined;
      void this.wake();
    }, ms);
  }

  private async closeAutomatically(round: RoundRecord): Promise<void> {
    const closed = await this.deps.store.rounds.close(round.id, {
      at: round.closesAt,
      by: null,
      reason: null,
    });
    if (!closed) return;
    this.deps.log.info(
      { documentId: round.documentId, round: round.number },
      "consultation round closed automatically",
    );
    this.deps.events.publish(round.documentId);
    await this.seal(round);
  }

  private seal(round: RoundRecord): Promise<void> {
    return sealRound({
      sealer: this.deps.sealer,
      documentId: round.documentId,
      round: round.number,
      stage: "closed",
      onError: (error) => this.deps.log.error({ err: error }, "sealing a closed round failed"),
    });
  }
}
