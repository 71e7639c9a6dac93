import type { Disposition } from "../../../shared/schemas/index.ts";
import {
  AUTHORSHIP_COLUMNS,
  type AuthorshipRecord,
  type AuthorshipRow,
  authorshipOf,
  authorshipRow,
  authorshipValues,
} from "./authorshipColumns.ts";
import type { SqlDatabase } from "./database.ts";
import { insertRow } from "./insertRow.ts";

/** The official answer to a top-level comment, attributed to the drafter who gave it. */
export interface AnswerRecord {
  commentId: string;
  disposition: Disposition;
  explanation: string;
  author: AuthorshipRecord;
  createdAt: string;
  editedAt: string | null;
}

/** An earlier wording of an answer, with who gave it. */
export interface AnswerRevisionRecord {
  disposition: Disposition;
  explanation: string;
  authorId: string;
  authorName: string;
  writtenAt: string;
}

interface AnswerRow extends AuthorshipRow {
  comment_id: string;
  disposition: Disposition;
  explanation: string;
  created_at: string;
  edited_at: string | null;
}

const toRecord = (row: AnswerRow): AnswerRecord => ({
  commentId: row.comment_id,
  disposition: row.disposition,
  explanation: row.explanation,
  author: authorshipOf(row),
  createdAt: row.created_at,
  editedAt: row.edited_at,
});

/** Data access for answers and their earlier wordings. */
export interface AnswerStore {
  find(commentId: string): Promise<AnswerRecord | undefined>;
  /** The answers to a document's comments, by comment id. */
  forDocument(documentId: string): Promise<Map<string, AnswerRecord>>;
  /** Gives the first answer. */
  insert(answer: AnswerRecord): Promise<void>;
  /** Rewords an answer, keeping the earlier wording (and who gave it) as a revision. */
  replace(
    commentId: string,
    answer: Pick<AnswerRecord, "disposition" | "explanation" | "author"> & { at: string },
  ): Promise<void>;
  revisions(commentId: string): Promise<AnswerRevisionRecord[]>;
  /** The earlier wordings of the answers to a document's comments, by comment id, oldest first. */
  revisionsForDocument(documentId: string): Promise<Map<string, AnswerRevisionRecord[]>>;
}

/** The SQL implementation of {@link AnswerStore}. */
export function createAnswerStore(db: SqlDatabase): AnswerStore {
  return {
    async find(commentId) {
      const row = await db.get<AnswerRow>("SELECT * FROM answers WHERE comment_id = ?", [
        commentId,
      ]);
      return row && toRecord(row);
    },
    async forDocument(documentId) {
      const rows = await db.all<AnswerRow>(
        "SELECT a.* FROM answers a JOIN comments c ON c.id = a.comment_id WHERE c.document_id = ?",
        [documentId],
      );
      return new Map(rows.map((row) => [row.comment_id, toRecord(row)]));
    },
    async insert(a) {
      await insertRow(db, "answers", {
        comment_id: a.commentId,
        disposition: a.disposition,
        explanation: a.explanation,
        ...authorshipRow(a.author),
        created_at: a.createdAt,
        edited_at: a.editedAt,
      });
    },
    async replace(commentId, a) {
      await db.run(
        `INSERT INTO answer_revisions (comment_id, disposition, explanation, author_id, author_name, written_at)
         SELECT comment_id, disposition, explanation, author_id, author_name, COALESCE(edited_at, created_at)
         FROM answers WHERE comment_id = ?`,
        [commentId],
      );
      await db.run(
        `UPDATE answers SET disposition = ?, explanation = ?, ${AUTHORSHIP_COLUMNS.map((c) => `${c} = ?`).join(", ")}, edited_at = ?
         WHERE comment_id = ?`,
        [a.disposition, a.explanation, ...authorshipValues(a.author), a.at, commentId],
      );
    },
    async revisions(commentId) {
      return db.all<AnswerRevisionRecord>(
        `SELECT disposition, explanation, author_id AS "authorId", author_name AS "authorName",
         written_at AS "writtenAt" FROM answer_revisions WHERE comment_id = ? ORDER BY id`,
        [commentId],
      );
    },
    async revisionsForDocument(documentId) {
      const rows = await db.all<AnswerRevisionRecord & { commentId: string }>(
        `SELECT v.comment_id AS "commentId", v.disposition, v.explanation, v.author_id AS "authorId",
         v.author_name AS "authorName", v.written_at AS "writtenAt" FROM answer_revisions v
         JOIN comments c ON c.id = v.comment_id WHERE c.document_id = ? ORDER BY v.id`,
        [documentId],
      );
      const byComment = new Map<string, AnswerRevisionRecord[]>();
      for (const { commentId, ...revision } of rows) {
        byComment.set(commentId, [...(byComment.get(commentId) ?? []), revision]);
      }
      return byComment;
    },
  };
}
