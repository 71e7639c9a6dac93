import * as encoding from "lib0/encoding";
import { describe, expect, it } from "vitest";
import * as awarenessProtocol from "y-protocols/awareness";
import * as Y from "yjs";
import { PRESENCE_LIMITS } from "../../../shared/protocol/index.ts";
import { type PresenceScreen, screenPresence, withoutClients } from "./presenceGuard.ts";

/** An awareness update announcing each `[clientId, clock, state]` (a string is sent as is). */
function announce(states: [number, number, unknown][]): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, states.length);
  for (const [clientId, clock, state] of states) {
    encoding.writeVarUint(encoder, clientId);
    encoding.writeVarUint(encoder, clock);
    encoding.writeVarString(encoder, typeof state === "string" ? state : JSON.stringify(state));
  }
  return encoding.toUint8Array(encoder);
}

/** What a fresh server would hold after applying the screened update. */
function applied(update: Uint8Array | null): Map<number, unknown> {
  const awareness = new awarenessProtocol.Awareness(new Y.Doc());
  awareness.setLocalState(null);
  if (update) awarenessProtocol.applyAwarenessUpdate(awareness, update, "socket");
  const states = new Map(awareness.getStates());
  awareness.destroy();
  return states;
}

const caret = {
  anchor: { type: { client: 12, clock: 3 }, tname: null, item: { client: 12, clock: 4 }, assoc: 0 },
  head: { type: null, tname: "default", item: null, assoc: -1 },
};

function screen(overrides: Partial<PresenceScreen> = {}): PresenceScreen {
  return {
    owner: { userId: "u1", name: "Budi Santoso", organisation: "Dinas Pasar" },
    held: new Set(),
    isClaimedByOther: () => false,
    ...overrides,
  };
}

describe("presence screening", () => {
  it("shows the account's name and organisation whatever the client announces, and keeps the caret", () => {
    const { update, claimed } = screenPresence(
      announce([
        [7, 1, { user: { name: "Menteri Dalam Negeri", color: "#123456" }, cursor: caret }],
      ]),
      screen(),
    );
    expect(applied(update).get(7)).toEqual({
      user: { name: "Budi Santoso", id: "u1", organisation: "Dinas Pasar", color: "#123456" },
      cursor: caret,
    });
    expect(claimed).toEqual([7]);
  });

  it.each([
    ["an empty cursor", { cursor: {} }],
    ["a cursor of nulls", { cursor: { anchor: null, head: null } }],
    ["a cursor naming no place", { cursor: { anchor: {}, head: {} } }],
    ["a cursor in another root type", { cursor: { ...caret, head: { tname: "comments" } } }],
    ["a clock that is text", { cursor: { ...caret, anchor: { item: { client: 1, clock: "2" } } } }],
    ["a field presence does not have", { user: { name: "A" }, script: "<img>" }],
    ["an unknown user field", { user: { name: "A", role: "owner" } }],
    ["a colour that is CSS", { user: { color: "red; background: url(x)" } }],
    ["an array", [1, 2]],
    ["a number", 42],
    ["a huge name", { user: { name: "x".repeat(5000) } }],
  ])("drops %s, never relaying it", (_what, state) => {
    const { update, refused } = screenPresence(announce([[7, 1, state]]), screen());
    expect(update).toBeNull();
    expect(refused).toBe(1);
  });

  it("refuses a state that is not JSON: the protocol itself is broken", () => {
    expect(() => screenPresence(announce([[7, 1, "{not json"]]), screen())).toThrow();
  });

  it("speaks for at most a handful of client ids per socket", () => {
    const many = Array.from({ length: 50 }, (_, i): [number, number, unknown] => [100 + i, 1, {}]);
    const { update, claimed, refused } = screenPresence(announce(many), screen());
    expect(claimed).toHaveLength(PRESENCE_LIMITS.maxClientsPerSocket);
    expect(applied(update).size).toBe(PRESENCE_LIMITS.maxClientsPerSocket);
    expect(refused).toBe(50 - PRESENCE_LIMITS.maxClientsPerSocket);
    const full = new Set(claimed);
    expect(screenPresence(announce([[999, 1, {}]]), screen({ held: full })).update).toBeNull();
    expect(screenPresence(announce([[100, 2, {}]]), screen({ held: full })).update).not.toBeNull();
  });

  it("skips states of client ids another socket holds (the stock client's echo) without refusing", () => {
    const { update, refused } = screenPresence(
      announce([[8, 3, { user: { name: "Siti" } }]]),
      screen({ isClaimedByOther: (id) => id === 8 }),
    );
    expect(update).toBeNull();
    expect(refused).toBe(0);
  });

  it("passes withdrawals of held client ids only", () => {
    const held = screenPresence(announce([[7, 2, null]]), screen({ held: new Set([7]) }));
    expect(held.update).not.toBeNull();
    const stranger = screenPresence(announce([[9, 2, null]]), screen());
    expect(stranger.update).toBeNull();
    expect(stranger.claimed).toEqual([]);
  });

  it("refuses an update that is not an awareness update", () => {
    expect(() => screenPresence(new Uint8Array([1, 7, 1, 3, 123, 123]), screen())).toThrow();
  });
});

describe("presence from another process", () => {
  it("keeps every state but those of the client ids this process holds", () => {
    const update = announce([
      [1, 1, { user: { name: "Budi" } }],
      [2, 4, { user: { name: "Sari" } }],
      [3, 2, null],
    ]);
    expect([...applied(withoutClients(update, new Set([2]))).keys()]).toEqual([1]);
    expect(withoutClients(update, new Set())).toBe(update);
    expect(withoutClients(update, new Set([1, 2, 3]))).toBeNull();
  });
});
