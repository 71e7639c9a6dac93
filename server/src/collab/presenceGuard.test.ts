import * as encoding from "lib0/encoding";
import { describe, expect, it } from "vitest";
import * as awarenessProtocol from "y-protocols/awareness";
import * as Y from "yjs";
import { attributePresence } from "./presenceGuard.ts";

function announce(states: [number, number, unknown][]): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, states.length);
  for (const [clientId, clock, state] of states) {
    encoding.writeVarUint(encoder, clientId);
    encoding.writeVarUint(encoder, clock);
    encoding.writeVarString(encoder, JSON.stringify(state));
  }
  return encoding.toUint8Array(encoder);
}

describe("presence attribution", () => {
  const owner = { userId: "u1", name: "Budi Santoso" };

  it("shows the account's name whatever name the client announces, and keeps the rest", () => {
    const awareness = new awarenessProtocol.Awareness(new Y.Doc());
    const update = attributePresence(
      announce([
        [7, 1, { user: { name: "Menteri Dalam Negeri", color: "#123456" }, cursor: { a: 1 } }],
      ]),
      owner,
      () => false,
    );
    awarenessProtocol.applyAwarenessUpdate(awareness, update, "socket");
    expect(awareness.getStates().get(7)).toEqual({
      user: { name: "Budi Santoso", id: "u1", color: "#123456" },
      cursor: { a: 1 },
    });
    awareness.destroy();
  });

  it("drops states for client ids another socket holds, and passes withdrawals through", () => {
    const update = attributePresence(
      announce([
        [7, 2, null],
        [8, 1, { user: {} }],
      ]),
      owner,
      (id) => id === 8,
    );
    const awareness = new awarenessProtocol.Awareness(new Y.Doc());
    awarenessProtocol.applyAwarenessUpdate(awareness, update, "socket");
    expect(awareness.getStates().has(8)).toBe(false);
    awareness.destroy();
  });

  it("refuses an update that is not valid presence", () => {
    expect(() =>
      attributePresence(new Uint8Array([1, 7, 1, 3, 123, 123, 123]), owner, () => false),
    ).toThrow();
  });
});
