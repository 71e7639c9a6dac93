import { type ClusterBus, LocalBus } from "../cluster/bus.ts";
import { SequencedChannel } from "../cluster/sequencedChannel.ts";
import { ConnectionCaps } from "./connectionCaps.ts";
import type { ConnectionSlots } from "./connectionSlots.ts";
import {
  type ConnectionKind,
  type ConnectionLimits,
  DEFAULT_CONNECTION_LIMITS,
  type LiveConnection,
  type OpenResult,
} from "./liveConnection.ts";

/** A change to who may read, as it travels between processes. */
export type AccessChange =
  | { kind: "sessionEnded"; sessionTokenHash: string }
  | { kind: "userSessionsEnded"; userId: string }
  | { kind: "documentAccessChanged"; documentId: string; userId: string }
  | { kind: "userAccessChanged"; userId: string };

/** How access events are set up; every field has a default for a process that is alone. */
export interface AccessEventsOptions {
  limits?: ConnectionLimits;
  now?: () => Date;
  /** The other processes on the same store, told of every change made here. */
  bus?: ClusterBus;
  /** Where sessions are kept, to find the ones ended by a change this process never heard of. */
  sessions?: { find(tokenHash: string): Promise<{ expiresAt: string } | undefined> };
  /** Counts each account's connections across processes (Redis), so the caps hold site-wide. */
  slots?: ConnectionSlots;
}

/** How often connections are checked for sessions that expired while they were open. */
const EXPIRY_CHECK_MS = 60_000;

/** Keys of changes remembered for connections being admitted at the time (bounded). */
const REMEMBERED_CHANGES = 10_000;

/**
 * The one place where every change to who may read reaches open connections at once: each
 * socket and event stream is tracked here with the session it was opened with, and every route
 * or command that changes access tells it what changed. A signed-out session, a person signed
 * out everywhere or disabled, and an expired session end their connections; a changed role, a
 * lost administrator flag or organisation (which decides round participation) makes each of
 * the person's affected connections ask its own policy again. It also caps how many
 * connections one account holds open (`ConnectionCaps`: across processes with `slots`).
 *
 * With other processes on the same store (`bus`), every change made here is told to them and
 * theirs reach the connections here, so signing out on one process closes the sockets and
 * streams held on every process. A change that may have been lost on the way (see
 * `SequencedChannel`, also when a process that told of changes falls silent) makes every
 * connection here check its session in the store and ask its policy again; and every minute the
 * sessions of open connections are looked up, so even a process that died between ending a
 * session and telling the others cannot leave one open for long.
 */
export class AccessEvents {
  private readonly connections = new Set<LiveConnection>();
  /** When each kind of change last happened, for connections admitted while it did. */
  private readonly changedAt = new Map<string, number>();
  /** What gives each open connection's place under its account's cap back. */
  private readonly releases = new Map<LiveConnection, () => void>();
  private expiryTimer: NodeJS.Timeout | undefined;
  private readonly caps: ConnectionCaps;
  private readonly now: () => Date;
  private readonly relay: SequencedChannel;
  /** A repair under way (and whether another was asked for meanwhile). */
  private repairing: Promise<void> | undefined;
  private repairAgain = false;

  constructor(private readonly options: AccessEventsOptions = {}) {
    this.caps = new ConnectionCaps(options.limits ?? DEFAULT_CONNECTION_LIMITS, options.slots);
    this.now = options.now ?? (() => new Date());
    this.relay = new SequencedChannel(options.bus ?? new LocalBus(), "access", {
      receive: (payload) => this.relayed(payload),
      missed: () => void this.repair(),
      // A process that fell silent may have died between ending a session and saying so.
      missedWhenSilent: true,
    });
  }

  /**
   * Tracks a connection whose access was checked from `checkedFrom` (`performance.now()`) on.
   * Refuses it when its session ended meanwhile or the account already holds as many
   * connections of its kind as allowed; rechecks it when the person's access changed meanwhile
   * (the check may have read the old state).
   */
  async open(connection: LiveConnection, checkedFrom: number): Promise<OpenResult> {
    const { userId, sessionTokenHash, documentId, kind } = connection;
    const signedOut = () =>
      this.changedSince(checkedFrom, `user:${userId}`, `session:${sessionTokenHash}`);
    if (signedOut()) return { admitted: false, reason: "signedOut" };
    const release = await this.caps.reserve(userId, kind);
    if (!release) return { admitted: false, reason: "tooMany" };
    // The shared count may have taken a moment: a sign-out meanwhile still refuses.
    if (signedOut()) {
      release();
      return { admitted: false, reason: "signedOut" };
    }
    this.connections.add(connection);
    this.releases.set(connection, release);
    this.expiryTimer ??= setInterval(() => this.sweep(), EXPIRY_CHECK_MS).unref();
    if (this.changedSince(checkedFrom, `access:${userId}`, `access:${documentId}\n${userId}`)) {
      this.recheck(connection);
    }
    return { admitted: true, untrack: () => this.untrack(connection) };
  }

  /** One session ended (signed out on one device): its connections end. */
  sessionEnded(sessionTokenHash: string): void {
    this.changed({ kind: "sessionEnded", sessionTokenHash });
  }

