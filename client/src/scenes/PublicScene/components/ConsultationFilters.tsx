import { type FormEvent, useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import {
  CONSULTATION_STATUSES,
  type ConsultationQuery,
  type ConsultationStatus,
} from "../../../../../shared/schemas/index.ts";

interface ConsultationFiltersProps {
  query: ConsultationQuery;
  bodies: readonly { id: string; name: string }[];
  years: readonly number[];
  onSearch: (query: ConsultationQuery) => void;
}

/**
 * Search by title and narrow by government body, status and year. Nothing changes until the
 * person submits, so moving through a list of options never reloads the results under them.
 */
export function ConsultationFilters({ query, bodies, years, onSearch }: ConsultationFiltersProps) {
  const { t } = useTranslation();
  const id = useId();
  const [q, setQ] = useState(query.q ?? "");
  const [body, setBody] = useState(query.body ?? "");
  const [status, setStatus] = useState<string>(query.status ?? "");
  const [year, setYear] = useState(query.year === undefined ? "" : String(query.year));

  // A filter from a shared address stays choosable while (or even if) the options lack it.
  const bodyOptions =
    query.body && !bodies.some((b) => b.id === query.body)
      ? [...bodies, { id: query.body, name: query.body }]
      : bodies;
  const yearOptions =
    query.year !== undefined && !years.includes(query.year) ? [query.year, ...years] : years;

  const handleSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const next: ConsultationQuery = {};
    if (q.trim()) next.q = q.trim();
    if (body) next.body = body;
    if (status) next.status = status as ConsultationStatus;
    if (year) next.year = Number(year);
    onSearch(next);
  };

  return (
    <search className="public-filters">
      <form onSubmit={handleSubmit} noValidate>
        <h2 className="visually-hidden">{t("public.list.searchHeading")}</h2>
        <div className="form-group">
          <label className="label" htmlFor={`${id}-q`}>
            {t("public.list.search")}
          </label>
          <p className="hint" id={`${id}-q-hint`}>
            {t("public.list.searchHint")}
          </p>
          <input
            id={`${id}-q`}
            className="input"
            type="search"
            name="q"
            value={q}
            maxLength={200}
            aria-describedby={`${id}-q-hint`}
            onChange={(event) => setQ(event.target.value)}
          />
        </div>
        <fieldset className="fieldset public-filters__fields">
          <legend className="label">{t("public.list.filters")}</legend>
          <div className="public-filters__field">
            <label className="label" htmlFor={`${id}-body`}>
              {t("public.list.body")}
            </label>
            <select
              id={`${id}-body`}
              className="select"
              name="body"
              value={body}
              onChange={(event) => setBody(event.target.value)}
            >
              <option value="">{t("public.list.anyBody")}</option>
              {bodyOptions.map((option) => (
                <option key={option.id} value={option.id}>
                  {option.name}
                </option>
              ))}
            </select>
          </div>
          <div className="public-filters__field">
            <label className="label" htmlFor={`${id}-status`}>
              {t("public.list.status")}
            </label>
            <select
              id={`${id}-status`}
              className="select"
              name="status"
              value={status}
              onChange={(event) => setStatus(event.target.value)}
            >
              <option value="">{t("public.list.anyStatus")}</option>
              {CONSULTATION_STATUSES.map((value) => (
                <option key={value} value={value}>
                  {t(`public.status.${value}`)}
                </option>
              ))}
            </select>
          </div>
          <div className="public-filters__field">
            <label className="label" htmlFor={`${id}-year`}>
              {t("public.list.year")}
            </label>
            <select
              id={`${id}-year`}
              className="select"
              name="year"
              value={year}
              onChange={(event) => setYear(event.target.value)}
            >
              <option value="">{t("public.list.anyYear")}</option>
              {yearOptions.map((value) => (
                <option key={value} value={String(value)}>
                  {value}
                </option>
              ))}
            </select>
          </div>
        </fieldset>
        <div className="button-group">
          <button type="submit" className="button">
            {t("public.list.submit")}
          </button>
          <Link to="/public" className="public-filters__clear">
            {t("public.list.clear")}
          </Link>
        </div>
      </form>
    </search>
  );
}
