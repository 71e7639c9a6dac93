import { useTranslation } from "react-i18next";
import {
  MODERATION_REASONS,
  type ModerationReason,
  ModerationSchema,
} from "../../../../../../shared/schemas/index.ts";
import { moderateComment } from "../../../../api/index.ts";
import { RadioGroup } from "../../../../components/Form/RadioGroup.tsx";
import { TextAreaField } from "../../../../components/Form/TextAreaField.tsx";
import { useFormSubmission } from "../../../../components/Form/useFormSubmission.ts";
import { InlineForm } from "./InlineForm.tsx";
import { describeActionFailure, type ThreadActionProps } from "./threadActions.ts";

/** An administrator hides a comment, with a reason from the fixed list and a public note. */
export function ModerationForm({ documentId, comment, onDone, onCancel }: ThreadActionProps) {
  const { t } = useTranslation();
  const form = useFormSubmission({
    fields: ["reason", "note"] as const,
    initialValues: { reason: null as ModerationReason | null, note: "" },
    schema: ModerationSchema,
    texts: {
      reason: {
        label: t("comments.moderation.reasonLabel"),
        required: t("comments.moderation.reasonRequired"),
      },
      note: {
        label: t("comments.moderation.note"),
        required: t("comments.moderation.noteRequired"),
      },
    },
    send: async (parsed) => {
      await moderateComment(documentId, comment.id, parsed);
      onDone(t("comments.moderation.done"));
    },
    describeFailure: (error) => describeActionFailure(error, t),
  });
  const reason = form.field("reason");
  return (
    <InlineForm
      form={form}
      heading={t("comments.moderation.heading")}
      submitLabel={t("comments.moderation.submit")}
      focusId={reason.id}
      onCancel={onCancel}
      warning
    >
      <RadioGroup
        {...reason}
        name={`${form.id}-reason`}
        legend={t("comments.moderation.reasonLabel")}
        hint={t("comments.moderation.reasonHint")}
        small
        options={MODERATION_REASONS.map((value) => ({
          value,
          label: t(`comments.moderation.reason.${value}`),
        }))}
      />
      <TextAreaField
        {...form.field("note")}
        label={t("comments.moderation.note")}
        hint={t("comments.moderation.noteHint")}
        rows={3}
      />
    </InlineForm>
  );
}
