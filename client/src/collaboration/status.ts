/** What the connection to the collaboration server looks like to the person editing. */
export type ConnectionState = "connecting" | "connected" | "reconnecting" | "offline";

/**
 * Where the person's own changes are: `unknown` before the server confirmed anything and nothing
 * is pending, `saving` while a change is on its way (to the server, or to this device's storage
 * while offline), `saved` once the server confirmed it holds everything, `unsavedOffline` when
 * changes are safe on this device but not yet on the server.
 */
export type SaveState = "unknown" | "saving" | "saved" | "unsavedOffline";

/** A permanent refusal from the server (close code 4400–4499); the provider stops retrying. */
export interface ClosedByServer {
  code: number;
  reason: string;
}

/** Everything the document screen shows about connection and saving. */
export interface CollaborationStatus {
  connection: ConnectionState;
  save: SaveState;
  closed: ClosedByServer | null;
}

/** Raw connection facts, gathered from the provider and the browser. */
export interface ConnectionFacts {
  browserOnline: boolean;
  socketOpen: boolean;
  synced: boolean;
  everSynced: boolean;
  failedAttempts: number;
}

/** Consecutive failed connection attempts after which we call it "offline" rather than "trying". */
export const OFFLINE_AFTER_FAILED_ATTEMPTS = 3;

/** Turns connection facts into the single state the status line shows. */
export function deriveConnectionState(facts: ConnectionFacts): ConnectionState {
  if (!facts.browserOnline) return "offline";
  if (facts.socketOpen && facts.synced) return "connected";
  if (facts.failedAttempts >= OFFLINE_AFTER_FAILED_ATTEMPTS) return "offline";
  return facts.everSynced ? "reconnecting" : "connecting";
}

/** Raw saving facts, kept by the save tracker. */
export interface SaveFacts {
  /** Some local change has not been confirmed by the server yet. */
  dirty: boolean;
  /** Every pending local change is known to be written to this device's storage. */
  keptLocally: boolean;
  /** The server has confirmed a save check during this visit. */
  everConfirmed: boolean;
}

/**
 * Turns saving facts into what the status line shows. "All changes saved" appears only after
 * the server acknowledged a check sent after the latest local change.
 */
export function deriveSaveState(facts: SaveFacts, connection: ConnectionState): SaveState {
  if (!facts.dirty) return facts.everConfirmed ? "saved" : "unknown";
  if (connection === "connected") return "saving";
  return facts.keptLocally ? "unsavedOffline" : "saving";
}