  /** A person signed out everywhere or was disabled: every connection of theirs ends. */
  userSessionsEnded(userId: string): void {
    this.changed({ kind: "userSessionsEnded", userId });
  }

  /** A person's role on a document changed or was revoked. */
  documentAccessChanged(documentId: string, userId: string): void {
    this.changed({ kind: "documentAccessChanged", documentId, userId });
  }

  /**
   * Something that decides a person's access beyond one document changed: their administrator
   * flag, an organisation of theirs (verified, unverified, membership removed).
   */
  userAccessChanged(userId: string): void {
    this.changed({ kind: "userAccessChanged", userId });
  }

  /** Stops hearing other processes' changes. */
  close(): void {
    this.relay.close();
    this.caps.close();
    clearInterval(this.expiryTimer);
    this.expiryTimer = undefined;
  }

  /** Ends the connections whose session has expired; runs every minute while any is open. */
  endExpiredSessions(): void {
    const now = this.now().toISOString();
    this.endWhere((c) => c.sessionExpiresAt <= now);
  }

  /** How many connections of a kind a person holds open. */
  countOf(userId: string, kind: ConnectionKind): number {
    let count = 0;
    for (const c of this.connections) if (c.userId === userId && c.kind === kind) count++;
    return count;
  }

  /**
   * Checks every open connection as if its person's access had just changed: connections whose
   * session is no longer in the store end, the others ask their policy again. One at a time;
   * asked for meanwhile, it runs once more after.
   */
  repair(): Promise<void> {
    if (this.repairing) {
      this.repairAgain = true;
      return this.repairing;
    }
    this.repairing = (async () => {
      do {
        this.repairAgain = false;
        await this.endSessionsGone();
        this.recheckWhere(() => true);
      } while (this.repairAgain);
    })().finally(() => {
      this.repairing = undefined;
    });
    return this.repairing;
  }

  /** Applies a change here, and tells the other processes. */
  private changed(change: AccessChange): void {
    this.apply(change);
    this.relay.send(new TextEncoder().encode(JSON.stringify(change)));
  }

  private apply(change: AccessChange): void {
    switch (change.kind) {
      case "sessionEnded":
        this.remember(`session:${change.sessionTokenHash}`);
        this.endWhere((c) => c.sessionTokenHash === change.sessionTokenHash);
        break;
      case "userSessionsEnded":
        this.remember(`user:${change.userId}`);
        this.endWhere((c) => c.userId === change.userId);
        break;
      case "documentAccessChanged":
        this.remember(`access:${change.documentId}\n${change.userId}`);
        this.recheckWhere((c) => c.userId === change.userId && c.documentId === change.documentId);
        break;
      case "userAccessChanged":
        this.remember(`access:${change.userId}`);
        this.recheckWhere((c) => c.userId === change.userId);
        break;
    }
  }

  private relayed(payload: Uint8Array): void {
    try {
      this.apply(JSON.parse(new TextDecoder().decode(payload)) as AccessChange);
    } catch {
      // Only processes publish on the bus; something unreadable is dropped.
    }
  }

  /** Every minute: expired sessions end; with other processes, so do sessions no longer stored. */
  private sweep(): void {
    this.endExpiredSessions();
    if (this.options.bus?.shared) void this.endSessionsGone();
  }

  /** Ends the connections whose session is no longer in the store (ended on another process). */
  private async endSessionsGone(): Promise<void> {
    const { sessions } = this.options;
    if (!sessions) return;
    const now = this.now().toISOString();
    for (const tokenHash of new Set([...this.connections].map((c) => c.sessionTokenHash))) {
      let session: { expiresAt: string } | undefined;
      try {
        session = await sessions.find(tokenHash);
      } catch {
        continue; // The store unreachable: the connections stay, the next sweep looks again.
      }
      if (session && session.expiresAt > now) continue;
      this.remember(`session:${tokenHash}`);
      this.endWhere((c) => c.sessionTokenHash === tokenHash);
    }
  }

  private untrack(connection: LiveConnection): void {
    this.connections.delete(connection);
    this.releases.get(connection)?.();
    this.releases.delete(connection);
    if (this.connections.size === 0 && this.expiryTimer) {
      clearInterval(this.expiryTimer);
      this.expiryTimer = undefined;
    }
  }

  private endWhere(which: (connection: LiveConnection) => boolean): void {
    for (const connection of [...this.connections]) {
      if (!which(connection)) continue;
      this.untrack(connection);
      connection.end();
    }
  }

  private recheckWhere(which: (connection: LiveConnection) => boolean): void {
    for (const connection of this.connections) if (which(connection)) this.recheck(connection);
  }

  /** A recheck that fails ends the connection: when access cannot be checked, that is the safe side. */
  private recheck(connection: LiveConnection): void {
    connection.recheck().catch(() => {
      this.untrack(connection);
      connection.end();
    });
  }

  private remember(key: string): void {
    if (this.changedAt.size > REMEMBERED_CHANGES) this.changedAt.clear();
    this.changedAt.set(key, performance.now());
  }

  private changedSince(from: number, ...keys: string[]): boolean {
    return keys.some((key) => (this.changedAt.get(key) ?? -1) >= from);
  }
}
