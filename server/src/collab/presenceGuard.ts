import * as decoding from "lib0/decoding";
import * as encoding from "lib0/encoding";
import {
  PRESENCE_LIMITS,
  type PresenceState,
  readPresenceState,
} from "../../../shared/protocol/index.ts";

/** Who a socket belongs to, as presence must show them. */
export interface PresenceOwner {
  userId: string;
  name: string;
  /** Their verified organisation's name, shown beside their name; null when they have none. */
  organisation: string | null;
}

/** What a socket may say about presence, and what it already holds. */
export interface PresenceScreen {
  owner: PresenceOwner;
  /** Client ids this socket has announced before (it may update or withdraw them). */
  held: ReadonlySet<number>;
  /** Whether another socket holds this client id (a stock client echoes everyone's states). */
  isClaimedByOther: (clientId: number) => boolean;
}

/** The part of an awareness update a socket may announce. */
export interface ScreenedPresence {
  /** The states it may announce, attributed to its person; null when nothing remains. */
  update: Uint8Array | null;
  /** Client ids it announces for the first time (at most `maxClientsPerSocket` in all). */
  claimed: number[];
  /** States refused: not of the schema, too large, or beyond the socket's client ids. */
  refused: number;
}

interface Entry {
  clientId: number;
  clock: number;
  state: string;
}

/**
 * Screens an awareness update from a socket so that it speaks only for that socket's person,
 * only in the shape of `PresenceStateSchema` (a state that does not match is dropped, never
 * relayed or stored) and only for a few client ids. Every announced state carries the
 * account's name, id and verified organisation, whatever the client announced. States for
 * client ids another socket holds are skipped (a stock client echoes them); withdrawing a client
 * id this socket never held is skipped too. Throws on an update that does not decode, or whose
 * state is not JSON (the protocol itself is broken then, not just a rule).
 */
export function screenPresence(update: Uint8Array, screen: PresenceScreen): ScreenedPresence {
  const decoder = decoding.createDecoder(update);
  const entries: Entry[] = [];
  const claimed: number[] = [];
  const seen = new Set<number>();
  let refused = 0;
  const count = decoding.readVarUint(decoder);
  for (let i = 0; i < count; i += 1) {
    const clientId = decoding.readVarUint(decoder);
    const clock = decoding.readVarUint(decoder);
    const json = decoding.readVarString(decoder);
    if (seen.has(clientId) || screen.isClaimedByOther(clientId)) continue;
    seen.add(clientId);
    const state = readState(json);
    const held = screen.held.has(clientId);
    if (state === null) {
      if (held) entries.push({ clientId, clock, state: "null" });
      continue;
    }
    const roomForNew = screen.held.size + claimed.length < PRESENCE_LIMITS.maxClientsPerSocket;
    if (state === undefined || (!held && !roomForNew)) {
      refused += 1;
      continue;
    }
    if (!held) claimed.push(clientId);
    entries.push({ clientId, clock, state: JSON.stringify(attribute(state, screen.owner)) });
  }
  if (decoding.hasContent(decoder)) throw new Error("trailing bytes in awareness update");
  return { update: entries.length > 0 ? encode(entries) : null, claimed, refused };
}

/**
 * The awareness update without the states of `skip`'s client ids; null when nothing remains.
 * Throws on an update that does not decode.
 */
export function withoutClients(update: Uint8Array, skip: ReadonlySet<number>): Uint8Array | null {
  const decoder = decoding.createDecoder(update);
  const entries: Entry[] = [];
  const count = decoding.readVarUint(decoder);
  for (let i = 0; i < count; i += 1) {
    const clientId = decoding.readVarUint(decoder);
    const clock = decoding.readVarUint(decoder);
    const state = decoding.readVarString(decoder);
    if (!skip.has(clientId)) entries.push({ clientId, clock, state });
  }
  if (entries.length === count) return update;
  return entries.length > 0 ? encode(entries) : null;
}

/** The state in `json`: null (withdrawn), undefined when too large or not of the schema. */
function readState(json: string): PresenceState | null | undefined {
  // A character is at least one UTF-8 byte: longer text is too large whatever it says.
  if (json.length > PRESENCE_LIMITS.maxStateBytes) return undefined;
  const value: unknown = JSON.parse(json);
  return value === null ? null : readPresenceState(value);
}

function attribute(state: PresenceState, owner: PresenceOwner): PresenceState {
  return {
    ...state,
    user: {
      ...(state.user?.color ? { color: state.user.color } : {}),
      name: owner.name.slice(0, 200),
      id: owner.userId,
      organisation: owner.organisation?.slice(0, 200) ?? null,
    },
  };
}

function encode(entries: Entry[]): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, entries.length);
  for (const entry of entries) {
    encoding.writeVarUint(encoder, entry.clientId);
    encoding.writeVarUint(encoder, entry.clock);
    encoding.writeVarString(encoder, entry.state);
  }
  return encoding.toUint8Array(encoder);
}
