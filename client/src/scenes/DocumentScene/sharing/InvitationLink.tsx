import { useId, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import type { InvitationCreated } from "../../../api/index.ts";
import { formatDateTime } from "../../../i18n/formatDate.ts";

/**
 * The link of a new invitation, to copy and send to the person (there is no mail server). If
 * the clipboard cannot be used, the link is selected so it can be copied by hand.
 */
export function InvitationLink({ invitation }: { invitation: InvitationCreated }) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const [copy, setCopy] = useState<"idle" | "copied" | "manual">("idle");

  const handleCopy = async () => {
    try {
      await navigator.clipboard.writeText(invitation.link);
      setCopy("copied");
    } catch {
      input.current?.select();
      setCopy("manual");
    }
  };

  return (
    <div className="panel panel--success" data-testid="invitation-link">
      <p>
        {t("sharing.link.created", {
          email: invitation.email,
          role: t(`roles.${invitation.role}.name`),
        })}
      </p>
      <label className="label" htmlFor={`${id}-link`}>
        {t("sharing.link.label")}
      </label>
      <p className="hint" id={`${id}-hint`}>
        {t("sharing.link.hint", { date: formatDateTime(invitation.expiresAt, i18n.language) })}
      </p>
      <div className="copy-field">
        <input
          ref={input}
          id={`${id}-link`}
          className="input"
          readOnly
          value={invitation.link}
          aria-describedby={`${id}-hint`}
          onFocus={(event) => event.target.select()}
        />
        <button
          type="button"
          className="button button--secondary"
          onClick={() => void handleCopy()}
        >
          {t("sharing.link.copy")}
        </button>
      </div>
      <p role="status" className="inline-status">
        {copy === "copied"
          ? t("sharing.link.copied")
          : copy === "manual"
            ? t("sharing.link.manual")
            : ""}
      </p>
    </div>
  );
}
