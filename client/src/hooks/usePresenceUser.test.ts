import { describe, expect, it } from "vitest";
import { personColor } from "./usePresenceUser.ts";

function contrastWithWhite(hex: string): number {
  const channels = [1, 3, 5].map((start) => Number.parseInt(hex.slice(start, start + 2), 16) / 255);
  const [r = 0, g = 0, b = 0] = channels.map((c) =>
    c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4,
  );
  return 1.05 / (0.2126 * r + 0.7152 * g + 0.0722 * b + 0.05);
}

describe("personColor", () => {
  it("gives the same person the same colour on every device", () => {
    expect(personColor("u_8f3a2c")).toBe(personColor("u_8f3a2c"));
    expect(personColor("u_8f3a2c")).toMatch(/^#[0-9a-f]{6}$/);
  });

  it("keeps white caret labels readable (WCAG AA) for any person", () => {
    const keys = Array.from({ length: 500 }, (_, index) => `u_${index}${"é".repeat(index % 7)}`);
    for (const key of keys) expect(contrastWithWhite(personColor(key))).toBeGreaterThanOrEqual(4.5);
  });
});
