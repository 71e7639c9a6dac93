/**
 * Node names of the regulation structure (Lampiran II UU 12/2011), in one place so numbering,
 * locators and later the outline and Word import/export agree. English names; the Indonesian
 * drafting term is in the comment. "Paragraf" is `subpart` and "ayat" is `clause` because
 * "paragraph" is already ProseMirror's text block.
 */
export const REGULATION_NODE = {
  /** The whole regulation. */
  doc: "doc",
  /** Judul: "PERATURAN DAERAH KABUPATEN … NOMOR … TAHUN … TENTANG …". */
  regulationTitle: "regulationTitle",
  /** Pembukaan: opening lines, konsiderans, dasar hukum and diktum. */
  preamble: "preamble",
  /** Menimbang (konsiderans). */
  considerations: "considerations",
  /** One "bahwa …" consideration: a., b., c. */
  consideration: "consideration",
  /** Mengingat (dasar hukum). */
  legalBases: "legalBases",
  /** One legal basis: 1., 2., 3. */
  legalBasis: "legalBasis",
  /** Diktum: joint-approval formula, MEMUTUSKAN, Menetapkan. */
  enactment: "enactment",
  /** The name of the regulation after "Menetapkan :". */
  enactedName: "enactedName",
  /** Batang tubuh. */
  body: "body",
  /** BAB: Roman numeral and title. */
  chapter: "chapter",
  /** Bagian: "Bagian Kesatu" and title, within a BAB. */
  part: "part",
  /** Paragraf: "Paragraf 1" and title, within a Bagian. */
  subpart: "subpart",
  /** Title line of a BAB, Bagian or Paragraf. */
  unitTitle: "unitTitle",
  /** Pasal, numbered continuously through the whole regulation. */
  article: "article",
  /** Ayat: (1), (2) … within its Pasal. */
  clause: "clause",
  /** Rincian: a list of huruf (a., b.) or angka (1., 2.) items. */
  pointList: "pointList",
  /** One huruf or angka item. */
  point: "point",
  /** Penutup: promulgation formula, place and date, signatures. */
  closing: "closing",
  /** Penjelasan. */
  elucidation: "elucidation",
  /** I. UMUM. */
  generalElucidation: "generalElucidation",
  /** II. PASAL DEMI PASAL: the elucidation of one Pasal, headed by its current number. */
  articleElucidation: "articleElucidation",
  /** The elucidation of one ayat within an article elucidation: "Ayat (1) Cukup jelas." */
  clauseElucidation: "clauseElucidation",
} as const;

/** Kinds of rincian: huruf (a., b., c.) or angka (1., 2., 3.). */
export type PointListKind = "letter" | "number";
