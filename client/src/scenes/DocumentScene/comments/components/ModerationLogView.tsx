import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { ModerationLogEntry } from "../../../../../../shared/schemas/index.ts";
import { moderationLog } from "../../../../api/index.ts";
import { formatDateTime } from "../../../../i18n/formatDate.ts";

type Loaded =
  | { status: "idle" | "loading" | "error" }
  | { status: "ready"; entries: ModerationLogEntry[] };

/** Every comment hidden on this draft, by whom, when and why; loaded each time it is opened. */
export function ModerationLogView({ documentId }: { documentId: string }) {
  const { t, i18n } = useTranslation();
  const [loaded, setLoaded] = useState<Loaded>({ status: "idle" });
  const date = (iso: string) => formatDateTime(iso, i18n.language);

  return (
    <details
      className="moderation-log"
      onToggle={(event) => {
        if (!event.currentTarget.open) return;
        setLoaded({ status: "loading" });
        moderationLog(documentId).then(
          (entries) => setLoaded({ status: "ready", entries }),
          () => setLoaded({ status: "error" }),
        );
      }}
    >
      <summary>{t("comments.moderationLog.summary")}</summary>
      {loaded.status === "loading" && <p role="status">{t("comments.moderationLog.loading")}</p>}
      {loaded.status === "error" && (
        <p role="alert" className="error-message">
          {t("comments.moderationLog.failed")}
        </p>
      )}
      {loaded.status === "ready" &&
        (loaded.entries.length === 0 ? (
          <p>{t("comments.moderationLog.empty")}</p>
        ) : (
          <ol className="moderation-log__list">
            {loaded.entries.map((entry) => (
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
                  <strong>{t(`comments.moderation.reason.${entry.reason}`)}</strong> — {entry.note}
                </p>
              </li>
            ))}
          </ol>
        ))}
    </details>
  );
}
