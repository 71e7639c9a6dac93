import { describe, expect, it } from "vitest";
import { describePassage } from "../../../shared/editor/commentPassages.ts";
import { buildPerda } from "../../../shared/editor/test/regulationFactory.ts";
import { buildRoundRecord } from "../../../shared/record/test/publicRecordFactory.ts";
import type { ProseMirrorJson } from "../../../shared/schemas/index.ts";
import { versionDocument } from "../rounds/versionContent.ts";
import { articleSections, sectionOf } from "./articleSections.ts";

describe("articleSections", () => {
  it("gives each Pasal of a regulation its text and the offsets comments count in", () => {
    const content = buildPerda();
    const doc = versionDocument("regulation", content);
    const text = doc.textBetween(0, doc.content.size, "\n");
    const version = { ...buildRoundRecord().version, text, content: content as ProseMirrorJson };
    const sections = articleSections(version, "regulation");
    expect(sections.map((s) => s.label).slice(0, 3)).toEqual(["Pasal 1", "Pasal 2", "Pasal 3"]);
    for (const s of sections) expect(text.slice(s.from, s.to)).toBe(s.text);

    // A comment on "Bupati Sleman." in Pasal 1 falls in Pasal 1, as its anchor was computed.
    let from = -1;
    doc.descendants((node, pos) => {
      const at = node.isText ? (node.text ?? "").indexOf("Bupati Sleman.") : -1;
      if (from < 0 && at >= 0) from = pos + at;
    });
    const passage = describePassage(doc, from, from + "Bupati Sleman.".length);
    expect(sectionOf(sections, text, passage.offsets, passage.locator).label).toBe("Pasal 1");
    expect(sectionOf(sections, text, passage.offsets, passage.locator).text).toContain(
      "Daerah adalah Kabupaten Sleman.",
    );
  });
});
