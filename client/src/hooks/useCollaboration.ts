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
 * Opens a document for live co-editing: a Y.Doc kept on this device (IndexedDB) and synced with
 * the server over y-websocket, with connection and save status. Returns `null` until the session
 * exists (one render) and closes it when the document changes or the component unmounts.
 */
export function useCollaboration(documentId: string | null): Collaboration | null {
  const [session, setSession] = useState<CollaborationSession | null>(null);

  useEffect(() => {
    if (documentId === null) return;
    const created = new CollaborationSession(documentId);
    setSession(created);
    return () => {
      setSession(null);
      created.destroy();
    };
  }, [documentId]);

  const status = useSyncExternalStore(
    session?.subscribe ?? noSubscription,
    session?.getStatus ?? (() => idleStatus),
  );

  return session ? { session, status } : null;
}
