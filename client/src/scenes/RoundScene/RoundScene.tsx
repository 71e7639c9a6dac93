import type { Editor } from "@tiptap/core";
import { useCallback, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";
import type { RoundDetail } from "../../../../shared/schemas/index.ts";
import { getDocument, getRound } from "../../api/index.ts";
import { RegulationOutline } from "../../components/Editor/RegulationOutline.tsx";
import { LoadFailed } from "../../components/LoadFailed/LoadFailed.tsx";
import { RoundConclusion } from "../../components/Rounds/RoundConclusion.tsx";
import {
  RoundAudience,
  RoundCounts,
  RoundStateTag,
  RoundWindow,
} from "../../components/Rounds/RoundFacts.tsx";
import { usePageTitle } from "../../hooks/usePageTitle.ts";
import { useResource } from "../../hooks/useResource.ts";
import { CommentsPanel } from "../DocumentScene/comments/CommentsPanel.tsx";
import type { DocumentRole } from "../../../../shared/permissions.ts";
import { VersionText } from "./components/VersionText.tsx";
import { useRoundCommentSurface } from "./hooks/useRoundCommentSurface.ts";
import { useRoundUpdates } from "./hooks/useRoundUpdates.ts";

/**
 * One consultation round, for everyone who may read it — the draft's own people and the
 * round's participants, who have no role on the draft: the frozen version's text to select and
 * comment on while the round is open, the round's threads beside it, its window in its own time
 * zone, and its conclusion once published.
 */
export function RoundScene() {
  const { documentId = "", number = "" } = useParams();
  return (
    <RoundView key={`${documentId}/${number}`} documentId={documentId} number={Number(number)} />
  );
}

function RoundView({ documentId, number }: { documentId: string; number: number }) {
  const { t } = useTranslation();
  const { resource, reload } = useResource(
    (signal) => getRound(documentId, number, signal),
    [documentId, number],
  );
  // A participant has no role on the draft: the draft's own page is not theirs to open.
  const { resource: summary } = useResource(
    (signal) => getDocument(documentId, signal).catch(() => null),
    [documentId],
  );
  const role: DocumentRole | null =
    summary.status === "ready" ? (summary.data?.role ?? null) : null;
  const [refresh, setRefresh] = useState(0);
  const handleChange = useCallback(() => {
    reload();
    setRefresh((n) => n + 1);
  }, [reload]);
  useRoundUpdates(documentId, number, handleChange, reload);
  const round = resource.status === "ready" ? resource.data : null;
  usePageTitle(round ? t("rounds.page.title", { number, title: round.version.title }) : null);

  const backTo =
    summary.status === "ready" && summary.data
      ? { to: `/documents/${documentId}?view=consultation`, label: t("rounds.page.backToDraft") }
      : { to: "/", label: t("document.back") };

  return (
    <>
      <p className="back-link-wrapper">
        <Link to={backTo.to} className="back-link">
          {backTo.label}
        </Link>
      </p>
      {resource.status === "loading" && (
        <p role="status" className="body muted">
          {t("rounds.page.loading")}
        </p>
      )}
      {(resource.status === "notFound" || resource.status === "forbidden") && (
        <>
          <h1 className="heading-xl">{t("rounds.page.notFound")}</h1>
          <p className="body">{t("rounds.page.notFoundBody")}</p>
        </>
      )}
      {resource.status === "error" && (
        <LoadFailed message={t("rounds.page.loadFailed")} onRetry={reload} />
      )}
      {round && (
        <RoundPage
          documentId={documentId}
          round={round}
          role={role}
          refresh={refresh}
          onChanged={reload}
        />
      )}
    </>
  );
}

interface RoundPageProps {
  documentId: string;
  round: RoundDetail;
  role: DocumentRole | null;
  refresh: number;
  onChanged: () => void;
}

function RoundPage({ documentId, round, role, refresh, onChanged }: RoundPageProps) {
  const { t } = useTranslation();
  const [editor, setEditor] = useState<Editor | null>(null);
  // The version never changes: later loads of the round (its state, its counts) keep the editor.
  const [content] = useState(round.content.content);
  const form = round.version.form;
  return (
    <>
      <p className="caption">{t("rounds.page.caption", { number: round.number })}</p>
      <h1 className="heading-xl round-title">{round.version.title}</h1>
      <div className="round-facts" data-testid="round-facts">
        <RoundStateTag state={round.state} />
        <RoundWindow round={round} />
        <RoundAudience round={round} />
        <RoundCounts round={round} />
      </div>
      {round.state === "concluded" && <RoundConclusion round={round} />}
      <details className="round-summary">
        <summary>{t("rounds.summaryOfChanges")}</summary>
        <p className="round-text">{round.version.summary}</p>
      </details>
      {round.number > 1 && (
        <p>
          <Link to={`/documents/${documentId}/compare?from=${round.number - 1}&to=${round.number}`}>
            {t("versions.comparePrevious", { number: round.number })}
          </Link>
        </p>
      )}
      <div className="document-layout round-layout">
        <div className="document-layout__main">
          <p className="inset-text inset-text--info round-frozen-note">
            {t("rounds.page.frozen", { number: round.number })}
          </p>
          <VersionText
            content={content}
            form={form}
            label={t("rounds.page.textLabel", { number: round.number })}
            onEditorReady={setEditor}
          />
        </div>
        <aside className="document-layout__side">
          {editor && (
            <RoundComments
              documentId={documentId}
              round={round}
              editor={editor}
              role={role}
              refresh={refresh}
              onChanged={onChanged}
            />
          )}
          {editor && form === "regulation" && <RegulationOutline editor={editor} />}
        </aside>
      </div>
    </>
  );
}

function RoundComments(props: {
  documentId: string;
  round: RoundDetail;
  editor: Editor;
  role: DocumentRole | null;
  refresh: number;
  onChanged: () => void;
}) {
  return <CommentsPanel surface={useRoundCommentSurface(props)} />;
}
