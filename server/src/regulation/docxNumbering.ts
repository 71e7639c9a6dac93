import type { DocxParts } from "./docxArchive.ts";

/** How Word draws the number of one list level: "decimal" with "(%1)" gives (1), (2) … */
interface ListLevel {
  /** `w:numFmt`: decimal, lowerLetter, upperRoman, bullet … */
  format: string;
  /** `w:lvlText`: the marker with %1…%9 standing for the counters of levels 1…9. */
  text: string;
  start: number;
  /** `w:pStyle`: the paragraph style whose paragraphs are numbered at this level. */
  styleId: string | undefined;
}

/** The levels of one list definition, by level index. */
type ListLevels = Map<number, ListLevel>;

/** A paragraph of document.xml in a list: the list's counters key, its levels, its level. */
interface NumberedParagraph {
  key: string;
  levels: ListLevels;
  level: number;
}

/** The parts of mammoth's paragraph that are compared with document.xml. */
export interface MammothParagraph {
  numbering?: { level?: string | number } | null;
}

/** The value of attribute `w:val` of the first `tag` element in `xml`. */
const wordValue = (xml: string, tag: string): string | undefined =>
  new RegExp(`<w:${tag}\\b[^>]*?\\bw:val="([^"]*)"`).exec(xml)?.[1];

const unescapeXml = (text: string) =>
  text
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, "&");

/** Every `<w:lvl>` inside `xml`, by level index. */
function levelsIn(xml: string): ListLevels {
  const levels: ListLevels = new Map();
  for (const [, index, body = ""] of xml.matchAll(
    /<w:lvl\b[^>]*?w:ilvl="(\d+)"[^>]*>([\s\S]*?)<\/w:lvl>/g,
  )) {
    levels.set(Number(index), {
      format: wordValue(body, "numFmt") ?? "decimal",
      text: unescapeXml(wordValue(body, "lvlText") ?? ""),
      start: Number(wordValue(body, "start") ?? 1),
      styleId: wordValue(body, "pStyle"),
    });
  }
  return levels;
}

/** List definitions of numbering.xml, by `w:numId` and by the paragraph style linked to them. */
interface ListDefinitions {
  byNumId: Map<string, ListLevels>;
  /** A style whose paragraphs are numbered: its list (keyed by abstract id) and level. */
  byStyle: Map<string, NumberedParagraph>;
}

/** Reads the abstract lists, then the concrete lists with their level and start overrides. */
function readDefinitions(numberingXml: string): ListDefinitions {
  const abstract = new Map<string, ListLevels>();
  const byStyle: ListDefinitions["byStyle"] = new Map();
  const abstractPattern =
    /<w:abstractNum\b[^>]*?w:abstractNumId="(\d+)"[^>]*>([\s\S]*?)<\/w:abstractNum>/g;
  for (const [, id = "", body = ""] of numberingXml.matchAll(abstractPattern)) {
    const levels = levelsIn(body);
    abstract.set(id, levels);
    for (const [level, { styleId }] of levels) {
      if (styleId) byStyle.set(styleId, { key: `abstract:${id}`, levels, level });
    }
  }
  const byNumId = new Map<string, ListLevels>();
  for (const [, numId = "", body = ""] of numberingXml.matchAll(
    /<w:num\b[^>]*?w:numId="(\d+)"[^>]*>([\s\S]*?)<\/w:num>/g,
  )) {
    const base = abstract.get(wordValue(body, "abstractNumId") ?? "");
    if (!base) continue;
    const levels = new Map(base);
    const overridePattern =
      /<w:lvlOverride\b[^>]*?w:ilvl="(\d+)"[^>]*>([\s\S]*?)<\/w:lvlOverride>/g;
    for (const [, index, override = ""] of body.matchAll(overridePattern)) {
      const level = Number(index);
      const replaced = levelsIn(override).get(level) ?? levels.get(level);
      const start = wordValue(override, "startOverride");
      if (replaced) levels.set(level, start ? { ...replaced, start: Number(start) } : replaced);
    }
    byNumId.set(numId, levels);
  }
  return { byNumId, byStyle };
}

/**
 * The numbered paragraphs of document.xml, in the order mammoth reads them: numbered directly
 * (`w:numPr`) or through their paragraph style. The alternatives of `mc:Choice` (mammoth reads
 * the fallback), tracked changes of paragraph properties and paragraphs whose mark was deleted
 * (mammoth joins them to the next) are left out.
 */
