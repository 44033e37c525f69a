/**
 * The words of the respondent's survey pages (issue 16 §3), Bahasa Indonesia first. Field
 * messages come from server/lib/messages.ts (`t`); these are the pages' own.
 */
import type { PublicLang } from '../public/public-i18n';

type Dict = Record<string, { id: string; en: string }>;

const WORDS: Dict = {
  'form.title': { id: 'Survei Kepuasan Masyarakat', en: 'Public Satisfaction Survey' },
  'form.description': {
    id: 'Beri penilaian atas layanan yang baru Anda terima. Tanpa akun, tanpa nama, sekitar dua menit.',
    en: 'Rate the service you have just received. No account, no name, about two minutes.',
  },
  'form.intro': {
    id: 'Jawaban Anda membantu unit ini memperbaiki layanannya. Kami tidak menanyakan nama, nomor telepon, atau NIK.',
    en: 'Your answers help this unit improve its service. We never ask for your name, phone number or ID number.',
  },
  'form.unit': { id: 'Unit layanan', en: 'Service unit' },
  'form.period': { id: 'Periode survei', en: 'Survey period' },
  'form.service': { id: 'Layanan yang Anda terima', en: 'The service you received' },
  'form.service.whole': { id: 'Layanan unit ini', en: "This unit's services" },
  'form.choose': { id: '— Pilih —', en: '— Choose —' },
  'form.questions': { id: 'Penilaian layanan', en: 'Your rating' },
  'form.questions.hint': {
    id: 'Pilih satu jawaban untuk setiap pertanyaan.',
    en: 'Choose one answer for each question.',
  },
  'form.profile': { id: 'Tentang Anda', en: 'About you' },
  'form.profile.hint': {
    id: 'Tidak wajib. Hanya untuk melihat siapa saja yang menjawab, sesuai Permenpan RB 14/2017.',
    en: 'Optional. Only to see who answered, as Permenpan RB 14/2017 lists.',
  },
  'form.noAnswer': { id: 'Tidak menjawab', en: 'Prefer not to say' },
  'form.optional': { id: 'tidak wajib', en: 'optional' },
  'form.submit': { id: 'Kirim jawaban', en: 'Send my answers' },
  'form.errors': {
    id: 'Ada jawaban yang perlu diperbaiki. Jawaban Anda yang lain tetap tersimpan di formulir ini.',
    en: 'Some answers need fixing. Everything else you chose is kept in this form.',
  },
  'form.expired': {
    id: 'Formulir ini sudah kedaluwarsa atau tidak dikirim dari halaman kami. Periksa jawaban Anda, lalu kirim lagi.',
    en: 'This form has expired or was not sent from our page. Check your answers and send it again.',
  },
  'form.answerAll': { id: 'Pilih salah satu jawaban.', en: 'Choose one of the answers.' },
  'form.question': { id: 'Pertanyaan {n} dari {total}', en: 'Question {n} of {total}' },
  'form.privacy': {
    id: 'Perangkat Anda dikenali hanya dengan kode acak yang disamarkan, agar satu orang tidak mengisi berkali-kali. Tidak ada data pribadi lain yang disimpan.',
    en: 'Your device is recognised only by a scrambled random code, so one person cannot answer many times. No other personal data is kept.',
  },
  'thanks.title': { id: 'Terima kasih', en: 'Thank you' },
  'thanks.body': {
    id: 'Jawaban Anda sudah kami terima. Terima kasih telah membantu memperbaiki pelayanan publik.',
    en: 'We have received your answers. Thank you for helping to improve public services.',
  },
  'thanks.report': {
    id: 'Mengalami maladministrasi? Laporkan kepada Ombudsman RI',
    en: 'Faced maladministration? Report it to the Ombudsman RI',
  },
  'error.title': { id: 'Survei tidak dapat dibuka', en: 'The survey cannot be opened' },
  'error.notFound': {
    id: 'Survei ini tidak ditemukan. Periksa kembali tautan atau pindai ulang kode QR di loket.',
    en: 'This survey was not found. Check the link or scan the QR code at the counter again.',
  },
  'error.token': {
    id: 'Kode QR ini sudah tidak berlaku (kode di loket berganti setiap hari). Pindai kode QR yang dipasang di loket hari ini.',
    en: 'This QR code is no longer valid (the counter’s code changes every day). Scan the QR code displayed at the counter today.',
  },
  'error.closed': { id: 'Survei sudah ditutup.', en: 'The survey has closed.' },
  'error.closed.body': {
    id: 'Periode survei untuk unit ini sudah berakhir atau belum dimulai. Terima kasih atas kesediaan Anda.',
    en: 'The survey period for this unit has ended or has not started yet. Thank you for your willingness.',
  },
  'error.slipUsed': { id: 'Kode ini sudah dipakai', en: 'This code has already been used' },
  'error.slipUsed.body': {
    id: 'Setiap kode pada kupon hanya dapat dipakai satu kali, dan kode ini sudah dipakai untuk mengisi survei. Jika Anda belum mengisi, mintalah kupon baru kepada petugas.',
    en: 'Each code on a slip can be used once, and this one has already been used to answer the survey. If you have not answered yet, ask the staff for a new slip.',
  },
  'error.slipNotFound': {
    id: 'Kode kupon ini tidak dikenal. Periksa kembali huruf dan angkanya.',
    en: 'This slip code is not known. Check its letters and digits again.',
  },
  'error.tooMany': {
    id: 'Terlalu banyak kiriman dari jaringan Anda. Coba lagi dalam {seconds} detik.',
    en: 'Too many submissions from your network. Try again in {seconds} seconds.',
  },
  'error.tooLarge': {
    id: 'Isian terlalu panjang untuk dikirim. Persingkat saran Anda lalu kirim lagi.',
    en: 'What you sent is too long. Shorten your suggestion and send it again.',
  },
  'error.back': { id: 'Ke beranda portal', en: 'To the portal home' },
};

/** A word of the survey pages in the language; `{name}` placeholders filled from `vars`. */
export function ts(lang: PublicLang, key: string, vars: Record<string, string | number> = {}): string {
  const entry = WORDS[key];
  const text = entry ? entry[lang] : key;
  return text.replace(/\{(\w+)\}/g, (_, k: string) => (k in vars ? String(vars[k]) : `{${k}}`));
}
