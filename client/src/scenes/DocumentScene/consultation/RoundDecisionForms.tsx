import { useTranslation } from "react-i18next";
import {
  RoundCloseSchema,
  RoundConclusionSchema,
  type RoundView,
} from "../../../../../shared/schemas/index.ts";
import { closeRound, concludeRound, isApiError, unansweredCountOf } from "../../../api/index.ts";
import { TextAreaField } from "../../../components/Form/TextAreaField.tsx";
import { useFormSubmission } from "../../../components/Form/useFormSubmission.ts";
import { InlineForm } from "../comments/components/InlineForm.tsx";

interface RoundDecisionProps {
  documentId: string;
  round: RoundView;
  onDone: (round: RoundView, message: string) => void;
  onCancel: () => void;
}

/** Closes the round before its closing time; the reason is shown to everyone with the round. */
export function CloseRoundForm({ documentId, round, onDone, onCancel }: RoundDecisionProps) {
  const { t } = useTranslation();
  const form = useFormSubmission({
    fields: ["reason"] as const,
    initialValues: { reason: "" },
    schema: RoundCloseSchema,
    texts: {
      reason: { label: t("rounds.close.reason"), required: t("rounds.close.reasonRequired") },
    },
    send: async ({ reason }) => {
      const closed = await closeRound(documentId, round.number, reason);
      onDone(closed, t("rounds.close.done", { number: round.number }));
    },
    describeFailure: (error) => {
      if (isApiError(error, 409)) return t("rounds.close.alreadyClosed");
      if (isApiError(error, 403)) return t("rounds.errors.forbidden");
      return t("form.unavailable");
    },
  });
  const reason = form.field("reason");
  return (
    <InlineForm
      form={form}
      heading={t("rounds.close.heading", { number: round.number })}
      submitLabel={t("rounds.close.submit")}
      focusId={reason.id}
      onCancel={onCancel}
      warning
    >
      <TextAreaField
        {...reason}
        label={t("rounds.close.reason")}
        hint={t("rounds.close.hint")}
        rows={3}
      />
    </InlineForm>
  );
}

/**
 * Publishes what the round changed and why. Refused while any comment is unanswered: the
 * server's count is shown, so the drafter knows how many answers are still owed.
 */
export function ConclusionForm({ documentId, round, onDone, onCancel }: RoundDecisionProps) {
  const { t } = useTranslation();
  const form = useFormSubmission({
    fields: ["conclusion"] as const,
    initialValues: { conclusion: "" },
    schema: RoundConclusionSchema,
    texts: {
      conclusion: {
        label: t("rounds.conclude.conclusion"),
        required: t("rounds.conclude.required"),
      },
    },
    send: async ({ conclusion }) => {
      const concluded = await concludeRound(documentId, round.number, conclusion);
      onDone(concluded, t("rounds.conclude.done", { number: round.number }));
    },
    describeFailure: (error) => {
      const unanswered = unansweredCountOf(error);
      if (unanswered !== null) return t("rounds.conclude.unanswered", { count: unanswered });
      if (isApiError(error, 409, "round_open")) return t("rounds.conclude.stillOpen");
      if (isApiError(error, 409, "round_concluded")) return t("rounds.errors.concluded");
      if (isApiError(error, 403)) return t("rounds.errors.forbidden");
      return t("form.unavailable");
    },
  });
  const conclusion = form.field("conclusion");
  return (
    <InlineForm
      form={form}
      heading={t("rounds.conclude.heading", { number: round.number })}
      submitLabel={t("rounds.conclude.submit")}
      focusId={conclusion.id}
      onCancel={onCancel}
    >
      <TextAreaField
        {...conclusion}
        label={t("rounds.conclude.conclusion")}
        hint={t("rounds.conclude.hint")}
        rows={5}
      />
    </InlineForm>
  );
}
