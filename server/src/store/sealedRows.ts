import { createHash } from "node:crypto";
import { AUTHORSHIP_COLUMNS } from "./authorshipColumns.ts";
import type { SqlDatabase } from "./database.ts";
import type { Comparisons, Refusal } from "./refusalTriggers.ts";

/**
 * Migration 8: what a closed consultation round's record is made of can no longer be changed in
 * the store, only added to. The triggers below refuse every UPDATE and DELETE of a sealed row
 * except the few transitions the app itself makes, each of which leaves its history behind:
 * - a comment is hidden or erased only with a matching moderation log entry (appended first), and
 *   erasure may only blank its words (personal data); every other column stays as sealed;
 * - a suggestion is decided once (open → accepted/declined, decision columns from empty);
 * - an answer is reworded only once its sealed wording is kept in `answer_revisions`;
 * - a round's conclusion is written once; a document's title and form, an invited
 *   organisation's name, the moderation log, answer revisions and attachments never change.
 * A row belongs to a sealed record once its round has closed (the first seal follows the close).
 * Conditions compare with IS, never =, inside NOT: a NULL would otherwise let the change through.
 */
const ROUND_CLOSED = (versionColumn: string) =>
  `EXISTS (SELECT 1 FROM rounds r WHERE r.version_id = ${versionColumn} AND r.closed_at IS NOT NULL)`;
const COMMENT_CLOSED = (commentColumn: string) =>
  `EXISTS (SELECT 1 FROM comments c JOIN rounds r ON r.version_id = c.version_id
   WHERE c.id = ${commentColumn} AND r.closed_at IS NOT NULL)`;
const STATUS_OF = "(SELECT status FROM comments WHERE id = OLD.comment_id)";
const changed = (c: Comparisons, columns: string[]) =>
  columns.map((column) => c.differs(`OLD.${column}`, `NEW.${column}`)).join(" OR ");

const COMMENT_FIXED = [
  "id",
  "document_id",
  "version_id",
  "parent_id",
  "kind",
  ...AUTHORSHIP_COLUMNS,
  "quote",
  "offset_from",
  "offset_to",
  "locator",
  "created_at",
  "edited_at",
  "on_draft",
];
const MODERATION = [
  "status",
  "moderation_reason",
  "moderation_note",
  "moderator_id",
  "moderator_name",
  "moderated_at",
];
const DECISION = [
  "suggestion_state",
  "decided_by",
  "decided_by_name",
  "decided_at",
  "decline_reason",
];
const ANSWER = ["disposition", "explanation", ...AUTHORSHIP_COLUMNS, "edited_at"];
const ROUND_FIXED = [
  "id",
  "document_id",
  "number",
  "version_id",
  "opens_at",
  "closes_at",
  "time_zone",
  "audience",
  "opened_by",
  "opened_by_name",
  "created_at",
  "closed_at",
  "closed_by",
  "closed_by_name",
  "close_reason",
];
const CONCLUSION = ["concluded_at", "conclusion", "conclusion_by", "conclusion_by_name"];

