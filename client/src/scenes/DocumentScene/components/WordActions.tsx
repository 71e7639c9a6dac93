import { FileDown, Printer } from "lucide-react";
import { useTranslation } from "react-i18next";
import { printPagePath, wordExportPath } from "../../../api/index.ts";

interface WordActionsProps {
  documentId: string;
  /** A frozen version to export; the live draft when absent. */
  version?: number;
}

/**
 * A regulation out of Rembuk — the live draft or one frozen version of it: downloaded as a Word
 * file, or laid out as a print page (opened in a new tab) that the browser prints or saves as PDF.
 */
export function WordActions({ documentId, version }: WordActionsProps) {
  const { t } = useTranslation();
  // In a list of versions every link says which version it exports.
  const which =
    version === undefined ? null : (
      <span className="visually-hidden"> {t("documents.word.ofVersion", { number: version })}</span>
    );
  return (
    <div className="word-actions">
      <a
        className="button button--secondary button--small"
        href={wordExportPath(documentId, version)}
        download
      >
        <FileDown aria-hidden="true" focusable="false" size={16} />
        {t("documents.word.download")}
        {which}
      </a>
      <a
        className="button button--secondary button--small"
        href={printPagePath(documentId, version)}
        target="_blank"
        rel="noopener noreferrer"
      >
        <Printer aria-hidden="true" focusable="false" size={16} />
        {t("documents.word.print")}
        {which}
        <span className="visually-hidden"> {t("documents.word.newTab")}</span>
      </a>
    </div>
  );
}
