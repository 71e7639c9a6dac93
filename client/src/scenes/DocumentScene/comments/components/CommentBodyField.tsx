import { TextAreaField } from "../../../../components/Form/TextAreaField.tsx";
import type { FieldBinding } from "../../../../components/Form/useFormSubmission.ts";
import { CharacterCount } from "./CharacterCount.tsx";

interface CommentBodyFieldProps extends FieldBinding<string> {
  label: string;
  rows: number;
}

/** The words of a comment or reply, with how many characters are left under the field. */
export function CommentBodyField({ label, rows, ...field }: CommentBodyFieldProps) {
  return (
    <TextAreaField
      {...field}
      label={label}
      hint={<CharacterCount value={field.value} />}
      rows={rows}
    />
  );
}
