import { describe, expect, it } from "vitest";
import { formatInZone, instantInZone, zoneLabel } from "./roundTime.ts";

describe("round times", () => {
  it("says a deadline in the round's zone with the name people use for it", () => {
    const closes = "2026-12-12T10:00:00.000Z";
    expect(formatInZone(closes, "Asia/Jakarta", "id")).toMatch(
      /^12 Des 2026.* 17[.:]00 WIB \(Asia\/Jakarta\)$/,
    );
    expect(formatInZone(closes, "Asia/Makassar", "en")).toMatch(/18:00 WITA \(Asia\/Makassar\)$/);
    expect(zoneLabel("UTC", "en")).toBe("UTC");
  });

  it("reads a wall-clock time as meant in the round's zone, not the computer's", () => {
    expect(instantInZone("2026-12-12T17:00", "Asia/Jakarta")).toBe("2026-12-12T10:00:00.000Z");
    expect(instantInZone("2026-07-01T09:30", "Europe/Amsterdam")).toBe("2026-07-01T07:30:00.000Z");
    expect(instantInZone("2026-01-01T09:30", "Europe/Amsterdam")).toBe("2026-01-01T08:30:00.000Z");
    expect(instantInZone("nanti", "Asia/Jakarta")).toBeNull();
  });
});
