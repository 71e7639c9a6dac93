import * as decoding from "lib0/decoding";
import * as encoding from "lib0/encoding";

/** Who a socket belongs to, as presence must show them. */
export interface PresenceOwner {
  userId: string;
  name: string;
}

/**
 * Rewrites an awareness update from a socket so that it speaks only for that
 * socket's person: every announced state carries their account's name (a client
 * cannot appear as someone else in the people list or on a caret), and client ids
 * that `isClaimedByOther` are dropped. Throws on a malformed update.
 */
export function attributePresence(
  update: Uint8Array,
  owner: PresenceOwner,
  isClaimedByOther: (clientId: number) => boolean,
): Uint8Array {
  const decoder = decoding.createDecoder(update);
  const encoder = encoding.createEncoder();
  const entries: { clientId: number; clock: number; state: string }[] = [];
  const count = decoding.readVarUint(decoder);
  for (let i = 0; i < count; i += 1) {
    const clientId = decoding.readVarUint(decoder);
    const clock = decoding.readVarUint(decoder);
    const json = decoding.readVarString(decoder);
    if (isClaimedByOther(clientId)) continue;
    entries.push({ clientId, clock, state: attribute(json, owner) });
  }
  if (decoding.hasContent(decoder)) throw new Error("trailing bytes in awareness update");
  encoding.writeVarUint(encoder, entries.length);
  for (const entry of entries) {
    encoding.writeVarUint(encoder, entry.clientId);
    encoding.writeVarUint(encoder, entry.clock);
    encoding.writeVarString(encoder, entry.state);
  }
  return encoding.toUint8Array(encoder);
}

function attribute(json: string, owner: PresenceOwner): string {
  const state: unknown = JSON.parse(json);
  // `null` withdraws the state (the person left); nothing to attribute.
  if (state === null || typeof state !== "object" || Array.isArray(state))
    return JSON.stringify(state);
  const record = state as Record<string, unknown>;
  const user = typeof record.user === "object" && record.user !== null ? record.user : {};
  return JSON.stringify({ ...record, user: { ...user, name: owner.name, id: owner.userId } });
}
