import { useTranslation } from "react-i18next";
import type { AttachmentView } from "../../../../../../shared/schemas/index.ts";

/** Size for people: "240 KB", "1.2 MB". */
function sizeOf(bytes: number, language: string): string {
  const format = (n: number) => n.toLocaleString(language, { maximumFractionDigits: 1 });
  return bytes < 1024 * 1024
    ? `${format(Math.max(1, Math.round(bytes / 1024)))} KB`
    : `${format(bytes / (1024 * 1024))} MB`;
}

/** A comment's position papers, as download links with their size. */
export function AttachmentList({ attachments }: { attachments: readonly AttachmentView[] }) {
  const { t, i18n } = useTranslation();
  if (attachments.length === 0) return null;
  return (
    <div className="comment-attachments">
      <p className="comment-attachments__heading">{t("comments.attachments.heading")}</p>
      <ul className="comment-attachments__list">
        {attachments.map((attachment) => (
          <li key={attachment.id}>
            <a href={attachment.url} download={attachment.name}>
              {attachment.name}
            </a>{" "}
            <span className="muted">
              ({t("comments.attachments.pdf")}, {sizeOf(attachment.size, i18n.language)})
            </span>
          </li>
        ))}
      </ul>
    </div>
  );
}
