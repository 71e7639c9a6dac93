import { useTranslation } from "react-i18next";
import { COMMENT_BODY_MAX } from "../../../../../../shared/schemas/index.ts";

/** "You have 9,950 characters remaining", or how many too many, under a comment field. */
export function CharacterCount({ value, max = COMMENT_BODY_MAX }: { value: string; max?: number }) {
  const { t, i18n } = useTranslation();
  const left = max - value.length;
  const format = (n: number) => n.toLocaleString(i18n.language);
  return left >= 0 ? (
    <span>{t("comments.count.remaining", { count: left, formatted: format(left) })}</span>
  ) : (
    <span className="error-text">
      {t("comments.count.over", { count: -left, formatted: format(-left) })}
    </span>
  );
}
