import * as Y from "yjs";
import { CloseCode } from "../../../shared/protocol/index.ts";
import type { Logger } from "../logger.ts";
import { DocumentPresence } from "./documentPresence.ts";
import {
  type ClientMessage,
  encodeSaved,
  encodeSyncStep1,
  encodeSyncStep2,
  encodeUpdate,
} from "./messageCodec.ts";
import { updateChangesDocument } from "./readOnlyGuard.ts";
import type { UpdateWriter } from "./updateWriter.ts";

/** One open socket on a document, as the document sees it. */
export interface CollabPeer {
  readonly id: string;
  /** The signed-in person behind the socket. */
  readonly userId: string;
  /** Whether this person may change the text; re-evaluated when their role changes. */
  canEdit: boolean;
  /** The account name presence shows for this socket, whatever the client announces. */
  readonly displayName: string;
  /** The person's verified organisation, shown beside their name in presence. */
  readonly organisation?: string | null;
  /** Awareness client ids this peer has announced (ever, on this socket), withdrawn when it leaves. */
  readonly awarenessClients: Set<number>;
  send(frame: Uint8Array): void;
  close(code: number, reason: string): void;
}

/**
 * How a live document tells the other processes on the same store (scale-out) what it stored
 * and who is on it; absent when the process is alone.
 */
export interface DocumentClusterLink {
  /** A change of this process was committed as row `rowId`. */
  stored(update: Uint8Array, rowId: number): void;
  /** This process's sockets changed presence (screened and attributed). */
  presenceChanged(update: Uint8Array): void;
}

/** The origin of changes another process stored: applied and relayed, never stored again. */
const FROM_OTHER_PROCESS = Object.freeze({ fromOtherProcess: true });

/**
 * A document held in memory while people are connected to it: its Y.Doc, its
 * presence (awareness) and its peers.
 *
 * The rule that makes it durable: every change the Y.Doc emits is handed to the
 * update writer, and nothing that carries content leaves the server before the
 * transaction holding every change applied so far has committed. A client can
 * therefore never have seen a change the store does not have.
 */
export class LiveDocument {
  private readonly peers = new Set<CollabPeer>();
  private readonly presence: DocumentPresence;
  /** Settles when every change applied so far is committed. */
  private durable: Promise<unknown> = Promise.resolve();
  /** Changes emitted while a peer's update is being applied, held until it applied cleanly. */
  private held: { update: Uint8Array; origin: unknown }[] | null = null;
  private destroyed = false;
  private cluster: DocumentClusterLink | undefined;

  /**
   * Builds a live document from its stored updates. Throws (and keeps nothing)
   * when one of them cannot be applied, so a failed load is never mistaken for an
   * empty document.
   */
  static fromStored(
    documentId: string,
    stored: Uint8Array[],
    writer: UpdateWriter,
    log: Logger,
    onBroken: (live: LiveDocument) => void,
  ): LiveDocument {
    const doc = new Y.Doc();
    try {
      doc.transact(() => {
        for (const update of stored) Y.applyUpdate(doc, update);
      });
    } catch (error) {
      doc.destroy();
      throw error;
    }
    return new LiveDocument(documentId, doc, writer, log, onBroken);
  }

  private constructor(
    readonly documentId: string,
    readonly doc: Y.Doc,
    private readonly writer: UpdateWriter,
    private readonly log: Logger,
    private readonly onBroken: (live: LiveDocument) => void,
  ) {
    this.presence = new DocumentPresence(doc, this.peers, log);
    this.doc.on("update", this.handleDocUpdate);
  }

  /** From now on tells the other processes what this copy stores and who is on it. */
  linkCluster(link: DocumentClusterLink): void {
    this.cluster = link;
    this.presence.onLocalChange = (update) => link.presenceChanged(update);
  }

  /**
   * Applies changes another process already stored (relayed on the bus or read back from the
   * store to repair a gap) and relays what is new to this process's peers — after everything
   * stored before, like every relay. They are not stored again; what this copy already holds
   * changes nothing.
   */
  applyStored(updates: Uint8Array[]): void {
    if (this.destroyed || updates.length === 0) return;
    try {
      this.doc.transact(() => {
        for (const update of updates) Y.applyUpdate(this.doc, update);
      }, FROM_OTHER_PROCESS);
    } catch (error) {
      // It came from the store, so whatever part was applied is stored already.
      this.log.error({ err: error, documentId: this.documentId }, "a stored update did not apply");
    }
  }

  /** Applies presence another process screened and relays it to this process's peers. */
  applyOtherPresence(update: Uint8Array): void {
    if (!this.destroyed) this.presence.receiveFromOtherProcess(update);
  }

  /** The presence of this process's own peers, for a process that just loaded the document. */
  ownPresence(): Uint8Array | null {
    return this.destroyed ? null : this.presence.encodeOwn();
  }

  /** Who is on the document right now (presence), as the server holds it. */
  get awareness() {
    return this.presence.awareness;
  }

  /** Number of open sockets on this document. */
  get peerCount(): number {
    return this.peers.size;
  }

  /** Every open socket on this document. */
  allPeers(): CollabPeer[] {
    return [...this.peers];
  }

  /** Welcomes a peer: the server's state vector, then everyone's presence. */
  addPeer(peer: CollabPeer): void {
    this.peers.add(peer);
    peer.send(encodeSyncStep1(this.doc));
    this.presence.welcome(peer);
  }

