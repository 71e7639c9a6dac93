import type { AnyExtension, Extensions, Node as TiptapNode } from "@tiptap/core";
import { freeDraftExtensions } from "../../../../shared/editor/freeSchema.ts";
import { REGULATION_NODE } from "../../../../shared/editor/nodeNames.ts";
import { regulationExtensions } from "../../../../shared/editor/regulationSchema.ts";
import type { DocumentForm } from "../../../../shared/schemas/index.ts";
import { NumberingLabels } from "../../components/Editor/regulation/numberingDecorations.ts";

/**
 * The judul of a regulation read inside a page: a heading one level below the version's own
 * heading instead of the editor's `<h1>`, so the page keeps one `<h1>`, its title. Same node and
 * schema, only drawn differently.
 */
function withTitleAsSubheading(extension: AnyExtension): AnyExtension {
  if (extension.name !== REGULATION_NODE.regulationTitle) return extension;
  return (extension as TiptapNode).extend({
    renderHTML: ({ HTMLAttributes }) => [
      "div",
      {
        ...HTMLAttributes,
        "data-type": REGULATION_NODE.regulationTitle,
        role: "heading",
        "aria-level": "4",
        class: "public-regulation-title",
      },
      0,
    ],
  });
}

/**
 * The extensions that read a frozen version of a draft of this form: the draft's own schema (so
 * every node of the version is understood), and for a regulation the computed Pasal, ayat and BAB
 * numbers, drawn as decorations exactly as in the editor.
 */
export function versionExtensions(form: DocumentForm): Extensions {
  return form === "regulation"
    ? [...regulationExtensions.map(withTitleAsSubheading), NumberingLabels]
    : freeDraftExtensions;
}
