import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { RevisionList } from "../../../../../../shared/schemas/index.ts";
import { listRevisions } from "../../../../api/index.ts";
import { formatDateTime } from "../../../../i18n/formatDate.ts";
import { CommentBody } from "./CommentBody.tsx";

type Loaded = { status: "idle" | "loading" | "error" } | { status: "ready"; data: RevisionList };

/** Earlier wordings of a comment and of its answer, loaded when first opened. */
export function RevisionsDisclosure({
  documentId,
  commentId,
}: {
  documentId: string;
  commentId: string;
}) {
  const { t, i18n } = useTranslation();
  const [loaded, setLoaded] = useState<Loaded>({ status: "idle" });

  const load = () => {
    setLoaded({ status: "loading" });
    listRevisions(documentId, commentId).then(
      (data) => setLoaded({ status: "ready", data }),
      () => setLoaded({ status: "error" }),
    );
  };

  return (
    <details
      className="comment-revisions"
      onToggle={(event) => {
        if (event.currentTarget.open && loaded.status !== "ready") load();
      }}
    >
      <summary>{t("comments.revisions.summary")}</summary>
      {loaded.status === "loading" && <p role="status">{t("comments.revisions.loading")}</p>}
      {loaded.status === "error" && (
        <p role="alert" className="error-message">
          {t("comments.revisions.failed")}
        </p>
      )}
      {loaded.status === "ready" && (
        <ol className="comment-revisions__list">
          {[...loaded.data.comment, ...loaded.data.answer].map((revision) => (
            <li key={`${revision.writtenAt}-${revision.disposition ?? "comment"}`}>
              <p className="comment-revisions__when">
                {revision.disposition
                  ? t("comments.revisions.answerAt", {
                      date: formatDateTime(revision.writtenAt, i18n.language),
                      disposition: t(`comments.disposition.${revision.disposition}`),
                    })
                  : t("comments.revisions.commentAt", {
                      date: formatDateTime(revision.writtenAt, i18n.language),
                    })}
              </p>
              {revision.body !== null && <CommentBody text={revision.body} />}
              {revision.proposedText !== null && (
                <p lang="id">
                  {t("comments.revisions.proposed")} {revision.proposedText}
                </p>
              )}
            </li>
          ))}
        </ol>
      )}
    </details>
  );
}
