import { useCallback, useRef, useSyncExternalStore } from "react";
import type { Awareness } from "y-protocols/awareness";
import type { PresenceUser } from "../../../../../shared/protocol/index.ts";
import { remotePresence } from "../../../collaboration/remotePresence.ts";

/** Someone who has the draft open, as they announce themselves in awareness. */
export interface Person {
  clientId: number;
  name: string;
  /** Their verified organisation, as the server attributes it; null when they have none. */
  organisation: string | null;
  color: string;
  isSelf: boolean;
}

const HEX_COLOR = /^#[0-9a-fA-F]{6}$/;

function readPeople(awareness: Awareness): Person[] {
  const people: Person[] = [];
  for (const [clientId, state] of awareness.getStates()) {
    // Others' states come from their browsers: only those of the presence schema count.
    const isSelf = clientId === awareness.clientID;
    const user = isSelf ? (state as { user?: PresenceUser }).user : remotePresence(state)?.user;
    if (typeof user?.name !== "string" || user.name.trim() === "") continue;
    people.push({
      clientId,
      name: user.name,
      organisation: typeof user.organisation === "string" ? user.organisation : null,
      color: typeof user.color === "string" && HEX_COLOR.test(user.color) ? user.color : "#505a5f",
      isSelf,
    });
  }
  // You first, then everyone else in a stable order.
  return people.sort((a, b) => Number(b.isSelf) - Number(a.isSelf) || a.clientId - b.clientId);
}

function samePeople(a: Person[], b: Person[]): boolean {
  return (
    a.length === b.length &&
    a.every(
      (person, index) =>
        person.clientId === b[index]?.clientId &&
        person.name === b[index]?.name &&
        person.organisation === b[index]?.organisation &&
        person.color === b[index]?.color,
    )
  );
}

/** Everyone present on the draft right now, including this person, kept current from awareness. */
export function usePeople(awareness: Awareness): Person[] {
  const cache = useRef<Person[]>([]);
  const subscribe = useCallback(
    (listener: () => void) => {
      awareness.on("change", listener);
      return () => awareness.off("change", listener);
    },
    [awareness],
  );
  const getSnapshot = useCallback(() => {
    const next = readPeople(awareness);
    if (!samePeople(next, cache.current)) cache.current = next;
    return cache.current;
  }, [awareness]);
  return useSyncExternalStore(subscribe, getSnapshot);
}
