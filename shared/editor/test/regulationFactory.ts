import type { JSONContent } from "@tiptap/core";
import { REGULATION_NODE as N, type PointListKind } from "../nodeNames.ts";
import { ARTICLE_REFERENCE } from "../articleReference.ts";

/** Text or an inline node (a reference) inside a paragraph. */
type Inline = string | JSONContent;

/** A paragraph of text and references. */
export function paragraph(...parts: Inline[]): JSONContent {
  const content = parts.map((part) =>
    typeof part === "string" ? { type: "text", text: part } : part,
  );
  return content.length > 0 ? { type: "paragraph", content } : { type: "paragraph" };
}

const unit = (type: string, id: string, content: JSONContent[], attrs = {}): JSONContent => ({
  type,
  attrs: { id, ...attrs },
  content,
});
const asBlock = (child: Inline | JSONContent): JSONContent =>
  typeof child === "string" ? paragraph(child) : child;
const title = (text: string): JSONContent => ({
  type: N.unitTitle,
  content: text === "" ? [] : [{ type: "text", text }],
});

/** A reference to the provision with this id. */
export const reference = (targetId: string): JSONContent => ({
  type: ARTICLE_REFERENCE,
  attrs: { targetId },
});
/** BAB with its title and Bagian or Pasal. */
export const chapter = (id: string, name: string, ...children: JSONContent[]) =>
  unit(N.chapter, id, [title(name), ...children]);
/** Bagian with its title and Paragraf or Pasal. */
export const part = (id: string, name: string, ...children: JSONContent[]) =>
  unit(N.part, id, [title(name), ...children]);
/** Paragraf with its title and Pasal. */
export const subpart = (id: string, name: string, ...children: JSONContent[]) =>
  unit(N.subpart, id, [title(name), ...children]);
/** Pasal: ayat, or sentences (strings) and rincian. */
export const article = (id: string, ...children: Array<string | JSONContent>) =>
  unit(N.article, id, children.map(asBlock));
/** Ayat: a sentence, then more sentences or rincian. */
export const clause = (id: string, ...children: Array<string | JSONContent>) =>
  unit(N.clause, id, children.map(asBlock));
/** A rincian list of huruf ("letter") or angka ("number") items. */
export const points = (id: string, kind: PointListKind, ...items: JSONContent[]) =>
  unit(N.pointList, id, items, { kind });
/** One huruf/angka item. */
export const point = (id: string, ...children: Array<string | JSONContent>) =>
  unit(N.point, id, children.map(asBlock));

/** The body of the test Perda: four BAB, eight Pasal, with Bagian, Paragraf, ayat and rincian. */
export function perdaBody(): JSONContent {
  return unit(N.body, "batang-tubuh", [
    chapter(
      "bab-ketentuan-umum",
      "KETENTUAN UMUM",
      article(
        "pasal-definisi",
        "Dalam Peraturan Daerah ini yang dimaksud dengan:",
        points(
          "rincian-definisi",
          "number",
          point("definisi-daerah", "Daerah adalah Kabupaten Sleman."),
          point("definisi-bupati", "Bupati adalah Bupati Sleman."),
          point("definisi-sampah", "Sampah adalah sisa kegiatan sehari-hari manusia."),
        ),
      ),
      article(
        "pasal-asas",
        clause(
          "ayat-asas",
          "Pengelolaan sampah diselenggarakan berdasarkan asas:",
          points(
            "rincian-asas",
            "letter",
            point("asas-tanggung-jawab", "tanggung jawab;"),
            point("asas-keberlanjutan", "keberlanjutan; dan"),
            point("asas-manfaat", "manfaat."),
          ),
        ),
        clause("ayat-tujuan", "Pengelolaan sampah bertujuan meningkatkan kesehatan masyarakat."),
      ),
    ),
    chapter(
      "bab-hak-kewajiban",
      "HAK DAN KEWAJIBAN",
      part(
        "bagian-hak",
        "Hak",
        article("pasal-hak", "Setiap orang berhak mendapatkan pelayanan pengelolaan sampah."),
      ),
      part(
        "bagian-kewajiban",
        "Kewajiban",
        subpart(
          "paragraf-kewajiban-orang",
          "Kewajiban Setiap Orang",
          article(
            "pasal-kewajiban-orang",
            clause("ayat-memilah", "Setiap orang wajib memilah sampah rumah tangga."),
            clause(
              "ayat-memilah-cara",
              paragraph("Pemilahan sebagaimana dimaksud pada ", reference("ayat-memilah"), ":"),
              points(
                "rincian-cara",
                "letter",
                point("cara-organik", "sampah organik;"),
                point(
                  "cara-anorganik",
                  "sampah anorganik, terdiri atas:",
                  points(
                    "rincian-anorganik",
                    "number",
                    point("anorganik-plastik", "plastik; dan"),
                    point(
                      "anorganik-logam",
                      "logam, berupa:",
                      points(
                        "rincian-logam",
                        "letter",
                        point("logam-besi", "besi; dan"),
                        point("logam-aluminium", "aluminium."),
                      ),
                    ),
                  ),
                ),
              ),
            ),
          ),
        ),
        subpart(
          "paragraf-kewajiban-kawasan",
          "Kewajiban Pengelola Kawasan",
          article(
            "pasal-kawasan",
            paragraph(
              "Pengelola kawasan yang lalai dikenai sanksi menurut ",
              reference("pasal-sanksi"),
              ".",
            ),
          ),
        ),
      ),
    ),
    chapter(
      "bab-penyelenggaraan",
      "PENYELENGGARAAN",
      article(
        "pasal-penyelenggaraan",
        paragraph(
          "Pemerintah Daerah memfasilitasi kewajiban sebagaimana dimaksud dalam ",
          reference("ayat-memilah"),
          " dan ",
          reference("pasal-kawasan"),
          ".",
        ),
      ),
      article(
        "pasal-sanksi",
        paragraph("Pelanggaran ", reference("logam-besi"), " dikenai teguran."),
      ),
    ),
    chapter(
      "bab-penutup",
      "KETENTUAN PENUTUP",
      article("pasal-berlaku", "Peraturan Daerah ini mulai berlaku pada tanggal diundangkan."),
    ),
  ]);
}

