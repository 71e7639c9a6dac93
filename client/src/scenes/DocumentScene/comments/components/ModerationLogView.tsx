import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { ModerationLogEntry } from "../../../../../../shared/schemas/index.ts";
import { moderationLog } from "../../../../api/index.ts";
import { ModerationLogList } from "./ModerationLogList.tsx";

type Loaded =
  | { status: "idle" | "loading" | "error" }
  | { status: "ready"; entries: ModerationLogEntry[] };

/** Every comment hidden on this draft, by whom, when and why; loaded each time it is opened. */
export function ModerationLogView({ documentId }: { documentId: string }) {
  const { t } = useTranslation();
  const [loaded, setLoaded] = useState<Loaded>({ status: "idle" });

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
          <ModerationLogList entries={loaded.entries} />
        ))}
    </details>
  );
}
