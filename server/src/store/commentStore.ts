import type {
  CommentKind,
  ModerationReason,
  SuggestionState,
} from "../../../shared/schemas/index.ts";
import {
  type AuthorshipRecord,
  type AuthorshipRow,
  authorshipOf,
  authorshipRow,
} from "./authorshipColumns.ts";
import type { SqlDatabase } from "./database.ts";
import { insertRow } from "./insertRow.ts";

/** Whether a comment can be read, was hidden by a moderator, or had its text erased. */
export type CommentStatus = "visible" | "hidden" | "erased";

/** A moderator's decision on a comment. */
export interface CommentModeration {
  reason: ModerationReason;
  note: string;
  moderator: { id: string; name: string };
  at: string;
}

/** What a drafter decided on a suggestion. */
export interface SuggestionDecision {
  state: Exclude<SuggestionState, "open">;
  by: { id: string; name: string };
  at: string;
  /** Why it was declined; "" when accepted. */
  reason: string;
}

/** A comment or reply as stored. `body` is null only once erased as personal data. */
export interface CommentRecord {
  id: string;
  documentId: string;
  /** Null: made on the live draft; else the frozen version of a consultation round. */
  versionId: string | null;
  parentId: string | null;
  kind: CommentKind;
  author: AuthorshipRecord;
  quote: string | null;
  offsets: { from: number; to: number } | null;
  locator: string | null;
  body: string | null;
  proposedText: string | null;
  createdAt: string;
  editedAt: string | null;
  status: CommentStatus;
  moderation: CommentModeration | null;
  /** "open" for a suggestion nobody decided yet; null for a plain comment or reply. */
  suggestionState: SuggestionState | null;
  decision: SuggestionDecision | null;
  /**
   * For a top-level comment on a round's version: whether its passage could also be marked on
   * the live draft when it was made. Null (or absent) for comments on the live draft and replies.
   */
  onDraft?: boolean | null;
}

/** An earlier wording of a comment. */
export interface CommentRevisionRecord {
  body: string | null;
  proposedText: string | null;
  writtenAt: string;
}

/** A row of the `comments` table. */
export interface CommentRow extends AuthorshipRow {
  id: string;
  document_id: string;
  version_id: string | null;
  parent_id: string | null;
  kind: CommentKind;
  quote: string | null;
  offset_from: number | null;
  offset_to: number | null;
  locator: string | null;
  body: string | null;
  proposed_text: string | null;
  created_at: string;
  edited_at: string | null;
  status: CommentStatus;
  moderation_reason: ModerationReason | null;
  moderation_note: string | null;
  moderator_id: string | null;
  moderator_name: string | null;
  moderated_at: string | null;
  suggestion_state: SuggestionState | null;
  decided_by: string | null;
  decided_by_name: string | null;
  decided_at: string | null;
  decline_reason: string | null;
  on_draft: number | null;
}

/** A comment as stored, from its row. */
export const toRecord = (row: CommentRow): CommentRecord => ({
  id: row.id,
  documentId: row.document_id,
  versionId: row.version_id,
  parentId: row.parent_id,
  kind: row.kind,
  author: authorshipOf(row),
  quote: row.quote,
  offsets:
    row.offset_from === null || row.offset_to === null
      ? null
      : { from: row.offset_from, to: row.offset_to },
  locator: row.locator,
  body: row.body,
  proposedText: row.proposed_text,
  createdAt: row.created_at,
  editedAt: row.edited_at,
  status: row.status,
  moderation:
    row.moderation_reason && row.moderated_at && row.moderator_id
      ? {
          reason: row.moderation_reason,
          note: row.moderation_note ?? "",
          moderator: { id: row.moderator_id, name: row.moderator_name ?? "" },
          at: row.moderated_at,
        }
      : null,
  suggestionState: row.suggestion_state,
  decision:
    (row.suggestion_state === "accepted" || row.suggestion_state === "declined") &&
    row.decided_by &&
    row.decided_at
      ? {
          state: row.suggestion_state,
          by: { id: row.decided_by, name: row.decided_by_name ?? "" },
          at: row.decided_at,
          reason: row.decline_reason ?? "",
        }
      : null,
  onDraft: row.on_draft === null ? null : row.on_draft === 1,
});

