import { useTranslation } from "react-i18next";
import { ReplyCreateSchema } from "../../../../../../shared/schemas/index.ts";
import { replyToComment } from "../../../../api/index.ts";
import { useFormSubmission } from "../../../../components/Form/useFormSubmission.ts";
import { CommentBodyField } from "./CommentBodyField.tsx";
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
      form={form}
      heading={t("comments.reply.heading")}
      submitLabel={t("comments.reply.submit")}
      focusId={body.id}
      onCancel={onCancel}
    >
      <CommentBodyField {...body} label={t("comments.reply.body")} rows={3} />
    </InlineForm>
  );
}
