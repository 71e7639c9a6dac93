import type { SqlDatabase } from "./database.ts";

/** A signed-in browser. Only a hash of its token is stored, so a copy of the database signs nobody in. */
export interface SessionRecord {
  tokenHash: string;
  userId: string;
  createdAt: string;
  expiresAt: string;
}

/** Data access for sessions. */
export interface SessionStore {
  insert(session: SessionRecord): Promise<void>;
  find(tokenHash: string): Promise<SessionRecord | undefined>;
  delete(tokenHash: string): Promise<void>;
  deleteForUser(userId: string): Promise<void>;
  deleteExpired(now: string): Promise<void>;
}

/** The SQL implementation of {@link SessionStore}. */
export function createSessionStore(db: SqlDatabase): SessionStore {
  return {
    async insert(s) {
      await db.run(
        "INSERT INTO sessions (token_hash, user_id, created_at, expires_at) VALUES (?, ?, ?, ?)",
        [s.tokenHash, s.userId, s.createdAt, s.expiresAt],
      );
    },
    async find(tokenHash) {
      const row = await db.get<{
        token_hash: string;
        user_id: string;
        created_at: string;
        expires_at: string;
      }>("SELECT * FROM sessions WHERE token_hash = ?", [tokenHash]);
      return (
        row && {
          tokenHash: row.token_hash,
          userId: row.user_id,
          createdAt: row.created_at,
          expiresAt: row.expires_at,
        }
      );
    },
    async delete(tokenHash) {
      await db.run("DELETE FROM sessions WHERE token_hash = ?", [tokenHash]);
    },
    async deleteForUser(userId) {
      await db.run("DELETE FROM sessions WHERE user_id = ?", [userId]);
    },
    async deleteExpired(now) {
      await db.run("DELETE FROM sessions WHERE expires_at <= ?", [now]);
    },
  };
}