function numberedParagraphs(documentXml: string, lists: ListDefinitions): NumberedParagraph[] {
  const xml = documentXml
    .replace(/<mc:Choice\b[\s\S]*?<\/mc:Choice>/g, "")
    .replace(/<w:pPrChange\b[\s\S]*?<\/w:pPrChange>/g, "");
  const numbered: NumberedParagraph[] = [];
  for (const match of xml.matchAll(/<w:p\b[^>]*?(\/?)>/g)) {
    const end = (match.index ?? 0) + match[0].length;
    const opening = /<w:pPr\b[^>]*?(\/?)>/y;
    opening.lastIndex = end;
    const pPr = match[1] === "" ? opening.exec(xml) : null;
    const properties = pPr?.[1] === "" ? xml.slice(end, xml.indexOf("</w:pPr>", end)) : "";
    if (/<w:rPr\b[\s\S]*<w:del\b/.test(properties)) continue;
    const numId = wordValue(properties, "numId");
    const byStyle = lists.byStyle.get(wordValue(properties, "pStyle") ?? "");
    if (numId !== undefined) {
      const levels = lists.byNumId.get(numId);
      const level = Number(wordValue(properties, "ilvl") ?? 0);
      if (levels) numbered.push({ key: `num:${numId}`, levels, level });
    } else if (byStyle) numbered.push(byStyle);
  }
  return numbered;
}

const ROMAN_VALUES = [1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1];
const ROMAN_DIGITS = ["m", "cm", "d", "cd", "c", "xc", "l", "xl", "x", "ix", "v", "iv", "i"];

/** A counter as Word writes it in `format`; letters repeat after z (aa, bb), as Word does. */
function formatCounter(value: number, format: string): string {
  if (format === "lowerLetter" || format === "upperLetter") {
    const letter = String.fromCharCode(97 + ((value - 1) % 26)).repeat(Math.ceil(value / 26));
    return format === "upperLetter" ? letter.toUpperCase() : letter;
  }
  if (format === "lowerRoman" || format === "upperRoman") {
    let rest = value;
    let roman = "";
    ROMAN_VALUES.forEach((amount, index) => {
      for (; rest >= amount; rest -= amount) roman += ROMAN_DIGITS[index];
    });
    return format === "upperRoman" ? roman.toUpperCase() : roman;
  }
  if (format === "decimalZero") return String(value).padStart(2, "0");
  return String(value);
}

/** Counts the items of each list as Word does and writes their markers. */
class MarkerWriter {
  private readonly counters = new Map<string, number[]>();

  /** The marker of the next item at `level` of list `key`; deeper levels start again. */
  next(key: string, levels: ListLevels, level: number): string | null {
    const own = levels.get(level);
    if (!own || own.format === "bullet" || own.format === "none") return null;
    const counters = this.counters.get(key) ?? [];
    counters[level] = (counters[level] ?? own.start - 1) + 1;
    counters.length = level + 1;
    this.counters.set(key, counters);
    const marker = own.text.replace(/%([1-9])/g, (_, digit: string) => {
      const index = Number(digit) - 1;
      const value = counters[index] ?? levels.get(index)?.start ?? 1;
      return formatCounter(value, levels.get(index)?.format ?? "decimal");
    });
    return marker.trim() === "" ? null : marker.trim();
  }
}

/**
 * The marker Word draws before each paragraph mammoth read ("(1)", "a.", "Pasal 3"), or null for
 * a paragraph without one. Mammoth tells which paragraphs are in a list but not how the list is
 * numbered, so numbering.xml and the numbered paragraphs of document.xml are read here and
 * matched with mammoth's numbered paragraphs one by one. When they do not match (a layout not
 * foreseen here), the result is null and the caller falls back to list levels alone.
 */
export async function listMarkers(
  docx: DocxParts,
  paragraphs: MammothParagraph[],
): Promise<(string | null)[] | null> {
  const inLists = paragraphs.flatMap((paragraph, index) =>
    paragraph.numbering ? [{ index, level: Number(paragraph.numbering.level ?? 0) }] : [],
  );
  if (inLists.length === 0) return null;
  try {
    const numberingXml = await docx.text("word/numbering.xml");
    const documentXml = await docx.text("word/document.xml");
    if (numberingXml === null || documentXml === null) return null;
    const numbered = numberedParagraphs(documentXml, readDefinitions(numberingXml));
    const matches = (entry: { level: number }, index: number) =>
      numbered[index]?.level === entry.level;
    if (numbered.length !== inLists.length || !inLists.every(matches)) return null;
    const writer = new MarkerWriter();
    const markers: (string | null)[] = paragraphs.map(() => null);
    inLists.forEach(({ index }, position) => {
      const { key, levels, level } = numbered[position] as NumberedParagraph;
      markers[index] = writer.next(key, levels, level);
    });
    return markers;
  } catch {
    return null;
  }
}
