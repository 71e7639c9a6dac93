import type { JSONContent } from "@tiptap/core";
import { REGULATION_NODE as N } from "../../../shared/editor/nodeNames.ts";
import { newUnitId } from "../../../shared/editor/unitId.ts";
import type { RegulationTemplate } from "../../../shared/schemas/index.ts";

/** What differs between the kinds of regulation a draft can start as. */
interface TemplateWording {
  title: string;
  enactedName: string;
  legalBasis: string;
  closing: string;
}

const WORDING: Record<RegulationTemplate, TemplateWording> = {
  perda: {
    title: "RANCANGAN PERATURAN DAERAH KABUPATEN … NOMOR … TAHUN … TENTANG …",
    enactedName: "PERATURAN DAERAH TENTANG …",
    legalBasis: "Pasal 18 ayat (6) Undang-Undang Dasar Negara Republik Indonesia Tahun 1945;",
    closing:
      "Agar setiap orang mengetahuinya, memerintahkan pengundangan Peraturan Daerah ini dengan penempatannya dalam Lembaran Daerah Kabupaten ….",
  },
  permen: {
    title: "RANCANGAN PERATURAN MENTERI … NOMOR … TAHUN … TENTANG …",
    enactedName: "PERATURAN MENTERI … TENTANG …",
    legalBasis: "Pasal 17 ayat (3) Undang-Undang Dasar Negara Republik Indonesia Tahun 1945;",
    closing:
      "Agar setiap orang mengetahuinya, memerintahkan pengundangan Peraturan Menteri ini dengan penempatannya dalam Berita Negara Republik Indonesia.",
  },
  pp: {
    title: "RANCANGAN PERATURAN PEMERINTAH REPUBLIK INDONESIA NOMOR … TAHUN … TENTANG …",
    enactedName: "PERATURAN PEMERINTAH TENTANG …",
    legalBasis: "Pasal 5 ayat (2) Undang-Undang Dasar Negara Republik Indonesia Tahun 1945;",
    closing:
      "Agar setiap orang mengetahuinya, memerintahkan pengundangan Peraturan Pemerintah ini dengan penempatannya dalam Lembaran Negara Republik Indonesia.",
  },
  uu: {
    title: "RANCANGAN UNDANG-UNDANG REPUBLIK INDONESIA NOMOR … TAHUN … TENTANG …",
    enactedName: "UNDANG-UNDANG TENTANG …",
    legalBasis:
      "Pasal 5 ayat (1), Pasal 20, dan Pasal 21 Undang-Undang Dasar Negara Republik Indonesia Tahun 1945;",
    closing:
      "Agar setiap orang mengetahuinya, memerintahkan pengundangan Undang-Undang ini dengan penempatannya dalam Lembaran Negara Republik Indonesia.",
  },
};

const text = (value: string): JSONContent[] => [{ type: "text", text: value }];
const paragraph = (value: string): JSONContent => ({ type: "paragraph", content: text(value) });
const unit = (type: string, content: JSONContent[]): JSONContent => ({
  type,
  attrs: { id: newUnitId() },
  content,
});

/**
 * The skeleton a new structured draft starts from: title, Menimbang and Mengingat,
 * Menetapkan, two chapters (KETENTUAN UMUM and KETENTUAN PENUTUP) with one Pasal each,
 * and the closing. Numbers are not written: they are computed.
 */
export function buildRegulationTemplate(kind: RegulationTemplate): JSONContent {
  const w = WORDING[kind];
  return {
    type: N.doc,
    content: [
      { type: N.regulationTitle, content: text(w.title) },
      {
        type: N.preamble,
        content: [
          {
            type: N.considerations,
            content: [unit(N.consideration, [paragraph("bahwa …;")])],
          },
          { type: N.legalBases, content: [unit(N.legalBasis, [paragraph(w.legalBasis)])] },
          { type: N.enactment, content: [{ type: N.enactedName, content: text(w.enactedName) }] },
        ],
      },
      {
        type: N.body,
        content: [
          unit(N.chapter, [
            { type: N.unitTitle, content: text("KETENTUAN UMUM") },
            unit(N.article, [paragraph("Dalam … ini yang dimaksud dengan: …")]),
          ]),
          unit(N.chapter, [
            { type: N.unitTitle, content: text("KETENTUAN PENUTUP") },
            unit(N.article, [paragraph("… ini mulai berlaku pada tanggal diundangkan.")]),
          ]),
        ],
      },
      { type: N.closing, content: [paragraph(w.closing)] },
    ],
  };
}
