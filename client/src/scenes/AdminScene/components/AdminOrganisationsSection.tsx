import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import type { Organisation } from "../../../../../shared/schemas/index.ts";
import { setOrganisationVerified } from "../../../api/index.ts";
import { LoadFailed } from "../../../components/LoadFailed/LoadFailed.tsx";
import { OrganisationTags } from "../../../components/OrganisationTags/OrganisationTags.tsx";
import type { Resource } from "../../../hooks/useResource.ts";
import type { AdminNotice } from "../AdminScene.tsx";
import { AddMemberForm } from "./AddMemberForm.tsx";

interface AdminOrganisationsSectionProps {
  organisations: Resource<Organisation[]>;
  onRetry: () => void;
  onDone: (notice: AdminNotice) => void;
}

/** Every organisation, to verify (or unverify) it and add members by email. */
export function AdminOrganisationsSection({
  organisations,
  onRetry,
  onDone,
}: AdminOrganisationsSectionProps) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState<string | null>(null);

  const toggleVerified = async (organisation: Organisation) => {
    setBusy(organisation.id);
    try {
      await setOrganisationVerified(organisation.id, !organisation.verified);
      onDone({
        kind: "done",
        message: t(
          organisation.verified
            ? "admin.organisations.unverifiedDone"
            : "admin.organisations.verifiedDone",
          { name: organisation.name },
        ),
      });
    } catch {
      onDone({
        kind: "failed",
        message: t("admin.organisations.verifyFailed", { name: organisation.name }),
      });
    } finally {
      setBusy(null);
    }
  };

  return (
    <section aria-labelledby="admin-organisations">
      <h2 id="admin-organisations" className="heading-l">
        {t("admin.organisations.heading")}
      </h2>
      <p className="body">{t("admin.organisations.intro")}</p>
      {organisations.status === "loading" && (
        <p role="status" className="body muted">
          {t("organisations.list.loading")}
        </p>
      )}
      {organisations.status !== "loading" && organisations.status !== "ready" && (
        <LoadFailed message={t("organisations.list.failed")} onRetry={onRetry} />
      )}
      {organisations.status === "ready" &&
        (organisations.data.length === 0 ? (
          <p className="body muted">{t("admin.organisations.none")}</p>
        ) : (
          <ul className="card-list">
            {organisations.data.map((organisation) => (
              <li key={organisation.id} className="card">
                <h3 className="heading-s">
                  <Link to={`/organisations/${organisation.id}`}>{organisation.name}</Link>
                </h3>
                <p>
                  <OrganisationTags organisation={organisation} />
                </p>
                <button
                  type="button"
                  className="button button--secondary button--small"
                  disabled={busy === organisation.id}
                  onClick={() => void toggleVerified(organisation)}
                >
                  {organisation.verified
                    ? t("admin.organisations.unverify")
                    : t("admin.organisations.verify")}
                  <span className="visually-hidden"> {organisation.name}</span>
                </button>
                <AddMemberForm organisation={organisation} onDone={onDone} />
              </li>
            ))}
          </ul>
        ))}
    </section>
  );
}
