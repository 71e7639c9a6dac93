import { randomUUID } from "node:crypto";

/** Receives one message another process published on a channel. */
export type BusHandler = (payload: Uint8Array, fromNode: string) => void;

/**
 * Messages between the Rembuk processes that serve one store (scale-out): edits and presence
 * of a document, comment and round news, access changes. Delivery is best effort — a message
 * can be lost (Redis pub/sub drops what arrives while a link is down) — so whoever relies on
 * it must repair gaps from the store (see `onReconnect`). The store stays the truth; the bus
 * only makes others hear of it sooner.
 */
export interface ClusterBus {
  /** This process, unique per start. */
  readonly nodeId: string;
  /** Whether other processes may be listening (false: this process is alone). */
  readonly shared: boolean;
  /** Sends `payload` to every other process subscribed to `channel`; never back to this one. */
  publish(channel: string, payload: Uint8Array): void;
  /** Receives what other processes publish on `channel`; call the returned function to stop. */
  subscribe(channel: string, handler: BusHandler): () => void;
  /**
   * Runs `handler` each time the link to the other processes came back after a break, when
   * messages may have been lost meanwhile; listeners repair from the store.
   */
  onReconnect(handler: () => void): () => void;
  close(): Promise<void>;
}

/** The bus of a process that is alone (embedded SQLite): nobody else to tell. */
export class LocalBus implements ClusterBus {
  readonly nodeId = randomUUID();
  readonly shared = false;
  publish(): void {}
  subscribe(): () => void {
    return () => undefined;
  }
  onReconnect(): () => void {
    return () => undefined;
  }
  async close(): Promise<void> {}
}
