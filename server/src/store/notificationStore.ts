import type {
  NotificationDelivery,
  NotificationKind,
} from "../../../shared/schemas/notifications.ts";
import type { SqlDatabase } from "./database.ts";

/** One notification of one person. Texts are snapshots taken when it was made. */
export interface NotificationRecord {
  id: string;
  userId: string;
  kind: NotificationKind;
  documentId: string;
  round: number | null;
  commentId: string | null;
  title: string;
  summary: string;
  actorName: string | null;
  /** The event it reports; one person hears of one event once. */
  dedupKey: string;
  createdAt: string;
  readAt: string | null;
  emailedAt: string | null;
  digestedAt: string | null;
}

/** A notification to make, with the e-mail to queue at once for people who chose `immediate`. */
export type NewNotification = Omit<NotificationRecord, "readAt" | "emailedAt" | "digestedAt"> & {
  mail?: OutboxMail;
};

/** A message for whatever delivers mail later (the `outbox` table). */
export interface OutboxMail {
  to: string;
  subject: string;
  body: string;
}

/** A notification not yet e-mailed nor digested, with its recipient's address. */
export interface UndeliveredNotification extends NotificationRecord {
  email: string;
}

interface NotificationRow {
  id: string;
  user_id: string;
  kind: NotificationKind;
  document_id: string;
  round_number: number | null;
  comment_id: string | null;
  title: string;
  summary: string;
  actor_name: string | null;
  dedup_key: string;
  created_at: string;
  read_at: string | null;
  emailed_at: string | null;
  digested_at: string | null;
}

const toRecord = (r: NotificationRow): NotificationRecord => ({
  id: r.id,
  userId: r.user_id,
  kind: r.kind,
  documentId: r.document_id,
  round: r.round_number,
  commentId: r.comment_id,
  title: r.title,
  summary: r.summary,
  actorName: r.actor_name,
  dedupKey: r.dedup_key,
  createdAt: r.created_at,
  readAt: r.read_at,
  emailedAt: r.emailed_at,
  digestedAt: r.digested_at,
});

/** What a person chooses when nothing was chosen: see the README's note on notifications. */
export const DEFAULT_DELIVERY: NotificationDelivery = "daily_digest";

/** Data access for notifications, delivery preferences and the notifier's own progress. */
export interface NotificationStore {
  /**
   * Records that the event `key` was handled and makes its notifications (each at most once
   * per person), queueing the e-mails of those that carry one — all in one transaction, so a
   * crash never leaves an event half-notified. Returns how many notifications were made; 0 and
   * nothing written when the event had already been handled.
   */
  deliver(trigger: { key: string; at: string }, items: readonly NewNotification[]): Promise<number>;
  /** Whether the event `key` was already handled. */
  handled(key: string): Promise<boolean>;
  /** A person's notifications, newest first, older than the one with id `before`. */
  list(
    userId: string,
    page: { before?: string | undefined; limit: number },
  ): Promise<{ records: NotificationRecord[]; nextBefore: string | null }>;
  unreadCount(userId: string): Promise<number>;
  /** Marks some (or all, with `"all"`) of a person's notifications read; others' are untouched. */
  markRead(userId: string, ids: readonly string[] | "all", at: string): Promise<void>;
  delivery(userId: string): Promise<NotificationDelivery>;
  /** Each person's choice; people who never chose get {@link DEFAULT_DELIVERY}. */
  deliveries(userIds: readonly string[]): Promise<Map<string, NotificationDelivery>>;
  setDelivery(userId: string, delivery: NotificationDelivery, at: string): Promise<void>;
  /** Notifications made until `until` that went out neither by e-mail nor in a digest. */
  undelivered(until: string): Promise<UndeliveredNotification[]>;
  /** Marks notifications digested and queues the digest (none when `mail` is null), together. */
  digest(ids: readonly string[], mail: OutboxMail | null, at: string): Promise<void>;
  /**
   * Blanks the summaries quoting a comment a moderator hid or erased, so a notification never
   * keeps words the comment itself no longer shows.
   */
  forgetWordsOf(commentId: string): Promise<void>;
  /** A value the notifier keeps between runs (read cursors, the last digest's time). */
  state(name: string): Promise<string | undefined>;
  setState(name: string, value: string): Promise<void>;
}

