/**
 * Tells the collaboration server that someone's access changed, so it applies at
 * once to their open sockets (a revoked role closes them; a changed role switches
 * them between read-only and editing).
 */
export class AccessEvents {
  private readonly documentListeners = new Set<(documentId: string, userId: string) => void>();
  private readonly userListeners = new Set<(userId: string) => void>();

  /** A person's role on a document changed or was revoked. */
  documentAccessChanged(documentId: string, userId: string): void {
    for (const listener of this.documentListeners) listener(documentId, userId);
  }

  /** A person signed out everywhere or was disabled: every socket of theirs must go. */
  userSessionsEnded(userId: string): void {
    for (const listener of this.userListeners) listener(userId);
  }

  onDocumentAccessChanged(listener: (documentId: string, userId: string) => void): void {
    this.documentListeners.add(listener);
  }

  onUserSessionsEnded(listener: (userId: string) => void): void {
    this.userListeners.add(listener);
  }
}
