import { useTranslation } from "react-i18next";
import { useLocation } from "react-router";
import { UNRECOGNISED_REASONS, type WordImport } from "../../../api/index.ts";

/** What the drafts list passes on after a Word import: the passages left to fix. */
export interface ImportedState {
  unrecognised: WordImport["unrecognised"];
}

function unrecognisedOf(state: unknown): WordImport["unrecognised"] | null {
  if (typeof state !== "object" || state === null || !("unrecognised" in state)) return null;
  const { unrecognised } = state as ImportedState;
  return Array.isArray(unrecognised) ? unrecognised : null;
}

/**
 * Right after a Word import: the passages that were kept as plain paragraphs, each with why,
 * so the drafter can give them their place in the structure.
 */
export function ImportNotice() {
  const { t } = useTranslation();
  const unrecognised = unrecognisedOf(useLocation().state);
  if (unrecognised === null) return null;
  return (
    <div className="notification" role="status" data-testid="import-notice">
      <p>
        {unrecognised.length === 0
          ? t("documents.import.allRecognised")
          : t("documents.import.unrecognised", { count: unrecognised.length })}
      </p>
      {unrecognised.length > 0 && (
        <ul className="import-notice__list">
          {unrecognised.map((passage, index) => (
            // Passages can repeat word for word; their order is all that tells them apart.
            // biome-ignore lint/suspicious/noArrayIndexKey: the list never changes once shown.
            <li key={index}>
              <q>{passage.text}</q> —{" "}
              {t(
                `documents.import.reason.${
                  (UNRECOGNISED_REASONS as readonly string[]).includes(passage.reason)
                    ? passage.reason
                    : "other"
                }`,
              )}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
