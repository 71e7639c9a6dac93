import { type KeyboardEvent, useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import {
  type CommentCreate,
  CommentCreateSchema,
  type CommentKind,
  type RoundCommentCreate,
  RoundCommentCreateSchema,
} from "../../../../../../shared/schemas/index.ts";
import {
  createComment,
  createRoundComment,
  isApiError,
  uploadAttachment,
} from "../../../../api/index.ts";
import { ErrorSummary } from "../../../../components/Form/ErrorSummary.tsx";
import { RadioGroup } from "../../../../components/Form/RadioGroup.tsx";
import { TextAreaField } from "../../../../components/Form/TextAreaField.tsx";
import { useFormSubmission } from "../../../../components/Form/useFormSubmission.ts";
import { AttachmentPicker } from "./AttachmentPicker.tsx";
import { CommentBodyField } from "./CommentBodyField.tsx";
import type { CommentTarget } from "../surface.ts";
import { QuotedPassage } from "./QuotedPassage.tsx";

interface CommentComposerProps {
  documentId: string;
  /** The passage, captured when the composer opened: the selection may move meanwhile. */
  target: CommentTarget;
  locator: string | null;
  /** Posted; `attachmentsFailed` counts papers that could not be sent. */
  onPosted: (commentId: string, attachmentsFailed: number) => void;
  onCancel: () => void;
}

type Field = "kind" | "body" | "proposedText";

/**
 * The box for a new comment or suggestion on the selected passage: kind, text (with a count),
 * replacement text for a suggestion (starting from the passage as it reads), position papers.
 * Escape or Cancel closes it; either way focus goes back to the text.
 */
export function CommentComposer({
  documentId,
  target,
  locator,
  onPosted,
  onCancel,
}: CommentComposerProps) {
  const { t } = useTranslation();
  const [files, setFiles] = useState<File[]>([]);
  const [fileError, setFileError] = useState<string | null>(null);
  const form = useFormSubmission({
    fields: ["kind", "body", "proposedText"] as const satisfies readonly Field[],
    initialValues: { kind: "comment" as CommentKind, body: "", proposedText: target.anchor.quote },
    schema: target.kind === "draft" ? CommentCreateSchema : RoundCommentCreateSchema,
    texts: {
      kind: { label: t("comments.create.kind") },
      body: { label: t("comments.create.body"), required: t("comments.create.bodyRequired") },
      proposedText: { label: t("comments.create.proposedText") },
    },
    toInput: (values) => {
      const input = {
        kind: values.kind,
        body: values.body,
        anchor: target.anchor,
        proposedText: values.kind === "suggestion" ? values.proposedText : undefined,
      };
      return input;
    },
    send: async (parsed) => {
      if (fileError) throw new Error(fileError);
      // The schema above was chosen by the same `target.kind`.
      const commentId =
        target.kind === "draft"
          ? await createComment(documentId, parsed as CommentCreate)
          : await createRoundComment(documentId, target.round, parsed as RoundCommentCreate);
      let failed = 0;
      for (const file of files) {
        await uploadAttachment(documentId, commentId, file).catch(() => {
          failed += 1;
        });
      }
      onPosted(commentId, failed);
    },
    describeFailure: (error) => {
      if (fileError) return fileError;
      if (isApiError(error, 409, "passage_changed")) return t("comments.create.passageChanged");
      if (isApiError(error, 400, "anchor_invalid")) return t("comments.create.passageChanged");
      if (isApiError(error, 409, "round_closed")) return t("rounds.errors.closed");
      if (isApiError(error, 409, "round_not_open")) return t("rounds.errors.notOpen");
      if (isApiError(error, 429, "rate_limited")) return t("comments.errors.tooFast");
      if (isApiError(error, 403)) return t("comments.create.forbidden");
      return t("form.unavailable");
    },
  });

  // Straight to the text: the heading and the quote are read as the form's name and context.
  const bodyId = form.fieldId("body");
  useEffect(() => {
    document.getElementById(bodyId)?.focus();
  }, [bodyId]);

  const handleKeyDown = (event: KeyboardEvent) => {
    if (event.key !== "Escape") return;
    event.preventDefault();
    onCancel();
  };

  const body = form.field("body");
  const proposed = form.field("proposedText");
  return (
    <form
      className="comment-composer"
      aria-labelledby={`${form.id}-heading`}
      noValidate
      onSubmit={form.handleSubmit}
      onKeyDown={handleKeyDown}
    >
      <h3 id={`${form.id}-heading`} className="heading-s">
        {t("comments.create.heading")}
      </h3>
      <QuotedPassage quote={target.anchor.quote} locator={locator} />
      <ErrorSummary problems={form.problems} />
      <RadioGroup
        {...form.field("kind")}
        name={`${form.id}-kind`}
        legend={t("comments.create.kind")}
        small
        options={[
          { value: "comment", label: t("comments.kind.comment") },
          { value: "suggestion", label: t("comments.kind.suggestion") },
        ]}
      />
      <CommentBodyField {...body} label={t("comments.create.body")} rows={5} />
      {form.values.kind === "suggestion" && (
        <TextAreaField
          {...proposed}
          label={t("comments.create.proposedText")}
          hint={t("comments.create.proposedHint")}
          rows={4}
          lang="id"
        />
      )}
      <AttachmentPicker
        id={`${form.id}-files`}
        files={files}
        error={fileError}
        onChange={(chosen, error) => {
          setFiles(chosen);
          setFileError(error);
        }}
      />
      <div className="button-group button-group--tight">
        <button type="submit" className="button" disabled={form.submitting}>
          {form.submitting ? t("comments.create.submitting") : t("comments.create.submit")}
        </button>
        <button type="button" className="button button--secondary" onClick={onCancel}>
          {t("comments.cancel")}
        </button>
      </div>
    </form>
  );
}
