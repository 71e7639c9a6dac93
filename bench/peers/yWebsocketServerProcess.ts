/**
 * `@y/websocket-server`'s stock server (its `bin/server.js`) with two changes
 * for the benchmark: it listens on 127.0.0.1 port 0 and prints the port as a
 * JSON line, and on SIGTERM it lets LevelDB finish its writes before exiting.
 * Uses `ws` 8 (the project's) where the bin uses the optional `ws` 6.
 */
import http from "node:http";
import type { AddressInfo } from "node:net";
import { getPersistence, setupWSConnection } from "@y/websocket-server/utils";
import { WebSocketServer } from "ws";

const wss = new WebSocketServer({ noServer: true });
const server = http.createServer((_request, response) => {
  response.writeHead(200, { "Content-Type": "text/plain" });
  response.end("okay");
});
wss.on("connection", setupWSConnection);
server.on("upgrade", (request, socket, head) => {
  wss.handleUpgrade(request, socket, head, (ws) => wss.emit("connection", ws, request));
});

server.listen(0, "127.0.0.1", () => {
  const { port } = server.address() as AddressInfo;
  process.stdout.write(`${JSON.stringify({ msg: "peer is listening", port })}\n`);
});

process.on("SIGTERM", async () => {
  for (const ws of wss.clients) ws.terminate();
  server.close();
  // The typings omit `provider`, which the YPERSISTENCE setup does set (utils.js).
  const persistence = getPersistence() as { provider?: { destroy(): Promise<void> } } | null;
  const leveldb = persistence?.provider;
  // Writes are chained in y-leveldb; destroy() runs after the last of them.
  await leveldb?.destroy();
  process.exit(0);
});
