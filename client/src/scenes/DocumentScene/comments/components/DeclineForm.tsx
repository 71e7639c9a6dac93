import { useTranslation } from "react-i18next";
import { SuggestionDeclineSchema } from "../../../../../../shared/schemas/index.ts";
import { declineSuggestion } from "../../../../api/index.ts";
import { TextAreaField } from "../../../../components/Form/TextAreaField.tsx";
import { useFormSubmission } from "../../../../components/Form/useFormSubmission.ts";
import { InlineForm } from "./InlineForm.tsx";
import { describeActionFailure, type ThreadActionProps } from "./threadActions.ts";

/** Declines a suggestion; the reason is part of the record. */
export function DeclineForm({ documentId, comment, onDone, onCancel }: ThreadActionProps) {
  const { t } = useTranslation();
  const form = useFormSubmission({
    fields: ["reason"] as const,
    initialValues: { reason: "" },
    schema: SuggestionDeclineSchema,
    texts: {
      reason: {
        label: t("comments.suggestion.declineReason"),
        required: t("comments.suggestion.declineRequired"),
      },
    },
    send: async ({ reason }) => {
      await declineSuggestion(documentId, comment.id, reason);
      onDone(t("comments.suggestion.declined"));
    },
    describeFailure: (error) => describeActionFailure(error, t),
  });
  const reason = form.field("reason");
  return (
    <InlineForm
      form={form}
      heading={t("comments.suggestion.declineHeading")}
      submitLabel={t("comments.suggestion.decline")}
      focusId={reason.id}
      onCancel={onCancel}
    >
      <TextAreaField {...reason} label={t("comments.suggestion.declineReason")} rows={3} />
    </InlineForm>
  );
}
