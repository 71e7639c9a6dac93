import { useTranslation } from "react-i18next";
import type { BlockStatus } from "../../../../shared/diff/types.ts";

const TAG: Record<Exclude<BlockStatus, "unchanged">, string> = {
  changed: "tag tag--yellow",
  added: "tag tag--green",
  removed: "tag tag--red",
  moved: "tag tag--blue",
};

/** What happened to a block, as a word badge; nothing for an unchanged one. */
export function DiffStatus({ status }: { status: BlockStatus }) {
  const { t } = useTranslation();
  if (status === "unchanged") return null;
  return (
    <span className={`${TAG[status]} diff-status`} data-testid="diff-status">
      {t(`diff.status.${status}`)}
    </span>
  );
}
