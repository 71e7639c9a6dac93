import { describe, expect, it } from "vitest";
import type { ConsultationSummary } from "../../../../shared/schemas/index.ts";
import { consultationSearch } from "../../api/public.ts";
import { filterOptions, isFiltered, queryFromSearch } from "./consultationQuery.ts";

describe("queryFromSearch", () => {
  it("reads the search and filters from the address", () => {
    const query = queryFromSearch(
      new URLSearchParams("q=air%20bersih&body=kemen-1&status=concluded&year=2026"),
    );
    expect(query).toEqual({ q: "air bersih", body: "kemen-1", status: "concluded", year: 2026 });
    expect(consultationSearch(query)).toBe("?q=air+bersih&body=kemen-1&status=concluded&year=2026");
  });

  it("leaves out what the server would refuse, keeping the rest", () => {
    const query = queryFromSearch(new URLSearchParams("q=parkir&status=lost&year=abc&body="));
    expect(query).toEqual({ q: "parkir" });
    expect(isFiltered(query)).toBe(true);
    expect(isFiltered(queryFromSearch(new URLSearchParams("q=%20%20")))).toBe(false);
  });
});

describe("filterOptions", () => {
  it("offers each government body once, by name, and the years newest first", () => {
    const summary = (id: string, body: string | null, year: number): ConsultationSummary => ({
      documentId: id,
      title: id,
      governmentBody: body ? { id: body, name: body.toUpperCase() } : null,
      status: "open",
      year,
      rounds: 1,
      lastActivityAt: "2026-01-01T00:00:00Z",
    });
    expect(
      filterOptions([
        summary("a", "kominfo", 2025),
        summary("b", "bappenas", 2026),
        summary("c", "kominfo", 2025),
        summary("d", null, 2024),
      ]),
    ).toEqual({
      bodies: [
        { id: "bappenas", name: "BAPPENAS" },
        { id: "kominfo", name: "KOMINFO" },
      ],
      years: [2026, 2025, 2024],
    });
  });
});
