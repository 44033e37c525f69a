/**
 * The words of the citizen's report form, receipt and status page (issue 14), Bahasa Indonesia
 * first. Validation messages come from server/lib/messages.ts (`t`); these are the page's own.
 */
import type { PublicLang } from '../public/public-i18n';

type Dict = Record<string, { id: string; en: string }>;

const WORDS: Dict = {
  'form.title': { id: 'Laporkan maladministrasi', en: 'Report maladministration' },
  'form.description': {
    id: 'Laporkan pelayanan publik yang menyimpang kepada Ombudsman RI: formulir daring, tanpa akun.',
    en: 'Report a public service gone wrong to the Ombudsman RI: an online form, no account needed.',
  },
  'form.intro': {
    id: 'Isi formulir ini untuk melaporkan dugaan maladministrasi dalam pelayanan publik. Anda akan menerima nomor laporan dan PIN untuk memantau perkembangannya.',
    en: 'Fill in this form to report suspected maladministration in a public service. You will receive a tracking number and a PIN to follow it.',
  },
  'form.statusLink': {
    id: 'Sudah pernah melapor? Cek status laporan',
    en: 'Already reported? Check its status',
  },
  'form.errors': {
    id: 'Ada isian yang perlu diperbaiki. Isian Anda yang lain tetap tersimpan di formulir ini.',
    en: 'Some answers need fixing. Everything else you typed is kept in this form.',
  },
  'form.required': { id: 'wajib', en: 'required' },
  'form.optional': { id: 'tidak wajib', en: 'optional' },
  'sec.identity': { id: '1. Identitas pelapor', en: '1. Who you are' },
  'sec.identity.note': {
    id: 'Sesuai UU 37/2008 Pasal 24 ayat (1) huruf a. Identitas Anda disimpan terenkripsi dan hanya dapat dibuka oleh petugas yang menangani laporan.',
    en: 'As UU 37/2008 Article 24(1)(a) asks. Your identity is stored encrypted and only the officers handling the report can open it.',
  },
  'f.fullName': { id: 'Nama lengkap', en: 'Full name' },
  'f.birthPlace': { id: 'Tempat lahir', en: 'Place of birth' },
  'f.birthDate': { id: 'Tanggal lahir', en: 'Date of birth' },
  'f.maritalStatus': { id: 'Status perkawinan', en: 'Marital status' },
  'f.occupation': { id: 'Pekerjaan', en: 'Occupation' },
  'f.address': { id: 'Alamat lengkap', en: 'Full address' },
  'f.nik': { id: 'NIK (16 angka, sesuai KTP)', en: 'NIK (16 digits, as on the ID card)' },
  'f.phone': { id: 'Nomor telepon/WhatsApp', en: 'Phone/WhatsApp number' },
  'f.email': { id: 'Email', en: 'E-mail' },
  'f.choose': { id: '— pilih —', en: '— choose —' },
  'sec.body': { id: '2. Instansi yang dilaporkan', en: '2. The body you report' },
  'f.body.kind': { id: 'Jenis instansi', en: 'Kind of body' },
  'f.body.governmentId': {
    id: 'Pemerintah/lembaga dalam daftar Ombudsman',
    en: 'Government/agency in the Ombudsman registry',
  },
  'f.body.notListed': { id: '— tidak ada di daftar / lainnya —', en: '— not listed / other —' },
  'f.body.search': { id: 'Cari di daftar', en: 'Search the list' },
  'f.body.name': { id: 'Nama kantor/unit yang dilaporkan', en: 'Name of the office/unit reported' },
  'f.body.name.hint': {
    id: 'Misalnya "Dinas Kependudukan dan Pencatatan Sipil" atau "Polres Balangan". Boleh kosong bila sudah memilih dari daftar.',
    en: 'For example "Civil Registry Office" or "Balangan police". May stay empty when you picked from the list.',
  },
  'f.body.regionCode': { id: 'Provinsi', en: 'Province' },
  'sec.event': { id: '3. Apa yang terjadi', en: '3. What happened' },
  'f.subject': { id: 'Pokok laporan (satu kalimat)', en: 'Subject (one sentence)' },
  'f.description': { id: 'Uraian kejadian', en: 'What happened' },
  'f.eventDate': { id: 'Tanggal kejadian', en: 'Date of the event' },
  'f.eventPlace': { id: 'Tempat kejadian', en: 'Place of the event' },
  'sec.prior': { id: '4. Upaya yang sudah dilakukan', en: '4. What you already did' },
  'f.priorEffort': {
    id: 'Pengaduan kepada instansi yang dilaporkan dan tanggapannya',
    en: 'Your complaint to the body and its answer',
  },
  'f.priorComplaintDate': { id: 'Tanggal pengaduan ke instansi', en: 'Date of that complaint' },
  'f.priorProof': { id: 'Bukti pengaduan ke instansi', en: 'Proof of that complaint' },
  'f.expectation': { id: 'Harapan Anda', en: 'What you expect' },
  'sec.files': { id: '5. Lampiran', en: '5. Attachments' },
  'f.attachments': { id: 'Dokumen pendukung', en: 'Supporting documents' },
  'f.files.hint': {
    id: 'Bersama bukti pengaduan: 1 sampai 5 berkas, PDF/PNG/JPEG/WebP, masing-masing maksimal {max}.',
    en: 'Together with the proof: 1 to 5 files, PDF/PNG/JPEG/WebP, each at most {max}.',
  },
  'f.files.again': {
    id: 'Demi keamanan, berkas tidak ikut tersimpan saat formulir dikembalikan: pilih lagi berkas Anda.',
    en: 'For safety, files are not kept when the form comes back: choose your files again.',
  },
  'sec.consent': { id: '6. Kerahasiaan dan persetujuan', en: '6. Confidentiality and consent' },
  'f.confidential': {
    id: 'Rahasiakan identitas saya (instansi yang dilaporkan tidak akan mengetahui identitas Anda)',
    en: 'Keep my identity confidential (the reported body will not learn who you are)',
  },
  'privacy.text': {
    id: 'Yang kami kumpulkan: identitas dan isi laporan di atas beserta lampirannya. Yang dapat melihat: hanya petugas Ombudsman yang menangani laporan dan kepala kantornya; setiap pembukaan identitas dicatat. Instansi terlapor hanya menerima apa yang tertulis dalam surat klarifikasi. Penyimpanan: data pribadi dihapus setelah masa retensi sejak laporan selesai; statistik tanpa identitas tetap disimpan.',
    en: 'What we collect: the identity and the report above with its attachments. Who sees it: only the Ombudsman officers handling the report and the head of their office; every opening of the identity is logged. The reported body receives only what a clarification letter says. Retention: personal data is erased after the retention period once the report is closed; statistics without identity remain.',
  },
  'f.consent': {
    id: 'Saya menyetujui pemrosesan data pribadi saya untuk penanganan laporan ini',
    en: 'I consent to the processing of my personal data to handle this report',
  },
  'form.submit': { id: 'Kirim laporan', en: 'Send the report' },
  'receipt.title': { id: 'Laporan diterima', en: 'Report received' },
  'receipt.repeated.title': { id: 'Laporan ini sudah diterima', en: 'This report was already received' },
  'receipt.repeated': {
    id: 'Formulir ini sudah pernah terkirim, jadi tidak dibuat laporan baru. PIN hanya ditampilkan sekali, pada pengiriman pertama.',
    en: 'This form was already sent, so no new report was made. The PIN was shown once, with the first sending.',
  },
  'receipt.tracking': { id: 'Nomor laporan', en: 'Tracking number' },
  'receipt.pin': { id: 'PIN', en: 'PIN' },
  'receipt.save': {
    id: 'Catat atau simpan nomor laporan dan PIN ini sekarang. PIN hanya ditampilkan sekali ini dan tidak dapat dikirim ulang.',
    en: 'Write down or save this tracking number and PIN now. The PIN is shown only this once and cannot be sent again.',
  },
  'receipt.office': { id: 'Kantor yang menangani', en: 'Office handling it' },
  'receipt.next': { id: 'Apa selanjutnya', en: 'What happens next' },
  'receipt.next.1': {
    id: 'Petugas memeriksa kelengkapan laporan (verifikasi formil dan materiil) dalam 14 hari kerja.',
    en: 'An officer checks the report (formal and material verification) within 14 working days.',
  },
  'receipt.next.2': {
    id: 'Bila ada yang kurang, petugas meminta Anda melengkapinya melalui halaman status.',
    en: 'If something is missing, the officer asks you to complete it on the status page.',
  },
  'receipt.next.3': {
    id: 'Pantau tahap, tenggat dan pesan di halaman status dengan nomor laporan dan PIN.',
    en: 'Follow the stage, deadlines and messages on the status page with the tracking number and PIN.',
  },
  'status.title': { id: 'Status laporan', en: 'Report status' },
  'status.description': {
    id: 'Masukkan nomor laporan dan PIN untuk melihat perkembangan laporan Anda.',
    en: 'Enter the tracking number and PIN to follow your report.',
  },
  'status.tracking': { id: 'Nomor laporan', en: 'Tracking number' },
  'status.pin': { id: 'PIN (6 angka)', en: 'PIN (6 digits)' },
  'status.open': { id: 'Lihat status', en: 'View status' },
  'status.stage': { id: 'Tahap sekarang', en: 'Current stage' },
  'status.closed': { id: 'Laporan selesai', en: 'Report closed' },
  'status.deadline': { id: 'Tenggat berikutnya', en: 'Next deadline' },
  'status.deadline.none': { id: 'Tidak ada tenggat yang berjalan.', en: 'No deadline is running.' },
  'status.deadline.due': { id: '{label}: paling lambat {date} (WIB)', en: '{label}: by {date} (WIB)' },
  'status.deadline.overdue': { id: 'terlewati', en: 'overdue' },
  'status.paused.pelapor': {
    id: 'Tenggat dihentikan sementara: menunggu kelengkapan dari Anda.',
    en: 'The clock is paused: waiting for you to complete the report.',
  },
  'status.paused.terlapor': {
    id: 'Tenggat dihentikan sementara: menunggu jawaban instansi terlapor.',
    en: 'The clock is paused: waiting for the reported body’s answer.',
  },
  'status.history': { id: 'Riwayat', en: 'History' },
  'status.messages': { id: 'Pesan', en: 'Messages' },
  'status.messages.none': { id: 'Belum ada pesan.', en: 'No messages yet.' },
  'status.from.pelapor': { id: 'Anda', en: 'You' },
  'status.from.petugas': { id: 'Petugas Ombudsman', en: 'Ombudsman officer' },
  'status.lhpResponse': { id: 'Tanggapan atas LHP', en: 'Response to the LHP' },
  'status.send': { id: 'Kirim pesan', en: 'Send a message' },
  'status.message': { id: 'Pesan Anda', en: 'Your message' },
  'status.docs': { id: 'Dokumen Anda', en: 'Your documents' },
  'status.docs.none': { id: 'Belum ada dokumen.', en: 'No documents yet.' },
  'status.addDocs': { id: 'Tambah dokumen', en: 'Add documents' },
  'status.addDocs.field': { id: 'Berkas (1–5)', en: 'Files (1–5)' },
  'status.upload': { id: 'Unggah', en: 'Upload' },
  'status.lhp': { id: 'Laporan Hasil Pemeriksaan (LHP)', en: 'Examination report (LHP)' },
  'status.lhp.outcome': { id: 'Kesimpulan', en: 'Outcome' },
  'status.lhp.respond': { id: 'Tanggapi LHP', en: 'Respond to the LHP' },
  'status.lhp.until': { id: 'Tanggapan paling lambat {date} (WIB).', en: 'Respond by {date} (WIB).' },
  'status.signout': { id: 'Keluar', en: 'Sign out' },
  'status.sent': { id: 'Terkirim.', en: 'Sent.' },
  'status.expired': {
    id: 'Sesi status sudah berakhir. Masukkan lagi nomor laporan dan PIN.',
    en: 'The status session has ended. Enter the tracking number and PIN again.',
  },
  'status.office': { id: 'Kantor yang menangani', en: 'Office handling it' },
  'status.received': { id: 'Diterima', en: 'Received' },
  'event.diterima': { id: 'Laporan diterima', en: 'Report received' },
  'event.pesan_pelapor': { id: 'Anda mengirim pesan', en: 'You sent a message' },
  'event.tanggapan_lhp': { id: 'Anda menanggapi LHP', en: 'You responded to the LHP' },
  'event.dokumen_pelapor': { id: 'Anda menambah dokumen', en: 'You added documents' },
  'event.other': { id: 'Perkembangan laporan', en: 'Progress of the report' },
  'event.toStage': { id: 'Tahap: {stage}', en: 'Stage: {stage}' },
  'lhp.ditemukan': { id: 'Ditemukan maladministrasi', en: 'Maladministration found' },
  'lhp.tidak_ditemukan': { id: 'Tidak ditemukan maladministrasi', en: 'No maladministration found' },
  'lhp.dihentikan': { id: 'Pemeriksaan dihentikan', en: 'Examination stopped' },
  'error.title': { id: 'Permintaan tidak dapat diproses', en: 'The request could not be processed' },
  'error.tooMany': {
    id: 'Terlalu banyak permintaan dari alamat Anda. Coba lagi dalam {seconds} detik.',
    en: 'Too many requests from your address. Try again in {seconds} seconds.',
  },
  'error.back': { id: 'Kembali ke formulir', en: 'Back to the form' },
};

/** A word of the report pages in `lang`, with `{name}` placeholders filled. */
export function tl(lang: PublicLang, key: string, vars: Record<string, string | number> = {}): string {
  const entry = WORDS[key];
  let text = entry ? entry[lang] : key;
  for (const [k, v] of Object.entries(vars)) text = text.replaceAll(`{${k}}`, String(v));
  return text;
}
