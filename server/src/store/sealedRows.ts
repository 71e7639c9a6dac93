import { createHash } from "node:crypto";
import { AUTHORSHIP_COLUMNS } from "./authorshipColumns.ts";
import type { SqlDatabase } from "./database.ts";

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
const changed = (columns: string[]) => columns.map((c) => `OLD.${c} IS NOT NEW.${c}`).join(" OR ");
const refuse = (message: string) =>
  `BEGIN SELECT RAISE(ABORT, '${message.replaceAll("'", "''")}'); END;`;

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

/** The SQL of migration 8's triggers. */
export const SEALED_ROW_TRIGGERS = `
  CREATE TRIGGER sealed_comments_keep_their_words BEFORE UPDATE ON comments
    WHEN ${ROUND_CLOSED("OLD.version_id")} AND (${changed(COMMENT_FIXED)}
      OR ((${changed(["body", "proposed_text"])})
          AND NOT (NEW.status IS 'erased' AND NEW.body IS NULL AND NEW.proposed_text IS NULL)))
    ${refuse("a comment of a closed round is sealed: it cannot be changed")}
  CREATE TRIGGER sealed_comments_moderated_by_the_log BEFORE UPDATE ON comments
    WHEN ${ROUND_CLOSED("OLD.version_id")} AND (${changed(MODERATION)}) AND NOT (
      ((OLD.status = 'visible' AND NEW.status IN ('hidden', 'erased'))
        OR (OLD.status = 'hidden' AND NEW.status = 'erased'))
      AND EXISTS (SELECT 1 FROM moderation_log m WHERE m.comment_id = OLD.id
        AND m.action = (CASE NEW.status WHEN 'erased' THEN 'erase' ELSE 'hide' END)
        AND m.reason IS NEW.moderation_reason AND m.note IS NEW.moderation_note
        AND m.moderator_id IS NEW.moderator_id AND m.at IS NEW.moderated_at))
    ${refuse("a sealed comment is hidden or erased only with its moderation log entry")}
  CREATE TRIGGER sealed_decisions_are_final BEFORE UPDATE ON comments
    WHEN ${ROUND_CLOSED("OLD.version_id")} AND (${changed(DECISION)}) AND NOT (
      OLD.suggestion_state IS 'open' AND NEW.suggestion_state IS NOT NULL
      AND NEW.suggestion_state IN ('accepted', 'declined')
      AND OLD.decided_by IS NULL AND OLD.decided_at IS NULL AND OLD.decline_reason IS NULL)
    ${refuse("a suggestion of a closed round is decided once")}
  CREATE TRIGGER sealed_comments_are_kept BEFORE DELETE ON comments
    WHEN ${ROUND_CLOSED("OLD.version_id")}
    ${refuse("a comment of a closed round is never deleted")}
  CREATE TRIGGER sealed_comment_revisions_are_kept BEFORE UPDATE ON comment_revisions
    WHEN ${COMMENT_CLOSED("OLD.comment_id")} AND (${changed(["id", "comment_id", "written_at"])}
      OR NOT (NEW.body IS NULL AND NEW.proposed_text IS NULL
        AND (SELECT status FROM comments WHERE id = OLD.comment_id) IS 'erased'))
    ${refuse("an earlier wording of a sealed comment is only ever erased")}
  CREATE TRIGGER sealed_comment_revisions_stay BEFORE DELETE ON comment_revisions
    WHEN ${COMMENT_CLOSED("OLD.comment_id")}
    ${refuse("an earlier wording of a sealed comment is never deleted")}
  CREATE TRIGGER sealed_answers_keep_their_history BEFORE UPDATE ON answers
    WHEN ${COMMENT_CLOSED("OLD.comment_id")} AND (${changed(["comment_id", "created_at"])}
      OR ((${changed(ANSWER)}) AND NOT EXISTS (SELECT 1 FROM answer_revisions v
        WHERE v.comment_id = OLD.comment_id AND v.disposition = OLD.disposition
          AND v.explanation = OLD.explanation AND v.author_id = OLD.author_id
          AND v.written_at = COALESCE(OLD.edited_at, OLD.created_at))))
    ${refuse("a sealed answer is reworded only by keeping its earlier wording")}
  CREATE TRIGGER sealed_answers_are_kept BEFORE DELETE ON answers
    WHEN ${COMMENT_CLOSED("OLD.comment_id")}
    ${refuse("an answer of a closed round is never deleted")}
  CREATE TRIGGER answer_revisions_are_immutable BEFORE UPDATE ON answer_revisions
    ${refuse("an earlier wording of an answer is immutable")}
  CREATE TRIGGER answer_revisions_are_kept BEFORE DELETE ON answer_revisions
    ${refuse("an earlier wording of an answer is never deleted")}
  CREATE TRIGGER moderation_log_is_immutable BEFORE UPDATE ON moderation_log
    ${refuse("the moderation log is append-only")}
  CREATE TRIGGER moderation_log_is_kept BEFORE DELETE ON moderation_log
    ${refuse("the moderation log is append-only")}
  CREATE TRIGGER attachments_are_immutable BEFORE UPDATE ON attachments
    WHEN ${changed(["id", "comment_id", "name", "size", "data", "uploaded_by", "created_at"])}
      OR OLD.sha256 IS NOT NULL
    ${refuse("an attachment is immutable")}
  CREATE TRIGGER sealed_attachments_are_kept BEFORE DELETE ON attachments
    WHEN ${COMMENT_CLOSED("OLD.comment_id")}
      AND (SELECT status FROM comments WHERE id = OLD.comment_id) IS NOT 'erased'
    ${refuse("an attachment of a closed round is deleted only with its erased comment")}
  CREATE TRIGGER closed_rounds_are_sealed BEFORE UPDATE ON rounds
    WHEN OLD.closed_at IS NOT NULL AND (${changed(ROUND_FIXED)}
      OR ((${changed(CONCLUSION)}) AND OLD.concluded_at IS NOT NULL))
    ${refuse("a closed round is sealed: only its conclusion is added, once")}
  CREATE TRIGGER closed_round_organisations_stay BEFORE DELETE ON round_organisations
    WHEN EXISTS (SELECT 1 FROM rounds r WHERE r.id = OLD.round_id AND r.closed_at IS NOT NULL)
    ${refuse("the organisations of a closed round are sealed")}
  CREATE TRIGGER documents_keep_their_title BEFORE UPDATE OF title, form ON documents
    WHEN ${changed(["title", "form"])}
    ${refuse("a document's title and form are published as sealed")}
  CREATE TRIGGER invited_organisations_keep_their_name BEFORE UPDATE OF name, kind ON organisations
    WHEN (${changed(["name", "kind"])}) AND EXISTS (SELECT 1 FROM round_organisations ro
      JOIN rounds r ON r.id = ro.round_id WHERE ro.organisation_id = OLD.id AND r.closed_at IS NOT NULL)
    ${refuse("an organisation invited to a closed round is named in its sealed record")}
`;

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
