import type {
  Disposition,
  ModerationReason,
  PublicComment,
  PublicRecord,
  PublicRound,
} from "../../../shared/schemas/index.ts";
import { escapeHtml } from "../regulation/printPage.ts";
import { PRINT_STYLES } from "../regulation/printStyles.ts";
import { type ArticleSection, articleSections, sectionOf } from "./articleSections.ts";

/** The printed words of each disposition, in the language of the drafting. */
const DISPOSITION_LABELS: Record<Disposition, string> = {
  accepted: "Diterima",
  partly_accepted: "Diterima sebagian",
  not_accepted: "Tidak diterima",
  noted: "Dicatat",
};

/** Why a moderator hid a comment, in the words the public record's readers see elsewhere. */
const MODERATION_REASON_LABELS: Record<ModerationReason, string> = {
  abuse: "kasar atau mengancam",
  personal_data: "data pribadi",
  spam: "spam atau iklan",
  off_topic: "tidak terkait rancangan ini",
};

/** The regulation's print styles, turned to a landscape table. */
const DIM_STYLES = `${PRINT_STYLES}
@page { size: 330mm 215mm; margin: 15mm; }
body { font-size: 10pt; }
main { max-width: none; padding: 0; }
h1.title { margin-bottom: 0.3em; }
p.meta { text-align: center; margin-bottom: 1em; }
table.dim { width: 100%; border-collapse: collapse; }
table.dim th, table.dim td { border: 1px solid #000; padding: 3pt 4pt; vertical-align: top; text-align: left; }
table.dim th { background: #e8e8e8; font-weight: bold; }
table.dim thead { display: table-header-group; }
table.dim tr { break-inside: avoid; }
td.num { width: 2.5em; text-align: right; }
td.label { min-width: 4.5em; }
td.wording { min-width: 16em; }
td.wording p { text-align: left; }
td.wording .numbered { grid-template-columns: 1.8em 1fr; }
.plain { white-space: pre-wrap; }
.proposed { margin-top: 0.3em; font-style: italic; }
.none { color: #444; font-style: italic; }
p.seal { margin-top: 1em; font-size: 8pt; word-break: break-all; text-align: left; }
p.broken { border: 3px solid #d4351c; padding: 0.5em; font-weight: bold; }
@media screen { main { padding: 10mm 12mm; margin: 1em; } }
`;

const lines = (text: string) => escapeHtml(text).replace(/\n/g, "<br>");

/** "11 April 2026", in the round's time zone (Jakarta if the record names none it knows). */
function longDate(iso: string, timeZone: string): string {
  const format = (zone: string) =>
    new Intl.DateTimeFormat("id-ID", { dateStyle: "long", timeZone: zone }).format(new Date(iso));
  try {
    return format(timeZone);
  } catch {
    return format("Asia/Jakarta");
  }
}

/** What a moderator did to a comment, why and when: what stands in place of its words. */
function tombstone(c: PublicComment, timeZone: string): string {
  const done = c.status === "erased" ? "Dihapus oleh moderator" : "Disembunyikan oleh moderator";
  if (!c.moderation) return `<span class="none">${done}.</span>`;
  const { reason, note, moderator, at } = c.moderation;
  const why = `${done} — alasan: ${MODERATION_REASON_LABELS[reason]}, ${escapeHtml(longDate(at, timeZone))}.`;
  const noted = note
    ? `<div class="none">Catatan moderator (${escapeHtml(moderator.name)}): ${lines(note)}</div>`
    : "";
  return `<span class="none">${why}</span>${noted}`;
}

/** What a comment said, or its tombstone when a moderator hid or erased it. */
function commentCell(c: PublicComment, timeZone: string): string {
  if (c.status !== "visible" || c.body === null) return tombstone(c, timeZone);
  const proposed =
    c.proposedText !== null
      ? `<div class="proposed">Usulan rumusan: “${lines(c.proposedText)}”</div>`
      : "";
  return `${lines(c.body)}${proposed}`;
}

function authorCell(c: PublicComment): string {
  const organisation = c.author.organisation ? `<br>${escapeHtml(c.author.organisation.name)}` : "";
  return `${escapeHtml(c.author.name)}${organisation}`;
}

/**
 * The official disposition and its explanation. A comment hidden before anyone answered it
 * needs no answer (as the statistics count it), so only a visible one is "not yet answered".
 */
