import { useCallback, useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";
import type { DocumentRole } from "../../../../shared/permissions.ts";
import { usePageTitle } from "../../hooks/usePageTitle.ts";
import { useMe } from "../../hooks/useSession.ts";
import { rememberedRole } from "../../session/privateData.ts";
import { AccessRevoked } from "./components/AccessRevoked.tsx";
import { DocumentNotFound } from "./components/DocumentNotFound.tsx";
import { LiveDocument } from "./components/LiveDocument.tsx";
import { useDocumentSummary } from "./hooks/useDocumentSummary.ts";

/**
 * One draft regulation, opened live: editable for owners and drafters, read-only for reviewers
 * and observers. If the server cannot be reached the draft still opens from this device's copy,
 * with the role remembered from the last visit. When the server refuses the live connection
 * (4403), the role is asked again: gone means "you no longer have access".
 */
export function DocumentScene() {
  const { documentId = "" } = useParams();
  // A fresh state per draft: what was true of the previous one must not carry over.
  return <DocumentView key={documentId} documentId={documentId} />;
}

function DocumentView({ documentId }: { documentId: string }) {
  const { t } = useTranslation();
  const me = useMe();
  const { summary, recheck } = useDocumentSummary(documentId, me.id);
  // Once the draft was open, "not found" means the person's role was taken away.
  const [wasOpen, setWasOpen] = useState(false);
  useEffect(() => {
    if (summary.status === "found") setWasOpen(true);
  }, [summary.status]);
  const revoked = wasOpen && summary.status === "notFound";
  // Bumped to reconnect after a refusal that came with a changed role.
  const [generation, setGeneration] = useState(0);

  const role: DocumentRole | null =
    summary.status === "found"
      ? summary.document.role
      : summary.status === "unavailable"
        ? (rememberedRole(me.id, documentId) ?? null)
        : null;
  const title =
    summary.status === "found"
      ? summary.document.title
      : summary.status === "unavailable"
        ? t("document.titleUnavailable")
        : null;
  usePageTitle(revoked ? t("document.revoked.title") : title);

  useRoleChecks(recheck);

  const handleRefused = useCallback(async () => {
    const next = await recheck();
    if (next.status === "found" && next.document.role !== role) setGeneration((n) => n + 1);
  }, [recheck, role]);

  if (revoked) return <AccessRevoked />;
  if (summary.status === "notFound") return <DocumentNotFound />;

  return (
    <>
      <p className="back-link-wrapper">
        <Link to="/" className="back-link">
          {t("document.back")}
        </Link>
      </p>
      {title === null ? (
        <p role="status" className="body muted">
          {t("document.loading")}
        </p>
      ) : (
        <LiveDocument
          key={generation}
          documentId={documentId}
          title={title}
          form={summary.status === "found" ? summary.document.form : null}
          role={role}
          onRefused={handleRefused}
        />
      )}
    </>
  );
}

/** How often an open draft asks whether the person's role changed (an owner may change it). */
const ROLE_CHECK_INTERVAL_MS = 60_000;

/**
 * Asks for the role again now and then, when the page becomes visible and when the connection
 * returns (the title too, if it opened offline), so a
 * reviewer made drafter gets the toolbar (and a drafter made reviewer loses it) without
 * reloading. The server applies such changes to the open connection at once either way.
 */
function useRoleChecks(recheck: () => Promise<unknown>) {
  useEffect(() => {
    const check = () => {
      if (document.visibilityState === "visible") void recheck();
    };
    const timer = setInterval(check, ROLE_CHECK_INTERVAL_MS);
    document.addEventListener("visibilitychange", check);
    window.addEventListener("online", check);
    return () => {
      clearInterval(timer);
      document.removeEventListener("visibilitychange", check);
      window.removeEventListener("online", check);
    };
  }, [recheck]);
}
