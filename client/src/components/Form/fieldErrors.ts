import type { TFunction } from "i18next";
import type { z } from "zod";
import { ApiRequestError } from "../../api/index.ts";

/** One message per field name, for the fields that have a problem. */
export type FieldErrors<K extends string> = Partial<Record<K, string>>;

/** How a field is named in messages: its label, and its own "enter …" message if it has one. */
export interface FieldText {
  label: string;
  required?: string;
}

function messageFor(issue: z.core.$ZodIssue, value: unknown, text: FieldText, t: TFunction) {
  const empty = typeof value !== "string" || value.trim() === "";
  switch (issue.code) {
    case "too_small":
      return empty
        ? (text.required ?? t("validation.required", { label: text.label }))
        : t("validation.tooShort", { label: text.label, min: Number(issue.minimum) });
    case "too_big":
      return t("validation.tooLong", { label: text.label, max: Number(issue.maximum) });
    case "invalid_format":
      if (empty) return text.required ?? t("validation.required", { label: text.label });
      return issue.format === "email"
        ? t("validation.email")
        : t("validation.invalid", { label: text.label });
    default:
      return empty
        ? (text.required ?? t("validation.required", { label: text.label }))
        : t("validation.invalid", { label: text.label });
  }
}

/**
 * Checks form values with the same shared zod schema the server uses, and words each field's
 * first problem in the reader's language (the server's messages are English only).
 */
export function validateFields<K extends string>(
  schema: z.ZodType,
  values: Record<K, unknown>,
  fields: Record<K, FieldText>,
  t: TFunction,
): FieldErrors<K> {
  const result = schema.safeParse(values);
  if (result.success) return {};
  const errors: FieldErrors<K> = {};
  for (const issue of result.error.issues) {
    const name = issue.path[0];
    if (typeof name !== "string" || !(name in fields)) continue;
    const field = name as K;
    if (errors[field] === undefined) {
      errors[field] = messageFor(issue, values[field], fields[field], t);
    }
  }
  return errors;
}

/**
 * The field a 400 answer names (`"password"`, `"body.password"` …) if the form has it, with the
 * server's message; otherwise null and the caller shows a message for the whole form.
 */
export function serverFieldError<K extends string>(
  error: unknown,
  fields: readonly K[],
): FieldErrors<K> | null {
  if (!(error instanceof ApiRequestError) || error.status !== 400 || !error.error?.field) {
    return null;
  }
  const name = error.error.field.split(".").pop() as K;
  if (!fields.includes(name)) return null;
  const message = error.error.message.replace(new RegExp(`^${error.error.field}: `), "");
  return { [name]: message } as FieldErrors<K>;
}

/** Turns field errors into the error summary's list, in the order the fields appear. */
export function problemsOf<K extends string>(
  errors: FieldErrors<K>,
  order: readonly K[],
  idOf: (field: K) => string,
): { fieldId: string; message: string }[] {
  return order.flatMap((field) => {
    const message = errors[field];
    return message ? [{ fieldId: idOf(field), message }] : [];
  });
}
