import type { IncomingMessage, Server } from "node:http";
import type { Duplex } from "node:stream";
import { setTimeout as delay } from "node:timers/promises";
import { type WebSocket, WebSocketServer } from "ws";
import { CloseCode, COLLAB_PATH, PROTOCOL_VERSION } from "../../../shared/protocol/index.ts";
import { DocumentIdSchema } from "../../../shared/schemas/index.ts";
import type { AccessEvents } from "../auth/accessEvents.ts";
import { isSameOrigin } from "../auth/origin.ts";
import { resolveActor } from "../auth/sessions.ts";
import type { Logger } from "../logger.ts";
import { documentAccess } from "../policies/documentPolicy.ts";
import type { Store } from "../store/index.ts";
import { type PeerAccess, type SocketLimits, serveCollabSocket } from "./collabSocket.ts";
import type { DocumentRegistry } from "./documentRegistry.ts";
import type { CollabPeer } from "./liveDocument.ts";

export interface CollabServerOptions {
  registry: DocumentRegistry;
  store: Store;
  accessEvents: AccessEvents;
  allowedOrigins: readonly string[];
  limits: SocketLimits;
  log: Logger;
}

/** The collaboration endpoint attached to an http server. */
export interface CollabServer {
  /** Closes every socket with "going away", flushes and unloads every document. */
  close(): Promise<void>;
}

/** How long shutdown waits for clients to answer its close before cutting them off. */
const SHUTDOWN_DRAIN_MS = 2000;

/**
 * Serves `/collab/<documentId>` on the http server's `upgrade` event, speaking
 * the y-websocket protocol so the stock `WebsocketProvider` works unchanged.
 * Every socket is authenticated by the session cookie and checked against the
 * document's roles; readers get a read-only socket. Role changes apply at once.
 */
