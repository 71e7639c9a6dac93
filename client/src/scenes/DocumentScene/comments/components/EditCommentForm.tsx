import { useTranslation } from "react-i18next";
import { CommentEditSchema } from "../../../../../../shared/schemas/index.ts";
import { editComment } from "../../../../api/index.ts";
import { TextAreaField } from "../../../../components/Form/TextAreaField.tsx";
import { useFormSubmission } from "../../../../components/Form/useFormSubmission.ts";
import { CommentBodyField } from "./CommentBodyField.tsx";
import { InlineForm } from "./InlineForm.tsx";
import { describeActionFailure, type ThreadActionProps } from "./threadActions.ts";

/** The author rewords their comment (and, for a suggestion, the proposed text). */
export function EditCommentForm({ documentId, comment, onDone, onCancel }: ThreadActionProps) {
  const { t } = useTranslation();
  const isSuggestion = comment.kind === "suggestion" && comment.parentId === null;
  const form = useFormSubmission({
    fields: ["body", "proposedText"] as const,
    initialValues: { body: comment.body ?? "", proposedText: comment.proposedText ?? "" },
    schema: CommentEditSchema,
    texts: {
      body: { label: t("comments.create.body"), required: t("comments.create.bodyRequired") },
      proposedText: { label: t("comments.create.proposedText") },
    },
    toInput: (values) => ({
      body: values.body,
      proposedText: isSuggestion ? values.proposedText : undefined,
    }),
    send: async (parsed) => {
      await editComment(documentId, comment.id, parsed);
      onDone(t("comments.edit.done"));
    },
    describeFailure: (error) => describeActionFailure(error, t),
  });
  const body = form.field("body");
  return (
    <InlineForm
      form={form}
      heading={t("comments.edit.heading")}
      submitLabel={t("comments.edit.submit")}
      focusId={body.id}
      onCancel={onCancel}
    >
      <CommentBodyField {...body} label={t("comments.create.body")} rows={4} />
      {isSuggestion && (
        <TextAreaField
          {...form.field("proposedText")}
          label={t("comments.create.proposedText")}
          rows={3}
          lang="id"
        />
      )}
    </InlineForm>
  );
}
