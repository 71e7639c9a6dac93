import { randomUUID } from "node:crypto";
import type { ConnectionSlots, Slot } from "./connectionSlots.ts";
import type { ConnectionKind, ConnectionLimits } from "./liveConnection.ts";

/**
 * How many connections of each kind one account may hold open: counted in this process, and —
 * with `slots` (Redis, several processes) — across every process, so a person spread over three
 * processes by the proxy still holds at most the cap in all. This process's own count is taken
 * first and synchronously, so no burst ever passes the cap here even while Redis is away (then
 * each process counts alone, and the slots are written again once it is back).
 */
export class ConnectionCaps {
  /** Connections open or being admitted, per kind and account. */
  private readonly counts = new Map<string, number>();
  /** The slots this process holds in the shared count, renewed until released. */
  private readonly held = new Set<Slot>();
  private readonly renewer: NodeJS.Timeout | undefined;

  constructor(
    private readonly limits: ConnectionLimits,
    private readonly slots?: ConnectionSlots,
  ) {
    if (!slots) return;
    this.renewer = setInterval(() => slots.renew(this.held), slots.renewMs);
    this.renewer.unref();
  }

  /**
   * Reserves a place for one more connection of `userId`'s; resolves to the function that gives
   * it back (once, however often called), or undefined when the account is at its cap.
   */
  async reserve(userId: string, kind: ConnectionKind): Promise<(() => void) | undefined> {
    const key = `${kind}\n${userId}`;
    const limit = this.limits[kind];
    if ((this.counts.get(key) ?? 0) >= limit) return undefined;
    this.counts.set(key, (this.counts.get(key) ?? 0) + 1);
    const slot: Slot = { userId, kind, id: randomUUID() };
    let released = false;
    const release = () => {
      if (released) return;
      released = true;
      const left = (this.counts.get(key) ?? 1) - 1;
      if (left > 0) this.counts.set(key, left);
      else this.counts.delete(key);
      if (this.held.delete(slot)) this.slots?.release(slot);
    };
    if (!this.slots) return release;
    let taken = true;
    try {
      taken = await this.slots.take(slot, limit);
    } catch {
      // Redis unreachable: this process's count alone holds; the renewal writes the slot later.
    }
    if (!taken) {
      release();
      return undefined;
    }
    this.held.add(slot);
    return release;
  }

  close(): void {
    clearInterval(this.renewer);
  }
}
