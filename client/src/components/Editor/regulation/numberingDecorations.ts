import { Extension } from "@tiptap/core";
import type { Node as ProseMirrorNode } from "@tiptap/pm/model";
import { type EditorState, Plugin, PluginKey } from "@tiptap/pm/state";
import { Decoration, DecorationSet } from "@tiptap/pm/view";
import { citationOf } from "../../../../../shared/editor/locator.ts";
import { REGULATION_NODE as N } from "../../../../../shared/editor/nodeNames.ts";
import {
  numberRegulation,
  type RegulationNumbering,
} from "../../../../../shared/editor/numbering.ts";
import { ARTICLE_REFERENCE } from "../../../../../shared/editor/references.ts";

/** The computed numbering of the document being edited, with the labels drawn from it. */
interface NumberingState {
  numbering: RegulationNumbering;
  decorations: DecorationSet;
}

/** Read the current numbering (for the outline, locators) from an editor state. */
export const regulationNumberingKey = new PluginKey<NumberingState>("regulationNumbering");

/** The numbering of `state`'s document, computed once per change. */
export function numberingOf(state: EditorState): RegulationNumbering {
  return regulationNumberingKey.getState(state)?.numbering ?? numberRegulation(state.doc);
}

/**
 * Fixed words of the form that are printed but never typed: they belong to the structure, so
 * they are drawn like the numbers. Indonesian whatever the interface language.
 */
const FIXED_HEADINGS: Record<string, string[]> = {
  [N.enactedName]: ["MEMUTUSKAN:", "Menetapkan :"],
  [N.elucidation]: ["PENJELASAN"],
  [N.generalElucidation]: ["I. UMUM"],
};

function marker(text: string, kind: string, unitId: string | null): HTMLElement {
  const element = document.createElement("span");
  element.className = `regulation-marker regulation-marker--${kind}`;
  element.contentEditable = "false";
  element.textContent = text;
  if (unitId) element.dataset.unitId = unitId;
  return element;
}

const widget = (pos: number, text: string, kind: string, unitId: string | null) =>
  Decoration.widget(pos, () => marker(text, kind, unitId), {
    side: -1,
    ignoreSelection: true,
    key: `${kind}:${text}:${unitId ?? ""}`,
  });

/**
 * Labels of the lists of the preamble. They are drawn by CSS from a `data-label` attribute on
 * the list itself: a widget inside an `<ol>` would be a child that is not an `<li>`, which
 * breaks the list for screen readers.
 */
const LIST_LABELS: Record<string, string> = {
  [N.considerations]: "Menimbang",
  [N.legalBases]: "Mengingat",
};

/**
 * Labels for every numbered unit ("BAB II", "Pasal 12", "(2)", "b."), the fixed headings of the
 * form, and the current text of each reference ("Pasal 5 ayat (2)"), flagged when its target is
 * gone. Drawn as decorations, so they are shown but never stored.
 */
function buildDecorations(doc: ProseMirrorNode, numbering: RegulationNumbering): DecorationSet {
  const decorations: Decoration[] = [];
  for (const unit of numbering.units) {
    if (unit.marker === "") continue;
    decorations.push(widget(unit.pos + 1, unit.marker, unit.kind, unit.id));
  }
  doc.descendants((node, pos) => {
    const name = node.type.name;
    const listLabel = LIST_LABELS[name];
    if (listLabel)
      decorations.push(Decoration.node(pos, pos + node.nodeSize, { "data-label": listLabel }));
    for (const heading of FIXED_HEADINGS[name] ?? []) {
      decorations.push(widget(pos + 1, heading, name, null));
    }
    if (name === N.articleElucidation) {
      const cited = citationOf(doc, node.attrs.targetId, numbering) ?? "Pasal ?";
      decorations.push(widget(pos + 1, cited, name, null));
    }
    if (name === ARTICLE_REFERENCE) {
      const cited = citationOf(doc, node.attrs.targetId, numbering, pos);
      decorations.push(
        Decoration.node(pos, pos + node.nodeSize, {
          "data-citation": cited ?? "?",
          class:
            cited === null
              ? "regulation-reference regulation-reference--dangling"
              : "regulation-reference",
        }),
      );
      return false;
    }
    // Into text blocks too: references sit inline in the text of a Pasal or ayat.
    return true;
  });
  return DecorationSet.create(doc, decorations);
}

function computeState(doc: ProseMirrorNode): NumberingState {
  const numbering = numberRegulation(doc);
  return { numbering, decorations: buildDecorations(doc, numbering) };
}

/**
 * Shows the regulation's numbering, computed from its structure after every change — one's own
 * or anyone else's — so concurrent insertions renumber at once on every screen.
 */
export const NumberingLabels = Extension.create({
  name: "numberingLabels",
  addProseMirrorPlugins() {
    return [
      new Plugin<NumberingState>({
        key: regulationNumberingKey,
        state: {
          init: (_config, state) => computeState(state.doc),
          apply: (tr, previous) => (tr.docChanged ? computeState(tr.doc) : previous),
        },
        props: {
          decorations: (state) => regulationNumberingKey.getState(state)?.decorations ?? null,
        },
      }),
    ];
  },
});
