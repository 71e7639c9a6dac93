import { useId } from "react";
import { useTranslation } from "react-i18next";
import {
  DEFAULT_TIME_ZONE,
  type RoundAudience,
  RoundOpenSchema,
  type RoundView,
} from "../../../../../shared/schemas/index.ts";
import { isApiError, listOrganisations, openRound } from "../../../api/index.ts";
import { ErrorSummary } from "../../../components/Form/ErrorSummary.tsx";
import { RadioGroup } from "../../../components/Form/RadioGroup.tsx";
import { SelectField } from "../../../components/Form/SelectField.tsx";
import { TextAreaField } from "../../../components/Form/TextAreaField.tsx";
import { TextField } from "../../../components/Form/TextField.tsx";
import { useFormSubmission } from "../../../components/Form/useFormSubmission.ts";
import {
  instantInZone,
  localInZone,
  ROUND_TIME_ZONES,
  zoneLabel,
} from "../../../components/Rounds/roundTime.ts";
import { useResource } from "../../../hooks/useResource.ts";

interface OpenRoundFormProps {
  documentId: string;
  /** The number the new round (and version) will have. */
  number: number;
  onOpened: (round: RoundView) => void;
  onCancel: () => void;
}

/**
 * Opens the next consultation round: the version's title and summary of changes, the window
 * (wall-clock times in the chosen zone, WIB by default) and who is invited — every verified
 * organisation, or a chosen few.
 */
export function OpenRoundForm({ documentId, number, onOpened, onCancel }: OpenRoundFormProps) {
  const { t, i18n } = useTranslation();
  const { resource: organisations } = useResource((signal) => listOrganisations(signal), []);
  const verified =
    organisations.status === "ready" ? organisations.data.filter((o) => o.verified) : [];
  const form = useFormSubmission({
    fields: [
      "title",
      "summary",
      "opensAt",
      "closesAt",
      "timeZone",
      "audience",
      "organisationIds",
    ] as const,
    initialValues: {
      title: "",
      summary: "",
      opensAt: "",
      closesAt: localInZone(DEFAULT_TIME_ZONE, 14, 17),
      timeZone: DEFAULT_TIME_ZONE as string,
      audience: "open" as RoundAudience,
      organisationIds: [] as string[],
    },
    schema: RoundOpenSchema,
    texts: {
      title: { label: t("rounds.open.titleLabel"), required: t("rounds.open.titleRequired") },
      summary: { label: t("rounds.open.summary"), required: t("rounds.open.summaryRequired") },
      opensAt: { label: t("rounds.open.opensAt") },
      closesAt: { label: t("rounds.open.closesAt"), required: t("rounds.open.closesAtRequired") },
      timeZone: { label: t("rounds.open.timeZone") },
      audience: { label: t("rounds.open.audience") },
      organisationIds: {
        label: t("rounds.open.organisations"),
        required: t("rounds.open.organisationsRequired"),
      },
    },
    toInput: (values) => ({
      ...values,
      opensAt: values.opensAt ? (instantInZone(values.opensAt, values.timeZone) ?? "") : undefined,
      closesAt: instantInZone(values.closesAt, values.timeZone) ?? "",
      organisationIds: values.audience === "invited" ? values.organisationIds : [],
    }),
    send: async (parsed) => onOpened(await openRound(documentId, parsed)),
    describeFailure: (error) => {
      if (isApiError(error, 409, "previous_round_open")) return t("rounds.open.previousOpen");
      if (isApiError(error, 403)) return t("rounds.errors.forbidden");
      return t("form.unavailable");
    },
  });
  const zone = form.values.timeZone;
  const picked = form.field("organisationIds");
  const pickerId = useId();

  return (
    <form noValidate onSubmit={form.handleSubmit} aria-label={t("rounds.open.heading", { number })}>
      <ErrorSummary problems={form.problems} />
      <TextField
        {...form.field("title")}
        label={t("rounds.open.titleLabel")}
        hint={t("rounds.open.titleHint", { number })}
      />
      <TextAreaField
        {...form.field("summary")}
        label={t("rounds.open.summary")}
        hint={t("rounds.open.summaryHint")}
        rows={4}
      />
      <SelectField
        {...form.field("timeZone")}
        label={t("rounds.open.timeZone")}
        options={ROUND_TIME_ZONES.map((value) => ({
          value,
          label: zoneLabel(value, i18n.language),
        }))}
      />
      <TextField
        {...form.field("opensAt")}
        type="datetime-local"
        label={t("rounds.open.opensAt")}
        hint={t("rounds.open.opensAtHint", { zone: zoneLabel(zone, i18n.language) })}
      />
      <TextField
        {...form.field("closesAt")}
        type="datetime-local"
        label={t("rounds.open.closesAt")}
        hint={t("rounds.open.closesAtHint", { zone: zoneLabel(zone, i18n.language) })}
      />
      <RadioGroup
        {...form.field("audience")}
        name={`${form.id}-audience`}
        legend={t("rounds.open.audience")}
        options={[
          { value: "open", label: t("rounds.audience.open"), hint: t("rounds.audience.openHint") },
          {
            value: "invited",
            label: t("rounds.audience.invited"),
            hint: t("rounds.audience.invitedHint"),
          },
        ]}
      />
      {form.values.audience === "invited" && (
        <div className={picked.error ? "form-group form-group--error" : "form-group"}>
          <fieldset
            className="fieldset"
            aria-describedby={picked.error ? `${picked.id}-error` : undefined}
          >
            <legend className="label">{t("rounds.open.organisations")}</legend>
            {picked.error && (
              <p id={`${picked.id}-error`} className="error-message">
                <span className="visually-hidden">{t("form.errorPrefix")}</span> {picked.error}
              </p>
            )}
            {organisations.status === "loading" && (
              <p className="hint">{t("rounds.open.loadingOrganisations")}</p>
            )}
            {organisations.status === "ready" && verified.length === 0 && (
              <p className="hint">{t("rounds.open.noOrganisations")}</p>
            )}
            <div className="organisation-picker" id={picked.id} tabIndex={-1}>
              {verified.map((organisation, index) => (
                <div key={organisation.id} className="checkbox">
                  <input
                    id={`${pickerId}-${index}`}
                    className="checkbox__input"
                    type="checkbox"
                    checked={picked.value.includes(organisation.id)}
                    onChange={(event) =>
                      picked.onChange(
                        event.target.checked
                          ? [...picked.value, organisation.id]
                          : picked.value.filter((id) => id !== organisation.id),
                      )
                    }
                  />
                  <label className="checkbox__label" htmlFor={`${pickerId}-${index}`}>
                    {organisation.name}{" "}
                    <span className="muted">({t(`organisationKinds.${organisation.kind}`)})</span>
                  </label>
                </div>
              ))}
            </div>
          </fieldset>
        </div>
      )}
      <div className="button-group">
        <button type="submit" className="button" disabled={form.submitting}>
          {t("rounds.open.submit", { number })}
        </button>
        <button type="button" className="button button--secondary" onClick={onCancel}>
          {t("rounds.cancel")}
        </button>
      </div>
    </form>
  );
}