/** The SQL implementation of {@link NotificationStore}. */
export function createNotificationStore(db: SqlDatabase): NotificationStore {
  const queueMail = (tx: SqlDatabase, mail: OutboxMail, at: string) =>
    tx.run("INSERT INTO outbox (to_email, subject, body, created_at) VALUES (?, ?, ?, ?)", [
      mail.to,
      mail.subject,
      mail.body,
      at,
    ]);

  return {
    deliver(trigger, items) {
      return db.transaction(async (tx) => {
        const claimed = await tx.run(
          "INSERT INTO notification_triggers (key, at) VALUES (?, ?) ON CONFLICT DO NOTHING",
          [trigger.key, trigger.at],
        );
        if (claimed.changes === 0) return 0;
        let made = 0;
        for (const n of items) {
          const inserted = await tx.run(
            `INSERT INTO notifications (id, user_id, kind, document_id, round_number,
               comment_id, title, summary, actor_name, dedup_key, created_at, emailed_at)
             VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING`,
            [
              n.id,
              n.userId,
              n.kind,
              n.documentId,
              n.round,
              n.commentId,
              n.title,
              n.summary,
              n.actorName,
              n.dedupKey,
              n.createdAt,
              n.mail ? n.createdAt : null,
            ],
          );
          if (inserted.changes === 0) continue;
          made += 1;
          if (n.mail) await queueMail(tx, n.mail, n.createdAt);
        }
        return made;
      });
    },
    async handled(key) {
      return !!(await db.get("SELECT 1 AS found FROM notification_triggers WHERE key = ?", [key]));
    },
    async list(userId, { before, limit }) {
      const cursor =
        before &&
        (await db.get<{ created_at: string; id: string }>(
          "SELECT created_at, id FROM notifications WHERE id = ? AND user_id = ?",
          [before, userId],
        ));
      const rows = cursor
        ? await db.all<NotificationRow>(
            `SELECT * FROM notifications WHERE user_id = ? AND (created_at < ? OR (created_at = ? AND id < ?))
             ORDER BY created_at DESC, id DESC LIMIT ?`,
            [userId, cursor.created_at, cursor.created_at, cursor.id, limit + 1],
          )
        : await db.all<NotificationRow>(
            "SELECT * FROM notifications WHERE user_id = ? ORDER BY created_at DESC, id DESC LIMIT ?",
            [userId, limit + 1],
          );
      const records = rows.slice(0, limit).map(toRecord);
      const last = records.at(-1);
      return { records, nextBefore: rows.length > limit && last ? last.id : null };
    },
    async unreadCount(userId) {
      const row = await db.get<{ n: number }>(
        "SELECT COUNT(*) AS n FROM notifications WHERE user_id = ? AND read_at IS NULL",
        [userId],
      );
      return row?.n ?? 0;
    },
    async markRead(userId, ids, at) {
      if (ids === "all") {
        await db.run("UPDATE notifications SET read_at = ? WHERE user_id = ? AND read_at IS NULL", [
          at,
          userId,
        ]);
        return;
      }
      if (ids.length === 0) return;
      await db.run(
        `UPDATE notifications SET read_at = ? WHERE user_id = ? AND read_at IS NULL
         AND id IN (${ids.map(() => "?").join(", ")})`,
        [at, userId, ...ids],
      );
    },
    async delivery(userId) {
      return (await this.deliveries([userId])).get(userId) ?? DEFAULT_DELIVERY;
    },
    async deliveries(userIds) {
      const chosen = new Map<string, NotificationDelivery>(
        userIds.map((userId) => [userId, DEFAULT_DELIVERY]),
      );
      if (userIds.length === 0) return chosen;
      const rows = await db.all<{ user_id: string; delivery: NotificationDelivery }>(
        `SELECT user_id, delivery FROM notification_settings
         WHERE user_id IN (${userIds.map(() => "?").join(", ")})`,
        [...userIds],
      );
      for (const row of rows) chosen.set(row.user_id, row.delivery);
      return chosen;
    },
    async setDelivery(userId, delivery, at) {
      await db.run(
        `INSERT INTO notification_settings (user_id, delivery, updated_at) VALUES (?, ?, ?)
         ON CONFLICT (user_id) DO UPDATE SET delivery = excluded.delivery, updated_at = excluded.updated_at`,
        [userId, delivery, at],
      );
    },
    async undelivered(until) {
      const rows = await db.all<NotificationRow & { email: string }>(
        `SELECT n.*, u.email FROM notifications n JOIN users u ON u.id = n.user_id
         WHERE n.emailed_at IS NULL AND n.digested_at IS NULL AND n.created_at <= ?
           AND u.disabled_at IS NULL
         ORDER BY n.user_id, n.created_at, n.id`,
        [until],
      );
      return rows.map((row) => ({ ...toRecord(row), email: row.email }));
    },
    async digest(ids, mail, at) {
      await db.transaction(async (tx) => {
        for (const id of ids) {
          await tx.run(
            "UPDATE notifications SET digested_at = ? WHERE id = ? AND digested_at IS NULL",
            [at, id],
          );
        }
        if (mail) await queueMail(tx, mail, at);
      });
    },
    async forgetWordsOf(commentId) {
      await db.run(
        "UPDATE notifications SET summary = '' WHERE comment_id = ? AND kind = 'comment_received'",
        [commentId],
      );
    },
    async state(name) {
      const row = await db.get<{ value: string }>(
        "SELECT value FROM notification_state WHERE name = ?",
        [name],
      );
      return row?.value;
    },
    async setState(name, value) {
      await db.run(
        `INSERT INTO notification_state (name, value) VALUES (?, ?)
         ON CONFLICT (name) DO UPDATE SET value = excluded.value`,
        [name, value],
      );
    },
  };
}
