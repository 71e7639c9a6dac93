import type { JSONContent } from "@tiptap/core";
import { REGULATION_NODE as N } from "../../../shared/editor/nodeNames.ts";
import { childrenOf, paragraphOf, unitOf } from "./regulationJson.ts";
import { isUpperCase, LINE } from "./regulationLines.ts";
import { lineParagraph, type SourceLine } from "./sourceLine.ts";
import { foldLeading } from "./structureFitter.ts";
import type { UnrecognisedList } from "./unrecognisedText.ts";

type Stage = "heading" | "general" | "articleByArticle";

/** The id of the `n`-th ayat (1-based, as typed) of an imported Pasal, if it has one. */
function clauseIdOf(article: JSONContent | undefined, typedNumber: string): string | null {
  const clauses = (article?.content ?? []).filter((child) => child.type === N.clause);
  return clauses[Number.parseInt(typedNumber, 10) - 1]?.attrs?.id ?? null;
}

/**
 * The Penjelasan: its heading lines (PENJELASAN ATAS … judul, recomputed on export) are dropped;
 * "I. UMUM" text becomes the general elucidation; after "II. PASAL DEMI PASAL" each "Pasal N" and
 * "Ayat (n)" points at the imported Pasal and ayat that the drafter numbered N and n.
 */
export function buildElucidation(
  lines: SourceLine[],
  articlesByTypedNumber: Map<string, JSONContent>,
  unrecognised: UnrecognisedList,
): JSONContent {
  const general = unitOf(N.generalElucidation);
  const elucidation = unitOf(N.elucidation, [general]);
  let stage: Stage = "heading";
  let article: JSONContent | null = null;
  let targetArticle: JSONContent | undefined;
  let clause: JSONContent | null = null;

  for (const line of lines.slice(1)) {
    const { text } = line;
    if (LINE.generalElucidation.test(text)) stage = "general";
    else if (LINE.articleByArticle.test(text)) stage = "articleByArticle";
    else if (stage === "heading" && isUpperCase(text)) continue;
    else if (stage !== "articleByArticle") {
      childrenOf(general).push(lineParagraph(line));
      stage = "general";
    } else {
      const articleHeading = LINE.article.exec(text);
      const clauseHeading = LINE.clauseElucidation.exec(text);
      if (articleHeading) {
        targetArticle = articlesByTypedNumber.get(articleHeading[1] ?? "");
        const targetId = targetArticle?.attrs?.id ?? null;
        if (targetId === null) unrecognised.add(text, "unknown_target");
        article = unitOf(N.articleElucidation, [], { targetId });
        childrenOf(elucidation).push(article);
        clause = null;
      } else if (clauseHeading && article) {
        const targetId = clauseIdOf(targetArticle, clauseHeading[1] ?? "");
        if (targetId === null) unrecognised.add(text, "unknown_target");
        const rest = clauseHeading[2] ?? "";
        const content = rest === "" ? [] : [lineParagraph(line, rest)];
        clause = unitOf(N.clauseElucidation, content, { targetId });
        childrenOf(article).push(clause);
      } else if (article) {
        childrenOf(clause ?? article).push(lineParagraph(line));
      } else {
        const paragraph = lineParagraph(line);
        childrenOf(general).push(paragraph);
        unrecognised.add(text, "outside_structure", paragraph);
      }
    }
  }
  fitElucidation(elucidation, unrecognised);
  return elucidation;
}

/** Fills what the form requires: a general part, and text in every (ayat) elucidation. */
function fitElucidation(elucidation: JSONContent, unrecognised: UnrecognisedList): void {
  for (const child of childrenOf(elucidation)) {
    if (child.type === N.articleElucidation) {
      const isLooseText = (node: JSONContent) => node.type !== N.clauseElucidation;
      foldLeading(child, N.clauseElucidation, isLooseText, unrecognised, "outside_structure");
      for (const clause of childrenOf(child)) {
        if (clause.type === N.clauseElucidation && childrenOf(clause).length === 0) {
          childrenOf(clause).push(paragraphOf(""));
        }
      }
    }
    if (childrenOf(child).length === 0) childrenOf(child).push(paragraphOf(""));
  }
}