  /** Forgets a peer that left and withdraws its presence. */
  removePeer(peer: CollabPeer): void {
    if (!this.peers.delete(peer)) return;
    this.presence.leave(peer);
  }

  /**
   * Acts on one decoded message from a peer. Throws when the message's content
   * cannot be applied; the caller then closes that peer.
   */
  handle(peer: CollabPeer, message: ClientMessage): void {
    switch (message.kind) {
      case "syncStep1":
        this.sendWhenDurable(peer, encodeSyncStep2(this.doc, message.stateVector));
        return;
      case "update":
        if (peer.canEdit) this.applyFromPeer(peer, message.update);
        else this.refuseReadOnlyChange(peer, message.update);
        return;
      case "awareness":
        this.presence.receive(peer, message.update);
        return;
      case "queryAwareness":
        this.presence.answerQuery(peer);
        return;
      case "saveCheck":
        this.sendWhenDurable(peer, encodeSaved(message.nonce));
        return;
    }
  }

  /**
   * Changes the text on the server's own account (a comment's anchor, an accepted suggestion):
   * `change` runs in one transaction with `origin`, and what it changes is stored and relayed to
   * every peer exactly like a peer's update, so no peer sees it before it is committed. Await
   * `whenDurable()` (then check `isDropped`) before telling anyone it happened. When `change`
   * throws before changing anything, nothing is stored or relayed and the error is rethrown; what
   * it changed before throwing is stored and relayed like the rest, so the store never lacks what
   * this copy holds.
   */
  applyServerChange<T>(origin: object, change: (doc: Y.Doc) => T): T {
    if (this.destroyed) throw new Error(`document ${this.documentId} is no longer loaded`);
    return this.doc.transact(() => change(this.doc), origin);
  }

  /**
   * Whether this copy was dropped: an update could not be stored (or it was unloaded). A change
   * made on it may be lost; its clients resync from the store.
   */
  get isDropped(): boolean {
    return this.destroyed;
  }

  /** Resolves when every change applied so far is committed (or its write failed). */
  whenDurable(): Promise<void> {
    return this.durable.then(
      () => undefined,
      () => undefined,
    );
  }

  /** Frees the document's memory; it must have no peers left. */
  destroy(): void {
    if (this.destroyed) return;
    this.destroyed = true;
    this.doc.off("update", this.handleDocUpdate);
    this.presence.destroy();
    this.doc.destroy();
  }

  /**
   * A read-only peer may send only what changes nothing (the stock client's sync
   * step 2 after connecting); anything else is dropped unapplied and unstored, and
   * the socket is closed with 4403.
   */
  private refuseReadOnlyChange(peer: CollabPeer, update: Uint8Array): void {
    if (!updateChangesDocument(this.doc, update)) return;
    this.log.warn(
      { documentId: this.documentId, userId: peer.userId },
      "read-only socket tried to change the text",
    );
    peer.close(CloseCode.forbidden, "read-only: you may not change this document");
  }

  /**
   * Applies a peer's update. Yjs can throw half-way through a malformed update and
   * still emit the part it applied; so what the update emits is held back, and
   * stored and relayed only if it applied cleanly. Otherwise the in-memory copy may
   * hold a fragment the store does not, so the document is dropped (`onBroken`)
   * and everyone resyncs from the store.
   */
  private applyFromPeer(peer: CollabPeer, update: Uint8Array): void {
    const held: { update: Uint8Array; origin: unknown }[] = [];
    this.held = held;
    try {
      Y.applyUpdate(this.doc, update, peer);
    } catch (error) {
      this.held = null;
      this.log.warn({ err: error, documentId: this.documentId }, "update failed half-way; dropped");
      peer.close(CloseCode.badMessage, "update could not be applied");
      this.onBroken(this);
      throw error;
    }
    this.held = null;
    for (const change of held) this.storeAndRelay(change.update, change.origin);
  }

  private handleDocUpdate = (update: Uint8Array, origin: unknown): void => {
    if (origin === FROM_OTHER_PROCESS) this.relay(update, origin);
    else if (this.held) this.held.push({ update, origin });
    else this.storeAndRelay(update, origin);
  };

  /** Hands a change to the writer and relays it to every other peer once it is stored. */
  private storeAndRelay(update: Uint8Array, origin: unknown): void {
    const written = this.writer.write(this.documentId, update);
    this.durable = written;
    written.then(
      (rowId) => {
        if (!this.destroyed) this.cluster?.stored(update, rowId);
      },
      (error: unknown) => {
        if (this.destroyed) return;
        this.log.error(
          { err: error, documentId: this.documentId },
          "an update could not be stored",
        );
        this.onBroken(this);
      },
    );
    this.relay(update, origin);
  }

  /** Relays a change to every peer but the one it came from, once everything before it is stored. */
  private relay(update: Uint8Array, origin: unknown): void {
    const frame = encodeUpdate(update);
    for (const peer of this.peers) {
      if (peer !== origin) this.sendWhenDurable(peer, frame);
    }
  }

  /** Sends a frame once everything applied before this call is committed. */
  private sendWhenDurable(peer: CollabPeer, frame: Uint8Array): void {
    this.durable.then(
      () => {
        if (!this.destroyed && this.peers.has(peer)) peer.send(frame);
      },
      () => undefined,
    );
  }
}
