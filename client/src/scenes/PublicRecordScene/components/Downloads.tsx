import { useTranslation } from "react-i18next";
import { publicPaths } from "../../../api/public.ts";

/**
 * The open data of the consultation: the complete record as JSON (what the seals cover), every
 * comment and answer as CSV, and the selected round's response table (DIM) as a page to print.
 */
export function Downloads({ documentId, round }: { documentId: string; round: number | null }) {
  const { t } = useTranslation();
  return (
    <ul className="public-downloads">
      <li>
        <a href={publicPaths.record(documentId)} download={`${documentId}-record.json`}>
          {t("public.downloads.json")}
        </a>{" "}
        <span className="muted">{t("public.downloads.jsonHint")}</span>
      </li>
      <li>
        <a href={publicPaths.commentsCsv(documentId)} download={`${documentId}-comments.csv`}>
          {t("public.downloads.csv")}
        </a>{" "}
        <span className="muted">{t("public.downloads.csvHint")}</span>
      </li>
      {round !== null && (
        <li>
          <a href={publicPaths.dim(documentId, round)}>
            {t("public.downloads.dim", { number: round })}
          </a>{" "}
          <span className="muted">{t("public.downloads.dimHint")}</span>
        </li>
      )}
    </ul>
  );
}
