import { randomUUID } from "node:crypto";
import { HocuspocusProvider, HocuspocusProviderWebsocket } from "@hocuspocus/provider";
import { WebSocket } from "ws";
import * as Y from "yjs";
import { startServerProcess } from "../lib/serverProcess.ts";
import type { Peer, PeerClient } from "./types.ts";

/**
 * `@hocuspocus/server` 3.4 with its database extension on SQLite. Hocuspocus
 * wraps the Yjs sync messages in its own envelope (document name, auth), so the
 * stock y-websocket client cannot talk to it: its own HocuspocusProvider is used.
 */
export const hocuspocusPeer: Peer = {
  id: "hocuspocus",
  label: "@hocuspocus/server + SQLite",
  persists:
    "the whole document state upserted into SQLite (WAL, synchronous=FULL) by onStoreDocument, debounced 2 s (at most 10 s); relays before storing",
  reloadsFromStorage: true,
  async start(dataDir) {
    const process = await startServerProcess({
      name: "@hocuspocus/server",
      script: "bench/peers/hocuspocusServerProcess.ts",
      env: { DATA_DIR: dataDir },
      readyMessage: "peer is listening",
    });
    const url = `ws://127.0.0.1:${process.port}`;
    return {
      process,
      newDocument: async () => randomUUID(),
      connect: (name) => connectHocuspocusProvider(url, name),
    };
  },
};

function connectHocuspocusProvider(url: string, name: string): PeerClient {
  const doc = new Y.Doc();
  // One socket per client, as each browser tab would have.
  const socket = new HocuspocusProviderWebsocket({ url, WebSocketPolyfill: WebSocket });
  let provider: HocuspocusProvider | undefined;
  const synced = new Promise<void>((resolve) => {
    provider = new HocuspocusProvider({
      websocketProvider: socket,
      name,
      document: doc,
      onSynced: () => resolve(),
    });
    provider.attach();
  });
  return {
    doc,
    synced,
    destroy() {
      provider?.destroy();
      socket.destroy();
      doc.destroy();
    },
  };
}
