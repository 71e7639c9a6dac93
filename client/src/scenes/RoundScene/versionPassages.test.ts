import type { Node as ProseMirrorNode } from "@tiptap/pm/model";
import { describe, expect, it } from "vitest";
import { describePassage } from "../../../../shared/editor/commentPassages.ts";
import { getRegulationSchema } from "../../../../shared/editor/regulationSchema.ts";
import { buildPerda } from "../../../../shared/editor/test/regulationFactory.ts";
import { passageLocator } from "./versionPassages.ts";

const doc = getRegulationSchema().nodeFromJSON(buildPerda());

/** Every position inside text, where a reader's selection can begin or end. */
function textPositions(node: ProseMirrorNode): number[] {
  const positions: number[] = [];
  for (let pos = 0; pos <= node.content.size; pos++) {
    if (node.resolve(pos).parent.inlineContent) positions.push(pos);
  }
  return positions;
}

const trimBreaks = (text: string) => text.replace(/^\n+|\n+$/g, "");

describe("passageLocator", () => {
  it("finds the passage a comment's offsets name, for passages within and across blocks", () => {
    const locate = passageLocator(doc);
    const positions = textPositions(doc);
    let checked = 0;
    for (let i = 0; i < positions.length; i += 7) {
      for (const span of [1, 5, 40, 300]) {
        const from = positions[i] as number;
        const to = positions[Math.min(i + span, positions.length - 1)] as number;
        if (to <= from) continue;
        const passage = describePassage(doc, from, to);
        if (trimBreaks(passage.quote) === "") continue;
        const range = locate(passage.offsets);
        expect(range, `${from}-${to}`).not.toBeNull();
        if (!range) continue;
        expect(trimBreaks(doc.textBetween(range.from, range.to, "\n"))).toBe(
          trimBreaks(passage.quote),
        );
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(100);
  });

  it("finds nothing for an empty or impossible passage", () => {
    const locate = passageLocator(doc);
    expect(locate({ from: 5, to: 5 })).toBeNull();
    expect(locate({ from: 1_000_000, to: 1_000_010 })).toBeNull();
  });
});
