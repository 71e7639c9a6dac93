import type { JSONContent } from "@tiptap/core";
import { REGULATION_NODE as N } from "../../../shared/editor/nodeNames.ts";
import { childrenOf, textContent, unitOf } from "./regulationJson.ts";
import { type ItemMarker, isUpperCase, itemMarkerOf, LINE } from "./regulationLines.ts";
import { lineParagraph, type SourceLine } from "./sourceLine.ts";
import type { UnrecognisedList, UnrecognisedReason } from "./unrecognisedText.ts";

/** An open rincian list and the marker style its items were typed with ("a." vs "a)"). */
interface OpenList {
  node: JSONContent;
  signature: string;
}

/** The imported body, and its Pasal by the number the drafter typed (for the Penjelasan). */
export interface ImportedBody {
  body: JSONContent;
  articlesByTypedNumber: Map<string, JSONContent>;
}

/** Word's automatic numbering carries no marker: even levels read as huruf, odd ones as angka. */
function autoNumberedMarker(line: SourceLine): ItemMarker {
  const level = line.listLevel ?? 0;
  return {
    kind: level % 2 === 0 ? "letter" : "number",
    style: level < 2 ? "." : ")",
    rest: line.text,
  };
}

/**
 * Builds the batang tubuh line by line, keeping track of the open BAB, Bagian, Paragraf, Pasal,
 * ayat and rincian. Text that belongs to no Pasal waits and goes into the next one (or the last
 * one at the end), and is listed as unrecognised.
 */
class BodyBuilder {
  readonly body = unitOf(N.body);
  readonly articlesByTypedNumber = new Map<string, JSONContent>();
  private chapter: JSONContent | null = null;
  private part: JSONContent | null = null;
  private subpart: JSONContent | null = null;
  private article: JSONContent | null = null;
  private clause: JSONContent | null = null;
  private lists: OpenList[] = [];
  /** The BAB, Bagian or Paragraf whose title line comes next. */
  private awaitingTitle: JSONContent | null = null;
  /** A BAB title may run over several lines of capitals until its first unit. */
  private chapterTitleOpen = false;
  /** Paragraphs typed outside any Pasal, already listed as unrecognised. */
  private waiting: JSONContent[] = [];

  constructor(private readonly unrecognised: UnrecognisedList) {}

  /** Takes the next line of the body: a heading opens a unit, anything else goes into one. */
  add(line: SourceLine): void {
    const { text } = line;
    const chapter = LINE.chapter.exec(text);
    const article = LINE.article.exec(text);
    if (chapter) this.openChapter(chapter[2] ?? "");
    else if (LINE.part.test(text)) this.openPart(line);
    else if (LINE.subpart.test(text)) this.openSubpart(line);
    else if (article) this.openArticle(article[1] ?? "");
    else if (this.awaitingTitle) this.setTitle(text);
    else if (this.chapterTitleOpen && isUpperCase(text)) this.extendChapterTitle(text);
    else this.addProvisionText(line);
  }

  /** An ayat, a rincian item (typed or auto-numbered by Word) or a sentence. */
  private addProvisionText(line: SourceLine): void {
    const { text } = line;
    this.chapterTitleOpen = false;
    const clause = LINE.clause.exec(text);
    const marker =
      itemMarkerOf(text) ?? (line.listLevel === null ? null : autoNumberedMarker(line));
    if (clause) this.openClause(line, clause[2] ?? "");
    else if (marker) this.addPoint(line, marker);
    else this.addText(line);
  }

  /** Places text still waiting for a Pasal into the last one. */
  finish(): void {
    if (this.waiting.length === 0 || !this.article) return;
    const container = this.clause ?? this.article;
    childrenOf(container).push(...this.waiting);
    this.waiting = [];
  }

  private openChapter(title: string): void {
    this.chapter = unitOf(N.chapter, [{ type: N.unitTitle, content: textContent(title) }]);
    childrenOf(this.body).push(this.chapter);
    this.part = this.subpart = this.article = this.clause = null;
    this.lists = [];
    this.awaitingTitle = title === "" ? this.chapter : null;
    this.chapterTitleOpen = true;
  }

  private openPart(line: SourceLine): void {
    if (!this.chapter) {
      this.addOutOfPlace(line);
      return;
    }
    this.part = unitOf(N.part, [{ type: N.unitTitle, content: [] }]);
    childrenOf(this.chapter).push(this.part);
    this.subpart = this.article = this.clause = null;
    this.lists = [];
    this.awaitingTitle = this.part;
    this.chapterTitleOpen = false;
  }

