import { describe, expect, it } from "vitest";
import { getRegulationSchema } from "../../../shared/editor/regulationSchema.ts";
import { buildPerda } from "../../../shared/editor/test/regulationFactory.ts";
import {
  buildAnswer,
  buildAuthorship,
  buildPublicComment,
  buildSealedRecord,
} from "../../../shared/record/test/publicRecordFactory.ts";
import type { ProseMirrorJson, PublicRecord } from "../../../shared/schemas/index.ts";
import { renderAtomFeed } from "./atomFeed.ts";
import { csvCell, renderCommentsCsv } from "./commentsCsv.ts";
import { renderDimPage } from "./dimPage.ts";

/** Splits RFC 4180 text into rows of cells (quoted cells may hold commas, quotes and line breaks). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted && c === '"' && text[i + 1] === '"') {
      cell += '"';
      i++;
    } else if (c === '"') {
      quoted = !quoted;
    } else if (!quoted && c === ",") {
      row.push(cell);
      cell = "";
    } else if (!quoted && c === "\r" && text[i + 1] === "\n") {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = "";
      i++;
    } else {
      cell += c;
    }
  }
  return rows;
}

describe("comments.csv", () => {
  it("has a BOM, CRLF rows, one row per comment and reply with its answer", async () => {
    const csv = renderCommentsCsv(await buildSealedRecord());
    expect(csv.startsWith("\uFEFF")).toBe(true);
    const [header, ...rows] = parseCsv(csv.slice(1));
    expect(rows).toHaveLength(4);
    const column = (name: string) => header?.indexOf(name) ?? -1;
    const first = rows[0] ?? [];
    expect(first[column("disposition")]).toBe("not_accepted");
    expect(first[column("explanation")]).toBe("Kewenangan Wali Kota.");
    expect(first[column("organisation")]).toBe("LSM Tata Kota");
    expect(rows[2]?.[column("parent_id")]).toBe("c-1");
    // The hidden comment keeps its row, without words.
    expect(rows[3]?.[column("status")]).toBe("hidden");
    expect(rows[3]?.[column("body")]).toBe("");
  });

  it("quotes commas, quotes and line breaks, and defuses spreadsheet formulas", async () => {
    const record = await buildSealedRecord();
    const comment = record.rounds[0]?.record.comments[0];
    if (!comment) throw new Error("no comment");
    comment.body = '=HYPERLINK("http://x","klik"), lalu\r\nbaris dua';
    comment.author = buildAuthorship({ name: "@Rina", interests: "-" });
    const [, row] = parseCsv(renderCommentsCsv(record).slice(1));
    expect(row).toContain(`'=HYPERLINK("http://x","klik"), lalu\r\nbaris dua`);
    expect(row).toContain("'@Rina");
    expect(row).toContain("'-");
    expect(csvCell("+62 812")).toBe(`"'+62 812"`);
    expect(csvCell(-3)).toBe('"-3"');
  });
});

/** The sealed record's first round turned into a structured Perda, with one comment on `quote`. */
async function buildRegulationRecord(quote: string): Promise<PublicRecord> {
  const record = await buildSealedRecord();
  const round = record.rounds[0];
  if (!round) throw new Error("no round");
  const content = buildPerda();
  const doc = getRegulationSchema().nodeFromJSON(content);
  const text = doc.textBetween(0, doc.content.size, "\n");
  record.document.form = "regulation";
  round.record.version = { ...round.record.version, text, content: content as ProseMirrorJson };
  const from = text.indexOf(quote);
  round.record.comments = [
    buildPublicComment({
      anchor: { from, to: from + quote.length, quote },
      locator: "BAB I, Pasal 2 ayat (1) huruf a",
      answer: buildAnswer("noted", "Dicatat."),
    }),
  ];
  return record;
}

