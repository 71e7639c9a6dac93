import { useTranslation } from "react-i18next";
import { ReplyCreateSchema } from "../../../../../../shared/schemas/index.ts";
import { replyToComment } from "../../../../api/index.ts";
import { TextAreaField } from "../../../../components/Form/TextAreaField.tsx";
import { useFormSubmission } from "../../../../components/Form/useFormSubmission.ts";
import { CharacterCount } from "./CharacterCount.tsx";
import { describeActionFailure, type ThreadActionProps } from "./threadActions.ts";
import { InlineForm } from "./InlineForm.tsx";

/** A reply in the thread. */
export function ReplyForm({ documentId, comment, onDone, onCancel }: ThreadActionProps) {
  const { t } = useTranslation();
  const form = useFormSubmission({
    fields: ["body"] as const,
    initialValues: { body: "" },
    schema: ReplyCreateSchema,
    texts: { body: { label: t("comments.reply.body"), required: t("comments.reply.required") } },
    send: async ({ body }) => {
      await replyToComment(documentId, comment.id, body);
      onDone(t("comments.reply.done"));
    },
    describeFailure: (error) => describeActionFailure(error, t),
  });
  const body = form.field("body");
  return (
    <InlineForm
      id={form.id}
      heading={t("comments.reply.heading")}
      submitLabel={t("comments.reply.submit")}
      submitting={form.submitting}
      problems={form.problems}
      focusId={body.id}
      onSubmit={form.handleSubmit}
      onCancel={onCancel}
    >
      <TextAreaField
        {...body}
        label={t("comments.reply.body")}
        hint={<CharacterCount value={body.value} />}
        rows={3}
      />
    </InlineForm>
  );
}
