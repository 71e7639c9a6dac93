import { addClauseAfter, typeText } from "./demoDraft.ts";
import type { DemoActions } from "./demoActions.ts";

/**
 * The demo's story, in the order it happened. Round 1 opens eight weeks before the seeding and
 * closes by itself four weeks later; the drafters answer every comment (one of each disposition
 * at least), accept one suggestion and decline another, the administrator hides an abusive
 * comment, and round 1 is concluded. The drafters then carry the outcome into the draft and
 * open round 2, which is open now and closes in 14 days. Times are WIB: [days ago, "hh:mm"].
 */
export async function playConsultation(demo: DemoActions): Promise<void> {
  await demo.openRound({
    by: "ratna",
    at: [56, "09:00"],
    closesAt: [28, "23:59"],
    title: "Ranperda Penyelenggaraan Pelayanan Publik — naskah konsultasi publik",
    summary:
      "Naskah awal yang disusun Bagian Hukum bersama Perangkat Daerah penyelenggara pelayanan. Masukan terutama kami harapkan tentang jangka waktu dan biaya pelayanan (BAB III), pengaduan (BAB IV), dan partisipasi masyarakat (BAB V).",
  });

  const abusive = await demo.comment({
    round: 1,
    by: "hendra",
    at: [54, "22:41"],
    quote: "Biaya/tarif pelayanan publik ditetapkan dengan Peraturan Daerah",
    body: "Percuma diatur! Oknum pegawai kecamatan itu, si B., memang tukang palak, otaknya cuma uang rokok. Dasar tidak tahu malu!",
  });
  await demo.hide(abusive, {
    at: [53, "08:15"],
    reason: "abuse",
    note: "Memuat hinaan dan tuduhan terhadap pribadi seorang pegawai. Keberatan tentang pungutan di luar tarif dapat disampaikan kembali tanpa hinaan; laporan tentang pegawai tertentu disampaikan melalui SP4N-LAPOR!.",
  });

  const extraFee = await demo.comment({
    round: 1,
    by: "maria",
    at: [52, "14:05"],
    quote:
      "Penyelenggara dapat memungut biaya tambahan untuk pelayanan yang diselesaikan lebih cepat dari jangka waktu dalam Standar Pelayanan.",
    body: "Ketentuan ini membuka ruang pungutan liar: warga yang mampu membayar dilayani lebih cepat, sedangkan yang lain menunggu. Pasal 4 huruf g UU 25/2009 menegaskan asas persamaan perlakuan. Dari 40 pengaduan yang kami dampingi tahun lalu, 11 menyangkut “uang percepatan”.",
    proposedText:
      "Penyelenggara dilarang memungut biaya tambahan di luar biaya/tarif yang telah ditetapkan, termasuk untuk pelayanan yang diselesaikan lebih cepat dari jangka waktu dalam Standar Pelayanan.",
  });
  await demo.reply(extraFee, {
    by: "dimas",
    at: [51, "09:40"],
    body: "Terima kasih. Apakah larangan ini dimaksudkan juga berlaku untuk pelayanan di luar jam kerja, misalnya layanan akhir pekan di mal pelayanan publik?",
  });
  await demo.reply(extraFee, {
    by: "maria",
    at: [51, "16:20"],
    body: "Ya. Pelayanan di luar jam kerja tetap tanpa biaya tambahan, kecuali tarifnya ditetapkan dalam Peraturan Daerah tentang retribusi.",
  });

  const sevenDays = await demo.comment({
    round: 1,
    by: "hendra",
    at: [49, "11:15"],
    quote: "paling lama 30 (tiga puluh) hari kerja",
    body: "Tiga puluh hari kerja terlalu lama; warga kehilangan hari kerja untuk bolak-balik ke kantor. Kami usulkan batasnya tujuh hari kerja.",
    proposedText: "paling lama 7 (tujuh) hari kerja",
  });
  await demo.reply(sevenDays, {
    by: "wahyuni",
    at: [48, "19:30"],
    body: "Mendukung. Di RW kami ada warga yang menunggu persetujuan bangunan gedung lebih dari dua bulan.",
  });

  const complaintForm = await demo.comment({
    round: 1,
    by: "andi",
    at: [46, "10:00"],
    quote: "disampaikan secara tertulis dengan mencantumkan identitas pengadu",
    body: "Syarat tertulis menyulitkan warga lanjut usia dan warga yang tidak lancar membaca. Pengaduan juga perlu dapat disampaikan tanpa identitas: banyak pengadu takut dipersulit ketika mengurus layanan berikutnya.",
  });
  await demo.reply(complaintForm, {
    by: "maria",
    at: [45, "13:10"],
    body: "Menambahkan: Ombudsman RI menerima laporan dengan identitas yang dirahasiakan. Setidaknya kerahasiaan identitas perlu dijamin dalam Perda.",
  });

  const intermediaries = await demo.comment({
    round: 1,
    by: "wahyuni",
    at: [43, "20:15"],
    quote: "sistem, mekanisme, dan prosedur;",
    body: "Mohon Standar Pelayanan mengakui biro jasa yang terdaftar sebagai pihak yang dapat mengurus permohonan atas nama warga, dengan imbalan yang disepakati. Banyak warga yang bekerja tidak bisa datang sendiri pada jam kantor.",
  });

  const accessibility = await demo.comment({
    round: 1,
    by: "hendra",
    at: [40, "09:05"],
    quote: "sarana, prasarana, dan/atau fasilitas",
    body: "Mohon disebutkan tegas bahwa sarana dan prasarana harus mudah diakses penyandang disabilitas, lanjut usia, ibu hamil, dan anak. Kantor kelurahan kami masih di lantai dua tanpa ramp.",
  });

  const oversight = await demo.comment({
    round: 1,
    by: "maria",
    at: [37, "15:45"],
    quote: "pengawasan oleh masyarakat; dan",
    body: "Pengawasan oleh masyarakat perlu kelembagaan yang jelas. Kami mengusulkan pembentukan Komisi Pelayanan Publik Daerah yang independen, dengan anggota dari unsur masyarakat sipil dan akademisi.",
  });
  await demo.answer(oversight, {
    by: "ratna",
    at: [33, "10:30"],
    disposition: "noted",
    explanation:
      "Dicatat. Pembentukan lembaga baru memerlukan kajian kelembagaan dan anggaran, dan sebagian fungsinya telah dijalankan Ombudsman RI Perwakilan. Usulan ini kami sampaikan untuk dibahas bersama DPRD dalam pembahasan Ranperda.",
  });

  const implementing = await demo.comment({
    round: 1,
    by: "andi",
    at: [31, "11:00"],
    quote: "paling lambat 1 (satu) tahun",
    body: "Satu tahun terlalu longgar; pengalaman Perda sebelumnya, Peraturan Wali Kota pelaksananya baru terbit tiga tahun kemudian. Mohon dipersingkat menjadi enam bulan.",
  });

  await demo.answer(extraFee, {
    by: "dimas",
    at: [30, "14:00"],
    disposition: "accepted",
    explanation:
      "Diterima. Pasal 7 ayat (2) diubah menjadi larangan memungut biaya di luar tarif yang ditetapkan, sesuai usulan.",
  });
  await demo.accept(extraFee, { by: "dimas", at: [30, "14:02"] });

  await demo.closeByTime(1);

  await demo.decline(sevenDays, {
    by: "dimas",
    at: [26, "10:00"],
    reason:
      "Tidak diterima. Tiga puluh hari kerja adalah batas atas untuk semua jenis pelayanan (lihat Penjelasan Pasal 6); jangka waktu tiap jenis pelayanan ditetapkan lebih singkat dalam Standar Pelayanan, misalnya dokumen kependudukan satu hari kerja. Batas tujuh hari kerja tidak dapat dipenuhi untuk perizinan yang memerlukan pemeriksaan lapangan.",
  });
  await demo.answer(complaintForm, {
    by: "ratna",
    at: [25, "11:30"],
    disposition: "partly_accepted",
    explanation:
      "Sebagian diterima. Pengaduan dapat disampaikan secara lisan, tertulis, atau elektronik, dan Penyelenggara wajib merahasiakan identitas pengadu (ayat baru). Pengaduan tanpa identitas sama sekali tidak kami atur, karena Penyelenggara harus dapat menyampaikan tindak lanjut kepada pengadu.",
  });
  await demo.answer(intermediaries, {
    by: "dimas",
    at: [24, "09:45"],
    disposition: "not_accepted",
    explanation:
      "Tidak diterima. Warga dapat memberi kuasa kepada siapa pun tanpa biaya, dan Pasal 7 ayat (2) melarang pungutan di luar tarif; mengakui imbalan biro jasa dalam Standar Pelayanan bertentangan dengan larangan itu. Kebutuhan warga yang bekerja kami jawab dengan layanan daring dan layanan akhir pekan.",
  });
  await demo.answer(accessibility, {
    by: "dimas",
    at: [24, "10:30"],
    disposition: "accepted",
    explanation:
      "Diterima. Pasal 5 ayat (1) huruf f kini menyebut fasilitas yang mudah diakses penyandang disabilitas, lanjut usia, ibu hamil, dan anak.",
  });
  await demo.answer(implementing, {
    by: "ratna",
    at: [23, "14:00"],
    disposition: "noted",
    explanation:
      "Dicatat. Batas satu tahun dipertahankan karena Peraturan Wali Kota pelaksana memerlukan penyusunan Standar Pelayanan di 38 Perangkat Daerah. Kemajuan penyusunannya akan kami umumkan setiap tiga bulan.",
  });

  await demo.conclude(1, {
    by: "ratna",
    at: [21, "10:00"],
    conclusion:
      "Konsultasi putaran 1 menerima tujuh komentar dan usulan dari YLBH Sukamaju dan Forum Warga Peduli Pelayanan Publik; satu komentar lain disembunyikan administrator karena memuat hinaan. Semua komentar telah dijawab. Perubahan pada versi 2: (1) Pasal 7 ayat (2) kini melarang biaya tambahan di luar tarif yang ditetapkan; (2) Pasal 5 ayat (1) huruf f menyebut fasilitas yang mudah diakses kelompok rentan; (3) Pasal 8 menerima pengaduan lisan dan elektronik serta mewajibkan kerahasiaan identitas pengadu. Usulan batas tujuh hari kerja dan pengakuan biro jasa tidak diterima, dengan alasan pada jawaban masing-masing.",
  });

  // The drafters carry the answers into the live draft, as they would in the editor.
  await demo.edit("dimas", (tr) => {
    typeText(
      tr,
      "sarana, prasarana, dan/atau fasilitas",
      ", termasuk fasilitas yang mudah diakses oleh penyandang disabilitas, lanjut usia, ibu hamil, dan anak",
    );
  });
  await demo.edit("ratna", (tr) => {
    typeText(tr, "tertulis dengan mencantumkan identitas pengadu", "lisan, ", "before");
    typeText(tr, "lisan, tertulis", ", atau elektronik");
    addClauseAfter(
      tr,
      "Penyelenggara wajib menanggapi Pengaduan",
      "Penyelenggara wajib merahasiakan identitas pengadu dan melindunginya dari tindakan pembalasan.",
    );
  });

  await demo.openRound({
    by: "ratna",
    at: [3, "09:00"],
    closesAt: [-14, "23:59"],
    title: "Ranperda Penyelenggaraan Pelayanan Publik — naskah konsultasi publik 2",
    summary:
      "Versi 2 memuat tindak lanjut konsultasi putaran 1: larangan biaya di luar tarif (Pasal 7), fasilitas yang mudah diakses (Pasal 5), serta pengaduan lisan dan elektronik dengan kerahasiaan identitas pengadu (Pasal 8).",
  });
  const retaliation = await demo.comment({
    round: 2,
    by: "maria",
    at: [2, "10:20"],
    quote:
      "Penyelenggara wajib merahasiakan identitas pengadu dan melindunginya dari tindakan pembalasan.",
    body: "Kami menyambut ayat baru ini. Agar perlindungannya nyata, mohon ditegaskan bahwa Pengaduan tidak boleh menjadi alasan menunda atau menolak pelayanan berikutnya kepada pengadu.",
    proposedText:
      "Penyelenggara wajib merahasiakan identitas pengadu, melindunginya dari tindakan pembalasan, dan dilarang menjadikan Pengaduan sebagai alasan untuk menunda atau menolak pelayanan kepada pengadu.",
  });
  await demo.reply(retaliation, {
    by: "wahyuni",
    at: [2, "19:05"],
    body: "Setuju. Warga di RW kami sering khawatir berkasnya “diperlambat” setelah mengadu.",
  });
  const signLanguage = await demo.comment({
    round: 2,
    by: "hendra",
    at: [1, "15:10"],
    quote: "mudah diakses oleh penyandang disabilitas",
    body: "Terima kasih atas perubahannya. Mohon Penjelasan pasal ini menyebut juru bahasa isyarat dan informasi dalam huruf Braille, agar “mudah diakses” tidak hanya berarti ramp.",
  });
  await demo.answer(signLanguage, {
    by: "dimas",
    at: [1, "16:45"],
    disposition: "accepted",
    explanation:
      "Diterima. Penjelasan Pasal 5 ayat (1) huruf f akan memuat juru bahasa isyarat, informasi dalam huruf Braille, dan format yang mudah dibaca.",
  });
}
