import { type FormEvent, useId, useState } from "react";
import { useTranslation } from "react-i18next";
import type { z } from "zod";
import type { FormProblem } from "./ErrorSummary.tsx";
import {
  type FieldErrors,
  type FieldText,
  problemsOf,
  serverFieldError,
  validateFields,
} from "./fieldErrors.ts";

/** What a failure that names no field of the form means: a message for the whole form, or field errors. */
export type SubmissionFailure<K extends string> = string | FieldErrors<K>;

/** What a field's control needs from its form: its id, value, error and how to change it. */
export interface FieldBinding<T> {
  id: string;
  value: T;
  error: string | undefined;
  onChange: (value: T) => void;
}

interface FormSubmissionOptions<
  K extends string,
  V extends Record<K, unknown>,
  S extends z.ZodType,
> {
  /** The form's fields, in the order they appear: the error summary lists them so. */
  fields: readonly K[];
  /** The values the form starts with, and returns to on `reset`. */
  initialValues: V;
  /** The shared schema the server parses the request body with. */
  schema: S;
  /** How each field is named in messages. */
  texts: Record<K, FieldText>;
  /** What the schema checks, when that is not the values as typed. */
  toInput?: (values: V) => Record<K, unknown>;
  /** Sends the parsed values; resolves once the server has accepted them. */
  send: (parsed: z.output<S>, values: V) => Promise<void>;
  /** Words a failure the server did not pin on one of the form's fields. */
  describeFailure: (error: unknown) => SubmissionFailure<K>;
  /** The form leaves the page when it succeeds: it stays busy so it cannot be sent twice. */
  leavesOnSuccess?: boolean;
}

/** A form's values, errors and busy state, and the handler that submits it. */
export interface FormSubmission<K extends string, V extends Record<K, unknown>> {
  /** Unique to this form; ids of its headings and extra controls start with it. */
  id: string;
  fieldId: (field: K) => string;
  values: V;
  errors: FieldErrors<K>;
  /** The message for the whole form, when the failure was not one field's. */
  formProblem: string | null;
  /** What the error summary lists: the form's problem, or each field's. */
  problems: FormProblem[];
  submitting: boolean;
  field: <F extends K>(field: F) => FieldBinding<V[F]>;
  reset: () => void;
  handleSubmit: (event: FormEvent<HTMLFormElement>) => void;
}

/**
 * The submit cycle every form shares: check the values with the shared zod schema and word each
 * field's problem in the reader's language, send what the schema parsed, put a 400 that names a
 * field next to that field, and word any other failure — busy meanwhile.
 */
export function useFormSubmission<
  K extends string,
  V extends Record<K, unknown>,
  S extends z.ZodType,
>(options: FormSubmissionOptions<K, V, S>): FormSubmission<K, V> {
  const { fields, initialValues, schema, texts, toInput, send, describeFailure } = options;
  const { t } = useTranslation();
  const id = useId();
  const [values, setValues] = useState<V>(initialValues);
  const [errors, setErrors] = useState<FieldErrors<K>>({});
  const [formProblem, setFormProblem] = useState<string | null>(null);
  const [submitting, setSubmitting] = useState(false);
  const fieldId = (field: K) => `${id}-${field}`;

  const submit = async () => {
    setFormProblem(null);
    const input = toInput ? toInput(values) : values;
    const local = validateFields(schema, input, texts, t);
    setErrors(local);
    if (Object.keys(local).length > 0) return;
    setSubmitting(true);
    let succeeded = false;
    try {
      await send(schema.parse(input), values);
      succeeded = true;
    } catch (error) {
      const failure = serverFieldError(error, fields) ?? describeFailure(error);
      if (typeof failure === "string") setFormProblem(failure);
      else setErrors(failure);
    } finally {
      if (!(succeeded && options.leavesOnSuccess)) setSubmitting(false);
    }
  };

  return {
    id,
    fieldId,
    values,
    errors,
    formProblem,
    problems: formProblem ? [{ message: formProblem }] : problemsOf(errors, fields, fieldId),
    submitting,
    field: (field) => ({
      id: fieldId(field),
      value: values[field],
      error: errors[field],
      onChange: (value) => setValues((current) => ({ ...current, [field]: value })),
    }),
    reset: () => setValues(initialValues),
    handleSubmit: (event) => {
      event.preventDefault();
      void submit();
    },
  };
}
