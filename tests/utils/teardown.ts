import { disposeClients } from "./collabClient.ts";
import { disposeEventStreams } from "./eventStream.ts";
import { disposeRawSockets } from "./rawSocket.ts";
import { disposeServers } from "./rembukServer.ts";
import { disposeUnresponsiveSockets } from "./unresponsiveSocket.ts";

/**
 * Ends everything the current test started — clients, raw sockets, server
 * processes — and deletes the data directories. Register it with `afterEach`.
 */
export async function tearDown(): Promise<void> {
  disposeClients();
  disposeEventStreams();
  disposeRawSockets();
  disposeUnresponsiveSockets();
  await disposeServers();
}
