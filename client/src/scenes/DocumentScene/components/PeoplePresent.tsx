import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import type { Awareness } from "y-protocols/awareness";
import { presenceLabel } from "../../../collaboration/remotePresence.ts";
import { usePeople } from "../hooks/usePeople.ts";

interface PeoplePresentProps {
  awareness: Awareness;
}

function initials(name: string): string {
  const parts = name.trim().split(/\s+/);
  const first = parts[0]?.[0] ?? "";
  const last = parts.length > 1 ? (parts[parts.length - 1]?.[0] ?? "") : "";
  return (first + last).toUpperCase();
}

/**
 * Who has the draft open right now, each with the colour of their caret and the verified
 * organisation the server vouches for ("Name · Organisation"), so a namesake stands out.
 */
export function PeoplePresent({ awareness }: PeoplePresentProps) {
  const { t } = useTranslation();
  const people = usePeople(awareness);
  return (
    <section className="people" aria-labelledby="people-heading">
      <h2 id="people-heading" className="heading-s">
        {t("document.people.heading")}
      </h2>
      <ul className="people__list">
        {people.map((person) => (
          <li key={person.clientId} className="people__person">
            {/* Inline colour: each person's colour is data, not a fixed style. */}
            <span className="avatar" aria-hidden="true" style={{ backgroundColor: person.color }}>
              {initials(person.name)}
            </span>
            <span className="people__name">
              {person.isSelf
                ? t("document.people.you", { name: person.name })
                : presenceLabel(person)}
            </span>
          </li>
        ))}
      </ul>
      <Link to="/profile">{t("document.people.changeName")}</Link>
    </section>
  );
}
