import type { Node as ProseMirrorNode } from "@tiptap/pm/model";
import { citationAt, locatorAt } from "./locator.ts";
import { REGULATION_NODE as N } from "./nodeNames.ts";
import { numberRegulation, type RegulationNumbering } from "./numbering.ts";

/**
 * Rules of the drafting form (Lampiran II UU 12/2011) that the schema no longer enforces, because
 * concurrent edits can legally merge into a document that breaks them (see regulationSchema.ts).
 * Stable ids, usable as i18n keys.
 */
export type FormRule =
  | "title_empty"
  | "considerations_missing"
  | "consideration_empty"
  | "legal_bases_missing"
  | "legal_basis_empty"
  | "enacted_name_empty"
  | "body_empty"
  | "article_outside_chapter"
  | "chapter_empty"
  | "article_outside_part"
  | "part_empty"
  | "article_outside_subpart"
  | "subpart_empty"
  | "unit_title_empty"
  | "article_empty"
  | "article_mixed"
  | "article_single_clause"
  | "clause_empty"
  | "clause_without_sentence"
  | "point_list_empty"
  | "point_empty"
  | "point_without_sentence"
  | "closing_duplicate"
  | "elucidation_duplicate"
  | "closing_after_elucidation"
  | "general_elucidation_empty"
  | "article_elucidation_empty"
  | "article_elucidation_mixed";

/** One place where the document departs from the drafting form. A warning: nothing is removed. */
export interface FormProblem {
  rule: FormRule;
  /** Id of the unit concerned (null for a unit without one, such as a rincian list). */
  id: string | null;
  /** Document position just before the node concerned. */
  pos: number;
  /** Human locator of that node: "BAB I", "BAB II, Pasal 4 ayat (2)", "Menimbang". */
  locator: string;
  /** English sentence naming the passage in Indonesian drafting terms: "BAB I has no Pasal". */
  message: string;
}

/** What a node's check sees: the node, and a way to report a problem on it or a child. */
interface CheckContext {
  node: ProseMirrorNode;
  pos: number;
  /** How the node is named in a message: "Pasal 2 ayat (1)", "BAB II Bagian Kesatu". */
  name: () => string;
  /** How its child at `offset` (from `forEach`) is named. */
  childName: (offset: number) => string;
  /** Reports a problem on the node, or on its child at `childOffset` (from `forEach`). */
  report: (rule: FormRule, message: string, childOffset?: number) => void;
}

type NodeCheck = (context: CheckContext) => void;

/** Text or an inline atom (a reference) makes a node say something. */
function hasWording(node: ProseMirrorNode): boolean {
  let found = false;
  node.descendants((child) => {
    if (found) return false;
    if (child.isText) found = (child.text ?? "").trim() !== "";
    else if (child.isInline && child.isAtom && child.type.name !== "hardBreak") found = true;
    return !found;
  });
  return found;
}

/** Names of the node's children, in order. */
const childNames = (node: ProseMirrorNode) => node.children.map((child) => child.type.name);

/** Reports every Pasal standing directly in a node that is also divided into `division`. */
function reportLooseArticles(
  { node, name, childName, report }: CheckContext,
  division: string,
  rule: FormRule,
  divisionTerm: string,
) {
  if (!childNames(node).includes(division)) return;
  node.forEach((child, offset) => {
    if (child.type.name !== N.article) return;
    const where = `outside any ${divisionTerm} while ${name()} is divided into ${divisionTerm}`;
    report(rule, `${childName(offset)} stands ${where}`, offset);
  });
}

/** Reports a unit of the body that holds neither Pasal nor the divisions below it. */
function reportEmptyDivision({ node, name, report }: CheckContext, rule: FormRule) {
  const holdsSomething = node.children.some((child) => child.type.name !== N.unitTitle);
  if (!holdsSomething) report(rule, `${name()} has no Pasal`);
  const title = node.firstChild;
  if (title?.type.name === N.unitTitle && !hasWording(title)) {
    report("unit_title_empty", `${name()} has no title`);
  }
}

/** Reports an ayat or rincian item that is empty or does not open with a sentence. */
function reportProvisionText(
  { node, name, report }: CheckContext,
  emptyRule: FormRule,
  sentenceRule: FormRule,
) {
  if (!hasWording(node)) report(emptyRule, `${name()} is empty`);
  else if (node.firstChild?.type.name !== "paragraph") {
    report(sentenceRule, `${name()} does not begin with a sentence`);
  }
}

