import type { IncomingMessage } from "node:http";
import type { WebSocket } from "ws";
import { CloseCode } from "../../../shared/protocol/index.ts";
import { DocumentIdSchema } from "../../../shared/schemas/index.ts";
import type { AccessEvents } from "../auth/accessEvents.ts";
import type { LiveConnection } from "../auth/liveConnection.ts";
import { resolveActor } from "../auth/sessions.ts";
import type { Logger } from "../logger.ts";
import { documentAccess } from "../policies/documentPolicy.ts";
import type { Store } from "../store/index.ts";
import type { PeerAccess } from "./collabSocket.ts";
import type { CollabPeer } from "./liveDocument.ts";
import { presenceOrganisation } from "./presenceOrganisation.ts";

/** What deciding on one socket needs. */
export interface SocketAdmissionProps {
  req: IncomingMessage;
  ws: WebSocket;
  /** The id from the socket's path; undefined when it could not be decoded. */
  documentId: string | undefined;
  store: Store;
  accessEvents: AccessEvents;
  log: Logger;
}

/** How one socket is let in (`admit`), and where it learns its peer once admitted. */
export interface SocketAdmission {
  /** Decides, closing the socket itself when refusing; null when refused. */
  admit(): Promise<PeerAccess | null>;
  /** Hands over the peer serving the admitted socket, so access changes reach it. */
  admitted(peer: CollabPeer): void;
}

/**
 * Lets a socket in, in an order that reveals nothing to an outsider: the session first (4401
 * to anyone signed out, whatever the path names), then the document and the role together
 * (4404 alike for a document that does not exist and one the person may not read, as the REST
 * routes answer 404 for both), then the per-account cap (4430). An admitted socket is tracked by
 * the access events with the session it was opened with, so every later change to who may
 * read closes it (4401 signed out, 4403 access lost) or makes it reconnect read-only (4520).
 */
export function socketAdmission(props: SocketAdmissionProps): SocketAdmission {
  const { req, ws, documentId, store, accessEvents, log } = props;
  let peer: CollabPeer | undefined;
  const closeWith = (code: number, reason: string) => {
    if (peer) peer.close(code, reason);
    else ws.close(code, reason);
  };

  const admit = async (): Promise<PeerAccess | null> => {
    const { user, sessionTokenHash, sessionExpiresAt, checkedFrom } = await resolveActor(
      store,
      req,
    );
    if (!user || !sessionTokenHash || !sessionExpiresAt) {
      closeWith(CloseCode.unauthenticated, "sign in to open this document");
      return null;
    }
    const known =
      documentId !== undefined &&
      DocumentIdSchema.safeParse(documentId).success &&
      (await store.documents.find(documentId)) !== undefined;
    const access = known ? await documentAccess(store, user, documentId) : undefined;
    if (documentId === undefined || !access?.can("document.read")) {
      closeWith(CloseCode.documentNotFound, "no such document");
      return null;
    }
    const granted: PeerAccess = {
      userId: user.id,
      canEdit: access.can("document.edit"),
      displayName: user.name,
      organisation: await presenceOrganisation(store, user.id),
    };
    const connection: LiveConnection = {
      kind: "socket",
      userId: user.id,
      sessionTokenHash,
      sessionExpiresAt,
      documentId,
      end: () => closeWith(CloseCode.unauthenticated, "signed out"),
      recheck: () => recheck(documentId, granted),
    };
    const opened = await accessEvents.open(connection, checkedFrom);
    if (!opened.admitted) {
      if (opened.reason === "tooMany") {
        log.warn({ userId: user.id }, "refused a socket above the account's cap");
        closeWith(CloseCode.tooManyConnections, "too many open connections for this account");
      } else closeWith(CloseCode.unauthenticated, "signed out");
      return null;
    }
    // A client that left while it was being admitted fires no "close" again.
    if (ws.readyState !== ws.OPEN) {
      opened.untrack();
      return null;
    }
    ws.once("close", opened.untrack);
    return granted;
  };

  /** Closes or downgrades the socket when the person's current access no longer fits it. */
  const recheck = async (documentId: string, granted: PeerAccess) => {
    const user = await store.users.find(granted.userId);
    const access = await documentAccess(store, user && !user.disabledAt ? user : null, documentId);
    const canEdit = access.can("document.edit");
    if (!access.can("document.read")) {
      closeWith(CloseCode.forbidden, "your access was revoked");
    } else if (canEdit !== granted.canEdit) {
      // Refuse further edits at once, and tell the client so it can show the new rights.
      granted.canEdit = canEdit;
      if (peer) peer.canEdit = canEdit;
      closeWith(CloseCode.accessChanged, "your role changed");
    } else return;
    log.info(
      { documentId, userId: granted.userId, roles: access.roles },
      "applied an access change to an open socket",
    );
  };

  return {
    admit,
    admitted: (admittedPeer) => {
      peer = admittedPeer;
    },
  };
}
