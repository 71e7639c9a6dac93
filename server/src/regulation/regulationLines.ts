import type { PointListKind } from "../../../shared/editor/nodeNames.ts";

/**
 * The usual patterns of a typed Indonesian draft regulation (Lampiran II UU 12/2011), line by
 * line. Numbers typed by the drafter are recognised and then dropped: they are recomputed from
 * the structure.
 */
export const LINE = {
  menimbang: /^Menimbang\s*:?\s*(.*)$/i,
  mengingat: /^Mengingat\s*:?\s*(.*)$/i,
  jointApproval: /^Dengan Persetujuan Bersama\b/i,
  memutuskan: /^M\s?E\s?M\s?U\s?T\s?U\s?S\s?K\s?A\s?N\s*:?$/i,
  menetapkan: /^Menetapkan\s*:\s*(.*)$/i,
  openingLine: /^DENGAN RAHMAT TUHAN/i,
  chapter: /^BAB\s+([IVXLCDM]+)\.?(?:\s+(.*))?$/,
  part: /^Bagian\s+Ke[a-z]+(?:\s+(?:Belas|Puluh|Ratus|Satu|Dua|Tiga|Empat|Lima|Enam|Tujuh|Delapan|Sembilan))*$/i,
  subpart: /^Paragraf\s+\d+$/i,
  article: /^Pasal\s+(\d+[A-Z]?)$/,
  clause: /^\((\d+[a-z]?)\)\s*(.*)$/,
  closing: /^(Agar setiap orang mengetahuinya|Ditetapkan di\b|Diundangkan di\b)/i,
  elucidation: /^PENJELASAN(\s+ATAS\b.*)?$/,
  generalElucidation: /^I\.\s*UMUM$/i,
  articleByArticle: /^II\.\s*PASAL\s+DEMI\s+PASAL$/i,
  clauseElucidation: /^Ayat\s*\((\d+[a-z]?)\)\s*(.*)$/i,
} as const;

const LETTER_ITEM = /^([a-z])\1{0,2}([.)])\s*(.*)$/;
const NUMBER_ITEM = /^(\d{1,3})([.)])\s*(.*)$/;

/** A typed list marker: "a." "b)" "1." "2)" and the text after it. */
export interface ItemMarker {
  kind: PointListKind;
  /** "." for a first-level item, ")" for a nested one of the same kind. */
  style: "." | ")";
  rest: string;
}

/**
 * The list marker a line starts with, if any. A letter marker needs a separating space ("a. x"),
 * so that words like "b.w." are not taken for items; the line must not be only the marker.
 */
export function itemMarkerOf(text: string): ItemMarker | null {
  const letter = LETTER_ITEM.exec(text);
  if (letter && /^[a-z]{1,3}[.)](\s|$)/.test(text)) {
    return { kind: "letter", style: letter[2] as "." | ")", rest: letter[3] ?? "" };
  }
  const number = NUMBER_ITEM.exec(text);
  if (number && /^\d{1,3}[.)](\s|$)/.test(text)) {
    return { kind: "number", style: number[2] as "." | ")", rest: number[3] ?? "" };
  }
  return null;
}

/** Whether a line is written in capitals, as BAB titles and the judul are. */
export function isUpperCase(text: string): boolean {
  return /[A-Z]/.test(text) && text === text.toUpperCase();
}

/** Whether a line starts a unit of the body: BAB, Bagian, Paragraf or Pasal. */
export function isUnitHeading(text: string): boolean {
  return (
    LINE.chapter.test(text) ||
    LINE.part.test(text) ||
    LINE.subpart.test(text) ||
    LINE.article.test(text)
  );
}
