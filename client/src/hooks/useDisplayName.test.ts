import { describe, expect, it } from "vitest";
import { colorForName } from "./useDisplayName.ts";

function contrastWithWhite(hex: string): number {
  const channels = [1, 3, 5].map((start) => Number.parseInt(hex.slice(start, start + 2), 16) / 255);
  const [r = 0, g = 0, b = 0] = channels.map((c) =>
    c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4,
  );
  return 1.05 / (0.2126 * r + 0.7152 * g + 0.0722 * b + 0.05);
}

describe("colorForName", () => {
  it("gives the same name the same colour on every device", () => {
    expect(colorForName("Siti Rahmawati")).toBe(colorForName("Siti Rahmawati"));
    expect(colorForName("Siti Rahmawati")).toMatch(/^#[0-9a-f]{6}$/);
  });

  it("keeps white caret labels readable (WCAG AA) for any name", () => {
    const names = Array.from(
      { length: 500 },
      (_, index) => `Peserta ${index} ${"é".repeat(index % 7)}`,
    );
    for (const name of names)
      expect(contrastWithWhite(colorForName(name))).toBeGreaterThanOrEqual(4.5);
  });
});