const nodeChecks: Record<string, NodeCheck> = {
  [N.doc]: ({ node, report }) => {
    const seen = new Set<string>();
    node.forEach((child, offset) => {
      const type = child.type.name;
      if (type === N.closing && seen.has(N.elucidation)) {
        report("closing_after_elucidation", "Penutup comes after Penjelasan", offset);
      }
      if (type === N.closing && seen.has(type)) {
        report("closing_duplicate", "The regulation has more than one Penutup", offset);
      }
      if (type === N.elucidation && seen.has(type)) {
        report("elucidation_duplicate", "The regulation has more than one Penjelasan", offset);
      }
      seen.add(type);
    });
  },
  [N.regulationTitle]: ({ node, report }) => {
    if (!hasWording(node)) report("title_empty", "The regulation has no title");
  },
  [N.preamble]: ({ node, report }) => {
    const names = childNames(node);
    if (!names.includes(N.considerations)) report("considerations_missing", "Menimbang is missing");
    if (!names.includes(N.legalBases)) report("legal_bases_missing", "Mengingat is missing");
  },
  [N.considerations]: ({ node, report }) => {
    if (node.childCount === 0) report("considerations_missing", "Menimbang has no consideration");
  },
  [N.consideration]: ({ node, name, report }) => {
    if (!hasWording(node)) report("consideration_empty", `${name()} is empty`);
  },
  [N.legalBases]: ({ node, report }) => {
    if (node.childCount === 0) report("legal_bases_missing", "Mengingat has no legal basis");
  },
  [N.legalBasis]: ({ node, name, report }) => {
    if (!hasWording(node)) report("legal_basis_empty", `${name()} is empty`);
  },
  [N.enactedName]: ({ node, report }) => {
    if (!hasWording(node)) report("enacted_name_empty", "Menetapkan names no regulation");
  },
  [N.body]: (context) => {
    let hasArticle = false;
    context.node.descendants((child) => {
      hasArticle ||= child.type.name === N.article;
      return !hasArticle && !child.isTextblock;
    });
    if (!hasArticle) context.report("body_empty", "Batang Tubuh has no Pasal");
    reportLooseArticles(context, N.chapter, "article_outside_chapter", "BAB");
  },
  [N.chapter]: (context) => {
    reportEmptyDivision(context, "chapter_empty");
    reportLooseArticles(context, N.part, "article_outside_part", "Bagian");
  },
  [N.part]: (context) => {
    reportEmptyDivision(context, "part_empty");
    reportLooseArticles(context, N.subpart, "article_outside_subpart", "Paragraf");
  },
  [N.subpart]: (context) => reportEmptyDivision(context, "subpart_empty"),
  [N.article]: ({ node, name, report }) => {
    const names = childNames(node);
    const clauses = names.filter((type) => type === N.clause).length;
    if (!hasWording(node)) report("article_empty", `${name()} is empty`);
    else if (clauses > 0 && clauses < names.length) {
      report("article_mixed", `${name()} mixes ayat with text outside an ayat`);
    } else if (clauses === 1) {
      report("article_single_clause", `${name()} has a single ayat; write it as plain text`);
    }
  },
  [N.clause]: (context) => reportProvisionText(context, "clause_empty", "clause_without_sentence"),
  [N.pointList]: ({ node, name, report }) => {
    if (node.childCount === 0) report("point_list_empty", `${name()} has an empty list`);
  },
  [N.point]: (context) => reportProvisionText(context, "point_empty", "point_without_sentence"),
  [N.generalElucidation]: ({ node, report }) => {
    if (!hasWording(node)) report("general_elucidation_empty", "Penjelasan Umum is empty");
  },
  [N.articleElucidation]: ({ node, name, report }) => {
    const names = childNames(node);
    const clauses = names.filter((type) => type === N.clauseElucidation).length;
    if (!hasWording(node)) report("article_elucidation_empty", `${name()} is empty`);
    else if (clauses > 0 && clauses < names.length) {
      report("article_elucidation_mixed", `${name()} mixes ayat with text outside an ayat`);
    }
  },
};

/**
 * What the drafting form requires but the schema tolerates: an empty BAB, a Pasal mixing ayat and
 * plain text, a Bagian beside loose Pasal, a lone ayat, a missing Menimbang or Mengingat, a second
 * Penutup … in document order. The editor shows these as warnings and Word import lists them;
 * nothing is ever deleted for breaking one.
 */
export function checkRegulationForm(
  doc: ProseMirrorNode,
  numbering: RegulationNumbering = numberRegulation(doc),
): FormProblem[] {
  const problems: FormProblem[] = [];
  // Positions are "just before the node"; the document itself sits at -1 so its children's
  // positions come out right. Only its children are ever reported.
  const check = (node: ProseMirrorNode, pos: number) => {
    nodeChecks[node.type.name]?.({
      node,
      pos,
      name: () => citationAt(doc, pos + 1, numbering),
      childName: (offset) => citationAt(doc, pos + offset + 2, numbering),
      report: (rule, message, childOffset) => {
        const at = childOffset === undefined ? pos : pos + 1 + childOffset;
        const id = doc.nodeAt(at)?.attrs.id;
        const locator = locatorAt(doc, at + 1, numbering);
        problems.push({ rule, id: typeof id === "string" ? id : null, pos: at, locator, message });
      },
    });
  };
  check(doc, -1);
  doc.descendants((node, pos) => {
    check(node, pos);
    return !node.isTextblock;
  });
  return problems.sort((a, b) => a.pos - b.pos);
}
