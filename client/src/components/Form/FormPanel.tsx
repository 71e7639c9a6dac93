import { type FormEvent, type ReactNode, useId } from "react";

interface FormPanelProps {
  heading: string;
  /** `2` for a form that is a section of its page, `3` for one inside such a section. */
  headingLevel?: 2 | 3;
  onSubmit: (event: FormEvent<HTMLFormElement>) => void;
  children: ReactNode;
}

/**
 * A form in a panel of its own, named by its heading so it is a landmark screen-reader users
 * can jump to; the browser's own validation is off because every form words its own messages.
 */
export function FormPanel({ heading, headingLevel = 2, onSubmit, children }: FormPanelProps) {
  const headingId = useId();
  const Heading = headingLevel === 3 ? "h3" : "h2";
  return (
    <form className="panel" aria-labelledby={headingId} noValidate onSubmit={onSubmit}>
      <Heading id={headingId} className="heading-m">
        {heading}
      </Heading>
      {children}
    </form>
  );
}
