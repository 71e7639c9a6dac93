import type { Node as ProseMirrorNode } from "@tiptap/pm/model";
import { REGULATION_NODE as N, type PointListKind } from "./nodeNames.ts";
import { toIndonesianOrdinal, toListLetter, toRoman } from "./numerals.ts";
import { getRegulationSchema } from "./regulationSchema.ts";

/** Kinds of unit that carry a number computed from the structure. */
export type NumberedUnitKind =
  | "chapter"
  | "part"
  | "subpart"
  | "article"
  | "clause"
  | "point"
  | "consideration"
  | "legalBasis";

/** One numbered unit of a regulation, as it stands in this version of the document. */
export interface NumberedUnit {
  kind: NumberedUnitKind;
  /** The node's stable `id` attribute (null until the editor has given it one). */
  id: string | null;
  /** Document position just before the node. */
  pos: number;
  /** 1-based number: global for BAB and Pasal, within the parent for everything else. */
  ordinal: number;
  /** What is printed before the unit: "BAB II", "Bagian Kesatu", "Pasal 12", "(2)", "b.", "a)". */
  marker: string;
  /** How the unit is cited: "BAB II", "Pasal 12", "ayat (2)", "huruf b", "angka 3", "huruf a)". */
  label: string;
}

/** The numbering of a whole regulation. */
export interface RegulationNumbering {
  /** Every numbered unit in document order. */
  units: NumberedUnit[];
  /** Units by id; when an id occurs twice (a copied node) the first one wins. */
  byId: Map<string, NumberedUnit>;
  /** Units by the position just before their node. */
  byPos: Map<number, NumberedUnit>;
  /** Ids carried by more than one node, which the editor must re-issue. */
  duplicateIds: string[];
}

/** BAB and Pasal are numbered through the whole regulation, not within their parent. */
interface RunningTotals {
  chapter: number;
  article: number;
}

/**
 * Numbers every unit of a regulation from its structure alone (Lampiran II UU 12/2011):
 * BAB in Roman numerals and Pasal in Arabic numerals, both continuous through the whole body;
 * Bagian as ordinal words and Paragraf as numbers within their parent; ayat "(n)" within its
 * Pasal; rincian by level: huruf "a.", angka "1.", then "a)" and "1)" when a list of the same kind
 * is nested deeper. A single consideration or legal basis is not lettered (Lampiran II: the
 * letters and numbers are used when there is more than one).
 */
export function numberRegulation(doc: ProseMirrorNode): RegulationNumbering {
  const numbering: RegulationNumbering = {
    units: [],
    byId: new Map(),
    byPos: new Map(),
    duplicateIds: [],
  };
  const totals: RunningTotals = { chapter: 0, article: 0 };
  const add = (node: ProseMirrorNode, unit: Omit<NumberedUnit, "id">) => {
    const id = typeof node.attrs.id === "string" ? node.attrs.id : null;
    const numbered: NumberedUnit = { ...unit, id };
    numbering.units.push(numbered);
    numbering.byPos.set(unit.pos, numbered);
    if (id === null) return;
    if (numbering.byId.has(id)) numbering.duplicateIds.push(id);
    else numbering.byId.set(id, numbered);
  };

  const walk = (parent: ProseMirrorNode, contentStart: number, listKinds: PointListKind[]) => {
    const siblingCounts = new Map<string, number>();
    parent.forEach((child, offset) => {
      const name = child.type.name;
      const ordinal = (siblingCounts.get(name) ?? 0) + 1;
      siblingCounts.set(name, ordinal);
      const pos = contentStart + offset;
      const numberUnit = unitNumberers[name];
      if (numberUnit) add(child, { pos, ...numberUnit({ ordinal, parent, listKinds, totals }) });
      if (child.isTextblock || child.isLeaf) return;
      const childKinds = name === N.pointList ? [...listKinds, child.attrs.kind] : listKinds;
      walk(child, pos + 1, childKinds);
    });
  };
  walk(doc, 0, []);
  return numbering;
}

/** Numbers a regulation given as ProseMirror JSON (as stored, exported or sent to a server). */
export function numberRegulationJSON(json: Record<string, unknown>): RegulationNumbering {
  return numberRegulation(getRegulationSchema().nodeFromJSON(json));
}

interface DescribeContext {
  ordinal: number;
  parent: ProseMirrorNode;
  /** Kinds of the enclosing rincian lists, outermost first, including the item's own list. */
  listKinds: PointListKind[];
  totals: RunningTotals;
}

type UnitDescription = Pick<NumberedUnit, "kind" | "ordinal" | "marker" | "label">;

const unitNumberers: Record<string, (context: DescribeContext) => UnitDescription> = {
  [N.chapter]: ({ totals }) => {
    const ordinal = ++totals.chapter;
    const marker = `BAB ${toRoman(ordinal)}`;
    return { kind: "chapter", ordinal, marker, label: marker };
  },
  [N.part]: ({ ordinal }) => {
    const marker = `Bagian ${toIndonesianOrdinal(ordinal)}`;
    return { kind: "part", ordinal, marker, label: marker };
  },
  [N.subpart]: ({ ordinal }) => ({
    kind: "subpart",
    ordinal,
    marker: `Paragraf ${ordinal}`,
    label: `Paragraf ${ordinal}`,
  }),
  [N.article]: ({ totals }) => {
    const ordinal = ++totals.article;
    return { kind: "article", ordinal, marker: `Pasal ${ordinal}`, label: `Pasal ${ordinal}` };
  },
  [N.clause]: ({ ordinal }) => ({
    kind: "clause",
    ordinal,
    marker: `(${ordinal})`,
    label: `ayat (${ordinal})`,
  }),
  [N.point]: ({ ordinal, listKinds }) => describePoint(ordinal, listKinds),
  [N.consideration]: ({ ordinal, parent }) => {
    if (parent.childCount === 1) return { kind: "consideration", ordinal, marker: "", label: "" };
    const letter = toListLetter(ordinal);
    return { kind: "consideration", ordinal, marker: `${letter}.`, label: `huruf ${letter}` };
  },
  [N.legalBasis]: ({ ordinal, parent }) => {
    if (parent.childCount === 1) return { kind: "legalBasis", ordinal, marker: "", label: "" };
    return { kind: "legalBasis", ordinal, marker: `${ordinal}.`, label: `angka ${ordinal}` };
  },
};

/** huruf a. / angka 1. at their first level, a) / 1) under a list of the same kind. */
function describePoint(ordinal: number, listKinds: PointListKind[]): UnitDescription {
  const kind = listKinds.at(-1) ?? "letter";
  const nested = listKinds.slice(0, -1).includes(kind);
  const value = kind === "letter" ? toListLetter(ordinal) : String(ordinal);
  const term = kind === "letter" ? "huruf" : "angka";
  return {
    kind: "point",
    ordinal,
    marker: `${value}${nested ? ")" : "."}`,
    label: `${term} ${value}${nested ? ")" : ""}`,
  };
}
