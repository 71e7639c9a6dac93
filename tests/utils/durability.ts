import * as Y from "yjs";
import type { CollabClient } from "./collabClient.ts";
import { missingFrom } from "./coverage.ts";
import { eventually } from "./eventually.ts";
import { RawCollabSocket } from "./rawSocket.ts";

/**
 * Waits until the server has stored everything these clients hold. The stock
 * client never learns when its edits are saved, so a test that closes it and
 * then stops the server must wait for this first — otherwise it tests a race.
 */
export async function whenStored(
  collabUrl: string,
  documentId: string,
  clients: CollabClient[],
): Promise<void> {
  const witness = await RawCollabSocket.open(collabUrl, documentId);
  try {
    await eventually(`the server has stored the edits of ${clients.length} client(s)`, async () => {
      const stored = new Y.Doc();
      Y.applyUpdate(stored, await witness.fetchState());
      const missing = clients.flatMap((client) =>
        missingFrom(stored, [Y.encodeStateAsUpdate(client.doc)]),
      );
      stored.destroy();
      if (missing.length > 0) throw new Error(missing.join("; "));
      return true;
    });
  } finally {
    witness.close();
  }
}
