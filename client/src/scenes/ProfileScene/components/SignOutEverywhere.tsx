import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useSession } from "../../../hooks/useSession.ts";

/** Ends every session of the account, e.g. after using a shared or lost device. */
export function SignOutEverywhere() {
  const { t } = useTranslation();
  const { signOutEverywhere } = useSession();
  const [working, setWorking] = useState(false);
  const [failed, setFailed] = useState(false);

  const handleClick = async () => {
    setWorking(true);
    setFailed(false);
    try {
      await signOutEverywhere();
    } catch {
      setFailed(true);
      setWorking(false);
    }
  };

  return (
    <section aria-labelledby="profile-sessions">
      <h2 id="profile-sessions" className="heading-l">
        {t("profile.sessions.heading")}
      </h2>
      <p className="body">{t("profile.sessions.body")}</p>
      {failed && (
        <p className="error-message" role="alert">
          {t("profile.sessions.failed")}
        </p>
      )}
      <button
        type="button"
        className="button button--warning"
        disabled={working}
        onClick={() => void handleClick()}
      >
        {working ? t("nav.signingOut") : t("profile.sessions.signOutEverywhere")}
      </button>
    </section>
  );
}
