import { useTranslation } from "react-i18next";
import { Link } from "react-router";

/** The parts of a draft's page, each with its own address (`?view=`). */
export const DOCUMENT_VIEWS = ["text", "consultation", "versions"] as const;
export type DocumentView = (typeof DOCUMENT_VIEWS)[number];

/** The view named in the address; the text when none (or an unknown one) is named. */
export function documentViewOf(search: URLSearchParams): DocumentView {
  const view = search.get("view");
  return DOCUMENT_VIEWS.find((known) => known === view) ?? "text";
}

interface DocumentSectionsProps {
  current: DocumentView;
  /** Rounds open for comment now, shown next to "Consultation". */
  openRounds: number;
}

/**
 * Links between the draft's text, its consultation rounds and its versions. Plain links with
 * `aria-current`: each part has an address to share, and Back works as people expect.
 */
export function DocumentSections({ current, openRounds }: DocumentSectionsProps) {
  const { t } = useTranslation();
  return (
    <nav className="section-nav" aria-label={t("rounds.sections.label")}>
      <ul className="section-nav__list">
        {DOCUMENT_VIEWS.map((view) => (
          <li key={view} className="section-nav__item">
            <Link
              className="section-nav__link"
              to={view === "text" ? "?" : `?view=${view}`}
              aria-current={view === current ? "page" : undefined}
              replace
            >
              {t(`rounds.sections.${view}`)}
              {view === "consultation" && openRounds > 0 && (
                <span className="tag tag--green section-nav__badge">
                  {t("rounds.sections.open", { count: openRounds })}
                </span>
              )}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
