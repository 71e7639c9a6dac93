import { type CommentRecord, type CommentRow, toRecord } from "./commentStore.ts";
import type { SqlDatabase } from "./database.ts";

/** Which threads a list holds: every one of the document's, or those of one context. */
export interface ThreadScope {
  documentId: string;
  /** Undefined: every context; null: the live draft; else a round's version. */
  versionId?: string | null;
}

/**
 * Comments a page at a time, in the order they were made (`created_at`, then `rowid`): a page
 * starts after a cursor comment, so comments made while a reader pages on come after the cursor
 * and are neither skipped nor repeated. Only the rows of the page are read, never the words of
 * every comment of a thread or a document.
 */
export interface CommentPageStore {
  /** Up to `limit` top-level comments after the one `after`; undefined when `after` is not one of them. */
  threads(
    scope: ThreadScope,
    page: { after?: string; limit: number },
  ): Promise<CommentRecord[] | undefined>;
  /** How many top-level comments the scope holds. */
  countThreads(scope: ThreadScope): Promise<number>;
  /**
   * Up to `limit` replies of a thread made just before the reply `before` (or the latest),
   * oldest first; undefined when `before` is not a reply of that thread.
   */
  replies(
    threadId: string,
    page: { before?: string; limit: number },
  ): Promise<CommentRecord[] | undefined>;
  /** How many replies each of the threads has (threads without replies are left out). */
  replyCounts(threadIds: readonly string[]): Promise<Map<string, number>>;
  /** The ids of every comment and reply made on a version (a round's), cheaply. */
  idsInVersion(versionId: string): Promise<string[]>;
}

/** `AND version_id …` for a scope, with its parameter. */
function versionClause(scope: ThreadScope): { sql: string; params: (string | null)[] } {
  if (scope.versionId === undefined) return { sql: "", params: [] };
  if (scope.versionId === null) return { sql: " AND version_id IS NULL", params: [] };
  return { sql: " AND version_id = ?", params: [scope.versionId] };
}

/** The SQL implementation of {@link CommentPageStore}. */
export function createCommentPageStore(db: SqlDatabase): CommentPageStore {
  return {
    async threads(scope, page) {
      const version = versionClause(scope);
      const where = `document_id = ? AND parent_id IS NULL${version.sql}`;
      const params: (string | number | null)[] = [scope.documentId, ...version.params];
      let after = "";
      if (page.after !== undefined) {
        const at = await db.get<{ created_at: string; rowid: number }>(
          `SELECT created_at, rowid FROM comments WHERE id = ? AND ${where}`,
          [page.after, ...params],
        );
        if (!at) return undefined;
        after = " AND (created_at, rowid) > (?, ?)";
        params.push(at.created_at, at.rowid);
      }
      const rows = await db.all<CommentRow>(
        `SELECT * FROM comments WHERE ${where}${after} ORDER BY created_at, rowid LIMIT ?`,
        [...params, page.limit],
      );
      return rows.map(toRecord);
    },
    async countThreads(scope) {
      const version = versionClause(scope);
      const row = await db.get<{ n: number }>(
        `SELECT COUNT(*) AS n FROM comments WHERE document_id = ? AND parent_id IS NULL${version.sql}`,
        [scope.documentId, ...version.params],
      );
      return row?.n ?? 0;
    },
    async replies(threadId, page) {
      const params: (string | number)[] = [threadId];
      let before = "";
      if (page.before !== undefined) {
        const at = await db.get<{ created_at: string; rowid: number }>(
          "SELECT created_at, rowid FROM comments WHERE id = ? AND parent_id = ?",
          [page.before, threadId],
        );
        if (!at) return undefined;
        before = " AND (created_at, rowid) < (?, ?)";
        params.push(at.created_at, at.rowid);
      }
      // The page's rowids come from the index alone; only their rows are then read whole.
      const rows = await db.all<CommentRow>(
        `SELECT * FROM comments WHERE rowid IN (
           SELECT rowid FROM comments WHERE parent_id = ?${before}
           ORDER BY created_at DESC, rowid DESC LIMIT ?
         ) ORDER BY created_at, rowid`,
        [...params, page.limit],
      );
      return rows.map(toRecord);
    },
    async replyCounts(threadIds) {
      if (threadIds.length === 0) return new Map();
      const rows = await db.all<{ parent_id: string; n: number }>(
        `SELECT parent_id, COUNT(*) AS n FROM comments
         WHERE parent_id IN (${threadIds.map(() => "?").join(", ")}) GROUP BY parent_id`,
        [...threadIds],
      );
      return new Map(rows.map((r) => [r.parent_id, r.n]));
    },
    async idsInVersion(versionId) {
      const rows = await db.all<{ id: string }>("SELECT id FROM comments WHERE version_id = ?", [
        versionId,
      ]);
      return rows.map((r) => r.id);
    },
  };
}
