import { useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { can, type DocumentRole } from "../../../../../shared/permissions.ts";
import type { RoundView } from "../../../../../shared/schemas/index.ts";
import { Dialog } from "../../../components/Dialog/Dialog.tsx";
import { LoadFailed } from "../../../components/LoadFailed/LoadFailed.tsx";
import type { Resource } from "../../../hooks/useResource.ts";
import { OpenRoundForm } from "./OpenRoundForm.tsx";
import { RoundCard } from "./RoundCard.tsx";

interface ConsultationPanelProps {
  documentId: string;
  role: DocumentRole | null;
  rounds: Resource<RoundView[]>;
  reload: () => void;
}

/**
 * The draft's consultation rounds, newest first, and for drafters the way to open the next one
 * (once the previous is concluded), close one early and publish its conclusion.
 */
export function ConsultationPanel({ documentId, role, rounds, reload }: ConsultationPanelProps) {
  const { t } = useTranslation();
  const headingId = useId();
  const [opening, setOpening] = useState(false);
  const [message, setMessage] = useState("");
  const mayConsult = can(role, "document.consult");
  const list = rounds.status === "ready" ? rounds.data : null;
  const latest = list?.at(-1);
  const next = (latest?.number ?? 0) + 1;
  const changed = (text: string) => {
    setMessage(text);
    reload();
  };

  return (
    <section aria-labelledby={headingId} className="consultation">
      <h2 id={headingId} className="heading-l">
        {t("rounds.heading")}
      </h2>
      <p className="body consultation__intro">{t("rounds.intro")}</p>
      <div role="status" className="notification-region">
        {message && <p className="notification">{message}</p>}
      </div>
      {mayConsult &&
        list &&
        (latest && latest.state !== "concluded" ? (
          <p className="inset-text">
            {t("rounds.open.waitForConclusion", { number: latest.number })}
          </p>
        ) : (
          <p>
            <button type="button" className="button" onClick={() => setOpening(true)}>
              {t("rounds.open.button", { number: next })}
            </button>
          </p>
        ))}
      {rounds.status === "loading" && (
        <p role="status" className="body muted">
          {t("rounds.loading")}
        </p>
      )}
      {(rounds.status === "error" || rounds.status === "forbidden") && (
        <LoadFailed message={t("rounds.loadFailed")} onRetry={reload} />
      )}
      {list && list.length === 0 && <p className="body muted">{t("rounds.empty")}</p>}
      {list && list.length > 0 && (
        <ol className="round-list">
          {[...list].reverse().map((round) => (
            <li key={round.id}>
              <RoundCard
                documentId={documentId}
                round={round}
                mayConsult={mayConsult}
                onChanged={changed}
              />
            </li>
          ))}
        </ol>
      )}
      <Dialog
        open={opening}
        title={t("rounds.open.heading", { number: next })}
        onClose={() => setOpening(false)}
      >
        <p className="body">{t("rounds.open.intro", { number: next })}</p>
        <OpenRoundForm
          documentId={documentId}
          number={next}
          onCancel={() => setOpening(false)}
          onOpened={(round) => {
            setOpening(false);
            changed(t("rounds.open.done", { number: round.number }));
          }}
        />
      </Dialog>
    </section>
  );
}
