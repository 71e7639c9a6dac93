import { useId } from "react";
import { useTranslation } from "react-i18next";
import { INDIVIDUAL, LIVE_DRAFT, type ThreadFilter } from "../filters.ts";
import type { RoundContext } from "../surface.ts";

interface CommentFiltersProps {
  filter: ThreadFilter;
  organisations: readonly { id: string; name: string }[];
  /** The draft's rounds: with any, threads can be narrowed to the live draft or one round. */
  rounds: readonly RoundContext[];
  onChange: (filter: ThreadFilter) => void;
}

/** Narrow the threads by state (open/answered), organisation, kind and where they were made. */
export function CommentFilters({ filter, organisations, rounds, onChange }: CommentFiltersProps) {
  const { t } = useTranslation();
  const id = useId();
  const select = <K extends keyof ThreadFilter>(
    key: K,
    label: string,
    options: readonly { value: string; label: string }[],
  ) => (
    <div className="comment-filters__item">
      <label className="comment-filters__label" htmlFor={`${id}-${key}`}>
        {label}
      </label>
      <select
        id={`${id}-${key}`}
        className="select select--small"
        value={filter[key]}
        onChange={(event) => onChange({ ...filter, [key]: event.target.value })}
      >
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
  return (
    <fieldset className="comment-filters">
      <legend className="visually-hidden">{t("comments.filters.legend")}</legend>
      {select("status", t("comments.filters.status"), [
        { value: "all", label: t("comments.filters.all") },
        { value: "open", label: t("comments.filters.open") },
        { value: "answered", label: t("comments.filters.answered") },
      ])}
      {select("kind", t("comments.filters.kind"), [
        { value: "all", label: t("comments.filters.all") },
        { value: "comment", label: t("comments.kind.comment") },
        { value: "suggestion", label: t("comments.kind.suggestion") },
      ])}
      {select("organisation", t("comments.filters.organisation"), [
        { value: "all", label: t("comments.filters.allOrganisations") },
        ...organisations.map((o) => ({ value: o.id, label: o.name })),
        { value: INDIVIDUAL, label: t("comments.filters.individuals") },
      ])}
      {rounds.length > 0 &&
        select("context", t("rounds.filter.label"), [
          { value: "all", label: t("rounds.filter.all") },
          { value: LIVE_DRAFT, label: t("rounds.filter.draft") },
          ...rounds.map((round) => ({
            value: round.versionId,
            label: t("rounds.badge", { number: round.number }),
          })),
        ])}
    </fieldset>
  );
}
