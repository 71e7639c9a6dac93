import type { JSONContent } from "@tiptap/core";
import { REGULATION_NODE as N } from "../../../shared/editor/nodeNames.ts";
import { getRegulationSchema } from "../../../shared/editor/regulationSchema.ts";
import { buildBody } from "./bodyBuilder.ts";
import { DocxImportError } from "./docxImportError.ts";
import { readDocxLines } from "./docxLines.ts";
import { buildElucidation } from "./elucidationBuilder.ts";
import { buildPreamble, type PreambleLines } from "./preambleBuilder.ts";
import { unitOf } from "./regulationJson.ts";
import { isUnitHeading, LINE } from "./regulationLines.ts";
import { lineParagraph, type SourceLine } from "./sourceLine.ts";
import { fitBody } from "./structureFitter.ts";
import { UnrecognisedList, type UnrecognisedText } from "./unrecognisedText.ts";

export type { UnrecognisedReason, UnrecognisedText } from "./unrecognisedText.ts";

/** A Word draft turned into a structured regulation. */
export interface ImportedRegulation {
  /** ProseMirror JSON valid for `getRegulationSchema()`; every unit has a fresh id. */
  doc: JSONContent;
  /** Passages that could not be placed where they were typed, for the drafter to fix. */
  unrecognised: UnrecognisedText[];
}

/** Index of the first line from `from` on that matches, or -1. */
function findLine(lines: SourceLine[], pattern: RegExp, from = 0, to = lines.length): number {
  for (let index = from; index < to; index++) {
    if (pattern.test((lines[index] as SourceLine).text)) return index;
  }
  return -1;
}

const firstFound = (...indexes: number[]) => {
  const found = indexes.filter((index) => index >= 0);
  return found.length > 0 ? Math.min(...found) : -1;
};

/** Judul and pembukaan, batang tubuh, penutup, penjelasan: the lines of each part. */
interface RegulationLines {
  preamble: PreambleLines;
  body: SourceLine[];
  closing: SourceLine[];
  elucidation: SourceLine[] | null;
}

/**
 * Splits a typed draft at the headings that open each part. The body starts at the first BAB,
 * Bagian, Paragraf or Pasal heading after the preamble's headings; a typed draft with none is not
 * a regulation.
 */
function splitRegulation(lines: SourceLine[]): RegulationLines {
  const menimbang = findLine(lines, LINE.menimbang);
  const mengingat = findLine(lines, LINE.mengingat, Math.max(menimbang, 0));
  const preambleEnd = Math.max(menimbang, mengingat, findLine(lines, LINE.menetapkan), 0);
  const bodyStart = lines.findIndex(
    (line, index) => index >= preambleEnd && isUnitHeading(line.text),
  );
  if (bodyStart < 0) {
    throw new DocxImportError("not_a_regulation", "No Pasal was found in the Word file.");
  }
  const enactment = firstFound(
    findLine(lines, LINE.jointApproval, Math.max(mengingat, menimbang, 0), bodyStart),
    findLine(lines, LINE.memutuskan, Math.max(mengingat, menimbang, 0), bodyStart),
    findLine(lines, LINE.menetapkan, Math.max(mengingat, menimbang, 0), bodyStart),
  );
  const enactmentStart = enactment < 0 ? bodyStart : enactment;
  const headingEnd = firstFound(menimbang, mengingat, enactmentStart);
  const elucidation = findLine(lines, LINE.elucidation, bodyStart);
  const bodyEnd = elucidation < 0 ? lines.length : elucidation;
  const closing = findLine(lines, LINE.closing, bodyStart, bodyEnd);
  return {
    preamble: {
      heading: lines.slice(0, headingEnd),
      considerations:
        menimbang < 0 ? null : lines.slice(menimbang, firstFound(mengingat, enactmentStart)),
      legalBases: mengingat < 0 ? null : lines.slice(mengingat, enactmentStart),
      enactment: lines.slice(enactmentStart, bodyStart),
    },
    body: lines.slice(bodyStart, closing < 0 ? bodyEnd : closing),
    closing: closing < 0 ? [] : lines.slice(closing, bodyEnd),
    elucidation: elucidation < 0 ? null : lines.slice(elucidation),
  };
}

/**
 * Imports a draft regulation typed in Word. Paragraphs are recognised from the usual patterns
 * (judul, Menimbang a. b., Mengingat 1. 2., MEMUTUSKAN / Menetapkan, BAB + title, Bagian,
 * Paragraf, Pasal, ayat "(1)", rincian "a." "1." "a)", penutup, PENJELASAN with I. UMUM and
 * II. PASAL DEMI PASAL); typed numbers, and those Word draws for its automatic lists, are
 * recognised alike and dropped because numbering is computed. Bold, italic and underlined text
 * keeps its formatting, except in the judul and BAB/Bagian/Paragraf titles, whose look is the
 * form's. What cannot be placed is kept as paragraphs in the nearest place the form allows and
 * listed in `unrecognised`. Throws `DocxImportError` for a file that is not a readable .docx or holds no
 * Pasal; then nothing is returned at all.
 */
export async function importRegulationDocx(bytes: Uint8Array): Promise<ImportedRegulation> {
  const lines = await readDocxLines(bytes);
  const parts = splitRegulation(lines);
  const unrecognised = new UnrecognisedList();
  const { title, preamble } = buildPreamble(parts.preamble, unrecognised);
  const { body, articlesByTypedNumber } = buildBody(parts.body, unrecognised);
  if (articlesByTypedNumber.size === 0) {
    throw new DocxImportError("not_a_regulation", "No Pasal was found in the Word file.");
  }
  fitBody(body, unrecognised);
  const content: JSONContent[] = [title, preamble, body];
  if (parts.closing.length > 0) {
    content.push(
      unitOf(
        N.closing,
        parts.closing.map((line) => lineParagraph(line)),
      ),
    );
  }
  if (parts.elucidation) {
    content.push(buildElucidation(parts.elucidation, articlesByTypedNumber, unrecognised));
  }
  const doc: JSONContent = { type: N.doc, content };
  assertValidRegulation(doc);
  return { doc, unrecognised: unrecognised.items };
}

/** The importer's own guarantee: what it returns always fits the schema. */
function assertValidRegulation(doc: JSONContent): void {
  try {
    getRegulationSchema().nodeFromJSON(doc).check();
  } catch (error) {
    throw new DocxImportError(
      "unreadable_docx",
      "The Word file could not be turned into a regulation.",
      { cause: error },
    );
  }
}