/** What migration 8 makes the database refuse. */
export const SEALED_ROW_REFUSALS: Refusal[] = [
  {
    name: "sealed_comments_keep_their_words",
    table: "comments",
    event: "UPDATE",
    when: (c) => `${ROUND_CLOSED("OLD.version_id")} AND (${changed(c, COMMENT_FIXED)}
      OR ((${changed(c, ["body", "proposed_text"])})
          AND NOT (${c.same("NEW.status", "'erased'")} AND NEW.body IS NULL AND NEW.proposed_text IS NULL)))`,
    message: "a comment of a closed round is sealed: it cannot be changed",
  },
  {
    name: "sealed_comments_moderated_by_the_log",
    table: "comments",
    event: "UPDATE",
    when: (c) => `${ROUND_CLOSED("OLD.version_id")} AND (${changed(c, MODERATION)}) AND NOT (
      ((OLD.status = 'visible' AND NEW.status IN ('hidden', 'erased'))
        OR (OLD.status = 'hidden' AND NEW.status = 'erased'))
      AND EXISTS (SELECT 1 FROM moderation_log m WHERE m.comment_id = OLD.id
        AND m.action = (CASE NEW.status WHEN 'erased' THEN 'erase' ELSE 'hide' END)
        AND ${c.same("m.reason", "NEW.moderation_reason")} AND ${c.same("m.note", "NEW.moderation_note")}
        AND ${c.same("m.moderator_id", "NEW.moderator_id")} AND ${c.same("m.at", "NEW.moderated_at")}))`,
    message: "a sealed comment is hidden or erased only with its moderation log entry",
  },
  {
    name: "sealed_decisions_are_final",
    table: "comments",
    event: "UPDATE",
    when: (c) => `${ROUND_CLOSED("OLD.version_id")} AND (${changed(c, DECISION)}) AND NOT (
      ${c.same("OLD.suggestion_state", "'open'")} AND NEW.suggestion_state IS NOT NULL
      AND NEW.suggestion_state IN ('accepted', 'declined')
      AND OLD.decided_by IS NULL AND OLD.decided_at IS NULL AND OLD.decline_reason IS NULL)`,
    message: "a suggestion of a closed round is decided once",
  },
  {
    name: "sealed_comments_are_kept",
    table: "comments",
    event: "DELETE",
    when: () => ROUND_CLOSED("OLD.version_id"),
    message: "a comment of a closed round is never deleted",
  },
  {
    name: "sealed_comment_revisions_are_kept",
    table: "comment_revisions",
    event: "UPDATE",
    when: (
      c,
    ) => `${COMMENT_CLOSED("OLD.comment_id")} AND (${changed(c, ["id", "comment_id", "written_at"])}
      OR NOT (NEW.body IS NULL AND NEW.proposed_text IS NULL AND ${c.same(STATUS_OF, "'erased'")}))`,
    message: "an earlier wording of a sealed comment is only ever erased",
  },
  {
    name: "sealed_comment_revisions_stay",
    table: "comment_revisions",
    event: "DELETE",
    when: () => COMMENT_CLOSED("OLD.comment_id"),
    message: "an earlier wording of a sealed comment is never deleted",
  },
  {
    name: "sealed_answers_keep_their_history",
    table: "answers",
    event: "UPDATE",
    when: (
      c,
    ) => `${COMMENT_CLOSED("OLD.comment_id")} AND (${changed(c, ["comment_id", "created_at"])}
      OR ((${changed(c, ANSWER)}) AND NOT EXISTS (SELECT 1 FROM answer_revisions v
        WHERE v.comment_id = OLD.comment_id AND v.disposition = OLD.disposition
          AND v.explanation = OLD.explanation AND v.author_id = OLD.author_id
          AND v.written_at = COALESCE(OLD.edited_at, OLD.created_at))))`,
    message: "a sealed answer is reworded only by keeping its earlier wording",
  },
  {
    name: "sealed_answers_are_kept",
    table: "answers",
    event: "DELETE",
    when: () => COMMENT_CLOSED("OLD.comment_id"),
    message: "an answer of a closed round is never deleted",
  },
  {
    name: "answer_revisions_are_immutable",
    table: "answer_revisions",
    event: "UPDATE",
    message: "an earlier wording of an answer is immutable",
  },
  {
    name: "answer_revisions_are_kept",
    table: "answer_revisions",
    event: "DELETE",
    message: "an earlier wording of an answer is never deleted",
  },
  {
    name: "moderation_log_is_immutable",
    table: "moderation_log",
    event: "UPDATE",
    message: "the moderation log is append-only",
  },
  {
    name: "moderation_log_is_kept",
    table: "moderation_log",
    event: "DELETE",
    message: "the moderation log is append-only",
  },
  {
    name: "attachments_are_immutable",
    table: "attachments",
    event: "UPDATE",
    when: (
      c,
    ) => `${changed(c, ["id", "comment_id", "name", "size", "data", "uploaded_by", "created_at"])}
      OR OLD.sha256 IS NOT NULL`,
    message: "an attachment is immutable",
  },
  {
    name: "sealed_attachments_are_kept",
    table: "attachments",
    event: "DELETE",
    when: (c) => `${COMMENT_CLOSED("OLD.comment_id")} AND ${c.differs(STATUS_OF, "'erased'")}`,
    message: "an attachment of a closed round is deleted only with its erased comment",
  },
  {
    name: "closed_rounds_are_sealed",
    table: "rounds",
    event: "UPDATE",
    when: (c) => `OLD.closed_at IS NOT NULL AND (${changed(c, ROUND_FIXED)}
      OR ((${changed(c, CONCLUSION)}) AND OLD.concluded_at IS NOT NULL))`,
    message: "a closed round is sealed: only its conclusion is added, once",
  },
  {
    name: "closed_round_organisations_stay",
    table: "round_organisations",
    event: "DELETE",
    when: () =>
      "EXISTS (SELECT 1 FROM rounds r WHERE r.id = OLD.round_id AND r.closed_at IS NOT NULL)",
    message: "the organisations of a closed round are sealed",
  },
  {
    name: "documents_keep_their_title",
    table: "documents",
    event: "UPDATE OF title, form",
    when: (c) => changed(c, ["title", "form"]),
    message: "a document's title and form are published as sealed",
  },
  {
    name: "invited_organisations_keep_their_name",
    table: "organisations",
    event: "UPDATE OF name, kind",
    when: (c) => `(${changed(c, ["name", "kind"])}) AND EXISTS (SELECT 1 FROM round_organisations ro
      JOIN rounds r ON r.id = ro.round_id WHERE ro.organisation_id = OLD.id AND r.closed_at IS NOT NULL)`,
    message: "an organisation invited to a closed round is named in its sealed record",
  },
];

/** Migration 8's backfill: the SHA-256 of every attachment stored before hashes were. */
export async function backfillAttachmentHashes(tx: SqlDatabase): Promise<void> {
  const rows = await tx.all<{ id: string; data: Buffer }>(
    "SELECT id, data FROM attachments WHERE sha256 IS NULL",
  );
  for (const row of rows) {
    const sha256 = createHash("sha256").update(row.data).digest("hex");
    await tx.run("UPDATE attachments SET sha256 = ? WHERE id = ?", [sha256, row.id]);
  }
}
