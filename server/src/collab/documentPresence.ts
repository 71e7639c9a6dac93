import * as awarenessProtocol from "y-protocols/awareness";
import type * as Y from "yjs";
import { PRESENCE_LIMITS } from "../../../shared/protocol/index.ts";
import type { Logger } from "../logger.ts";
import type { CollabPeer } from "./liveDocument.ts";
import { encodeAwareness } from "./messageCodec.ts";
import { screenPresence, withoutClients } from "./presenceGuard.ts";
import { PresenceThrottle } from "./presenceThrottle.ts";

/** The origin of presence another process announced. */
const FROM_OTHER_PROCESS = Object.freeze({ fromOtherProcess: true });

interface AwarenessChange {
  added: number[];
  updated: number[];
  removed: number[];
}

/**
 * Who is on a document right now (awareness): only states of `PresenceStateSchema`, attributed
 * to the account behind each socket, at most a few client ids per socket, changed at a bounded
 * rate. What breaks a rule is dropped — never stored here, never relayed — and the socket stays
 * open: a stock client echoes everyone's states back, so a crowded document looks like a flood.
 */
export class DocumentPresence {
  readonly awareness: awarenessProtocol.Awareness;
  private readonly throttle = new PresenceThrottle();
  /** Sockets already logged for refused presence: a flood logs once, not once per message. */
  private readonly warned = new WeakSet<CollabPeer>();
  /**
   * Told of every presence change this process's sockets made (scale-out: the other processes
   * relay it); not of what came from another process, nor of states that timed out here.
   */
  onLocalChange: ((update: Uint8Array) => void) | undefined;

  constructor(
    doc: Y.Doc,
    private readonly peers: ReadonlySet<CollabPeer>,
    private readonly log: Logger,
  ) {
    this.awareness = new awarenessProtocol.Awareness(doc);
    // The server has no presence of its own.
    this.awareness.setLocalState(null);
    this.awareness.on("update", this.relay);
  }

  /** Sends a newcomer everyone's presence. */
  welcome(peer: CollabPeer): void {
    const clients = [...this.awareness.getStates().keys()];
    if (clients.length === 0) return;
    peer.send(encodeAwareness(awarenessProtocol.encodeAwarenessUpdate(this.awareness, clients)));
  }

  /** Answers a socket's query for everyone's presence, at the socket's presence rate. */
  answerQuery(peer: CollabPeer): void {
    // Its own key: a waiting query must not replace a waiting change, nor the other way round.
    this.throttle.admit(`${peer.id}:query`, () => {
      if (this.peers.has(peer)) this.welcome(peer);
    });
  }

  /**
   * Takes an awareness update from a socket: drops what it may not say (see `screenPresence`),
   * and applies the rest at the socket's presence rate. Throws on an update that does not decode.
   */
  receive(peer: CollabPeer, update: Uint8Array): void {
    if (update.byteLength > PRESENCE_LIMITS.maxMessageBytes) {
      this.refused(peer, "presence message too large", { bytes: update.byteLength });
      return;
    }
    // The server's own client id is never anyone's: its state would be renewed for ever.
    const others = new Set<number>([this.awareness.clientID]);
    for (const other of this.peers) {
      if (other !== peer) for (const clientId of other.awarenessClients) others.add(clientId);
    }
    // A state another process announced stays its person's: the same person may take it over
    // (a socket that moved here when its process went away), nobody else.
    for (const [clientId, state] of this.awareness.getStates()) {
      if (peer.awarenessClients.has(clientId) || others.has(clientId)) continue;
      if ((state as { user?: { id?: unknown } }).user?.id !== peer.userId) others.add(clientId);
    }
    const screened = screenPresence(update, {
      owner: {
        userId: peer.userId,
        name: peer.displayName,
        organisation: peer.organisation ?? null,
      },
      held: peer.awarenessClients,
      isClaimedByOther: (clientId) => others.has(clientId),
    });
    // Reserved now, so that the cap holds for messages still waiting for the rate.
    for (const clientId of screened.claimed) peer.awarenessClients.add(clientId);
    if (screened.refused > 0) this.refused(peer, "presence refused", { states: screened.refused });
    const accepted = screened.update;
    if (!accepted) return;
    this.throttle.admit(peer.id, () => {
      if (this.peers.has(peer))
        awarenessProtocol.applyAwarenessUpdate(this.awareness, accepted, peer);
    });
  }

  /**
   * Applies presence another process screened and attributed (only processes publish on the bus,
   * so no client can forge it), except for client ids held by this process's sockets or the
   * server itself: here, those are authoritative.
   */
  receiveFromOtherProcess(update: Uint8Array): void {
    const own = new Set<number>([this.awareness.clientID]);
    for (const peer of this.peers) for (const clientId of peer.awarenessClients) own.add(clientId);
    const kept = withoutClients(update, own);
    if (kept) awarenessProtocol.applyAwarenessUpdate(this.awareness, kept, FROM_OTHER_PROCESS);
  }

  /** Every state this process's sockets announce, encoded; null when they announce none. */
  encodeOwn(): Uint8Array | null {
    const states = this.awareness.getStates();
    const clients: number[] = [];
    for (const peer of this.peers) {
      for (const clientId of peer.awarenessClients)
        if (states.has(clientId)) clients.push(clientId);
    }
    if (clients.length === 0) return null;
    return awarenessProtocol.encodeAwarenessUpdate(this.awareness, clients);
  }

  /**
   * Withdraws everything a socket that left announced, and forgets its client ids entirely so
   * that presence holds nothing for sockets that are gone.
   */
  leave(peer: CollabPeer): void {
    this.throttle.forget(peer.id);
    this.throttle.forget(`${peer.id}:query`);
    const clients = [...peer.awarenessClients];
    if (clients.length === 0) return;
    awarenessProtocol.removeAwarenessStates(this.awareness, clients, null);
    for (const clientId of clients) this.awareness.meta.delete(clientId);
  }

  /** Stops relaying and frees everything. */
  destroy(): void {
    this.throttle.clear();
    this.awareness.off("update", this.relay);
    this.awareness.destroy();
  }

  private refused(peer: CollabPeer, msg: string, detail: Record<string, unknown>): void {
    if (this.warned.has(peer)) return;
    this.warned.add(peer);
    this.log.warn({ userId: peer.userId, peer: peer.id, ...detail }, msg);
  }

  private readonly relay = (change: AwarenessChange, origin: unknown): void => {
    const changed = [...change.added, ...change.updated, ...change.removed];
    const update = awarenessProtocol.encodeAwarenessUpdate(this.awareness, changed);
    const frame = encodeAwareness(update);
    for (const peer of this.peers) {
      if (peer !== origin) peer.send(frame);
    }
    // Each process times out states on its own, what came from another process is theirs to
    // tell, and the server's own state ("local") is nobody's presence.
    if (origin === FROM_OTHER_PROCESS || origin === "timeout" || origin === "local") return;
    this.onLocalChange?.(update);
  };
}
