import { useTranslation } from "react-i18next";
import {
  AnswerSchema,
  type Disposition,
  DISPOSITIONS,
} from "../../../../../../shared/schemas/index.ts";
import { answerComment } from "../../../../api/index.ts";
import { RadioGroup } from "../../../../components/Form/RadioGroup.tsx";
import { TextAreaField } from "../../../../components/Form/TextAreaField.tsx";
import { useFormSubmission } from "../../../../components/Form/useFormSubmission.ts";
import { CharacterCount } from "./CharacterCount.tsx";
import { InlineForm } from "./InlineForm.tsx";
import { describeActionFailure, type ThreadActionProps } from "./threadActions.ts";

/**
 * The official answer: a disposition and an explanation, required unless the comment is
 * accepted (the right to be given an explanation). Starts from the current answer, if any.
 */
export function AnswerForm({ documentId, comment, onDone, onCancel }: ThreadActionProps) {
  const { t } = useTranslation();
  const form = useFormSubmission({
    fields: ["disposition", "explanation"] as const,
    initialValues: {
      disposition: (comment.answer?.disposition ?? null) as Disposition | null,
      explanation: comment.answer?.explanation ?? "",
    },
    schema: AnswerSchema,
    texts: {
      disposition: {
        label: t("comments.answer.disposition"),
        required: t("comments.answer.dispositionRequired"),
      },
      explanation: {
        label: t("comments.answer.explanation"),
        required: t("comments.answer.explanationRequired"),
      },
    },
    send: async (parsed) => {
      await answerComment(documentId, comment.id, parsed);
      onDone(t("comments.answer.done"));
    },
    describeFailure: (error) => describeActionFailure(error, t),
  });
  const disposition = form.field("disposition");
  const explanation = form.field("explanation");
  return (
    <InlineForm
      form={form}
      heading={comment.answer ? t("comments.answer.editHeading") : t("comments.answer.formHeading")}
      submitLabel={t("comments.answer.submit")}
      focusId={disposition.id}
      onCancel={onCancel}
    >
      <RadioGroup
        {...disposition}
        name={`${form.id}-disposition`}
        legend={t("comments.answer.disposition")}
        small
        options={DISPOSITIONS.map((value) => ({
          value,
          label: t(`comments.disposition.${value}`),
        }))}
      />
      <TextAreaField
        {...explanation}
        label={t("comments.answer.explanation")}
        hint={
          <>
            {t("comments.answer.explanationHint")} <CharacterCount value={explanation.value} />
          </>
        }
        rows={4}
      />
    </InlineForm>
  );
}
