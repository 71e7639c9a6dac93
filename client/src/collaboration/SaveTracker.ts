import * as decoding from "lib0/decoding";
import type { WebsocketProvider } from "y-websocket";
import type * as Y from "yjs";
import { MessageType, SyncMessageType } from "../../../shared/protocol/index.ts";
import { encodeSaveCheck, readSavedNonce } from "./saveProtocol.ts";
import type { SaveFacts } from "./status.ts";

/** `WebSocket.OPEN`, spelled out so the tracker also runs where there is no WebSocket global. */
const SOCKET_OPEN = 1;

/** How long to wait after the last local change before asking the server to confirm it. */
export const SAVE_CHECK_DEBOUNCE_MS = 150;

/** Where the tracker keeps "this device has changes the server has not confirmed" across reloads. */
export interface PendingFlagStore {
  read(): boolean;
  write(pending: boolean): void;
}

interface SaveTrackerOptions {
  doc: Y.Doc;
  provider: WebsocketProvider;
  /** Updates from these origins were not made here (they came from the server or local storage). */
  remoteOrigins: readonly unknown[];
  /** Resolves once every update applied so far is written to this device's storage. */
  waitForLocalCopy: () => Promise<void>;
  pendingFlag: PendingFlagStore;
  onChange: () => void;
}

/**
 * Tracks whether the server durably holds this person's changes, using Rembuk's save
 * acknowledgement (`saveCheck` → `saved` with a nonce). A change counts as saved only when the
 * server answered the latest check and nothing changed locally after that check was sent.
 */
export class SaveTracker {
  private readonly options: SaveTrackerOptions;
  private localChanges = 0;
  private changesAtLastCheck = 0;
  private changesConfirmed = 0;
  private changesKeptLocally = 0;
  private pendingFromEarlierVisit: boolean;
  private everConfirmed = false;
  private latestNonce = 0;
  private checkTimer: ReturnType<typeof setTimeout> | null = null;
  private destroyed = false;
  private readonly originalSyncHandler: WebsocketProvider["messageHandlers"][number] | undefined;

  constructor(options: SaveTrackerOptions) {
    this.options = options;
    this.pendingFromEarlierVisit = options.pendingFlag.read();
    const { doc, provider } = options;
    provider.messageHandlers[MessageType.saved] = (_encoder, decoder) => this.handleSaved(decoder);
    // After answering the server's sync step 1 we have just sent it our offline changes; ask
    // for a confirmation that covers them.
    this.originalSyncHandler = provider.messageHandlers[MessageType.sync];
    provider.messageHandlers[MessageType.sync] = (encoder, decoder, ...rest) => {
      const isStep1 = decoding.peekVarUint(decoder) === SyncMessageType.step1;
      this.originalSyncHandler?.(encoder, decoder, ...rest);
      if (isStep1 && rest[1]) this.scheduleCheck();
    };
    // Registered after the provider's own listener, so the update is on the socket before the
    // check that must cover it.
    doc.on("update", this.handleUpdate);
    provider.on("sync", this.handleSync);
  }

  /** The facts the status line is derived from. */
  facts(): SaveFacts {
    return {
      dirty: this.pendingFromEarlierVisit || this.localChanges > this.changesConfirmed,
      keptLocally: this.changesKeptLocally >= this.localChanges,
      everConfirmed: this.everConfirmed,
    };
  }

  /** Asks the server to confirm soon, e.g. once local storage finished loading. */
  scheduleCheck(): void {
    if (this.destroyed) return;
    if (this.checkTimer !== null) clearTimeout(this.checkTimer);
    this.checkTimer = setTimeout(() => {
      this.checkTimer = null;
      this.sendCheck();
    }, SAVE_CHECK_DEBOUNCE_MS);
  }

  /** Stops listening; the provider and doc are destroyed by their owner. */
  destroy(): void {
    this.destroyed = true;
    if (this.checkTimer !== null) clearTimeout(this.checkTimer);
    this.options.doc.off("update", this.handleUpdate);
    this.options.provider.off("sync", this.handleSync);
  }

  private readonly handleUpdate = (_update: Uint8Array, origin: unknown) => {
    if (origin === this.options.provider || this.options.remoteOrigins.includes(origin)) return;
    this.localChanges += 1;
    const changeNumber = this.localChanges;
    this.options.pendingFlag.write(true);
    this.options.onChange();
    this.options.waitForLocalCopy().then(
      () => {
        if (this.destroyed || changeNumber <= this.changesKeptLocally) return;
        this.changesKeptLocally = changeNumber;
        this.options.onChange();
      },
      () => {
        // Local storage unavailable: the change only lives in memory, keep showing "saving".
      },
    );
    if (this.options.provider.wsconnected) this.scheduleCheck();
  };

  private readonly handleSync = (synced: boolean) => {
    if (synced) this.scheduleCheck();
  };

  private sendCheck(): void {
    const { provider } = this.options;
    const socket = provider.ws;
    if (this.destroyed || !provider.wsconnected || socket?.readyState !== SOCKET_OPEN) return;
    this.latestNonce += 1;
    this.changesAtLastCheck = this.localChanges;
    socket.send(encodeSaveCheck(this.latestNonce));
  }

  private handleSaved(decoder: decoding.Decoder): void {
    const nonce = readSavedNonce(decoder);
    if (this.destroyed || nonce !== this.latestNonce) return;
    if (this.changesAtLastCheck !== this.localChanges) return;
    this.changesConfirmed = this.localChanges;
    this.pendingFromEarlierVisit = false;
    this.everConfirmed = true;
    this.options.pendingFlag.write(false);
    this.options.onChange();
  }
}
