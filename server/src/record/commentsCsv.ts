import type { PublicComment, PublicRecord } from "../../../shared/schemas/index.ts";

/** The CSV's columns, in order: one row per comment or reply of every published round. */
const COLUMNS = [
  "round",
  "version",
  "comment_id",
  "parent_id",
  "kind",
  "locator",
  "quote",
  "anchor_from",
  "anchor_to",
  "author",
  "organisation",
  "organisation_kind",
  "declared_interests",
  "created_at",
  "edited_at",
  "status",
  "moderation_reason",
  "body",
  "proposed_text",
  "suggestion",
  "disposition",
  "explanation",
  "answered_by",
  "answered_at",
] as const;

/**
 * A cell as RFC 4180 wants it (quoted, inner quotes doubled), made harmless for spreadsheets: a
 * cell that starts with `=`, `+`, `-`, `@`, a tab or a carriage return is prefixed with `'`, so
 * that Excel or LibreOffice never read someone's comment as a formula.
 */
export function csvCell(value: string | number | null): string {
  if (value === null) return "";
  let text = String(value);
  if (typeof value === "string" && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return `"${text.replace(/"/g, '""')}"`;
}

function row(round: number, version: number, c: PublicComment): (string | number | null)[] {
  return [
    round,
    version,
    c.id,
    c.parentId,
    c.kind,
    c.locator,
    c.anchor?.quote ?? null,
    c.anchor?.from ?? null,
    c.anchor?.to ?? null,
    c.author.name,
    c.author.organisation?.name ?? null,
    c.author.organisation?.kind ?? "individual",
    c.author.interests,
    c.createdAt,
    c.editedAt,
    c.status,
    c.moderation?.reason ?? null,
    c.body,
    c.proposedText,
    c.suggestion?.state ?? (c.kind === "suggestion" ? "open" : null),
    c.answer?.disposition ?? null,
    c.answer?.explanation ?? null,
    c.answer?.author.name ?? null,
    c.answer?.createdAt ?? null,
  ];
}

/**
 * The comments of a consultation with their answers as CSV (RFC 4180: CRLF line ends, every
 * cell quoted), UTF-8 with a byte-order mark so that Excel reads Indonesian names correctly.
 * Hidden comments keep their row with an empty body.
 */
export function renderCommentsCsv(record: PublicRecord): string {
  const lines = [COLUMNS.map(csvCell).join(",")];
  for (const { record: round } of record.rounds) {
    for (const comment of round.comments) {
      lines.push(row(round.number, round.version.number, comment).map(csvCell).join(","));
    }
  }
  return `\uFEFF${lines.join("\r\n")}\r\n`;
}
