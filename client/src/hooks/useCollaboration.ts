import { useEffect, useState, useSyncExternalStore } from "react";
import { CollaborationSession } from "../collaboration/CollaborationSession.ts";
import type { CollaborationStatus } from "../collaboration/status.ts";

/** What {@link useCollaboration} returns while a document is open. */
export interface Collaboration {
  session: CollaborationSession;
  status: CollaborationStatus;
}

const idleStatus: CollaborationStatus = { connection: "connecting", save: "unknown", closed: null };
const noSubscription = () => () => {};

/**
 * Opens a document for live co-editing (or, with `readOnly`, for following it live): a Y.Doc
 * synced with the server over y-websocket — kept on this device (IndexedDB) for editors — with
 * connection and save status. Returns `null` until the session exists (one render) and closes
 * it when the document, person or mode changes or the component unmounts.
 */
export function useCollaboration(
  documentId: string,
  ownerId: string,
  readOnly: boolean,
): Collaboration | null {
  const [session, setSession] = useState<CollaborationSession | null>(null);

  useEffect(() => {
    const created = new CollaborationSession(documentId, { ownerId, readOnly });
    setSession(created);
    return () => {
      setSession(null);
      created.destroy();
    };
  }, [documentId, ownerId, readOnly]);

  const status = useSyncExternalStore(
    session?.subscribe ?? noSubscription,
    session?.getStatus ?? (() => idleStatus),
  );

  return session ? { session, status } : null;
}