/** The cells of the table's body rows, by row. */
function bodyCells(html: string): string[][] {
  const tbody = html.slice(html.indexOf("<tbody>"), html.indexOf("</tbody>"));
  return [...tbody.matchAll(/<tr>([\s\S]*?)<\/tr>/g)].map((row) =>
    [...(row[1] ?? "").matchAll(/<td[^>]*>([\s\S]*?)<\/td>/g)].map((cell) => cell[1] ?? ""),
  );
}

describe("the DIM page", () => {
  it("lists each commented paragraph once with its comments, who made them and the answers", async () => {
    const record = await buildSealedRecord();
    const round = record.rounds[0];
    if (!round) throw new Error("no round");
    const html = renderDimPage(record, round);
    expect(html).toContain("DAFTAR INVENTARISASI MASALAH");
    expect(html).toContain("Tarif parkir ditetapkan oleh Wali Kota.");
    expect(html).toContain("Tidak diterima</td><td>Kewenangan Wali Kota.");
    expect(html).toContain("Diterima</td>");
    expect(html).toContain("Rina Wulandari<br>LSM Tata Kota");
    expect(html).toContain("Usulan rumusan: “kas umum daerah”");
    // Replies are not rows of the table.
    expect(html).not.toContain("Setuju dengan usul ini.");
    expect(html).toContain(round.seals.at(-1)?.hash);
    expect(html).not.toMatch(/<script/i);
  });

  it("escapes everything people wrote and shows a hidden comment's tombstone", async () => {
    const record = await buildSealedRecord();
    const round = record.rounds[1];
    if (!round) throw new Error("no round");
    round.record.comments.push(
      buildPublicComment({
        id: "c-9",
        body: "<script>alert(1)</script>",
        author: buildAuthorship({ name: '<img src=x onerror="x">' }),
      }),
    );
    const html = renderDimPage(record, round);
    expect(html).not.toContain("<script>");
    expect(html).not.toContain("<img");
    expect(html).toContain("&#60;script&#62;alert(1)&#60;/script&#62;");
    expect(html).toContain("Disembunyikan oleh moderator — alasan: spam atau iklan");
  });

  it("shows a Pasal's wording with its computed ayat numbers and rincian letters", async () => {
    const record = await buildRegulationRecord("tanggung jawab;");
    const round = record.rounds[0];
    if (!round) throw new Error("no round");
    const [row] = bodyCells(renderDimPage(record, round));
    const [, label = "", wording = ""] = row ?? [];
    expect(label).toContain("Pasal 2");
    // The numbers are computed, never stored in the text: they come from the structure.
    expect(round.record.version.text).not.toContain("(1)");
    expect(wording).toMatch(
      /<span class="num">\(1\)<\/span><div><p>Pengelolaan sampah diselenggarakan/,
    );
    expect(wording).toContain('<span class="num">a.</span><div><p>tanggung jawab;</p>');
    expect(wording).toContain('<span class="num">c.</span><div><p>manfaat.</p>');
    expect(wording).toContain('<span class="num">(2)</span>');
    // Pasal 2's own heading is the label's, and no other Pasal is in its cell.
    expect(wording).not.toContain("Pasal 2");
    expect(wording).not.toContain("Daerah adalah Kabupaten Sleman.");
  });

  it("escapes what a drafter wrote in a structured Perda's wording", async () => {
    const record = await buildRegulationRecord("tanggung jawab;");
    const round = record.rounds[0];
    if (!round) throw new Error("no round");
    const json = JSON.stringify(round.record.version.content).replace(
      "tanggung jawab;",
      '<img src=x onerror=\\"alert(1)\\">tanggung jawab;',
    );
    round.record.version.content = JSON.parse(json);
    const html = renderDimPage(record, round);
    expect(html).not.toContain("<img");
    expect(html).toContain("&#60;img src=x onerror=&#34;alert(1)&#34;&#62;tanggung jawab;");
  });

  it("shows a hidden comment as its tombstone, not as unanswered", async () => {
    const record = await buildSealedRecord();
    const round = record.rounds[1];
    if (!round) throw new Error("no round");
    const rows = bodyCells(renderDimPage(record, round));
    expect(rows).toHaveLength(1);
    const [, , , comment = "", from = "", disposition = "", explanation = ""] = rows[0] ?? [];
    expect(comment).toContain(
      "Disembunyikan oleh moderator — alasan: spam atau iklan, 11 April 2026.",
    );
    expect(comment).toContain("Catatan moderator (Admin): Iklan.");
    expect(from).toContain("Rina Wulandari");
    expect(disposition).toBe("—");
    expect(explanation).toContain("Tidak ditanggapi karena disembunyikan oleh moderator.");
    expect(rows[0]?.join("")).not.toContain("Belum ditanggapi");
  });

  it("says 'not yet answered' only of visible comments, and keeps a hidden comment's answer", async () => {
    const record = await buildSealedRecord();
    const round = record.rounds[1];
    if (!round) throw new Error("no round");
    const hidden = round.record.comments[0];
    if (!hidden?.moderation) throw new Error("no hidden comment");
    round.record.comments.push(
      buildPublicComment({ id: "c-4", body: "Belum dijawab." }),
      buildPublicComment({
        id: "c-5",
        status: "erased",
        body: null,
        moderation: { ...hidden.moderation, reason: "personal_data", note: "<b>NIK</b> disebut." },
      }),
      buildPublicComment({
        id: "c-6",
        status: "hidden",
        body: null,
        moderation: { ...hidden.moderation, reason: "off_topic" },
        answer: buildAnswer("noted", "Dijawab sebelum disembunyikan."),
      }),
    );
    const html = renderDimPage(record, round);
    const rows = bodyCells(html).map((cells) => cells.join("|"));
    expect(html.match(/Belum ditanggapi/g)).toHaveLength(1);
    expect(rows.find((row) => row.includes("Belum dijawab."))).toContain("Belum ditanggapi");
    const erased = rows.find((row) => row.includes("Dihapus oleh moderator"));
    expect(erased).toContain("alasan: data pribadi");
    expect(erased).toContain("Tidak ditanggapi karena dihapus oleh moderator.");
    expect(erased).toContain("&#60;b&#62;NIK&#60;/b&#62; disebut.");
    const answered = rows.find((row) => row.includes("tidak terkait rancangan ini"));
    expect(answered).toContain("Dicatat|Dijawab sebelum disembunyikan.");
    expect(html).not.toContain("<b>");
  });
});