/** Data access for comments, replies and the earlier wordings of each. */
export interface CommentStore {
  insert(record: CommentRecord): Promise<void>;
  /** One comment of a document; undefined when it belongs to another document. */
  find(documentId: string, id: string): Promise<CommentRecord | undefined>;
  /** Every comment and reply of a document, in the order they were made. */
  listForDocument(documentId: string): Promise<CommentRecord[]>;
  /** A top-level comment and its replies, in the order they were made. */
  thread(documentId: string, id: string): Promise<CommentRecord[]>;
  /** Replaces the wording, keeping the earlier one as a revision. */
  reword(
    id: string,
    wording: { body: string; proposedText: string | null; at: string },
  ): Promise<void>;
  revisions(id: string): Promise<CommentRevisionRecord[]>;
  decide(id: string, decision: SuggestionDecision): Promise<void>;
  /** Hides a comment behind a tombstone; its text stays for administrators. */
  hide(id: string, moderation: CommentModeration): Promise<void>;
  /** Hides a comment and erases its text and every earlier wording: the only removal of words. */
  erase(id: string, moderation: CommentModeration): Promise<void>;
}

/** The SQL implementation of {@link CommentStore}. */
export function createCommentStore(db: SqlDatabase): CommentStore {
  return {
    async insert(c) {
      await insertRow(db, "comments", {
        id: c.id,
        document_id: c.documentId,
        version_id: c.versionId,
        parent_id: c.parentId,
        kind: c.kind,
        ...authorshipRow(c.author),
        quote: c.quote,
        offset_from: c.offsets?.from ?? null,
        offset_to: c.offsets?.to ?? null,
        locator: c.locator,
        body: c.body,
        proposed_text: c.proposedText,
        created_at: c.createdAt,
        edited_at: c.editedAt,
        status: c.status,
        suggestion_state: c.suggestionState,
        on_draft: c.onDraft === undefined || c.onDraft === null ? null : Number(c.onDraft),
      });
    },
    async find(documentId, id) {
      const row = await db.get<CommentRow>(
        "SELECT * FROM comments WHERE id = ? AND document_id = ?",
        [id, documentId],
      );
      return row && toRecord(row);
    },
    async listForDocument(documentId) {
      const rows = await db.all<CommentRow>(
        "SELECT * FROM comments WHERE document_id = ? ORDER BY created_at, rowid",
        [documentId],
      );
      return rows.map(toRecord);
    },
    async thread(documentId, id) {
      const rows = await db.all<CommentRow>(
        "SELECT * FROM comments WHERE document_id = ? AND (id = ? OR parent_id = ?) ORDER BY created_at, rowid",
        [documentId, id, id],
      );
      return rows.map(toRecord);
    },
    async reword(id, wording) {
      await db.run(
        `INSERT INTO comment_revisions (comment_id, body, proposed_text, written_at)
         SELECT id, body, proposed_text, COALESCE(edited_at, created_at) FROM comments WHERE id = ?`,
        [id],
      );
      await db.run("UPDATE comments SET body = ?, proposed_text = ?, edited_at = ? WHERE id = ?", [
        wording.body,
        wording.proposedText,
        wording.at,
        id,
      ]);
    },
    async revisions(id) {
      return db.all<CommentRevisionRecord>(
        `SELECT body, proposed_text AS "proposedText", written_at AS "writtenAt"
         FROM comment_revisions WHERE comment_id = ? ORDER BY id`,
        [id],
      );
    },
    async decide(id, d) {
      await db.run(
        "UPDATE comments SET suggestion_state = ?, decided_by = ?, decided_by_name = ?, decided_at = ?, decline_reason = ? WHERE id = ?",
        [d.state, d.by.id, d.by.name, d.at, d.reason, id],
      );
    },
    async hide(id, m) {
      await setModeration(db, id, "hidden", m);
    },
    async erase(id, m) {
      await setModeration(db, id, "erased", m);
      await db.run("UPDATE comments SET body = NULL, proposed_text = NULL WHERE id = ?", [id]);
      await db.run(
        "UPDATE comment_revisions SET body = NULL, proposed_text = NULL WHERE comment_id = ?",
        [id],
      );
    },
  };
}

function setModeration(db: SqlDatabase, id: string, status: CommentStatus, m: CommentModeration) {
  return db.run(
    "UPDATE comments SET status = ?, moderation_reason = ?, moderation_note = ?, moderator_id = ?, moderator_name = ?, moderated_at = ? WHERE id = ?",
    [status, m.reason, m.note, m.moderator.id, m.moderator.name, m.at, id],
  );
}