/**
 * A realistic Peraturan Daerah (a fictional Perda Kabupaten Sleman on household waste) with every
 * part of the form: judul, pembukaan, batang tubuh, penutup and penjelasan.
 */
export function buildPerda(): JSONContent {
  const titleText =
    "PERATURAN DAERAH KABUPATEN SLEMAN NOMOR 3 TAHUN 2025 TENTANG PENGELOLAAN SAMPAH";
  return {
    type: N.doc,
    content: [
      {
        type: N.regulationTitle,
        attrs: { id: "judul" },
        content: [{ type: "text", text: titleText }],
      },
      unit(N.preamble, "pembukaan", [
        paragraph("DENGAN RAHMAT TUHAN YANG MAHA ESA"),
        paragraph("BUPATI SLEMAN,"),
        unit(N.considerations, "menimbang", [
          unit(N.consideration, "menimbang-lingkungan", [
            paragraph("bahwa lingkungan yang sehat …;"),
          ]),
          unit(N.consideration, "menimbang-volume", [
            paragraph("bahwa volume sampah meningkat …;"),
          ]),
          unit(N.consideration, "menimbang-perlu", [paragraph("bahwa berdasarkan … perlu …;")]),
        ]),
        unit(N.legalBases, "mengingat", [
          unit(N.legalBasis, "dasar-uud", [
            paragraph("Pasal 18 ayat (6) Undang-Undang Dasar 1945;"),
          ]),
          unit(N.legalBasis, "dasar-uu-sampah", [
            paragraph("Undang-Undang Nomor 18 Tahun 2008 …;"),
          ]),
        ]),
        unit(N.enactment, "diktum", [
          paragraph("Dengan Persetujuan Bersama DPRD KABUPATEN SLEMAN dan BUPATI SLEMAN"),
          unit(N.enactedName, "menetapkan", [
            { type: "text", text: "PERATURAN DAERAH TENTANG PENGELOLAAN SAMPAH." },
          ]),
        ]),
      ]),
      perdaBody(),
      unit(N.closing, "penutup", [paragraph("Agar setiap orang mengetahuinya, …")]),
      unit(N.elucidation, "penjelasan", [
        unit(N.generalElucidation, "penjelasan-umum", [paragraph("Sampah menjadi masalah …")]),
        unit(N.articleElucidation, "penjelasan-definisi", [paragraph("Cukup jelas.")], {
          targetId: "pasal-definisi",
        }),
        unit(
          N.articleElucidation,
          "penjelasan-kewajiban",
          [
            unit(N.clauseElucidation, "penjelasan-memilah", [paragraph("Cukup jelas.")], {
              targetId: "ayat-memilah",
            }),
          ],
          { targetId: "pasal-kewajiban-orang" },
        ),
        unit(
          N.articleElucidation,
          "penjelasan-sanksi",
          [paragraph("Teguran diberikan tertulis.")],
          {
            targetId: "pasal-sanksi",
          },
        ),
      ]),
    ],
  };
}

/** The test Perda with its body replaced by these BAB or Pasal. */
export function perdaWithBody(...children: JSONContent[]): JSONContent {
  const perda = buildPerda();
  perda.content = perda.content?.map((child) =>
    child.type === N.body ? { type: N.body, content: children } : child,
  );
  return perda;
}