function answerCells(c: PublicComment): string {
  if (!c.answer && c.status !== "visible") {
    const why = c.status === "erased" ? "dihapus" : "disembunyikan";
    return `<td>—</td><td><span class="none">Tidak ditanggapi karena ${why} oleh moderator.</span></td>`;
  }
  if (!c.answer) return `<td><span class="none">Belum ditanggapi</span></td><td></td>`;
  return `<td>${DISPOSITION_LABELS[c.answer.disposition]}</td><td>${lines(c.answer.explanation)}</td>`;
}

/** Top-level comments of a round, grouped by the section of the version they are on, in text order. */
function groupBySection(record: PublicRecord, round: PublicRound) {
  const { version, comments } = round.record;
  const sections = articleSections(version, record.document.form);
  const groups = new Map<string, { section: ArticleSection; comments: PublicComment[] }>();
  for (const c of comments) {
    if (c.parentId !== null || !c.anchor) continue;
    const section = sectionOf(sections, version.text, c.anchor, c.locator);
    const key = `${section.from}:${section.to}`;
    const group = groups.get(key) ?? { section, comments: [] };
    group.comments.push(c);
    groups.set(key, group);
  }
  return [...groups.values()].sort((a, b) => a.section.from - b.section.from);
}

/**
 * A round's response table as a Daftar Inventarisasi Masalah: per article, its text in the
 * round's version, then each comment or suggestion on it, who made it, the official
 * disposition and its explanation. A print-styled page (landscape F4) without scripts, that
 * prints cleanly to PDF; everything people wrote is escaped. The title is the one the round's
 * record seals; when the record no longer matches its last seal (`sealHolds` false) the page
 * says so at the top, so that an altered record is never shown as if it were sealed.
 */
export function renderDimPage(
  record: PublicRecord,
  round: PublicRound,
  sealHolds: boolean | null = null,
): string {
  const { record: r } = round;
  const rows: string[] = [];
  let n = 0;
  for (const { section, comments } of groupBySection(record, round)) {
    comments.forEach((c, i) => {
      n += 1;
      const head =
        i === 0
          ? `<td rowspan="${comments.length}" class="label"><strong>${escapeHtml(section.label)}</strong></td><td rowspan="${comments.length}" class="wording">${section.html}</td>`
          : "";
      const where =
        c.locator && c.locator !== section.label
          ? `<div class="none">${escapeHtml(c.locator)}</div>`
          : "";
      rows.push(
        `<tr><td class="num">${n}</td>${head}<td>${where}${commentCell(c, r.timeZone)}</td><td>${authorCell(c)}</td>${answerCells(c)}</tr>`,
      );
    });
  }
  const title = `Daftar Inventarisasi Masalah — ${r.document.title}`;
  const lastSeal = round.seals.at(-1);
  const body = rows.length
    ? rows.join("\n")
    : `<tr><td colspan="7" class="none">Tidak ada masukan pada putaran ini.</td></tr>`;
  return `<!doctype html>
<html lang="id">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)} (putaran ${r.number})</title>
<style>${DIM_STYLES}</style>
</head>
<body>
<main>
${sealHolds === false ? `<p class="broken" role="alert">PERINGATAN: isi halaman ini tidak cocok dengan segel terakhirnya; catatan telah diubah sejak disegel.</p>` : ""}
<h1 class="title">DAFTAR INVENTARISASI MASALAH<br>${escapeHtml(r.document.title)}</h1>
<p class="meta">Putaran konsultasi ${r.number}: ${escapeHtml(r.title)} · versi ${r.version.number} · ${escapeHtml(r.opensAt.slice(0, 10))} s.d. ${escapeHtml((r.closedAt ?? r.closesAt).slice(0, 10))}</p>
<table class="dim">
<thead><tr><th>No.</th><th>Pasal</th><th>Rumusan dalam rancangan</th><th>Masukan / usulan</th><th>Dari</th><th>Tanggapan</th><th>Penjelasan</th></tr></thead>
<tbody>
${body}
</tbody>
</table>
${r.conclusion ? `<h2 class="marker">Kesimpulan</h2><p>${lines(r.conclusion)}</p>` : ""}
<p class="seal">${lastSeal ? `Segel ${lastSeal.seq} (${escapeHtml(lastSeal.stage)}, ${escapeHtml(lastSeal.at)}): SHA-256 ${escapeHtml(lastSeal.hash)}` : "Putaran ini belum disegel."}</p>
</main>
</body>
</html>`;
}
