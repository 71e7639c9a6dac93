import type { Node as ProseMirrorNode } from "@tiptap/pm/model";
import { citationAt } from "../../../../../shared/editor/locator.ts";
import type { RegulationNumbering } from "../../../../../shared/editor/numbering.ts";

/** A Pasal or ayat a reference can point at, as the reference picker offers it. */
export interface ReferenceTarget {
  /** The unit's stable id: what the `articleReference` node stores. */
  id: string;
  /** How it is cited now: "Pasal 3", "Pasal 3 ayat (2)". */
  citation: string;
  /** The start of its text, so drafters recognise it. */
  excerpt: string;
}

const EXCERPT_LENGTH = 60;

/**
 * Every Pasal and ayat that has an id, in document order, with its current citation: the
 * choices for a new reference. Units without an id yet cannot be pointed at, so they are left out.
 */
export function referenceTargetsOf(
  doc: ProseMirrorNode,
  numbering: RegulationNumbering,
): ReferenceTarget[] {
  const targets: ReferenceTarget[] = [];
  for (const unit of numbering.units) {
    if (unit.id === null || (unit.kind !== "article" && unit.kind !== "clause")) continue;
    const text = doc.nodeAt(unit.pos)?.textContent.trim() ?? "";
    targets.push({
      id: unit.id,
      citation: citationAt(doc, unit.pos + 1, numbering),
      excerpt: text.length > EXCERPT_LENGTH ? `${text.slice(0, EXCERPT_LENGTH)}…` : text,
    });
  }
  return targets;
}

/** The targets whose citation or text contains `query` (case-insensitive, spaces collapsed). */
export function filterReferenceTargets(
  targets: ReferenceTarget[],
  query: string,
): ReferenceTarget[] {
  const wanted = query.trim().replace(/\s+/g, " ").toLocaleLowerCase("id");
  if (wanted === "") return targets;
  return targets.filter(
    (target) =>
      target.citation.toLocaleLowerCase("id").includes(wanted) ||
      target.excerpt.toLocaleLowerCase("id").includes(wanted),
  );
}
