import { useTranslation } from "react-i18next";
import type { ModerationLogEntry } from "../../../../../shared/schemas/index.ts";
import { ModerationLogList } from "../../DocumentScene/comments/components/ModerationLogList.tsx";

/** Every moderation of the round's comments, oldest first: who, whose comment, when and why. */
export function ModerationLog({ entries }: { entries: readonly ModerationLogEntry[] }) {
  const { t } = useTranslation();
  if (entries.length === 0) return <p className="body">{t("comments.moderationLog.empty")}</p>;
  return <ModerationLogList entries={entries} className="public-moderation-log" />;
}
