import type { IncomingMessage, Server } from "node:http";
import type { Duplex } from "node:stream";
import { setTimeout as delay } from "node:timers/promises";
import { WebSocketServer } from "ws";
import { CloseCode, COLLAB_PATH, PROTOCOL_VERSION } from "../../../shared/protocol/index.ts";
import type { AccessEvents } from "../auth/accessEvents.ts";
import { isSameOrigin } from "../auth/origin.ts";
import type { Logger } from "../logger.ts";
import type { Store } from "../store/index.ts";
import { type SocketLimits, serveCollabSocket } from "./collabSocket.ts";
import type { DocumentRegistry } from "./documentRegistry.ts";
import { socketAdmission } from "./socketAdmission.ts";

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
 * document's roles (`socketAdmission`); readers get a read-only socket. Changes to who may
 * read reach open sockets at once through the access events.
 */
export function attachCollabServer(server: Server, options: CollabServerOptions): CollabServer {
  const { registry, store, limits, log } = options;
  // The transport's own hard cap sits above the configured limit so that an
  // oversized message gets our documented close code rather than ws's 1009.
  const wss = new WebSocketServer({ noServer: true, maxPayload: limits.maxMessageBytes * 2 });

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
      const { accessEvents } = options;
      const admission = socketAdmission({ req, ws, documentId, store, accessEvents, log });
      serveCollabSocket(
        {
          ws,
          documentId: documentId ?? "",
          registry,
          limits,
          log,
          onAdmitted: admission.admitted,
        },
        admission.admit,
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
