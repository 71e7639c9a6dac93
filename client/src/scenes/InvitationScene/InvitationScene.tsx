import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";
import { getInvitation, type InvitationView } from "../../api/index.ts";
import { LoadFailed } from "../../components/LoadFailed/LoadFailed.tsx";
import { RoleDescription } from "../../components/RoleDescription/RoleDescription.tsx";
import { usePageTitle } from "../../hooks/usePageTitle.ts";
import { useResource } from "../../hooks/useResource.ts";
import { useSession } from "../../hooks/useSession.ts";
import { AcceptAsSignedIn } from "./components/AcceptAsSignedIn.tsx";
import { AcceptWithNewAccount } from "./components/AcceptWithNewAccount.tsx";

/**
 * An invitation link (`/invitations/:token`): what draft and role it offers, then accepting it —
 * creating an account with a name and password if the invited email has none, or signing in as
 * that account first.
 */
export function InvitationScene() {
  const { t } = useTranslation();
  const { token = "" } = useParams();
  const { resource, reload } = useResource((signal) => getInvitation(token, signal), [token]);
  usePageTitle(t("invitation.title"));

  return (
    <div className="narrow">
      {resource.status === "loading" && (
        <p role="status" className="body muted">
          {t("invitation.loading")}
        </p>
      )}
      {resource.status === "notFound" && (
        <>
          <h1 className="heading-xl">{t("invitation.notFound.title")}</h1>
          <p className="body">{t("invitation.notFound.body")}</p>
        </>
      )}
      {(resource.status === "error" || resource.status === "forbidden") && (
        <LoadFailed message={t("invitation.failed")} onRetry={reload} />
      )}
      {resource.status === "ready" && <Invitation token={token} invitation={resource.data} />}
    </div>
  );
}

function Invitation({ token, invitation }: { token: string; invitation: InvitationView }) {
  const { t } = useTranslation();
  const { state } = useSession();
  return (
    <>
      <span className="caption">{t("invitation.caption")}</span>
      <h1 className="heading-xl">{t("invitation.heading", { title: invitation.documentTitle })}</h1>
      <dl className="summary-list">
        <div className="summary-list__row">
          <dt>{t("invitation.draft")}</dt>
          <dd>{invitation.documentTitle}</dd>
        </div>
        <div className="summary-list__row">
          <dt>{t("invitation.role")}</dt>
          <dd>
            <RoleDescription role={invitation.role} />
          </dd>
        </div>
        <div className="summary-list__row">
          <dt>{t("invitation.invitedBy")}</dt>
          <dd>{invitation.inviterName}</dd>
        </div>
        <div className="summary-list__row">
          <dt>{t("invitation.for")}</dt>
          <dd>{invitation.email}</dd>
        </div>
      </dl>
      {invitation.status === "accepted" && (
        <div className="inset-text">
          <p>{t("invitation.accepted")}</p>
          <p>
            <Link to={state.status === "signedIn" ? "/" : "/sign-in"}>
              {state.status === "signedIn" ? t("invitation.toDrafts") : t("invitation.signIn")}
            </Link>
          </p>
        </div>
      )}
      {invitation.status === "expired" && (
        <div className="inset-text">
          <p>{t("invitation.expired", { name: invitation.inviterName })}</p>
        </div>
      )}
      {invitation.status === "revoked" && (
        <div className="inset-text">
          <p>{t("invitation.revoked")}</p>
        </div>
      )}
      {invitation.status === "pending" &&
        (invitation.accountExists ? (
          <AcceptAsSignedIn token={token} invitation={invitation} />
        ) : (
          <AcceptWithNewAccount token={token} invitation={invitation} />
        ))}
    </>
  );
}
