import type { JSONContent } from "@tiptap/core";
import type { DocumentForm } from "../../../shared/schemas/index.ts";
import {
  AUTHORSHIP_COLUMNS,
  type AuthorshipRecord,
  type AuthorshipRow,
  authorshipOf,
  authorshipRow,
} from "./authorshipColumns.ts";
import type { SqlDatabase } from "./database.ts";
import { insertRow } from "./insertRow.ts";

/** A frozen version of a draft, without its text. */
export interface VersionRecord {
  id: string;
  documentId: string;
  number: number;
  title: string;
  /** The summary of changes since the previous version. */
  summary: string;
  author: AuthorshipRecord;
  createdAt: string;
  /** The draft's form when frozen: which schema reads `content`. */
  form: DocumentForm;
}

/** A version's text: as ProseMirror JSON, as plain text, and the live Y.Doc it came from. */
export interface VersionText {
  /** ProseMirror JSON of the draft as frozen, without the live draft's comment anchors. */
  content: JSONContent;
  /** Plain text, blocks joined by "\n" (what comment offsets count in). */
  text: string;
  /** `Y.encodeStateAsUpdate` of the live draft when it was frozen. */
  ydocState: Uint8Array;
}

interface VersionRow extends AuthorshipRow {
  id: string;
  document_id: string;
  number: number;
  title: string;
  summary: string;
  created_at: string;
  form: DocumentForm;
}

const SUMMARY_COLUMNS = `id, document_id, number, title, summary, ${AUTHORSHIP_COLUMNS.join(", ")}, created_at, form`;

const toRecord = (row: VersionRow): VersionRecord => ({
  id: row.id,
  documentId: row.document_id,
  number: row.number,
  title: row.title,
  summary: row.summary,
  author: authorshipOf(row),
  createdAt: row.created_at,
  form: row.form,
});

/**
 * Data access for frozen versions. Versions are written once and never changed: this interface
 * has no update or delete, and the database refuses both (triggers of migration 5).
 */
export interface VersionStore {
  insert(record: VersionRecord, text: VersionText): Promise<void>;
  /** Version `number` of a document. */
  find(documentId: string, number: number): Promise<VersionRecord | undefined>;
  findById(id: string): Promise<VersionRecord | undefined>;
  /** Every version of a document, oldest first. */
  list(documentId: string): Promise<VersionRecord[]>;
  /** The highest version number of a document; 0 when it has none. */
  latestNumber(documentId: string): Promise<number>;
  /** A version's text. */
  text(id: string): Promise<VersionText | undefined>;
}

/** The SQL implementation of {@link VersionStore}. */
export function createVersionStore(db: SqlDatabase): VersionStore {
  return {
    async insert(v, t) {
      await insertRow(db, "versions", {
        id: v.id,
        document_id: v.documentId,
        number: v.number,
        title: v.title,
        summary: v.summary,
        ...authorshipRow(v.author),
        created_at: v.createdAt,
        form: v.form,
        content_json: JSON.stringify(t.content),
        text: t.text,
        ydoc_state: Buffer.from(t.ydocState),
      });
    },
    async find(documentId, number) {
      const row = await db.get<VersionRow>(
        `SELECT ${SUMMARY_COLUMNS} FROM versions WHERE document_id = ? AND number = ?`,
        [documentId, number],
      );
      return row && toRecord(row);
    },
    async findById(id) {
      const row = await db.get<VersionRow>(`SELECT ${SUMMARY_COLUMNS} FROM versions WHERE id = ?`, [
        id,
      ]);
      return row && toRecord(row);
    },
    async list(documentId) {
      const rows = await db.all<VersionRow>(
        `SELECT ${SUMMARY_COLUMNS} FROM versions WHERE document_id = ? ORDER BY number`,
        [documentId],
      );
      return rows.map(toRecord);
    },
    async latestNumber(documentId) {
      const row = await db.get<{ latest: number | null }>(
        "SELECT MAX(number) AS latest FROM versions WHERE document_id = ?",
        [documentId],
      );
      return row?.latest ?? 0;
    },
    async text(id) {
      const row = await db.get<{ content_json: string; text: string; ydoc_state: Buffer }>(
        "SELECT content_json, text, ydoc_state FROM versions WHERE id = ?",
        [id],
      );
      if (!row) return undefined;
      return {
        content: JSON.parse(row.content_json) as JSONContent,
        text: row.text,
        ydocState: new Uint8Array(row.ydoc_state),
      };
    },
  };
}
