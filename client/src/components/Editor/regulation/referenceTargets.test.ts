import { describe, expect, it } from "vitest";
import { numberRegulation } from "../../../../../shared/editor/numbering.ts";
import { getRegulationSchema } from "../../../../../shared/editor/regulationSchema.ts";
import { buildPerda } from "../../../../../shared/editor/test/regulationFactory.ts";
import { filterReferenceTargets, referenceTargetsOf } from "./referenceTargets.ts";

const doc = getRegulationSchema().nodeFromJSON(buildPerda());
const targets = referenceTargetsOf(doc, numberRegulation(doc));

describe("referenceTargetsOf", () => {
  it("offers every Pasal and ayat, in order, cited without the BAB", () => {
    const citations = targets.map((target) => target.citation);
    expect(citations[0]).toBe("Pasal 1");
    expect(citations.slice(0, 4)).toEqual([
      "Pasal 1",
      "Pasal 2",
      "Pasal 2 ayat (1)",
      "Pasal 2 ayat (2)",
    ]);
    expect(citations.some((citation) => citation.startsWith("BAB"))).toBe(false);
    expect(targets.every((target) => target.excerpt.length <= 61)).toBe(true);
  });
});

describe("filterReferenceTargets", () => {
  it("keeps the targets whose citation or text matches, whatever the case and spacing", () => {
    const shown = filterReferenceTargets(targets, "  pasal   2 ");
    expect(shown.length).toBeGreaterThan(0);
    expect(shown.every((target) => target.citation.startsWith("Pasal 2"))).toBe(true);
    expect(filterReferenceTargets(targets, "")).toEqual(targets);
    expect(filterReferenceTargets(targets, "no such words anywhere")).toEqual([]);
  });
});
