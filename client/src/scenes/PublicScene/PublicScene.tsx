import { useTranslation } from "react-i18next";
import { useSearchParams } from "react-router";
import type { ConsultationQuery } from "../../../../shared/schemas/index.ts";
import { consultationSearch, listConsultations, publicPaths } from "../../api/public.ts";
import { LoadFailed } from "../../components/LoadFailed/LoadFailed.tsx";
import { usePageTitle } from "../../hooks/usePageTitle.ts";
import { useResource } from "../../hooks/useResource.ts";
import { ConsultationFilters } from "./components/ConsultationFilters.tsx";
import { ConsultationList } from "./components/ConsultationList.tsx";
import { filterOptions, isFiltered, queryFromSearch } from "./consultationQuery.ts";

/**
 * The public record's front page, for anyone, signed in or not: every published consultation,
 * searchable by title and filtered by government body, status and year. The search lives in the
 * address, so a result list can be bookmarked and shared; the Atom feed announces new rounds.
 */
export function PublicScene() {
  const { t } = useTranslation();
  const [searchParams, setSearchParams] = useSearchParams();
  const query = queryFromSearch(searchParams);
  const search = consultationSearch(query);
  const filtered = isFiltered(query);
  usePageTitle(t("public.list.title"));

  // Every published consultation, for the filters' choices (and the list when nothing is filtered).
  const all = useResource((signal) => listConsultations({}, signal), []);
  const matches = useResource(
    (signal) => (filtered ? listConsultations(query, signal) : Promise.resolve([])),
    [search],
  );
  const options = filterOptions(all.resource.status === "ready" ? all.resource.data : []);
  const results = filtered ? matches.resource : all.resource;
  const reload = filtered ? matches.reload : all.reload;
  const shown = results.status === "ready" ? results.data : null;

  const handleSearch = (next: ConsultationQuery) =>
    setSearchParams(new URLSearchParams(consultationSearch(next).slice(1)));

  return (
    <>
      <link
        rel="alternate"
        type="application/atom+xml"
        href={publicPaths.feed}
        title={t("public.feed.title")}
      />
      <h1 className="heading-xl">{t("public.list.title")}</h1>
      <p className="lead">{t("public.list.intro")}</p>
      <p className="public-feed-link">
        <a href={publicPaths.feed} type="application/atom+xml">
          {t("public.feed.link")}
        </a>
      </p>
      <div className="public-list-layout">
        <ConsultationFilters
          key={search}
          query={query}
          bodies={options.bodies}
          years={options.years}
          onSearch={handleSearch}
        />
        <section
          className="public-list-layout__results"
          aria-labelledby="public-results-heading"
          aria-busy={results.status === "loading"}
        >
          <h2 id="public-results-heading" className="heading-m">
            {t("public.list.resultsHeading")}
          </h2>
          <p role="status" className="public-results-count" data-testid="results-count">
            {shown && t("public.list.count", { count: shown.length })}
          </p>
          {results.status === "loading" && <p className="body muted">{t("public.list.loading")}</p>}
          {(results.status === "error" || results.status === "notFound") && (
            <LoadFailed message={t("public.list.failed")} onRetry={reload} />
          )}
          {shown &&
            (shown.length === 0 ? (
              <div className="inset-text" data-testid="no-consultations">
                <p>{filtered ? t("public.list.noMatches") : t("public.list.empty")}</p>
              </div>
            ) : (
              <ConsultationList consultations={shown} />
            ))}
        </section>
      </div>
    </>
  );
}
