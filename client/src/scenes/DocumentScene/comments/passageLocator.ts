import type { Editor } from "@tiptap/core";
import { locatorAt } from "../../../../../shared/editor/locator.ts";
import { REGULATION_NODE } from "../../../../../shared/editor/nodeNames.ts";
import { numberingOf } from "../../../components/Editor/regulation/numberingDecorations.ts";

/**
 * Where `pos` is in a structured regulation, as drafters cite it ("BAB II, Pasal 12 ayat (2)"),
 * following renumbering; null in a free draft, which has no such structure.
 */
export function passageLocator(editor: Editor, pos: number): string | null {
  const { state } = editor;
  if (!state.schema.nodes[REGULATION_NODE.regulationTitle]) return null;
  const locator = locatorAt(state.doc, pos, numberingOf(state));
  return locator === "" ? null : locator;
}
