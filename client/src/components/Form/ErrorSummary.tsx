import { useEffect, useId, useRef } from "react";
import { useTranslation } from "react-i18next";

/** One problem with a form; `fieldId` links to the field, when there is one. */
export interface FormProblem {
  fieldId?: string;
  message: string;
}

interface ErrorSummaryProps {
  problems: readonly FormProblem[];
}

/**
 * "There is a problem" at the top of a form (GOV.UK error summary): takes focus when it appears
 * so screen-reader and keyboard users land on it, and links each problem to its field.
 */
export function ErrorSummary({ problems }: ErrorSummaryProps) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDivElement>(null);
  const titleId = useId();

  // Focus when what the summary says changes, not on every render: a re-render while the
  // person types would otherwise pull focus out of the field and drop their keystroke.
  const signature = problems.map((p) => `${p.fieldId ?? ""}\u0000${p.message}`).join("\n");
  useEffect(() => {
    if (signature) ref.current?.focus();
  }, [signature]);

  if (problems.length === 0) return null;
  return (
    <div ref={ref} className="error-summary" role="alert" tabIndex={-1} aria-labelledby={titleId}>
      <h2 id={titleId} className="error-summary__title">
        {t("form.problem")}
      </h2>
      <ul className="error-summary__list">
        {problems.map((problem) => (
          <li key={`${problem.fieldId ?? ""}${problem.message}`}>
            {problem.fieldId ? (
              <a
                href={`#${problem.fieldId}`}
                onClick={(event) => {
                  event.preventDefault();
                  document.getElementById(problem.fieldId ?? "")?.focus();
                }}
              >
                {problem.message}
              </a>
            ) : (
              problem.message
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
