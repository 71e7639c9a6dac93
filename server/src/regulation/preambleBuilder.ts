import type { JSONContent } from "@tiptap/core";
import { REGULATION_NODE as N, type PointListKind } from "../../../shared/editor/nodeNames.ts";
import { childrenOf, paragraphOf, textContent, unitOf } from "./regulationJson.ts";
import { isUpperCase, itemMarkerOf, LINE } from "./regulationLines.ts";
import { joinedContent, lineContent, lineParagraph, type SourceLine } from "./sourceLine.ts";
import type { UnrecognisedList } from "./unrecognisedText.ts";

/** The lines before the body, split by the headings that open each part of the preamble. */
export interface PreambleLines {
  /** Judul and opening lines ("DENGAN RAHMAT …", "BUPATI SLEMAN,"). */
  heading: SourceLine[];
  /** From "Menimbang" up to "Mengingat"; null when there is no "Menimbang". */
  considerations: SourceLine[] | null;
  legalBases: SourceLine[] | null;
  /** From "Dengan Persetujuan Bersama" / "MEMUTUSKAN" / "Menetapkan" up to the body. */
  enactment: SourceLine[];
}

/**
 * Judul lines (joined with spaces) and the opening lines that follow them. The judul is plain
 * text: its look (capitals, bold, centred) is the form's, not the drafter's.
 */
function splitHeading(lines: SourceLine[]): { title: string; opening: SourceLine[] } {
  const openingAt = lines.findIndex(
    (line) => LINE.openingLine.test(line.text) || line.text.endsWith(","),
  );
  const titleEnd = openingAt < 0 ? lines.length : openingAt;
  return {
    title: lines
      .slice(0, titleEnd)
      .map((line) => line.text)
      .join(" "),
    opening: lines.slice(titleEnd),
  };
}

/**
 * Konsiderans or dasar hukum items. The heading's own line may hold the first item
 * ("Menimbang : a. bahwa …"). A typed marker of the expected kind, or Word's automatic
 * numbering, starts an item; other lines continue the current one. With no markers at all the
 * text is one unnumbered item, as Lampiran II writes a single consideration.
 */
function listItems(
  lines: SourceLine[],
  heading: RegExp,
  markerKind: PointListKind,
): JSONContent[][] {
  const items: JSONContent[][] = [];
  lines.forEach((line, index) => {
    const text = index === 0 ? (heading.exec(line.text)?.[1] ?? "") : line.text;
    if (text === "") return;
    const marker = itemMarkerOf(text);
    if (marker?.kind === markerKind) items.push([lineParagraph(line, marker.rest)]);
    else if (line.listLevel !== null || items.length === 0) items.push([lineParagraph(line, text)]);
    else items.at(-1)?.push(lineParagraph(line, text));
  });
  return items;
}

/** Menimbang or Mengingat as a node, or an empty item when the part is missing. */
function itemsNode(
  lines: SourceLine[] | null,
  names: { list: string; item: string; label: string },
  heading: RegExp,
  markerKind: PointListKind,
  unrecognised: UnrecognisedList,
): JSONContent {
  const items = lines ? listItems(lines, heading, markerKind) : [];
  if (items.length === 0) {
    unrecognised.add(names.label, "missing_part");
    items.push([paragraphOf("")]);
  }
  return unitOf(
    names.list,
    items.map((paragraphs) => unitOf(names.item, paragraphs)),
  );
}

/** Joint-approval paragraphs, then the name after "Menetapkan :" (MEMUTUSKAN is rendered). */
function enactmentNode(lines: SourceLine[], unrecognised: UnrecognisedList): JSONContent {
  const paragraphs: JSONContent[] = [];
  // The name's lines, from the one after "Menetapkan :"; null until "Menetapkan" is found.
  let name: JSONContent[][] | null = null;
  for (const line of lines) {
    const { text } = line;
    if (LINE.memutuskan.test(text)) continue;
    const menetapkan = LINE.menetapkan.exec(text);
    if (menetapkan) name = [lineContent(line, menetapkan[1] ?? "")];
    else if (name?.flat().length === 0) name = [lineContent(line)];
    else if (name === null) paragraphs.push(lineParagraph(line));
    // The name may run over several lines when typed in capitals.
    else if (isUpperCase(text)) name.push(lineContent(line));
    else unrecognised.add(text, "outside_structure");
  }
  if (name === null) unrecognised.add("Menetapkan", "missing_part");
  const enactedName = unitOf(N.enactedName, joinedContent(name ?? []));
  return unitOf(N.enactment, [...paragraphs, enactedName]);
}

/** Judul and pembukaan of a typed draft. */
export function buildPreamble(
  lines: PreambleLines,
  unrecognised: UnrecognisedList,
): { title: JSONContent; preamble: JSONContent } {
  const { title, opening } = splitHeading(lines.heading);
  if (title === "") unrecognised.add("Judul", "missing_part");
  const preamble = unitOf(
    N.preamble,
    opening.map((line) => lineParagraph(line)),
  );
  const content = childrenOf(preamble);
  content.push(
    itemsNode(
      lines.considerations,
      { list: N.considerations, item: N.consideration, label: "Menimbang" },
      LINE.menimbang,
      "letter",
      unrecognised,
    ),
    itemsNode(
      lines.legalBases,
      { list: N.legalBases, item: N.legalBasis, label: "Mengingat" },
      LINE.mengingat,
      "number",
      unrecognised,
    ),
    enactmentNode(lines.enactment, unrecognised),
  );
  return { title: unitOf(N.regulationTitle, textContent(title)), preamble };
}
