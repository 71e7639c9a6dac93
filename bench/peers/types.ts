import type * as Y from "yjs";
import type { ServerProcess } from "../lib/serverProcess.ts";

/** One client connection to a server under test. */
export interface PeerClient {
  readonly doc: Y.Doc;
  /** Settles when the client reports its first full sync with the server. */
  readonly synced: Promise<void>;
  destroy(): void;
}

/** A started server under test. */
export interface RunningPeer {
  readonly process: ServerProcess;
  /** Creates (or names) a fresh document on this server. */
  newDocument(): Promise<string>;
  /** Connects one client with its own socket to `documentName`. */
  connect(documentName: string): PeerClient;
}

/** A server the benchmark compares, and how to run it. */
export interface Peer {
  /** Short stable id used in result files. */
  readonly id: string;
  readonly label: string;
  /** What the server stores, and when, in one line for the report. */
  readonly persists: string;
  /** Whether a fresh process finds documents a previous process stored. */
  readonly reloadsFromStorage: boolean;
  /** Starts a fresh process that keeps its data (if any) under `dataDir`. */
  start(dataDir: string): Promise<RunningPeer>;
}
