import type { Logger } from "../logger.ts";
import type { Clock } from "../rounds/clock.ts";
import type { Store, UndeliveredNotification } from "../store/index.ts";
import { digestMail } from "./notificationTexts.ts";

const HOUR_MS = 60 * 60 * 1000;
const DAY_MS = 24 * HOUR_MS;
/** Digests go out at 07:00 Asia/Jakarta (WIB), when the working day starts. */
export const DIGEST_HOUR = 7;
/** Asia/Jakarta is UTC+7 all year: Indonesia keeps no daylight saving time. */
const JAKARTA_OFFSET_MS = 7 * HOUR_MS;
/** `notification_state` entry: the digest time last handled. */
const LAST_DIGEST = "last_digest_at";
/** The store lock sending a digest holds (one sender across processes). */
export const DIGEST_LOCK = "notifications:digest";
/** When another process holds the lock: how soon to look again (it may die half-way). */
const LOCK_RETRY_MS = 60_000;

/** The latest 07:00 Asia/Jakarta at or before `at`. */
export function digestTimeAtOrBefore(at: Date): Date {
  const local = at.getTime() + JAKARTA_OFFSET_MS;
  const today = Math.floor(local / DAY_MS) * DAY_MS + DIGEST_HOUR * HOUR_MS;
  const slot = today <= local ? today : today - DAY_MS;
  return new Date(slot - JAKARTA_OFFSET_MS);
}

/** The first 07:00 Asia/Jakarta after `at`. */
export function nextDigestTime(at: Date): Date {
  return new Date(digestTimeAtOrBefore(at).getTime() + DAY_MS);
}

/**
 * Sends the daily digests: at 07:00 Asia/Jakarta every notification that went out neither by
 * e-mail (people who chose `immediate`) nor in an earlier digest is marked digested, and each
 * person gets ONE outbox e-mail listing those they have not read in the app yet — none when
 * there is nothing new. A digest time missed while the server was down is caught up on start
 * (once, however many days were missed). Time comes from the injectable clock.
 *
 * Every process on one store runs a digest job; the digest is sent under the store lock
 * {@link DIGEST_LOCK} by whichever gets it first, and the others find it sent: one e-mail a
 * person, however many processes.
 */
export class DigestJob {
  private cancelTimer: (() => void) | null = null;
  private cancelRetry: (() => void) | null = null;
  private running: Promise<void> | null = null;
  private stopped = false;

  constructor(
    private readonly deps: {
      store: Store;
      clock: Clock;
      log: Logger;
      publicUrl?: string | undefined;
    },
  ) {}

  /** Catches up a missed digest, then waits for the next 07:00. */
  async start(): Promise<void> {
    this.stopped = false;
    const { notifications } = this.deps.store;
    const due = digestTimeAtOrBefore(this.deps.clock.now());
    const last = await notifications.state(LAST_DIGEST);
    // A new installation starts counting from now: what came before its first digest time
    // goes into that digest.
    if (last === undefined) await notifications.setState(LAST_DIGEST, due.toISOString());
    else if (Date.parse(last) < due.getTime()) await this.runOnce(due);
    this.arm();
  }

  /** Stops waiting and lets a digest under way finish. */
  async stop(): Promise<void> {
    this.stopped = true;
    this.cancelTimer?.();
    this.cancelTimer = null;
    this.cancelRetry?.();
    this.cancelRetry = null;
    await this.idle();
  }

  /** Resolves once no digest is being sent (for tests and shutdown). */
  async idle(): Promise<void> {
    while (this.running) await this.running;
  }

  /** Waits for the first digest time after now (and after `done`, the one just sent). */
  private arm(done?: Date): void {
    if (this.stopped) return;
    const now = this.deps.clock.now();
    // A timer that fires a moment early must not send the same digest twice.
    const at = nextDigestTime(done && done > now ? done : now);
    this.cancelTimer = this.deps.clock.setTimer(() => {
      void this.runOnce(at).finally(() => this.arm(at));
    }, at.getTime() - now.getTime());
  }

  /** Sends the digest due at `due`: everything undelivered until now, one e-mail a person. */
  runOnce(due: Date): Promise<void> {
    const previous = this.running ?? Promise.resolve();
    const current: Promise<void> = previous
      .then(() => this.send(due))
      .catch((error: unknown) => {
        this.deps.log.error({ err: error }, "sending the daily digest failed");
      })
      .finally(() => {
        if (this.running === current) this.running = null;
      });
    this.running = current;
    return current;
  }

  /** Sends the digest due at `due` unless it was sent; retries later when another sender is busy. */
  private async send(due: Date): Promise<void> {
    const handled = await this.deps.store.db.withLock(DIGEST_LOCK, async () => {
      const last = await this.deps.store.notifications.state(LAST_DIGEST);
      if (last === undefined || Date.parse(last) < due.getTime()) await this.mailDigests(due);
      return true;
    });
    if (handled || this.stopped) return;
    this.cancelRetry?.();
    this.cancelRetry = this.deps.clock.setTimer(() => {
      this.cancelRetry = null;
      void this.runOnce(due);
    }, LOCK_RETRY_MS);
  }

  private async mailDigests(due: Date): Promise<void> {
    const { store, clock, publicUrl } = this.deps;
    const at = clock.now().toISOString();
    const byPerson = new Map<string, UndeliveredNotification[]>();
    for (const n of await store.notifications.undelivered(at)) {
      const list = byPerson.get(n.userId) ?? [];
      list.push(n);
      byPerson.set(n.userId, list);
    }
    for (const list of byPerson.values()) {
      // What a person already read in the app is not repeated by e-mail.
      const unread = list.filter((n) => n.readAt === null);
      const first = list[0];
      if (!first) continue;
      const mail = unread.length > 0 ? digestMail(unread, first.email, publicUrl) : null;
      await store.notifications.digest(
        list.map((n) => n.id),
        mail,
        at,
      );
    }
    await store.notifications.setState(LAST_DIGEST, due.toISOString());
  }
}
