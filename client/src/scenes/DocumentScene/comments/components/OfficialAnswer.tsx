import { useTranslation } from "react-i18next";
import type { AnswerView } from "../../../../../../shared/schemas/index.ts";
import { AuthorLine } from "./AuthorLine.tsx";
import { CommentBody } from "./CommentBody.tsx";
import { DispositionTag } from "./DispositionTag.tsx";

/** The government's answer to a comment: disposition, explanation, who answered and when. */
export function OfficialAnswer({ answer }: { answer: AnswerView }) {
  const { t } = useTranslation();
  return (
    <section className="comment-answer" aria-label={t("comments.answer.heading")}>
      <p className="comment-answer__heading">
        {t("comments.answer.heading")} <DispositionTag disposition={answer.disposition} />
      </p>
      {answer.explanation.trim() !== "" && <CommentBody text={answer.explanation} />}
      <AuthorLine author={answer.author} at={answer.createdAt} editedAt={answer.editedAt} />
    </section>
  );
}
