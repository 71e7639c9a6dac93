import { FileDown, Printer } from "lucide-react";
import { useTranslation } from "react-i18next";
import { printPagePath, wordExportPath } from "../../../api/index.ts";

/**
 * The live draft of a regulation out of Rembuk: downloaded as a Word file, or laid out as a
 * print page (opened in a new tab) that the browser prints or saves as PDF.
 */
export function WordActions({ documentId }: { documentId: string }) {
  const { t } = useTranslation();
  return (
    <div className="word-actions">
      <a
        className="button button--secondary button--small"
        href={wordExportPath(documentId)}
        download
      >
        <FileDown aria-hidden="true" focusable="false" size={16} />
        {t("documents.word.download")}
      </a>
      <a
        className="button button--secondary button--small"
        href={printPagePath(documentId)}
        target="_blank"
        rel="noopener noreferrer"
      >
        <Printer aria-hidden="true" focusable="false" size={16} />
        {t("documents.word.print")}
        <span className="visually-hidden"> {t("documents.word.newTab")}</span>
      </a>
    </div>
  );
}
