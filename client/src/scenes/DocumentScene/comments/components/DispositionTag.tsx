import { useTranslation } from "react-i18next";
import type { Disposition } from "../../../../../../shared/schemas/index.ts";

const TONE: Record<Disposition, string> = {
  accepted: "tag--green",
  partly_accepted: "tag--blue",
  not_accepted: "tag--red",
  noted: "tag--grey",
};

/** The official disposition in words (never colour alone). */
export function DispositionTag({ disposition }: { disposition: Disposition }) {
  const { t } = useTranslation();
  return (
    <strong className={`tag ${TONE[disposition]}`} data-testid="disposition">
      {t(`comments.disposition.${disposition}`)}
    </strong>
  );
}
