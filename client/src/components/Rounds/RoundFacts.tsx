import { useTranslation } from "react-i18next";
import type { RoundState, RoundView } from "../../../../shared/schemas/index.ts";
import { formatInZone } from "./roundTime.ts";

const STATE_TAG: Record<RoundState, string> = {
  scheduled: "tag tag--blue",
  open: "tag tag--green",
  closed: "tag tag--grey",
  concluded: "tag",
};

/** Where the round stands, in words: Scheduled, Open, Closed, Concluded. */
export function RoundStateTag({ state }: { state: RoundState }) {
  const { t } = useTranslation();
  return (
    <span className={STATE_TAG[state]} data-testid="round-state">
      {t(`rounds.state.${state}`)}
    </span>
  );
}

/**
 * The comment window in the round's own time zone: "Open until 12 Des 2026, 17.00 WIB
 * (Asia/Jakarta)", "Opens on …", "Closed on … by … — reason", "Closed on … (closing time)".
 */
export function RoundWindow({ round }: { round: RoundView }) {
  const { t, i18n } = useTranslation();
  const at = (iso: string) => formatInZone(iso, round.timeZone, i18n.language);
  let text: string;
  if (round.state === "scheduled") {
    text = t("rounds.window.scheduled", { opens: at(round.opensAt), closes: at(round.closesAt) });
  } else if (round.state === "open") {
    text = t("rounds.window.open", { closes: at(round.closesAt) });
  } else if (round.closeReason && round.closedBy) {
    text = t("rounds.window.closedEarly", {
      date: at(round.closedAt ?? round.closesAt),
      name: round.closedBy.name,
      reason: round.closeReason,
    });
  } else {
    text = t("rounds.window.closed", { date: at(round.closedAt ?? round.closesAt) });
  }
  return (
    <p className="round-window" data-testid="round-window">
      {text}
    </p>
  );
}

/** Who may comment besides the draft's own people: every verified organisation, or those invited. */
export function RoundAudience({ round }: { round: RoundView }) {
  const { t } = useTranslation();
  return (
    <p className="round-audience">
      {round.audience === "open"
        ? t("rounds.audience.openAll")
        : t("rounds.audience.invitedList", {
            names: round.organisations.map((o) => o.name).join(", "),
          })}
    </p>
  );
}

/**
 * The round's comments: how many, answered, unanswered (flagged while any remain: everyone has
 * the right to an answer) and hidden by moderators.
 */
export function RoundCounts({ round }: { round: RoundView }) {
  const { t } = useTranslation();
  const { comments, answered, unanswered, hidden } = round.counts;
  return (
    <p className="round-counts" data-testid="round-counts">
      <span>{t("rounds.counts.comments", { count: comments })}</span>
      <span>{t("rounds.counts.answered", { count: answered })}</span>
      <span className={unanswered > 0 ? "tag tag--red" : undefined} data-testid="round-unanswered">
        {t("rounds.counts.unanswered", { count: unanswered })}
      </span>
      {hidden > 0 && <span>{t("rounds.counts.hidden", { count: hidden })}</span>}
    </p>
  );
}
