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
