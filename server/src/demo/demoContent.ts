import type { JSONContent } from "@tiptap/core";
import { REGULATION_NODE as N, type PointListKind } from "../../../shared/editor/nodeNames.ts";
import { paragraphOf, textContent, unitOf } from "../regulation/regulationJson.ts";

/**
 * The demo's draft regulation: a fictional *Rancangan Peraturan Daerah Kota Sukamaju tentang
 * Penyelenggaraan Pelayanan Publik*, written as Indonesian drafting writes one (Lampiran II UU
 * 12/2011): judul, Menimbang a–c, Mengingat 1–4, six BAB with thirteen Pasal, Penutup and
 * Penjelasan. Numbers are not written: the editor computes them.
 */

/** The draft's title as the document list shows it. */
export const DEMO_TITLE =
  "Rancangan Peraturan Daerah Kota Sukamaju tentang Penyelenggaraan Pelayanan Publik";

type Block = string | JSONContent;
const block = (child: Block): JSONContent =>
  typeof child === "string" ? paragraphOf(child) : child;
const chapter = (title: string, ...articles: JSONContent[]) =>
  unitOf(N.chapter, [{ type: N.unitTitle, content: textContent(title) }, ...articles]);
const article = (...children: Block[]) => unitOf(N.article, children.map(block));
const clause = (...children: Block[]) => unitOf(N.clause, children.map(block));
const points = (kind: PointListKind, ...items: string[]) =>
  unitOf(
    N.pointList,
    items.map((item) => unitOf(N.point, [paragraphOf(item)])),
    { kind },
  );
const numbered = (type: string, ...items: string[]) =>
  items.map((item) => unitOf(type, [paragraphOf(item)]));
/** The elucidation of one Pasal: its own text, or one `[ayat, text]` pair per ayat. */
const elucidate = (target: JSONContent, ...children: Array<string | [JSONContent, string]>) =>
  unitOf(
    N.articleElucidation,
    children.map((child) =>
      typeof child === "string"
        ? paragraphOf(child)
        : unitOf(N.clauseElucidation, [paragraphOf(child[1])], { targetId: child[0].attrs?.id }),
    ),
    { targetId: target.attrs?.id },
  );

const LN = "Lembaran Negara Republik Indonesia";
const TLN = "Tambahan Lembaran Negara Republik Indonesia";

/** The pembukaan: opening lines, Menimbang, Mengingat and the diktum. */
function preamble(): JSONContent {
  return {
    type: N.preamble,
    content: [
      paragraphOf("DENGAN RAHMAT TUHAN YANG MAHA ESA"),
      paragraphOf("WALI KOTA SUKAMAJU,"),
      {
        type: N.considerations,
        content: numbered(
          N.consideration,
          "bahwa pelayanan publik yang berkualitas merupakan hak setiap warga negara dan penduduk serta kewajiban Pemerintah Daerah dalam rangka mewujudkan kesejahteraan masyarakat;",
          "bahwa penyelenggaraan pelayanan publik di Kota Sukamaju belum sepenuhnya memenuhi standar pelayanan, belum mudah diakses oleh seluruh lapisan masyarakat, dan belum memberikan kepastian waktu serta biaya;",
          "bahwa berdasarkan pertimbangan sebagaimana dimaksud dalam huruf a dan huruf b, perlu menetapkan Peraturan Daerah tentang Penyelenggaraan Pelayanan Publik;",
        ),
      },
      {
        type: N.legalBases,
        content: numbered(
          N.legalBasis,
          "Pasal 18 ayat (6) Undang-Undang Dasar Negara Republik Indonesia Tahun 1945;",
          `Undang-Undang Nomor 25 Tahun 2009 tentang Pelayanan Publik (${LN} Tahun 2009 Nomor 112, ${TLN} Nomor 5038);`,
          `Undang-Undang Nomor 23 Tahun 2014 tentang Pemerintahan Daerah (${LN} Tahun 2014 Nomor 244, ${TLN} Nomor 5587) sebagaimana telah beberapa kali diubah terakhir dengan Undang-Undang Nomor 6 Tahun 2023 tentang Penetapan Peraturan Pemerintah Pengganti Undang-Undang Nomor 2 Tahun 2022 tentang Cipta Kerja menjadi Undang-Undang (${LN} Tahun 2023 Nomor 41, ${TLN} Nomor 6856);`,
          `Peraturan Pemerintah Nomor 96 Tahun 2012 tentang Pelaksanaan Undang-Undang Nomor 25 Tahun 2009 tentang Pelayanan Publik (${LN} Tahun 2012 Nomor 215, ${TLN} Nomor 5357);`,
        ),
      },
      {
        type: N.enactment,
        content: [
          paragraphOf(
            "Dengan Persetujuan Bersama DEWAN PERWAKILAN RAKYAT DAERAH KOTA SUKAMAJU dan WALI KOTA SUKAMAJU",
          ),
          {
            type: N.enactedName,
            content: textContent("PERATURAN DAERAH TENTANG PENYELENGGARAAN PELAYANAN PUBLIK."),
          },
        ],
      },
    ],
  };
}

