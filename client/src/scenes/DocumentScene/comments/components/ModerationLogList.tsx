import { useTranslation } from "react-i18next";
import type { ModerationLogEntry } from "../../../../../../shared/schemas/index.ts";
import { formatDateTime } from "../../../../i18n/formatDate.ts";

/**
 * Moderations, oldest first, on the draft's log and in the public record: who hid whose comment,
 * written when, and why.
 */
export function ModerationLogList({
  entries,
  className,
}: {
  entries: readonly ModerationLogEntry[];
  /** Extra class for where the list stands. */
  className?: string;
}) {
  const { t, i18n } = useTranslation();
  const date = (iso: string) => formatDateTime(iso, i18n.language);
  return (
    <ol className={className ? `moderation-log__list ${className}` : "moderation-log__list"}>
      {entries.map((entry) => (
        <li key={entry.id} className="moderation-log__entry">
          <p>
            {t(`comments.moderationLog.${entry.action}`, {
              moderator: entry.moderator.name,
              date: date(entry.at),
              author: entry.commentAuthor.name,
              written: date(entry.commentCreatedAt),
            })}
          </p>
          <p>
            <strong>{t(`comments.moderation.reason.${entry.reason}`)}</strong>
            {entry.note && <> — {entry.note}</>}
          </p>
        </li>
      ))}
    </ol>
  );
}
