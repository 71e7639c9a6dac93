import { describe, expect, it } from "vitest";
import { numberRegulationJSON } from "../../../shared/editor/numbering.ts";
import { buildPerda } from "../../../shared/editor/test/regulationFactory.ts";
import { exportRegulationDocx } from "./docxExporter.ts";
import { importRegulationDocx } from "./docxImporter.ts";
import { regulationOutline } from "./test/regulationOutline.ts";

describe("exporting a regulation to Word and importing it again", () => {
  it("keeps every part, number, locator and wording of the regulation", async () => {
    const perda = buildPerda();
    const bytes = await exportRegulationDocx(perda);
    const reimported = await importRegulationDocx(bytes);
    expect(reimported.unrecognised).toEqual([]);
    expect(regulationOutline(reimported.doc)).toEqual(regulationOutline(perda));
    const markers = (json: typeof perda) =>
      numberRegulationJSON(json).units.map((unit) => `${unit.kind} ${unit.marker}`);
    expect(markers(reimported.doc)).toEqual(markers(perda));
  });

  it("prints references with their computed citation, not a stored number", async () => {
    const reimported = await importRegulationDocx(await exportRegulationDocx(buildPerda()));
    expect(regulationOutline(reimported.doc)).toContain(
      "BAB III, Pasal 7 | article/paragraph | Pelanggaran Pasal 4 ayat (2) huruf b angka 2 huruf a) dikenai teguran.",
    );
  });
});