  private openSubpart(line: SourceLine): void {
    if (!this.part) {
      this.addOutOfPlace(line);
      return;
    }
    this.subpart = unitOf(N.subpart, [{ type: N.unitTitle, content: [] }]);
    childrenOf(this.part).push(this.subpart);
    this.article = this.clause = null;
    this.lists = [];
    this.awaitingTitle = this.subpart;
    this.chapterTitleOpen = false;
  }

  private openArticle(typedNumber: string): void {
    this.article = unitOf(N.article, this.waiting);
    this.waiting = [];
    childrenOf(this.subpart ?? this.part ?? this.chapter ?? this.body).push(this.article);
    if (!this.articlesByTypedNumber.has(typedNumber)) {
      this.articlesByTypedNumber.set(typedNumber, this.article);
    }
    this.clause = null;
    this.lists = [];
    this.awaitingTitle = null;
    this.chapterTitleOpen = false;
  }

  private setTitle(text: string): void {
    const title = childrenOf(this.awaitingTitle as JSONContent)[0] as JSONContent;
    title.content = textContent(text);
    this.chapterTitleOpen = this.awaitingTitle === this.chapter;
    this.awaitingTitle = null;
  }

  private extendChapterTitle(text: string): void {
    const title = childrenOf(this.chapter as JSONContent)[0] as JSONContent;
    const current = title.content?.[0]?.text ?? "";
    title.content = textContent(current === "" ? text : `${current} ${text}`);
  }

  private openClause(line: SourceLine, rest: string): void {
    if (!this.article) {
      this.addOutOfPlace(line);
      return;
    }
    this.clause = unitOf(N.clause, rest === "" ? [] : [lineParagraph(line, rest)]);
    childrenOf(this.article).push(this.clause);
    this.lists = [];
  }

  /**
   * A rincian item joins the open list typed with the same kind and style ("a." with "a.");
   * otherwise it opens a list nested in the last item, or in the ayat or Pasal.
   */
  private addPoint(line: SourceLine, marker: ItemMarker): void {
    if (!this.article) {
      this.addOutOfPlace(line);
      return;
    }
    const signature = `${marker.kind}${marker.style}`;
    const open = this.lists.findLastIndex((list) => list.signature === signature);
    const point = unitOf(N.point, marker.rest === "" ? [] : [lineParagraph(line, marker.rest)]);
    if (open >= 0) {
      this.lists.length = open + 1;
      childrenOf(this.lists[open]?.node as JSONContent).push(point);
      return;
    }
    const parent =
      this.lists.at(-1)?.node.content?.at(-1) ?? this.clause ?? (this.article as JSONContent);
    const list = unitOf(N.pointList, [point], { kind: marker.kind });
    childrenOf(parent).push(list);
    this.lists.push({ node: list, signature });
  }

  /**
   * Plain text ends the open rincian and continues the ayat or Pasal, as the closing sentence
   * after a list does. An item or ayat typed as a bare marker takes the line as its text.
   */
  private addText(line: SourceLine): void {
    const lastItem = this.lists.at(-1)?.node.content?.at(-1);
    if (lastItem && (lastItem.content ?? []).length === 0) {
      childrenOf(lastItem).push(lineParagraph(line));
      return;
    }
    this.lists = [];
    const container = this.clause ?? this.article;
    if (container) childrenOf(container).push(lineParagraph(line));
    else this.wait(line, "outside_structure");
  }

  private addOutOfPlace(line: SourceLine): void {
    this.lists = [];
    if (!this.article) {
      this.wait(line, "unit_out_of_place");
      return;
    }
    const paragraph = lineParagraph(line);
    childrenOf(this.clause ?? this.article).push(paragraph);
    this.unrecognised.add(line.text, "unit_out_of_place", paragraph);
  }

  /** Keeps text that belongs to no Pasal for the next one. */
  private wait(line: SourceLine, reason: UnrecognisedReason): void {
    const paragraph = lineParagraph(line);
    this.unrecognised.add(line.text, reason, paragraph);
    this.waiting.push(paragraph);
  }
}

/** The batang tubuh of a typed draft, from its first BAB or Pasal to the closing. */
export function buildBody(lines: SourceLine[], unrecognised: UnrecognisedList): ImportedBody {
  const builder = new BodyBuilder(unrecognised);
  for (const line of lines) builder.add(line);
  builder.finish();
  return { body: builder.body, articlesByTypedNumber: builder.articlesByTypedNumber };
}
