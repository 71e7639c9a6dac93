import { useTranslation } from "react-i18next";
import type { ModerationLogEntry } from "../../../../../shared/schemas/index.ts";
import { formatDateTime } from "../../../i18n/formatDate.ts";

/** Every moderation of the round's comments, oldest first: who, whose comment, when and why. */
export function ModerationLog({ entries }: { entries: readonly ModerationLogEntry[] }) {
  const { t, i18n } = useTranslation();
  const date = (iso: string) => formatDateTime(iso, i18n.language);
  if (entries.length === 0) return <p className="body">{t("comments.moderationLog.empty")}</p>;
  return (
    <ol className="moderation-log__list public-moderation-log">
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
