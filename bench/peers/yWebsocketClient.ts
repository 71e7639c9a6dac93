import { WebSocket } from "ws";
import { WebsocketProvider } from "y-websocket";
import * as Y from "yjs";
import type { PeerClient } from "./types.ts";

/** How a client reaches its server. */
export interface ConnectOptions {
  /** Session cookie sent with every socket, as a browser would. */
  cookie?: string;
  /**
   * Rewrites the socket URL at each (re)connect, as a proxy with fallback upstreams
   * would: a client whose server died reconnects to one that is still up.
   */
  reroute?: (url: string) => string;
}

/**
 * A stock y-websocket 3.x client (what Rembuk's browser client uses), for the
 * servers that speak the y-websocket protocol.
 */
export function connectWebsocketProvider(
  serverUrl: string,
  room: string,
  options: ConnectOptions = {},
): PeerClient {
  const doc = new Y.Doc();
  const headers = options.cookie ? { cookie: options.cookie } : {};
  const reroute = options.reroute ?? ((url: string) => url);
  // A WebSocket that sends the session cookie, as a browser would.
  class SessionWebSocket extends WebSocket {
    constructor(url: string | URL, protocols?: string | string[]) {
      super(reroute(String(url)), protocols, { headers });
    }
  }
  const provider = new WebsocketProvider(serverUrl, room, doc, {
    WebSocketPolyfill: SessionWebSocket as unknown as typeof globalThis.WebSocket,
    disableBc: true,
  });
  const synced = new Promise<void>((resolve) => {
    if (provider.synced) return resolve();
    const onSync = (isSynced: boolean) => {
      if (!isSynced) return;
      provider.off("sync", onSync);
      resolve();
    };
    provider.on("sync", onSync);
  });
  return {
    doc,
    synced,
    destroy() {
      provider.destroy();
      doc.destroy();
    },
  };
}
