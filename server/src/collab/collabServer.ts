import type { IncomingMessage, Server } from "node:http";
import type { Duplex } from "node:stream";
import { setTimeout as delay } from "node:timers/promises";
import { WebSocketServer } from "ws";
import { COLLAB_PATH, CloseCode, PROTOCOL_VERSION } from "../../../shared/protocol/index.ts";
import { DocumentIdSchema } from "../../../shared/schemas/index.ts";
import type { Logger } from "../logger.ts";
import type { Authorizer } from "../policies/authorize.ts";
import type { DocumentStore } from "../store/index.ts";
import { type SocketLimits, serveCollabSocket } from "./collabSocket.ts";
import type { DocumentRegistry } from "./documentRegistry.ts";

export interface CollabServerOptions {
  registry: DocumentRegistry;
  documents: DocumentStore;
  authorizer: Authorizer;
  limits: SocketLimits;
  log: Logger;
}

/** The collaboration endpoint attached to an http server. */
export interface CollabServer {
  /** Closes every socket with "going away", flushes and unloads every document. */
  close(): Promise<void>;
}

/**
 * Serves `/collab/<documentId>` on the http server's `upgrade` event, speaking
 * the y-websocket protocol so the stock `WebsocketProvider` works unchanged.
 */
export function attachCollabServer(server: Server, options: CollabServerOptions): CollabServer {
  const { registry, documents, authorizer, limits, log } = options;
  // The transport's own hard cap sits above the configured limit so that an
  // oversized message gets our documented close code rather than ws's 1009.
  const wss = new WebSocketServer({ noServer: true, maxPayload: limits.maxMessageBytes * 2 });

  const handleUpgrade = async (req: IncomingMessage, socket: Duplex, head: Buffer) => {
    const url = new URL(req.url ?? "/", "http://localhost");
    const prefix = `${COLLAB_PATH}/`;
    if (!url.pathname.startsWith(prefix)) return rejectUpgrade(socket, 404, "Not Found");
    const documentId = safeDecode(url.pathname.slice(prefix.length));
    const decision = await authorizer.authorizeSocket({ req, documentId });
    if (!decision.allowed) return rejectUpgrade(socket, decision.status, decision.reason);

    wss.handleUpgrade(req, socket, head, (ws) => {
      const version = url.searchParams.get("protocol");
      if (version !== null && version !== String(PROTOCOL_VERSION)) {
        ws.close(CloseCode.protocolMismatch, `server speaks protocol ${PROTOCOL_VERSION}`);
        return;
      }
      const admit = async () => {
        const known =
          documentId !== undefined &&
          DocumentIdSchema.safeParse(documentId).success &&
          (await documents.find(documentId)) !== undefined;
        if (!known) ws.close(CloseCode.documentNotFound, "no such document");
        return known;
      };
      serveCollabSocket({ ws, documentId: documentId ?? "", registry, limits, log }, admit);
    });
  };

  const onUpgrade = (req: IncomingMessage, socket: Duplex, head: Buffer) => {
    handleUpgrade(req, socket, head).catch((error: unknown) => {
      log.error({ err: error }, "upgrade failed");
      rejectUpgrade(socket, 500, "Internal Server Error");
    });
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

/** How long shutdown waits for clients to answer its close before cutting them off. */
const SHUTDOWN_DRAIN_MS = 2000;

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
