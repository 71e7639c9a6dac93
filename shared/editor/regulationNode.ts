import { mergeAttributes, Node } from "@tiptap/core";
import { unitIdAttribute } from "./unitId.ts";

/** What distinguishes one structural node of a regulation from another. */
export interface RegulationNodeSpec {
  /** ProseMirror node name, also the `data-type` of its HTML element. */
  name: string;
  /** ProseMirror content expression: which children the form allows, in which order. */
  content: string;
  /** HTML element it renders to and is parsed from. */
  tag: string;
  /** Marks allowed inside (ProseMirror `marks`); the default allows all. */
  marks?: string;
  /** Further attributes besides `id`. */
  attributes?: Record<string, { default: unknown }>;
}

/**
 * A block node of the regulation's structure with a stable `id`. Units are `isolating` (Backspace
 * at the start of a Pasal does not merge it into the previous one) and `defining` (pasting keeps
 * them). Rendered as `<tag data-type="name" data-id="…">`; labels such as "Pasal 5" are never
 * part of the content, they are computed by `numberRegulation`.
 */
export function regulationNode(spec: RegulationNodeSpec): Node {
  const extraAttributes = spec.attributes ?? {};
  return Node.create({
    name: spec.name,
    content: spec.content,
    ...(spec.marks === undefined ? {} : { marks: spec.marks }),
    defining: true,
    isolating: true,
    addAttributes() {
      const attributes: Record<string, object> = { id: unitIdAttribute };
      for (const [key, attribute] of Object.entries(extraAttributes)) {
        attributes[key] = {
          default: attribute.default,
          parseHTML: (element: HTMLElement) =>
            element.getAttribute(`data-${key}`) ?? attribute.default,
          renderHTML: (attrs: Record<string, unknown>) => ({ [`data-${key}`]: attrs[key] }),
        };
      }
      return attributes;
    },
    parseHTML() {
      return [{ tag: `${spec.tag}[data-type="${spec.name}"]` }];
    },
    renderHTML({ HTMLAttributes }) {
      return [spec.tag, mergeAttributes(HTMLAttributes, { "data-type": spec.name }), 0];
    },
  });
}
