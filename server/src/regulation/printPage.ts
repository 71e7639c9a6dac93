import type { JSONContent } from "@tiptap/core";
import type { Node as ProseMirrorNode } from "@tiptap/pm/model";
import { REGULATION_NODE as N } from "../../../shared/editor/nodeNames.ts";
import { numberRegulation, type RegulationNumbering } from "../../../shared/editor/numbering.ts";
import { ARTICLE_REFERENCE, referenceCitations } from "../../../shared/editor/references.ts";
import { getRegulationSchema } from "../../../shared/editor/regulationSchema.ts";
import { PRINT_STYLES } from "./printStyles.ts";

/** Escapes text for HTML: everything a drafter typed is shown as text, never as markup. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** Node types printed as a block with a class, and their element. */
const BLOCKS: Record<string, { tag: string; className: string; fixed?: string }> = {
  [N.regulationTitle]: { tag: "h1", className: "title" },
  [N.preamble]: { tag: "section", className: "preamble" },
  [N.considerations]: { tag: "div", className: "labelled", fixed: "Menimbang" },
  [N.legalBases]: { tag: "div", className: "labelled", fixed: "Mengingat" },
  [N.enactment]: { tag: "div", className: "enactment" },
  // The joint-approval lines come first, then MEMUTUSKAN, then what is enacted.
  [N.enactedName]: { tag: "p", className: "enacted" },
  [N.body]: { tag: "section", className: "body" },
  [N.chapter]: { tag: "section", className: "chapter" },
  [N.part]: { tag: "section", className: "part" },
  [N.subpart]: { tag: "section", className: "subpart" },
  [N.unitTitle]: { tag: "h3", className: "unit-title" },
  [N.article]: { tag: "section", className: "article" },
  [N.closing]: { tag: "section", className: "closing" },
  [N.elucidation]: { tag: "section", className: "elucidation", fixed: "PENJELASAN" },
  [N.generalElucidation]: { tag: "section", className: "general", fixed: "I. UMUM" },
};

/** A frozen version being printed: named in the page's heading so a printout says what it is. */
export interface PrintedVersion {
  number: number;
  title: string;
  /** When it was frozen (ISO 8601). */
  frozenAt: string;
}

/** "12 Maret 2025 pukul 14.30 WIB": the page is Indonesian, its readers work in Jakarta time. */
function frozenDate(iso: string): string {
  const formatted = new Intl.DateTimeFormat("id-ID", {
    dateStyle: "long",
    timeStyle: "short",
    timeZone: "Asia/Jakarta",
  }).format(new Date(iso));
  return `${formatted} WIB`;
}

/** The heading above a frozen version's text: its number, title and when it was frozen. */
function versionHeading(version: PrintedVersion): string {
  return `<header class="version-heading"><p><strong>Versi ${version.number}</strong>: ${escapeHtml(version.title)}</p><p>Dibekukan pada ${escapeHtml(frozenDate(version.frozenAt))}</p></header>`;
}

/** What rendering a unit needs besides the unit: the computed numbers and the references' text. */
export interface UnitRendering {
  numbering: RegulationNumbering;
  /** The text of each article reference, by its position. */
  citations: Map<number, string | null>;
}

/** Numbers a regulation and resolves its references once, for rendering any of its units. */
export function unitRendering(
  doc: ProseMirrorNode,
  numbering: RegulationNumbering = numberRegulation(doc),
): UnitRendering {
  return {
    numbering,
    citations: new Map(referenceCitations(doc, numbering).map((c) => [c.pos, c.text])),
  };
}

/**
 * A node of a regulation (at `pos`, the position just before it) as HTML in the standard print
 * layout: its computed number (BAB, Pasal, "(1)", "a.") before it, ayat and rincian hanging,
 * references cited by their current numbers. Everything a drafter typed is escaped. Shared by the
 * print page and every other page that shows a regulation's wording (the response table).
 */
export function renderUnitHtml(
  node: ProseMirrorNode,
  pos: number,
  rendering: UnitRendering,
): string {
  if (node.isText) return escapeHtml(node.text ?? "");
  if (node.type.name === ARTICLE_REFERENCE) {
    const text = rendering.citations.get(pos);
    return text ? escapeHtml(text) : `<mark>[rujukan hilang]</mark>`;
  }
  if (node.type.name === "hardBreak") return "<br>";
  const inner = renderUnitContentHtml(node, pos, rendering);
  const unit = rendering.numbering.byPos.get(pos);
  const block = BLOCKS[node.type.name];
  if (node.type.name === "paragraph") return `<p>${inner}</p>`;
  if (node.type.name === N.enactedName) {
    return `<p class="fixed">MEMUTUSKAN:</p><div class="numbered"><span class="num">Menetapkan</span><div>: <strong>${inner}</strong></div></div>`;
  }
  if (unit && HEADED_UNITS.has(node.type.name)) {
    const heading = `<h2 class="marker">${escapeHtml(unit.marker)}</h2>`;
    return `<section class="${block?.className ?? ""}">${heading}${inner}</section>`;
  }
  if (unit) {
    return `<div class="numbered ${node.type.name}"><span class="num">${escapeHtml(unit.marker)}</span><div>${inner}</div></div>`;
  }
  if (!block) return `<div class="${node.type.name}">${inner}</div>`;
  const fixed = block.fixed
    ? `<p class="fixed">${escapeHtml(block.fixed)}${block.className === "labelled" ? " :" : ""}</p>`
    : "";
  return `<${block.tag} class="${block.className}">${fixed}${inner}</${block.tag}>`;
}

/**
 * What a node holds, rendered as {@link renderUnitHtml} renders it but without the node's own
 * heading: a Pasal's ayat and rincian without "Pasal 5" above them.
 */
export function renderUnitContentHtml(
  node: ProseMirrorNode,
  pos: number,
  rendering: UnitRendering,
): string {
  const children: string[] = [];
  node.forEach((child, offset) => {
    children.push(renderUnitHtml(child, pos + 1 + offset, rendering));
  });
  return children.join("");
}

/** Units printed under a centred heading of their own (BAB, Bagian, Paragraf, Pasal). */
const HEADED_UNITS = new Set<string>([N.chapter, N.part, N.subpart, N.article]);

/**
 * A structured draft (the live one, or a frozen `version` of it) as a print-styled HTML page
 * in the standard layout (centred chapter headings and article numbers, hanging ayat and list
 * indentation) that prints cleanly to PDF from any browser. Numbers and
 * references come from the computed numbering.
 */
export function renderPrintPage(
  title: string,
  json: JSONContent,
  version?: PrintedVersion,
): string {
  const doc = getRegulationSchema().nodeFromJSON(json);
  const rendering = unitRendering(doc);

  const content: string[] = [];
  doc.forEach((child, offset) => {
    content.push(renderUnitHtml(child, offset, rendering));
  });
  return `<!doctype html>
<html lang="id">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(version ? `Versi ${version.number} — ${title}` : title)}</title>
<style>${PRINT_STYLES}</style>
</head>
<body>
<main>${version ? versionHeading(version) : ""}${content.join("\n")}</main>
</body>
</html>`;
}