export function attachCollabServer(server: Server, options: CollabServerOptions): CollabServer {
  const { registry, store, limits, log } = options;
  // The transport's own hard cap sits above the configured limit so that an
  // oversized message gets our documented close code rather than ws's 1009.
  const wss = new WebSocketServer({ noServer: true, maxPayload: limits.maxMessageBytes * 2 });
  const peersByUser = new Map<string, Set<{ documentId: string; peer: CollabPeer }>>();

  const track = (documentId: string, peer: CollabPeer, ws: WebSocket) => {
    const entry = { documentId, peer };
    const set = peersByUser.get(peer.userId) ?? new Set();
    set.add(entry);
    peersByUser.set(peer.userId, set);
    ws.once("close", () => {
      set.delete(entry);
      if (set.size === 0) peersByUser.delete(peer.userId);
    });
  };

  const admitTo =
    (
      req: IncomingMessage,
      documentId: string | undefined,
      close: (code: number, reason: string) => void,
    ) =>
    async (): Promise<PeerAccess | null> => {
      const known =
        documentId !== undefined &&
        DocumentIdSchema.safeParse(documentId).success &&
        (await store.documents.find(documentId)) !== undefined;
      if (!known || documentId === undefined) {
        close(CloseCode.documentNotFound, "no such document");
        return null;
      }
      const { user } = await resolveActor(store, req);
      if (!user) {
        close(CloseCode.unauthenticated, "sign in to open this document");
        return null;
      }
      const access = await documentAccess(store, user, documentId);
      if (!access.can("document.read")) {
        close(CloseCode.forbidden, "you have no role on this document");
        return null;
      }
      return { userId: user.id, canEdit: access.can("document.edit"), displayName: user.name };
    };

  const handleUpgrade = (req: IncomingMessage, socket: Duplex, head: Buffer) => {
    const url = new URL(req.url ?? "/", "http://localhost");
    const prefix = `${COLLAB_PATH}/`;
    if (!url.pathname.startsWith(prefix)) return rejectUpgrade(socket, 404, "Not Found");
    // Cross-site WebSocket hijacking: a page on another site would carry the cookie.
    if (!isSameOrigin(req, options.allowedOrigins)) return rejectUpgrade(socket, 403, "Forbidden");
    const documentId = safeDecode(url.pathname.slice(prefix.length));

    wss.handleUpgrade(req, socket, head, (ws) => {
      const version = url.searchParams.get("protocol");
      if (version !== null && version !== String(PROTOCOL_VERSION)) {
        ws.close(CloseCode.protocolMismatch, `server speaks protocol ${PROTOCOL_VERSION}`);
        return;
      }
      const check = admitTo(req, documentId, (code, reason) => ws.close(code, reason));
      let checkedFrom = 0;
      const admit = () => {
        checkedFrom = performance.now();
        return check();
      };
      const onAdmitted = (peer: CollabPeer) => {
        track(documentId ?? "", peer, ws);
        catchUp(documentId ?? "", peer, checkedFrom);
      };
      serveCollabSocket(
        { ws, documentId: documentId ?? "", registry, limits, log, onAdmitted },
        admit,
      );
    });
  };

  const onUpgrade = (req: IncomingMessage, socket: Duplex, head: Buffer) => {
    try {
      handleUpgrade(req, socket, head);
    } catch (error) {
      log.error({ err: error }, "upgrade failed");
      rejectUpgrade(socket, 500, "Internal Server Error");
    }
  };
  server.on("upgrade", onUpgrade);

  // When access changed while a socket was being admitted, the admission may have
  // read the old state: remember when things changed, and re-check such sockets.
  const sessionsEndedAt = new Map<string, number>();
  const accessChangedAt = new Map<string, number>();
  const remember = (map: Map<string, number>, key: string) => {
    if (map.size > 10_000) map.clear();
    map.set(key, performance.now());
  };
  const catchUp = (documentId: string, peer: CollabPeer, checkedFrom: number) => {
    if ((sessionsEndedAt.get(peer.userId) ?? -1) >= checkedFrom) {
      peer.close(CloseCode.unauthenticated, "signed out");
    } else if ((accessChangedAt.get(`${documentId}\n${peer.userId}`) ?? -1) >= checkedFrom) {
      applyAccessChange(documentId, peer.userId);
    }
  };

  const applyAccessChange = (documentId: string, userId: string) => {
    const entries = [...(peersByUser.get(userId) ?? [])].filter((e) => e.documentId === documentId);
    if (entries.length === 0) return;
    void (async () => {
      const user = await store.users.find(userId);
      const access = await documentAccess(store, user ?? null, documentId);
      for (const { peer } of entries) {
        const canEdit = access.can("document.edit");
        if (!access.can("document.read")) peer.close(CloseCode.forbidden, "your role was revoked");
        else if (canEdit !== peer.canEdit) {
          // Refuse further edits at once, and tell the client so it can show the new rights.
          peer.canEdit = canEdit;
          peer.close(CloseCode.accessChanged, "your role changed");
        }
      }
      log.info(
        { documentId, userId, roles: access.roles },
        "applied a role change to open sockets",
      );
    })().catch((error: unknown) => log.error({ err: error }, "applying a role change failed"));
  };

  options.accessEvents.onDocumentAccessChanged((documentId, userId) => {
    remember(accessChangedAt, `${documentId}\n${userId}`);
    applyAccessChange(documentId, userId);
  });

  options.accessEvents.onUserSessionsEnded((userId) => {
    remember(sessionsEndedAt, userId);
    for (const { peer } of peersByUser.get(userId) ?? []) {
      peer.close(CloseCode.unauthenticated, "signed out");
    }
  });

  return {
    async close() {
      server.off("upgrade", onUpgrade);
      // Say goodbye, but keep taking what clients sent before they heard it: edits
      // already on the wire are applied and stored until each client's close arrives.
      const closed = [...wss.clients].map(
        (ws) => new Promise<void>((resolve) => ws.once("close", () => resolve())),
      );
      for (const ws of wss.clients) ws.close(CloseCode.goingAway, "server shutting down");
      await Promise.race([
        Promise.all(closed),
        delay(SHUTDOWN_DRAIN_MS, undefined, { ref: false }),
      ]);
      await registry.shutdown(CloseCode.goingAway, "server shutting down");
      for (const ws of wss.clients) ws.terminate();
      await new Promise<void>((resolve) => wss.close(() => resolve()));
    },
  };
}

function safeDecode(segment: string): string | undefined {
  try {
    return decodeURIComponent(segment);
  } catch {
    return undefined;
  }
}

function rejectUpgrade(socket: Duplex, status: number, reason: string) {
  if (socket.writable) {
    socket.write(`HTTP/1.1 ${status} ${reason}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
  }
  socket.destroy();
}
