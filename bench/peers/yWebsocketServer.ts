import { randomUUID } from "node:crypto";
import path from "node:path";
import { startServerProcess } from "../lib/serverProcess.ts";
import type { Peer } from "./types.ts";
import { connectWebsocketProvider } from "./yWebsocketClient.ts";

const SCRIPT = "bench/peers/yWebsocketServerProcess.ts";

function yWebsocketServerPeer(withLeveldb: boolean): Peer {
  return {
    id: withLeveldb ? "y-websocket-server-leveldb" : "y-websocket-server",
    label: withLeveldb ? "@y/websocket-server + LevelDB" : "@y/websocket-server",
    persists: withLeveldb
      ? "each update written to LevelDB (y-leveldb, YPERSISTENCE) without waiting for it and without fsync; relayed immediately"
      : "nothing: documents live in memory only (its default)",
    reloadsFromStorage: withLeveldb,
    async start(dataDir) {
      const env: Record<string, string> = {};
      if (withLeveldb) env.YPERSISTENCE = path.join(dataDir, "leveldb");
      const process = await startServerProcess({
        name: "@y/websocket-server",
        script: SCRIPT,
        env,
        readyMessage: "peer is listening",
      });
      return {
        process,
        newDocument: async () => randomUUID(),
        connect: (room) => connectWebsocketProvider(`ws://127.0.0.1:${process.port}/collab`, room),
      };
    },
  };
}

/** `@y/websocket-server`'s own `setupWSConnection`, in memory (its default). */
export const yWebsocketServerMemoryPeer = yWebsocketServerPeer(false);

/** The same server with its optional LevelDB persistence (`YPERSISTENCE`). */
export const yWebsocketServerLeveldbPeer = yWebsocketServerPeer(true);
