import { expect, it } from "vitest";

// Nothing is imported statically: the order below is the order the modules are first loaded in.
it("builds the regulation schema when the citation code is loaded before it", async () => {
  const { referenceCitations } = await import("./references.ts");
  const { getRegulationSchema } = await import("./regulationSchema.ts");
  const { buildPerda } = await import("./test/regulationFactory.ts");
  const doc = getRegulationSchema().nodeFromJSON(buildPerda());
  expect(referenceCitations(doc).length).toBeGreaterThan(0);
});
