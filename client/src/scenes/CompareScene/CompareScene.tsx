import { type FormEvent, useId } from "react";
import { useTranslation } from "react-i18next";
import { Link, useParams, useSearchParams } from "react-router";
import { can } from "../../../../shared/permissions.ts";
import { getDiff, getDocument, listVersions } from "../../api/index.ts";
import { DiffControls } from "../../components/Diff/DiffControls.tsx";
import { DiffSummary } from "../../components/Diff/DiffSummary.tsx";
import { DiffView } from "../../components/Diff/DiffView.tsx";
import { useDiffDisplay } from "../../components/Diff/useDiffDisplay.ts";
import { LoadFailed } from "../../components/LoadFailed/LoadFailed.tsx";
import { usePageTitle } from "../../hooks/usePageTitle.ts";
import { useResource } from "../../hooks/useResource.ts";

/** `to` from the address: a version number or the live draft; null when neither. */
function targetOf(value: string | null): number | "live" | null {
  if (value === "live") return "live";
  const number = Number(value);
  return Number.isInteger(number) && number >= 1 ? number : null;
}

/**
 * Two versions of a draft compared, or a version with the live draft (for those who may edit
 * it): a summary of changes, then the text in its structure — inline or side by side, every
 * passage or only the changed ones with the headings they stand under.
 */
export function CompareScene() {
  const { documentId = "" } = useParams();
  const [search, setSearch] = useSearchParams();
  const { t } = useTranslation();
  const from = targetOf(search.get("from"));
  const to = targetOf(search.get("to"));
  const formId = useId();

  const { resource: versions } = useResource(
    (signal) => listVersions(documentId, signal),
    [documentId],
  );
  const { resource: summary } = useResource(
    (signal) => getDocument(documentId, signal).catch(() => null),
    [documentId],
  );
  const draft = summary.status === "ready" ? summary.data : null;
  const mayCompareLive = can(draft?.role, "document.edit");
  const { resource: diff, reload } = useResource(
    async (signal) =>
      typeof from === "number" && to !== null ? getDiff(documentId, from, to, signal) : null,
    [documentId, from, to],
  );
  const nameOf = (target: number | "live" | null) =>
    target === "live" ? t("diff.live") : t("diff.version", { number: target ?? "?" });
  usePageTitle(t("diff.title", { before: nameOf(from), after: nameOf(to) }));

  const display = useDiffDisplay(diff.status === "ready" && diff.data ? diff.data.entries : null);

  const handleCompare = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    setSearch({ from: String(data.get("from")), to: String(data.get("to")) });
  };
  const options = versions.status === "ready" ? versions.data : [];

  return (
    <>
      <p className="back-link-wrapper">
        <Link to={draft ? `/documents/${documentId}?view=versions` : "/"} className="back-link">
          {draft ? t("versions.back") : t("document.back")}
        </Link>
      </p>
      {draft && <p className="caption">{draft.title}</p>}
      <h1 className="heading-xl">
        {t("diff.heading", { before: nameOf(from), after: nameOf(to) })}
      </h1>
      <form className="compare-form" onSubmit={handleCompare} aria-label={t("diff.choose")}>
        <div className="form-group">
          <label className="label" htmlFor={`${formId}-from`}>
            {t("diff.from")}
          </label>
          <select
            id={`${formId}-from`}
            name="from"
            className="select"
            key={`from-${from}-${options.length}`}
            defaultValue={String(from ?? "")}
          >
            {options.map((version) => (
              <option key={version.id} value={version.number}>
                {t("versions.title", { number: version.number, title: version.title })}
              </option>
            ))}
          </select>
        </div>
        <div className="form-group">
          <label className="label" htmlFor={`${formId}-to`}>
            {t("diff.to")}
          </label>
          <select
            id={`${formId}-to`}
            name="to"
            className="select"
            key={`to-${to}-${options.length}-${mayCompareLive}`}
            defaultValue={String(to ?? "")}
          >
            {options.map((version) => (
              <option key={version.id} value={version.number}>
                {t("versions.title", { number: version.number, title: version.title })}
              </option>
            ))}
            {(mayCompareLive || to === "live") && <option value="live">{t("diff.live")}</option>}
          </select>
        </div>
        <button type="submit" className="button button--secondary">
          {t("diff.compare")}
        </button>
      </form>
      {(from === null || to === null) && <p className="body">{t("diff.pick")}</p>}
      {diff.status === "loading" && (
        <p role="status" className="body muted">
          {t("diff.loading")}
        </p>
      )}
      {(diff.status === "notFound" || diff.status === "forbidden") && (
        <p className="inset-text">{t("diff.notFound")}</p>
      )}
      {diff.status === "error" && <LoadFailed message={t("diff.loadFailed")} onRetry={reload} />}
      {diff.status === "ready" && diff.data && (
        <>
          <DiffSummary stats={diff.data.stats} />
          <DiffControls display={display} />
          <DiffView
            rows={display.rows}
            mode={display.mode}
            beforeName={nameOf(from)}
            afterName={nameOf(to)}
          />
        </>
      )}
    </>
  );
}
