import { Transform } from "@tiptap/pm/transform";
import { describe, expect, it } from "vitest";
import { numberRegulation } from "./numbering.ts";
import { findDanglingReferences, referenceCitations } from "./references.ts";
import { getRegulationSchema } from "./regulationSchema.ts";
import { buildPerda } from "./test/regulationFactory.ts";

const perda = getRegulationSchema().nodeFromJSON(buildPerda());

/** The document without the unit with this id. */
function withoutUnit(id: string) {
  const unit = numberRegulation(perda).byId.get(id);
  if (!unit) throw new Error(`no unit ${id}`);
  const node = perda.nodeAt(unit.pos);
  return new Transform(perda).delete(unit.pos, unit.pos + (node?.nodeSize ?? 0)).doc;
}

describe("references to other provisions", () => {
  it("read as the target's current citation, by ayat alone within the same Pasal", () => {
    expect(referenceCitations(perda).map((citation) => citation.text)).toEqual([
      "ayat (1)",
      "Pasal 7",
      "Pasal 4 ayat (1)",
      "Pasal 5",
      "Pasal 4 ayat (2) huruf b angka 2 huruf a)",
    ]);
    expect(findDanglingReferences(perda)).toEqual([]);
  });

  it("follow renumbering when an earlier Pasal is deleted", () => {
    const renumbered = withoutUnit("pasal-definisi");
    expect(referenceCitations(renumbered).map((citation) => citation.text)).toEqual([
      "ayat (1)",
      "Pasal 6",
      "Pasal 3 ayat (1)",
      "Pasal 4",
      "Pasal 3 ayat (2) huruf b angka 2 huruf a)",
    ]);
  });

  it("flag references and elucidations whose provision was deleted", () => {
    const withoutSanctions = withoutUnit("pasal-sanksi");
    const dangling = findDanglingReferences(withoutSanctions);
    expect(dangling.map(({ nodeType, targetId }) => ({ nodeType, targetId }))).toEqual([
      { nodeType: "articleReference", targetId: "pasal-sanksi" },
      { nodeType: "articleElucidation", targetId: "pasal-sanksi" },
    ]);
    const citations = referenceCitations(withoutSanctions);
    expect(citations.find((citation) => citation.targetId === "pasal-sanksi")?.text).toBeNull();
    expect(withoutSanctions.nodeAt(dangling[0]?.pos ?? -1)?.type.name).toBe("articleReference");
  });

  it("flag a reference never pointed at anything", () => {
    const schema = getRegulationSchema();
    const json = buildPerda();
    const closing = json.content?.[3];
    closing?.content?.push({ type: "paragraph", content: [{ type: "articleReference" }] });
    const dangling = findDanglingReferences(schema.nodeFromJSON(json));
    expect(dangling).toEqual([expect.objectContaining({ targetId: null })]);
  });
});
