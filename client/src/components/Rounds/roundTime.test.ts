import { describe, expect, it } from "vitest";
import { formatInZone, instantInZone, localInZone, zoneLabel } from "./roundTime.ts";

describe("round times", () => {
  it("says a deadline in the round's zone with the name people use for it", () => {
    const closes = "2026-12-12T10:00:00.000Z";
    expect(formatInZone(closes, "Asia/Jakarta", "id")).toMatch(
      /^12 Des 2026.* 17[.:]00 WIB \(Asia\/Jakarta\)$/,
    );
    expect(formatInZone(closes, "Asia/Makassar", "en")).toMatch(/18:00 WITA \(Asia\/Makassar\)$/);
    expect(zoneLabel("UTC", "en")).toBe("UTC");
  });

  it("falls back to UTC for an unknown zone instead of failing", () => {
    expect(formatInZone("2026-03-03T02:00:00Z", "Mars/Olympus", "en")).toMatch(/02:00 UTC$/);
  });

  it("reads a wall-clock time as meant in the round's zone, not the computer's", () => {
    expect(instantInZone("2026-12-12T17:00", "Asia/Jakarta")).toBe("2026-12-12T10:00:00.000Z");
    expect(instantInZone("2026-07-01T09:30", "Europe/Amsterdam")).toBe("2026-07-01T07:30:00.000Z");
    expect(instantInZone("2026-01-01T09:30", "Europe/Amsterdam")).toBe("2026-01-01T08:30:00.000Z");
    expect(instantInZone("nanti", "Asia/Jakarta")).toBeNull();
  });

  it("gives a datetime-local value on the round zone's clock", () => {
    expect(localInZone("Asia/Jakarta", 0, 9)).toMatch(/^\d{4}-\d{2}-\d{2}T09:00$/);
    const local = localInZone("Asia/Jakarta");
    expect(instantInZone(local, "Asia/Jakarta")).not.toBeNull();
  });
});
