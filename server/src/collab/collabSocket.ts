import { randomUUID } from "node:crypto";
import WebSocket from "ws";
import { CloseCode } from "../../../shared/protocol/index.ts";
import type { Logger } from "../logger.ts";
import type { DocumentLease, DocumentRegistry } from "./documentRegistry.ts";
import type { CollabPeer, LiveDocument } from "./liveDocument.ts";
import { type ClientMessage, decodeClientMessage, MalformedMessageError } from "./messageCodec.ts";

/** Limits that keep one connection from hurting the server or the others. */
export interface SocketLimits {
  maxMessageBytes: number;
  maxPendingMessages: number;
  maxPendingBytes: number;
  maxOutboundBytes: number;
}

export interface CollabSocketOptions {
  ws: WebSocket;
  documentId: string;
  registry: DocumentRegistry;
  limits: SocketLimits;
  log: Logger;
  /** Called once the person is admitted, before anything they sent is applied. */
  onAdmitted?: (peer: CollabPeer) => void;
}

/**
 * Serves one accepted socket on one document: validates every frame, holds
 * early frames (bounded) until the document has loaded, then feeds them to it
 * in order. Any bad frame closes this socket only. `admit` decides (and closes
 * the socket itself when refusing) whether and how this person may open the
 * document; until it has, nothing they send is applied.
 */
export function serveCollabSocket(
  options: CollabSocketOptions,
  admit: () => Promise<PeerAccess | null>,
): void {
  const { ws, documentId, registry, limits } = options;
  const peer = new SocketPeer(ws, limits.maxOutboundBytes);
  const log = options.log.child({ documentId, peer: peer.id });
  let live: LiveDocument | undefined;
  let lease: DocumentLease | undefined;
  let pending: ClientMessage[] = [];
  let pendingBytes = 0;

  const refuse = (code: number, reason: string, detail?: Record<string, unknown>) => {
    log.warn({ code, reason, ...detail }, "closing collaboration socket");
    pending = [];
    peer.close(code, reason);
  };

  const deliver = (message: ClientMessage) => {
    try {
      live?.handle(peer, message);
    } catch (error) {
      refuse(CloseCode.badMessage, "update could not be applied", { err: error });
    }
  };

  ws.on("message", (data, isBinary) => {
    if (peer.closed) return;
    const frame = toBytes(data);
    if (!isBinary) return refuse(CloseCode.badMessage, "text frames are not part of the protocol");
    if (frame.byteLength > limits.maxMessageBytes) {
      return refuse(CloseCode.messageTooLarge, "message too large", { bytes: frame.byteLength });
    }
    let message: ClientMessage;
    try {
      message = decodeClientMessage(frame);
    } catch (error) {
      if (!(error instanceof MalformedMessageError)) throw error;
      return refuse(CloseCode.badMessage, "malformed message", { detail: error.message });
    }
    if (live) return deliver(message);
    pending.push(message);
    pendingBytes += frame.byteLength;
    if (pending.length > limits.maxPendingMessages || pendingBytes > limits.maxPendingBytes) {
      refuse(CloseCode.tooManyPending, "too much sent before the document loaded", {
        messages: pending.length,
        bytes: pendingBytes,
      });
    }
  });

  ws.on("error", (error) => log.warn({ err: error }, "collaboration socket error"));

  ws.on("close", (code) => {
    peer.closed = true;
    live?.removePeer(peer);
    lease?.release();
    log.debug({ code }, "collaboration socket closed");
  });

  void (async () => {
    const access = await admit();
    if (!access || peer.closed) return;
    peer.userId = access.userId;
    peer.canEdit = access.canEdit;
    peer.displayName = access.displayName;
    peer.organisation = access.organisation ?? null;
    options.onAdmitted?.(peer);
    lease = registry.acquire(documentId);
    let loaded: LiveDocument;
    try {
      loaded = await lease.ready;
    } catch {
      return refuse(CloseCode.documentUnavailable, "document could not be loaded");
    }
    if (peer.closed) return;
    live = loaded;
    live.addPeer(peer);
    const early = pending;
    pending = [];
    for (const message of early) {
      if (peer.closed) break;
      deliver(message);
    }
  })().catch((error: unknown) => {
    log.error({ err: error }, "opening the document failed");
    refuse(CloseCode.documentUnavailable, "document could not be opened");
  });
}

/** Who is behind an admitted socket and whether they may edit. */
export interface PeerAccess {
  userId: string;
  canEdit: boolean;
  displayName: string;
  /** The verified organisation presence shows beside the name (none when left out). */
  organisation?: string | null;
}

/** Adapts a `ws` socket to the document's view of a peer. */
class SocketPeer implements CollabPeer {
  readonly id = randomUUID();
  readonly awarenessClients = new Set<number>();
  userId = "";
  canEdit = false;
  displayName = "";
  organisation: string | null = null;
  closed = false;

  constructor(
    private readonly ws: WebSocket,
    private readonly maxOutboundBytes: number,
  ) {}

  send(frame: Uint8Array): void {
    if (this.closed || this.ws.readyState !== WebSocket.OPEN) return;
    if (this.ws.bufferedAmount > this.maxOutboundBytes) {
      this.close(CloseCode.slowConsumer, "too far behind; reconnect to resync");
      return;
    }
    this.ws.send(frame);
  }

  close(code: number, reason: string): void {
    if (this.closed) return;
    this.closed = true;
    this.ws.close(code, reason);
  }
}

function toBytes(data: WebSocket.RawData): Uint8Array {
  if (Array.isArray(data)) return new Uint8Array(Buffer.concat(data));
  if (data instanceof ArrayBuffer) return new Uint8Array(data);
  return new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
}
