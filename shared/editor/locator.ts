import type { Node as ProseMirrorNode } from "@tiptap/pm/model";
import { REGULATION_NODE as N } from "./nodeNames.ts";
import { numberRegulation, type RegulationNumbering } from "./numbering.ts";

/** Where a position lies, as the pieces a locator or a citation is built from. */
interface LocatorSegments {
  /** Named area outside the numbered body: "Menimbang", "Penjelasan" … */
  area: string | null;
  /** BAB, Bagian, Paragraf enclosing the position. */
  chapterPath: string[];
  /** Pasal, ayat, huruf/angka (or, in the preamble, the consideration's letter). */
  provisionPath: string[];
  /** Id of the enclosing Pasal, if any. */
  articleId: string | null;
}

const AREA_NAMES: Record<string, string> = {
  [N.regulationTitle]: "Judul",
  [N.preamble]: "Pembukaan",
  [N.considerations]: "Menimbang",
  [N.legalBases]: "Mengingat",
  [N.enactment]: "Memutuskan",
  [N.body]: "Batang Tubuh",
  [N.closing]: "Penutup",
  [N.elucidation]: "Penjelasan",
  [N.generalElucidation]: "Penjelasan Umum",
};

const CHAPTER_LEVELS = new Set<string>([N.chapter, N.part, N.subpart]);
const PROVISION_LEVELS = new Set<string>([
  N.article,
  N.clause,
  N.point,
  N.consideration,
  N.legalBasis,
]);

function segmentsAt(
  doc: ProseMirrorNode,
  pos: number,
  numbering: RegulationNumbering,
): LocatorSegments {
  const segments: LocatorSegments = {
    area: null,
    chapterPath: [],
    provisionPath: [],
    articleId: null,
  };
  const $pos = doc.resolve(pos);
  for (let depth = 1; depth <= $pos.depth; depth++) {
    const node = $pos.node(depth);
    const name = node.type.name;
    const label = numbering.byPos.get($pos.before(depth))?.label ?? "";
    if (name in AREA_NAMES) segments.area = AREA_NAMES[name] ?? null;
    if (CHAPTER_LEVELS.has(name)) segments.chapterPath.push(label);
    if (PROVISION_LEVELS.has(name) && label !== "") segments.provisionPath.push(label);
    if (name === N.article) segments.articleId = node.attrs.id ?? null;
    if (name === N.articleElucidation || name === N.clauseElucidation) {
      segments.area = "Penjelasan";
      segments.provisionPath = [citationOf(doc, node.attrs.targetId, numbering) ?? "Pasal ?"];
    }
  }
  return segments;
}

function formatLocator(segments: LocatorSegments): string {
  const { area, chapterPath, provisionPath } = segments;
  if (chapterPath.length > 0) {
    // Inside a Pasal the BAB orients the reader; Bagian and Paragraf add nothing, since Pasal
    // numbers are unique through the whole regulation.
    if (provisionPath.length === 0) return chapterPath.join(" ");
    return `${chapterPath[0]}, ${provisionPath.join(" ")}`;
  }
  if (area === "Batang Tubuh" && provisionPath.length > 0) return provisionPath.join(" ");
  return [area ?? "", ...provisionPath].filter((part) => part !== "").join(" ");
}

/**
 * The human locator of a document position, in Indonesian whatever the UI language:
 * "BAB II, Pasal 12 ayat (2) huruf b", "Menimbang huruf b", "Mengingat angka 3",
 * "Penjelasan Pasal 5 ayat (1)", "Penutup". Pass `numbering` when locating many positions of
 * the same document.
 */
export function locatorAt(
  doc: ProseMirrorNode,
  pos: number,
  numbering: RegulationNumbering = numberRegulation(doc),
): string {
  return formatLocator(segmentsAt(doc, pos, numbering));
}

/** The locator of the unit with this id ("BAB I, Pasal 3 ayat (1)"), or null if it is gone. */
export function locatorOf(
  doc: ProseMirrorNode,
  id: string,
  numbering: RegulationNumbering = numberRegulation(doc),
): string | null {
  const unit = numbering.byId.get(id);
  return unit ? locatorAt(doc, unit.pos + 1, numbering) : null;
}

/**
 * How the passage at `pos` is named in a sentence: "Pasal 5 ayat (2) huruf b" in the body (no
 * BAB, since Pasal numbers are unique), "BAB II Bagian Kesatu" for a BAB, Bagian or Paragraf, and
 * the locator elsewhere ("Menimbang huruf b", "Penutup"). Used by citations and form warnings.
 */
export function citationAt(
  doc: ProseMirrorNode,
  pos: number,
  numbering: RegulationNumbering = numberRegulation(doc),
): string {
  const segments = segmentsAt(doc, pos, numbering);
  const inBody = segments.chapterPath.length > 0 || segments.area === "Batang Tubuh";
  if (inBody && segments.provisionPath.length > 0) return segments.provisionPath.join(" ");
  return formatLocator(segments);
}

/**
 * How the unit with this id is cited in the text of the regulation: "Pasal 5 ayat (2) huruf b"
 * (no BAB). Seen from `fromPos` inside the same Pasal, the Pasal is left out, as Lampiran II asks
 * ("sebagaimana dimaksud pada ayat (1)"). Null when the unit no longer exists.
 */
export function citationOf(
  doc: ProseMirrorNode,
  id: string | null | undefined,
  numbering: RegulationNumbering = numberRegulation(doc),
  fromPos?: number,
): string | null {
  const unit = id ? numbering.byId.get(id) : undefined;
  if (!unit) return null;
  const isProvision = unit.kind !== "chapter" && unit.kind !== "part" && unit.kind !== "subpart";
  if (isProvision && fromPos !== undefined && unit.kind !== "article") {
    const target = segmentsAt(doc, unit.pos + 1, numbering);
    const from = segmentsAt(doc, fromPos, numbering);
    if (target.articleId !== null && from.articleId === target.articleId) {
      return target.provisionPath.slice(1).join(" ");
    }
  }
  return citationAt(doc, unit.pos + 1, numbering);
}
