import type { SqlDatabase } from "./database.ts";
import type { RoundRecord } from "./roundStore.ts";

/** A comment or reply as the notifier reads it from the feed: `seq` orders the feed. */
export interface FedComment {
  seq: number;
  id: string;
  documentId: string;
  documentTitle: string;
  /** The round whose version it was made on; null on the live draft. */
  round: number | null;
  parentId: string | null;
  authorId: string;
  authorName: string;
  body: string | null;
  createdAt: string;
}

/** An official answer as the notifier reads it from the feed. */
export interface FedAnswer {
  seq: number;
  commentId: string;
  documentId: string;
  documentTitle: string;
  round: number | null;
  commentAuthorId: string;
  answererId: string;
  answererName: string;
  disposition: string;
  explanation: string;
  createdAt: string;
}

/**
 * The notifier's read-only view of what others write: comments, answers and moderation actions
 * in the order they were committed (SQLite's rowid; the connection runs one write at a time, and neither table
 * ever deletes a row), and the people a round may reach.
 */
export interface NotificationFeed {
  /** Comments and replies stored after `seq`, oldest first. */
  commentsAfter(seq: number, limit: number): Promise<FedComment[]>;
  /** Answers first given after `seq` (a reworded answer keeps its place), oldest first. */
  answersAfter(seq: number, limit: number): Promise<FedAnswer[]>;
  /** Moderation actions logged after `seq`, oldest first. */
  moderationsAfter(seq: number, limit: number): Promise<{ seq: number; commentId: string }[]>;
  /**
   * Everyone the round might reach, for the round policy to decide on: people with a role on
   * the document, and members of the verified organisations it consults (all of them for an
   * open round). Disabled accounts are left out.
   */
  roundCandidates(round: RoundRecord): Promise<string[]>;
}

/** The SQL implementation of {@link NotificationFeed}. */
export function createNotificationFeed(db: SqlDatabase): NotificationFeed {
  return {
    async commentsAfter(seq, limit) {
      return db.all<FedComment>(
        `SELECT c.rowid AS seq, c.id, c.document_id AS "documentId", d.title AS "documentTitle",
                v.number AS round, c.parent_id AS "parentId", c.author_id AS "authorId",
                c.author_name AS "authorName", c.body, c.created_at AS "createdAt"
         FROM comments c JOIN documents d ON d.id = c.document_id
         LEFT JOIN versions v ON v.id = c.version_id
         WHERE c.rowid > ? ORDER BY c.rowid LIMIT ?`,
        [seq, limit],
      );
    },
    async answersAfter(seq, limit) {
      return db.all<FedAnswer>(
        `SELECT a.rowid AS seq, a.comment_id AS "commentId", c.document_id AS "documentId",
                d.title AS "documentTitle", v.number AS round, c.author_id AS "commentAuthorId",
                a.author_id AS "answererId", a.author_name AS "answererName", a.disposition, a.explanation,
                a.created_at AS "createdAt"
         FROM answers a JOIN comments c ON c.id = a.comment_id
         JOIN documents d ON d.id = c.document_id
         LEFT JOIN versions v ON v.id = c.version_id
         WHERE a.rowid > ? ORDER BY a.rowid LIMIT ?`,
        [seq, limit],
      );
    },
    async moderationsAfter(seq, limit) {
      return db.all<{ seq: number; commentId: string }>(
        `SELECT rowid AS seq, comment_id AS "commentId" FROM moderation_log
         WHERE rowid > ? ORDER BY rowid LIMIT ?`,
        [seq, limit],
      );
    },
    async roundCandidates(round) {
      const consulted =
        round.audience === "open"
          ? "SELECT m.user_id FROM memberships m JOIN organisations o ON o.id = m.organisation_id WHERE o.verified_at IS NOT NULL"
          : `SELECT m.user_id FROM memberships m JOIN organisations o ON o.id = m.organisation_id
             JOIN round_organisations ro ON ro.organisation_id = o.id
             WHERE o.verified_at IS NOT NULL AND ro.round_id = ?`;
      const rows = await db.all<{ user_id: string }>(
        `SELECT DISTINCT u.id AS user_id FROM users u
         WHERE u.disabled_at IS NULL AND u.id IN (
           SELECT user_id FROM document_roles WHERE document_id = ? UNION ${consulted})
         ORDER BY u.id`,
        round.audience === "open" ? [round.documentId] : [round.documentId, round.id],
      );
      return rows.map((r) => r.user_id);
    },
  };
}
