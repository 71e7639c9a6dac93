import { describe, expect, it } from "vitest";
import { REGULATION_NODE as N } from "../../../../../shared/editor/nodeNames.ts";
import { getRegulationSchema } from "../../../../../shared/editor/regulationSchema.ts";
import { buildPerda } from "../../../../../shared/editor/test/regulationFactory.ts";
import { unitIdFixes } from "./unitIds.ts";

const schema = getRegulationSchema();

function perdaWith(edit: (json: ReturnType<typeof buildPerda>) => void) {
  const json = buildPerda();
  edit(json);
  return schema.nodeFromJSON(json);
}

function positionOf(doc: ReturnType<typeof perdaWith>, id: string, nth = 0): number {
  const found: number[] = [];
  doc.descendants((node, pos) => {
    if (node.attrs.id === id) found.push(pos);
  });
  return found[nth] ?? -1;
}

let counter = 0;
const nextId = () => `baru-${++counter}`;

describe("unitIdFixes", () => {
  it("gives a new id to a unit the change wrote without one, and leaves untouched ones alone", () => {
    const doc = perdaWith((json) => {
      const body = json.content?.[2];
      const chapter = body?.content?.[0];
      chapter?.content?.push({ type: N.article, content: [{ type: "paragraph" }] });
      body?.content?.push({ type: N.chapter, content: [{ type: N.unitTitle }] });
    });
    let newArticle = -1;
    doc.descendants((node, pos) => {
      if (node.type.name === N.article && node.attrs.id === null && newArticle < 0)
        newArticle = pos;
    });
    const fixes = unitIdFixes(doc, [{ from: newArticle + 1, to: newArticle + 2 }], nextId);
    // Only the touched Pasal (and its touched ancestors, which have ids) — not the untouched BAB.
    expect(fixes).toEqual([{ pos: newArticle, id: expect.stringMatching(/^baru-/) }]);
  });

  it("re-issues the copy of a duplicated id and keeps the original's", () => {
    const doc = perdaWith((json) => {
      const chapter = json.content?.[2]?.content?.[3];
      const original = chapter?.content?.[1];
      if (original) chapter?.content?.splice(1, 0, structuredClone(original));
    });
    const copy = positionOf(doc, "pasal-berlaku", 0);
    const original = positionOf(doc, "pasal-berlaku", 1);
    expect(copy).toBeLessThan(original);
    const fixes = unitIdFixes(doc, [{ from: copy, to: original }], nextId);
    expect(fixes.map((fix) => fix.pos)).toContain(copy);
    expect(fixes.map((fix) => fix.pos)).not.toContain(original);
  });

  it("changes nothing when no range was touched", () => {
    const doc = perdaWith((json) => {
      json.content?.[2]?.content?.push({ type: N.chapter, content: [{ type: N.unitTitle }] });
    });
    expect(unitIdFixes(doc, [], nextId)).toEqual([]);
  });
});
