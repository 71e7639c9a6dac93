import { describe, expect, it } from "vitest";
import { formatDateInTimeZone, formatInTimeZone } from "./roundDates.ts";

describe("formatInTimeZone", () => {
  it("shows the time on the round's clock, not the reader's", () => {
    // 02:00 UTC is 09:00 in Jakarta and 10:00 in Makassar.
    expect(formatInTimeZone("2026-03-03T02:00:00Z", "Asia/Jakarta", "en")).toContain("09:00");
    expect(formatInTimeZone("2026-03-03T02:00:00Z", "Asia/Makassar", "en")).toContain("10:00");
    expect(formatInTimeZone("2026-03-03T02:00:00Z", "Asia/Jakarta", "id")).toContain("Maret");
  });

  it("names the day the round's zone was on", () => {
    expect(formatDateInTimeZone("2026-03-02T20:00:00Z", "Asia/Jakarta", "en")).toBe("3 March 2026");
  });

  it("falls back to UTC for an unknown zone instead of failing", () => {
    expect(formatInTimeZone("2026-03-03T02:00:00Z", "Mars/Olympus", "en")).toContain("02:00");
  });
});
