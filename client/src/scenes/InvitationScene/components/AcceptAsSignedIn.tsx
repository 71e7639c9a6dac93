import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useNavigate } from "react-router";
import { acceptInvitation, type InvitationView } from "../../../api/index.ts";
import { useSession } from "../../../hooks/useSession.ts";
import { signInPath } from "../../../session/nextPath.ts";
import { acceptFailure } from "./acceptErrors.ts";

interface AcceptAsSignedInProps {
  token: string;
  invitation: InvitationView;
}

/**
 * Accepting when the invited email already has an account: sign in as it first; someone
 * signed in as another account is told so and can sign out.
 */
export function AcceptAsSignedIn({ token, invitation }: AcceptAsSignedInProps) {
  const { t } = useTranslation();
  const { state, signOut, refresh } = useSession();
  const navigate = useNavigate();
  const [working, setWorking] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  if (state.status === "loading") {
    return (
      <p role="status" className="body muted">
        {t("session.loading")}
      </p>
    );
  }
  if (state.status !== "signedIn") {
    return (
      <>
        <p className="body">{t("invitation.signInToAccept", { email: invitation.email })}</p>
        <Link className="button" to={signInPath(`/invitations/${token}`)}>
          {t("invitation.signInButton")}
        </Link>
      </>
    );
  }
  if (state.me.email.toLowerCase() !== invitation.email.toLowerCase()) {
    return (
      <div className="inset-text">
        <p>{t("invitation.otherAccount", { email: invitation.email, current: state.me.email })}</p>
        <button
          type="button"
          className="button button--secondary"
          onClick={() => void signOut().catch(() => setProblem(t("nav.signOutFailed")))}
        >
          {t("nav.signOut")}
        </button>
        {problem && (
          <p className="error-message" role="alert">
            {problem}
          </p>
        )}
      </div>
    );
  }

  const handleAccept = async () => {
    setWorking(true);
    setProblem(null);
    try {
      const documentId = await acceptInvitation(token);
      await refresh();
      navigate(`/documents/${documentId}`);
    } catch (error) {
      setProblem(acceptFailure(error, t));
      setWorking(false);
    }
  };

  return (
    <>
      {problem && (
        <div className="error-panel" role="alert">
          <p>{problem}</p>
        </div>
      )}
      <p className="body">{t("invitation.acceptAs", { name: state.me.name })}</p>
      <button
        type="button"
        className="button"
        disabled={working}
        onClick={() => void handleAccept()}
      >
        {working ? t("invitation.accepting") : t("invitation.accept")}
      </button>
    </>
  );
}
