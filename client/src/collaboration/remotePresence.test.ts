import { describe, expect, it } from "vitest";
import { showsCaretOf } from "../components/Editor/extensions/remoteCarets.ts";
import { presenceLabel, remotePresence } from "./remotePresence.ts";

const caret = {
  anchor: { type: null, tname: "default", item: { client: 5, clock: 2 }, assoc: 0 },
  head: { type: null, tname: "default", item: { client: 5, clock: 9 }, assoc: 0 },
};
const user = { name: "Siti Rahmawati", color: "#1a5e8a", id: "u-1", organisation: "Dinas Pasar" };

describe("other people's presence", () => {
  it("accepts what Rembuk's editor shares, as the server attributes it", () => {
    expect(remotePresence({ user, cursor: caret })).toEqual({ user, cursor: caret });
    expect(remotePresence({ user, cursor: null })).toEqual({ user, cursor: null });
    expect(remotePresence({})).toEqual({});
  });

  it.each([
    ["an empty cursor (the crash of issue 10)", { user, cursor: {} }],
    ["a cursor of nulls", { user, cursor: { anchor: null, head: null } }],
    ["a cursor whose positions name nothing", { user, cursor: { anchor: {}, head: {} } }],
    ["a cursor in another root type", { user, cursor: { ...caret, head: { tname: "x" } } }],
    ["a name that is not text", { user: { ...user, name: { toString: 1 } } }],
    ["extra fields", { user, cursor: caret, html: "<b>" }],
    ["text", "Siti"],
    ["null", null],
  ])("ignores %s", (_what, state) => {
    expect(remotePresence(state)).toBeUndefined();
  });

  it("draws carets only for other clients with a valid state", () => {
    expect(showsCaretOf(1, 2, { user, cursor: caret })).toBe(true);
    expect(showsCaretOf(1, 1, { user, cursor: caret })).toBe(false);
    expect(showsCaretOf(1, 2, { user, cursor: {} })).toBe(false);
  });

  it("names people with their verified organisation", () => {
    expect(presenceLabel(user)).toBe("Siti Rahmawati · Dinas Pasar");
    expect(presenceLabel({ name: "Budi", organisation: null })).toBe("Budi");
  });
});
