import { WebSocket } from "ws";
import { WebsocketProvider } from "y-websocket";
import * as Y from "yjs";
import type { PeerClient } from "./types.ts";

/**
 * A stock y-websocket 3.x client (what Rembuk's browser client uses), for the
 * servers that speak the y-websocket protocol.
 */
export function connectWebsocketProvider(
  serverUrl: string,
  room: string,
  options: { cookie?: string } = {},
): PeerClient {
  const doc = new Y.Doc();
  const headers = options.cookie ? { cookie: options.cookie } : {};
  // A WebSocket that sends the session cookie, as a browser would.
  class SessionWebSocket extends WebSocket {
    constructor(url: string | URL, protocols?: string | string[]) {
      super(url, protocols, { headers });
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
