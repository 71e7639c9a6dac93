import type { TFunction } from "i18next";
import { isApiError } from "../../../api/index.ts";

/** Words why accepting an invitation failed. */
export function acceptFailure(error: unknown, t: TFunction): string {
  if (isApiError(error, 401)) return t("invitation.errors.signInFirst");
  if (isApiError(error, 403)) return t("invitation.errors.wrongAccount");
  if (isApiError(error, 404) || isApiError(error, 409) || isApiError(error, 410)) {
    return t("invitation.errors.gone");
  }
  return t("form.unavailable");
}