/** Version 1 of the draft, as the Bagian Hukum puts it out for consultation. */
export function buildDemoRegulation(): JSONContent {
  const definitions = article(
    "Dalam Peraturan Daerah ini yang dimaksud dengan:",
    points(
      "number",
      "Daerah adalah Kota Sukamaju.",
      "Pemerintah Daerah adalah Wali Kota sebagai unsur penyelenggara Pemerintahan Daerah yang memimpin pelaksanaan urusan pemerintahan yang menjadi kewenangan daerah otonom.",
      "Wali Kota adalah Wali Kota Sukamaju.",
      "Pelayanan Publik adalah kegiatan atau rangkaian kegiatan dalam rangka pemenuhan kebutuhan pelayanan sesuai dengan peraturan perundang-undangan bagi setiap warga negara dan penduduk atas barang, jasa, dan/atau pelayanan administratif yang disediakan oleh Penyelenggara.",
      "Penyelenggara adalah setiap Perangkat Daerah, badan usaha milik daerah, dan badan hukum lain yang dibentuk untuk kegiatan pelayanan publik di Daerah.",
      "Standar Pelayanan adalah tolok ukur yang dipergunakan sebagai pedoman penyelenggaraan pelayanan dan acuan penilaian kualitas pelayanan sebagai kewajiban dan janji Penyelenggara kepada Masyarakat dalam rangka pelayanan yang berkualitas, cepat, mudah, terjangkau, dan terukur.",
      "Pengaduan adalah penyampaian keluhan oleh pengadu kepada Penyelenggara atas pelayanan yang tidak sesuai dengan Standar Pelayanan.",
      "Masyarakat adalah seluruh pihak, baik warga negara maupun penduduk sebagai orang perseorangan, kelompok, maupun badan hukum yang berkedudukan sebagai penerima manfaat pelayanan publik.",
    ),
  );
  const principles = article(
    "Penyelenggaraan Pelayanan Publik berdasarkan asas:",
    points(
      "letter",
      "kepentingan umum;",
      "kepastian hukum;",
      "kesamaan hak;",
      "keprofesionalan;",
      "partisipatif;",
      "persamaan perlakuan atau tidak diskriminatif;",
      "keterbukaan;",
      "akuntabilitas;",
      "fasilitas dan perlakuan khusus bagi kelompok rentan; dan",
      "ketepatan waktu, kecepatan, kemudahan, dan keterjangkauan.",
    ),
  );
  const goals = article(
    "Penyelenggaraan Pelayanan Publik bertujuan:",
    points(
      "letter",
      "terwujudnya batasan dan hubungan yang jelas tentang hak, tanggung jawab, kewajiban, dan kewenangan seluruh pihak yang terkait dengan penyelenggaraan pelayanan publik;",
      "terwujudnya sistem penyelenggaraan pelayanan publik yang layak sesuai dengan asas umum pemerintahan yang baik; dan",
      "terwujudnya perlindungan dan kepastian hukum bagi Masyarakat dalam penyelenggaraan pelayanan publik.",
    ),
  );
  const standardsDuty = article(
    clause(
      "Setiap Penyelenggara wajib menyusun, menetapkan, dan menerapkan Standar Pelayanan untuk setiap jenis pelayanan.",
    ),
    clause(
      "Penyusunan Standar Pelayanan sebagaimana dimaksud pada ayat (1) dilakukan dengan mengikutsertakan Masyarakat dan pihak terkait.",
    ),
    clause("Standar Pelayanan ditinjau paling sedikit 1 (satu) kali dalam 1 (satu) tahun."),
  );
  const standardsContent = article(
    clause(
      "Standar Pelayanan paling sedikit memuat komponen:",
      points(
        "letter",
        "persyaratan;",
        "sistem, mekanisme, dan prosedur;",
        "jangka waktu pelayanan;",
        "biaya/tarif;",
        "produk pelayanan;",
        "sarana, prasarana, dan/atau fasilitas;",
        "kompetensi pelaksana;",
        "penanganan pengaduan, saran, dan masukan; dan",
        "jaminan pelayanan.",
      ),
    ),
    clause(
      "Standar Pelayanan wajib diumumkan di tempat pelayanan dan melalui laman resmi Penyelenggara.",
    ),
  );
  const timeLimit = clause(
    "Jangka waktu penyelesaian pelayanan administratif ditetapkan dalam Standar Pelayanan paling lama 30 (tiga puluh) hari kerja sejak berkas permohonan dinyatakan lengkap.",
  );
  const delayNotice = clause(
    "Dalam hal jangka waktu sebagaimana dimaksud pada ayat (1) terlampaui, Penyelenggara wajib memberitahukan alasan keterlambatan kepada pemohon secara tertulis.",
  );
  const serviceTime = article(timeLimit, delayNotice);
  const fees = article(
    clause(
      "Biaya/tarif pelayanan publik ditetapkan dengan Peraturan Daerah atau Peraturan Wali Kota sesuai dengan ketentuan peraturan perundang-undangan.",
    ),
    clause(
      "Penyelenggara dapat memungut biaya tambahan untuk pelayanan yang diselesaikan lebih cepat dari jangka waktu dalam Standar Pelayanan.",
    ),
    clause("Biaya/tarif pelayanan wajib diumumkan secara terbuka di tempat pelayanan."),
  );
  const complaints = article(
    clause(
      "Masyarakat dapat menyampaikan Pengaduan atas penyelenggaraan pelayanan publik yang tidak sesuai dengan Standar Pelayanan.",
    ),
    clause("Pengaduan disampaikan secara tertulis dengan mencantumkan identitas pengadu."),
    clause(
      "Penyelenggara wajib menanggapi Pengaduan paling lama 14 (empat belas) hari kerja sejak Pengaduan diterima.",
    ),
  );
  const complaintHandling = article(
    clause(
      "Penyelenggara wajib menyediakan sarana pengaduan dan menugaskan pelaksana yang kompeten dalam pengelolaan Pengaduan.",
    ),
    clause(
      "Pengelolaan Pengaduan terintegrasi dengan Sistem Pengelolaan Pengaduan Pelayanan Publik Nasional – LAPOR!.",
    ),
  );
  const participation = article(
    clause(
      "Masyarakat berperan serta dalam penyelenggaraan pelayanan publik mulai dari penyusunan Standar Pelayanan sampai dengan evaluasi dan pemberian penghargaan.",
    ),
    clause(
      "Peran serta Masyarakat dapat dilakukan melalui:",
      points(
        "letter",
        "forum konsultasi publik;",
        "survei kepuasan masyarakat;",
        "pengawasan oleh masyarakat; dan",
        "kerja sama dengan organisasi masyarakat sipil.",
      ),
    ),
  );
  const survey = article(
    clause(
      "Penyelenggara wajib melaksanakan survei kepuasan masyarakat paling sedikit 1 (satu) kali dalam 1 (satu) tahun.",
    ),
    clause("Hasil survei kepuasan masyarakat wajib dipublikasikan."),
  );
  const implementing = article(
    "Peraturan pelaksanaan Peraturan Daerah ini ditetapkan paling lambat 1 (satu) tahun sejak Peraturan Daerah ini diundangkan.",
  );
  const entryIntoForce = article("Peraturan Daerah ini mulai berlaku pada tanggal diundangkan.");
  const plain = (target: JSONContent) => elucidate(target, "Cukup jelas.");

  return {
    type: N.doc,
    content: [
      {
        type: N.regulationTitle,
        content: textContent(
          "RANCANGAN PERATURAN DAERAH KOTA SUKAMAJU NOMOR … TAHUN … TENTANG PENYELENGGARAAN PELAYANAN PUBLIK",
        ),
      },
      preamble(),
      {
        type: N.body,
        content: [
          chapter("KETENTUAN UMUM", definitions),
          chapter("ASAS DAN TUJUAN", principles, goals),
          chapter("STANDAR PELAYANAN", standardsDuty, standardsContent, serviceTime, fees),
          chapter("PENGADUAN", complaints, complaintHandling),
          chapter("PARTISIPASI MASYARAKAT", participation, survey),
          chapter("KETENTUAN PENUTUP", implementing, entryIntoForce),
        ],
      },
      {
        type: N.closing,
        content: [
          paragraphOf(
            "Agar setiap orang mengetahuinya, memerintahkan pengundangan Peraturan Daerah ini dengan penempatannya dalam Lembaran Daerah Kota Sukamaju.",
          ),
          paragraphOf("Ditetapkan di Sukamaju pada tanggal …"),
          paragraphOf("WALI KOTA SUKAMAJU,"),
          paragraphOf("Diundangkan di Sukamaju pada tanggal …"),
          paragraphOf("SEKRETARIS DAERAH KOTA SUKAMAJU,"),
          paragraphOf("LEMBARAN DAERAH KOTA SUKAMAJU TAHUN … NOMOR …"),
        ],
      },
      {
        type: N.elucidation,
        content: [
          {
            type: N.generalElucidation,
            content: [
              paragraphOf(
                "Undang-Undang Nomor 25 Tahun 2009 tentang Pelayanan Publik mewajibkan setiap penyelenggara menyusun dan menerapkan standar pelayanan serta mengelola pengaduan. Hasil survei kepuasan masyarakat Kota Sukamaju menunjukkan bahwa ketidakpastian jangka waktu dan biaya masih menjadi keluhan utama warga.",
              ),
              paragraphOf(
                "Peraturan Daerah ini disusun untuk memberikan kepastian hukum bagi Masyarakat dan Penyelenggara, serta membuka ruang partisipasi Masyarakat sejak penyusunan Standar Pelayanan sampai dengan evaluasinya.",
              ),
            ],
          },
          plain(definitions),
          elucidate(
            principles,
            "Yang dimaksud dengan “asas fasilitas dan perlakuan khusus bagi kelompok rentan” adalah pemberian kemudahan terhadap kelompok rentan sehingga tercipta keadilan dalam pelayanan.",
          ),
          plain(goals),
          plain(standardsDuty),
          plain(standardsContent),
          elucidate(
            serviceTime,
            [
              timeLimit,
              "Jangka waktu paling lama 30 (tiga puluh) hari kerja merupakan batas atas. Penyelenggara menetapkan jangka waktu yang lebih singkat untuk setiap jenis pelayanan dalam Standar Pelayanan.",
            ],
            [delayNotice, "Cukup jelas."],
          ),
          plain(fees),
          plain(complaints),
          plain(complaintHandling),
          plain(participation),
          plain(survey),
          plain(implementing),
          plain(entryIntoForce),
        ],
      },
    ],
  };
}