describe("the Atom feed", () => {
  it("is an Atom 1.0 feed with escaped titles, newest change first", () => {
    const entry = {
      documentId: "perda-parkir",
      documentTitle: 'Perda <Parkir> & "Pasar"',
      governmentBody: "Pemkot",
      round: 1,
      roundTitle: "Versi 1",
      summary: "Ringkasan\u0001 perubahan",
      status: "open" as const,
      opensAt: "2026-03-01T00:00:00.000Z",
      closesAt: "2026-03-15T00:00:00.000Z",
      updatedAt: "2026-03-01T00:00:00.000Z",
    };
    const xml = renderAtomFeed(
      [entry, { ...entry, documentId: "lain", round: 2, updatedAt: "2026-04-01T00:00:00.000Z" }],
      "https://rembuk.example.id",
      new Date("2026-05-01T00:00:00Z"),
    );
    expect(xml).toMatch(
      /^<\?xml version="1.0" encoding="utf-8"\?>\n<feed xmlns="http:\/\/www.w3.org\/2005\/Atom">/,
    );
    expect(xml).toContain("<updated>2026-04-01T00:00:00.000Z</updated>");
    expect(xml).toContain(
      "Perda &#60;Parkir&#62; &#38; &#34;Pasar&#34;: Versi 1 (round 1) — Pemkot",
    );
    expect(xml).not.toContain("\u0001");
    expect(xml.indexOf("/lain/record#round-2")).toBeLessThan(
      xml.indexOf("/perda-parkir/record#round-1"),
    );
    expect(xml.match(/<entry>/g)).toHaveLength(2);
  });
});
