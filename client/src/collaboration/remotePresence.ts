import {
  type PresenceState,
  type PresenceUser,
  readPresenceState,
} from "../../../shared/protocol/index.ts";

/** Awareness replaces a state object on every change, so a checked object stays checked. */
const checked = new WeakMap<object, PresenceState | null>();

/**
 * Someone else's presence state when it has the shape Rembuk's editor shares — a name, a
 * colour, a caret of two relative positions — and undefined otherwise. The server drops
 * whatever does not match; this is the second line, so that a state crafted by another
 * participant can never reach the caret plugin or the people list.
 */
export function remotePresence(state: unknown): PresenceState | undefined {
  if (typeof state !== "object" || state === null) return undefined;
  let known = checked.get(state);
  if (known === undefined) {
    known = readPresenceState(state) ?? null;
    checked.set(state, known);
  }
  return known ?? undefined;
}

/** "Name · Organisation" — how a person is named on their caret and in the people list. */
export function presenceLabel(user: Pick<PresenceUser, "name" | "organisation">): string {
  const name = user.name?.trim() ?? "";
  const organisation = user.organisation?.trim();
  return organisation ? `${name} · ${organisation}` : name;
}
