/** What kind of live connection: a collaboration socket or a server-sent event stream. */
export type ConnectionKind = "socket" | "stream";

/**
 * A connection that keeps sending a person what they may read for as long as it is open: a
 * collaboration socket or an event stream (comments, rounds). It remembers the session it was
 * opened with, so ending that session ends exactly its connections.
 */
export interface LiveConnection {
  kind: ConnectionKind;
  userId: string;
  /** Hash of the session token the connection was opened with. */
  sessionTokenHash: string;
  /** When that session expires (ISO 8601); the connection ends then. */
  sessionExpiresAt: string;
  /** The document whose news it carries. */
  documentId: string;
  /**
   * Asks the connection's own policy again with the person's current record, and closes (or,
   * for a socket that may no longer edit, downgrades) itself when they lost access.
   */
  recheck(): Promise<void>;
  /** Ends the connection because its session ended (signed out, disabled, expired). */
  end(): void;
}

/** How many connections of each kind one account may hold open at once. */
export type ConnectionLimits = Record<ConnectionKind, number>;

/** What `open` decided: tracked (with the function that stops tracking), or refused and why. */
export type OpenResult =
  | { admitted: true; untrack: () => void }
  | { admitted: false; reason: "signedOut" | "tooMany" };

/** Defaults, when the server is not configured otherwise (see `config.ts`). */
export const DEFAULT_CONNECTION_LIMITS: ConnectionLimits = { socket: 50, stream: 50 };

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
 * connections one account holds open.
 */
export class AccessEvents {
  private readonly connections = new Set<LiveConnection>();
  /** When each kind of change last happened, for connections admitted while it did. */
  private readonly changedAt = new Map<string, number>();
  private expiryTimer: NodeJS.Timeout | undefined;

  constructor(
    private readonly limits: ConnectionLimits = DEFAULT_CONNECTION_LIMITS,
    private readonly now: () => Date = () => new Date(),
  ) {}

  /**
   * Tracks a connection whose access was checked from `checkedFrom` (`performance.now()`) on.
   * Refuses it when its session ended meanwhile or the account already holds as many
   * connections of its kind as allowed; rechecks it when the person's access changed meanwhile
   * (the check may have read the old state).
   */
  open(connection: LiveConnection, checkedFrom: number): OpenResult {
    const { userId, sessionTokenHash, documentId, kind } = connection;
    if (this.changedSince(checkedFrom, `user:${userId}`, `session:${sessionTokenHash}`)) {
      return { admitted: false, reason: "signedOut" };
    }
    if (this.countOf(userId, kind) >= this.limits[kind]) {
      return { admitted: false, reason: "tooMany" };
    }
    this.connections.add(connection);
    this.expiryTimer ??= setInterval(() => this.endExpiredSessions(), EXPIRY_CHECK_MS).unref();
    if (this.changedSince(checkedFrom, `access:${userId}`, `access:${documentId}\n${userId}`)) {
      this.recheck(connection);
    }
    return { admitted: true, untrack: () => this.untrack(connection) };
  }

  /** One session ended (signed out on one device): its connections end. */
  sessionEnded(sessionTokenHash: string): void {
    this.remember(`session:${sessionTokenHash}`);
    this.endWhere((c) => c.sessionTokenHash === sessionTokenHash);
  }

  /** A person signed out everywhere or was disabled: every connection of theirs ends. */
  userSessionsEnded(userId: string): void {
    this.remember(`user:${userId}`);
    this.endWhere((c) => c.userId === userId);
  }

  /** A person's role on a document changed or was revoked. */
  documentAccessChanged(documentId: string, userId: string): void {
    this.remember(`access:${documentId}\n${userId}`);
    this.recheckWhere((c) => c.userId === userId && c.documentId === documentId);
  }

  /**
   * Something that decides a person's access beyond one document changed: their administrator
   * flag, an organisation of theirs (verified, unverified, membership removed).
   */
  userAccessChanged(userId: string): void {
    this.remember(`access:${userId}`);
    this.recheckWhere((c) => c.userId === userId);
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

  private untrack(connection: LiveConnection): void {
    this.connections.delete(connection);
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
