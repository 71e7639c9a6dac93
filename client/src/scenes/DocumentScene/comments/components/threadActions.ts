import type { TFunction } from "i18next";
import type { CommentView } from "../../../../../../shared/schemas/index.ts";
import { isApiError } from "../../../../api/index.ts";

/** What every action form in a thread gets. */
export interface ThreadActionProps {
  documentId: string;
  comment: CommentView;
  /** The action succeeded; `message` is announced. */
  onDone: (message: string) => void;
  onCancel: () => void;
}

/** The words for a failed action that named no field of its form. */
export function describeActionFailure(error: unknown, t: TFunction): string {
  // A round's record closes in steps: words first (closed), then answers too (concluded).
  if (isApiError(error, 409, "round_closed")) return t("rounds.errors.closed");
  if (isApiError(error, 409, "round_concluded")) return t("rounds.errors.concluded");
  if (isApiError(error, 409, "round_not_open")) return t("rounds.errors.notOpen");
  if (isApiError(error, 429, "rate_limited")) return t("comments.errors.tooFast");
  if (isApiError(error, 403)) return t("comments.errors.forbidden");
  if (isApiError(error, 404)) return t("comments.errors.notFound");
  if (isApiError(error, 409)) return t("comments.errors.conflict");
  return t("form.unavailable");
}
