import type { JSONContent } from "@tiptap/core";
import { REGULATION_NODE as N } from "../../../shared/editor/nodeNames.ts";
import { childrenOf, paragraphOf, unitOf } from "./regulationJson.ts";
import type { UnrecognisedList, UnrecognisedReason } from "./unrecognisedText.ts";

const plainText = (node: JSONContent): string =>
  node.text ?? (node.content ?? []).map(plainText).join(" ");

/**
 * Where the form allows one kind of unit or the other (a BAB holds Bagian or Pasal, a Pasal
 * holds ayat or text), units of the `inner` kind typed before the first `outer` one are moved
 * into it, right after its title when it has one.
 */
export function foldLeading(
  node: JSONContent,
  outer: string,
  inner: (child: JSONContent) => boolean,
  unrecognised: UnrecognisedList,
  reason: UnrecognisedReason = "unit_out_of_place",
): void {
  const children = childrenOf(node);
  const firstOuter = children.findIndex((child) => child.type === outer);
  if (firstOuter < 0) return;
  const hasTitle = children[0]?.type === N.unitTitle;
  const moved = children.slice(hasTitle ? 1 : 0, firstOuter).filter(inner);
  if (moved.length === 0) return;
  node.content = children.filter((child) => !moved.includes(child));
  const target = childrenOf(children[firstOuter] as JSONContent);
  const insertAt = target[0]?.type === N.unitTitle ? 1 : 0;
  target.splice(insertAt, 0, ...moved);
  for (const child of moved) unrecognised.add(plainText(child), reason, child);
}

/** A unit that must hold at least one Pasal gets an empty one, listed as missing. */
function ensureArticle(node: JSONContent, label: string, unrecognised: UnrecognisedList): void {
  const children = childrenOf(node);
  if (children.some((child) => child.type !== N.unitTitle)) return;
  unrecognised.add(`${label}: Pasal`, "missing_part");
  children.push(unitOf(N.article, [paragraphOf("")]));
}

/** Text blocks (ayat, rincian item) must start with a sentence; an empty one is added. */
function ensureLeadingParagraph(node: JSONContent): void {
  const children = childrenOf(node);
  if (children[0]?.type !== "paragraph") children.unshift(paragraphOf(""));
}

/**
 * Makes an imported body valid for the regulation schema without dropping any text: mixed
 * content is folded into the unit the form allows (and listed), empty units get an empty
 * sentence or Pasal.
 */
export function fitBody(body: JSONContent, unrecognised: UnrecognisedList): void {
  foldLeading(body, N.chapter, (child) => child.type === N.article, unrecognised);
  const visit = (node: JSONContent) => {
    const title = node.content?.[0]?.content?.[0]?.text ?? "";
    switch (node.type) {
      case N.chapter:
        foldLeading(node, N.part, (child) => child.type === N.article, unrecognised);
        ensureArticle(node, `BAB ${title}`, unrecognised);
        break;
      case N.part:
        foldLeading(node, N.subpart, (child) => child.type === N.article, unrecognised);
        ensureArticle(node, `Bagian ${title}`, unrecognised);
        break;
      case N.subpart:
        ensureArticle(node, `Paragraf ${title}`, unrecognised);
        break;
      case N.article:
        foldLeading(
          node,
          N.clause,
          (child) => child.type !== N.clause,
          unrecognised,
          "outside_structure",
        );
        if (childrenOf(node).length === 0) childrenOf(node).push(paragraphOf(""));
        break;
      case N.clause:
      case N.point:
        ensureLeadingParagraph(node);
        break;
    }
    for (const child of node.content ?? []) visit(child);
  };
  visit(body);
}
