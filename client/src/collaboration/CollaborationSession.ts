import { IndexeddbPersistence } from "y-indexeddb";
import { WebsocketProvider } from "y-websocket";
import * as Y from "yjs";
import { COLLAB_PATH, PROTOCOL_VERSION } from "../../../shared/protocol/index.ts";
import { localDatabaseName, pendingFlagStore, waitForLocalCopy } from "./localCopy.ts";
import { SaveTracker } from "./SaveTracker.ts";
import {
  type ClosedByServer,
  type CollaborationStatus,
  deriveConnectionState,
  deriveSaveState,
} from "./status.ts";

/** The WebSocket origin of the page's own host: `ws://host` or `wss://host`. */
export function sameHostWebSocketBase(location: Location = window.location): string {
  const scheme = location.protocol === "https:" ? "wss:" : "ws:";
  return `${scheme}//${location.host}`;
}

/** How a document is opened. */
export interface CollaborationOptions {
  /** The signed-in person's id: copies on this device are kept per account. */
  ownerId: string;
  /**
   * A reader (reviewer, observer) follows the draft live but never sends content: no copy on
   * this device (an old local edit would be offered to the server on every reconnect and
   * refused) and no save tracking.
   */
  readOnly: boolean;
}

/**
 * One open document: the Y.Doc, its copy on this device (IndexedDB), the connection to the
 * collaboration server and the save tracker. Exposes a status snapshot for React's
 * `useSyncExternalStore`.
 */
export class CollaborationSession {
  readonly doc: Y.Doc;
  readonly provider: WebsocketProvider;
  readonly persistence: IndexeddbPersistence | null;
  private readonly saveTracker: SaveTracker | null;
  private readonly listeners = new Set<() => void>();
  private everSynced = false;
  private closed: ClosedByServer | null = null;
  private snapshot: CollaborationStatus;

  constructor(
    documentId: string,
    { ownerId, readOnly }: CollaborationOptions,
    wsBase: string = sameHostWebSocketBase(),
  ) {
    this.doc = new Y.Doc();
    const persistence = readOnly
      ? null
      : new IndexeddbPersistence(localDatabaseName(documentId, ownerId), this.doc);
    this.persistence = persistence;
    // Connects right away, even when offline: the provider keeps retrying with backoff.
    this.provider = new WebsocketProvider(`${wsBase}${COLLAB_PATH}`, documentId, this.doc, {
      params: { protocol: String(PROTOCOL_VERSION) },
    });
    this.saveTracker = persistence
      ? new SaveTracker({
          doc: this.doc,
          provider: this.provider,
          remoteOrigins: [persistence],
          waitForLocalCopy: () => waitForLocalCopy(persistence),
          pendingFlag: pendingFlagStore(documentId, ownerId),
          onChange: this.refresh,
        })
      : null;
    this.snapshot = this.computeSnapshot();
    this.provider.on("status", this.handleStatus);
    this.provider.on("sync", this.handleSync);
    this.provider.on("connection-close", this.refresh);
    this.provider.on("closed", this.handleClosed);
    persistence?.on("synced", this.handleLocalCopyLoaded);
    window.addEventListener("online", this.refresh);
    window.addEventListener("offline", this.refresh);
  }

  /** Subscribes to status changes; returns the unsubscribe function. */
  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** The current status; the same object until something changed. */
  readonly getStatus = (): CollaborationStatus => this.snapshot;

  /** Tries again after the server refused the connection permanently. */
  reconnect(): void {
    this.closed = null;
    this.provider.connect();
    this.refresh();
  }

  /** Closes the connection and local storage and forgets all listeners. */
  destroy(): void {
    window.removeEventListener("online", this.refresh);
    window.removeEventListener("offline", this.refresh);
    this.saveTracker?.destroy();
    this.provider.destroy();
    this.provider.awareness.destroy();
    void this.persistence?.destroy();
    this.doc.destroy();
    this.listeners.clear();
  }

  private readonly handleStatus = ({ status }: { status: string }) => {
    if (status === "connected") this.reannouncePresence();
    this.refresh();
  };

  /**
   * Others dropped our presence when the connection went; re-sending it with the same clock
   * would be ignored by them until the next 15 s renewal, so bump the clock now.
   */
  private reannouncePresence() {
    const { awareness } = this.provider;
    const state = awareness.getLocalState();
    if (state) awareness.setLocalState({ ...state });
  }

  private readonly handleSync = (synced: boolean) => {
    if (synced) this.everSynced = true;
    this.refresh();
  };

  private readonly handleClosed = (event: ClosedByServer) => {
    this.closed = { code: event.code, reason: event.reason };
    this.refresh();
  };

  private readonly handleLocalCopyLoaded = () => {
    // What came from local storage may be news to the server; let it confirm.
    if (this.provider.wsconnected) this.saveTracker?.scheduleCheck();
    this.refresh();
  };

  private computeSnapshot(): CollaborationStatus {
    const connection = deriveConnectionState({
      browserOnline: navigator.onLine,
      socketOpen: this.provider.wsconnected,
      synced: this.provider.synced,
      everSynced: this.everSynced,
      failedAttempts: this.provider.wsUnsuccessfulReconnects,
    });
    return {
      connection,
      save: this.saveTracker ? deriveSaveState(this.saveTracker.facts(), connection) : "unknown",
      closed: this.closed,
    };
  }

  private readonly refresh = () => {
    const next = this.computeSnapshot();
    const previous = this.snapshot;
    if (
      next.connection === previous.connection &&
      next.save === previous.save &&
      next.closed === previous.closed
    ) {
      return;
    }
    this.snapshot = next;
    for (const listener of this.listeners) listener();
  };
}
