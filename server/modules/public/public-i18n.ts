/**
 * The public portal's words, Bahasa Indonesia first. Pages pick the language from `?lang=en`
 * (links keep it: html.ts href), so every URL is a shareable, cacheable page in one language.
 */
import type { FastifyRequest } from 'fastify';

export type PublicLang = 'id' | 'en';

type Dict = Record<string, { id: string; en: string }>;

const WORDS: Dict = {
  'site.name': { id: 'Patuh', en: 'Patuh' },
  'site.tagline': {
    id: 'Hasil pengawasan pelayanan publik',
    en: 'Public-service oversight results',
  },
  'nav.label': { id: 'Navigasi utama', en: 'Main navigation' },
  'nav.skip': { id: 'Langsung ke isi', en: 'Skip to content' },
  'nav.home': { id: 'Beranda', en: 'Home' },
  'nav.ranking': { id: 'Peringkat', en: 'Rankings' },
  'nav.compare': { id: 'Bandingkan', en: 'Compare' },
  'nav.services': { id: 'Standar layanan', en: 'Service standards' },
  'nav.data': { id: 'Data terbuka', en: 'Open data' },
  'nav.about': { id: 'Tentang', en: 'About' },
  'nav.report': { id: 'Lapor', en: 'Report' },
  'nav.login': { id: 'Masuk petugas', en: 'Staff sign-in' },
  'nav.otherLang': { id: 'English', en: 'Bahasa Indonesia' },
  'footer.about': {
    id: 'Patuh menampilkan hasil penilaian kepatuhan pelayanan publik yang telah dirilis oleh Ombudsman RI melalui kantor perwakilannya.',
    en: 'Patuh shows the public-service compliance results the Ombudsman RI has released through its offices.',
  },
  'footer.boundaries': {
    id: 'Batas wilayah: cahyadsn/wilayah_boundaries (MIT, © 2024 Cahya DSN), diolah oleh Patuh.',
    en: 'Boundaries: cahyadsn/wilayah_boundaries (MIT, © 2024 Cahya DSN), processed by Patuh.',
  },
  'footer.credits': { id: 'Kredit dan lisensi', en: 'Credits and licences' },
  'zone.hijau': { id: 'Zona Hijau', en: 'Green zone' },
  'zone.kuning': { id: 'Zona Kuning', en: 'Yellow zone' },
  'zone.merah': { id: 'Zona Merah', en: 'Red zone' },
  'zone.none': { id: 'Belum dinilai', en: 'Not assessed' },
  'source.official': { id: 'Angka resmi Ombudsman', en: 'Official Ombudsman figure' },
  'source.patuh': { id: 'Dihitung oleh Patuh', en: 'Computed by Patuh' },
  'method.zona': { id: 'Zona kepatuhan (2015–2021)', en: 'Compliance zone (2015–2021)' },
  'method.skor': {
    id: 'Nilai 0–100 dan kategori A–E (2022–2024)',
    en: 'Score 0–100 and category A–E (2022–2024)',
  },
  'method.opini': { id: 'Opini Ombudsman RI (sejak 2025)', en: 'Ombudsman RI opinion (from 2025)' },
  'band.A': { id: 'A — Kualitas Tertinggi', en: 'A — highest quality' },
  'band.B': { id: 'B — Kualitas Tinggi', en: 'B — high quality' },
  'band.C': { id: 'C — Kualitas Sedang', en: 'C — medium quality' },
  'band.D': { id: 'D — Kualitas Rendah', en: 'D — low quality' },
  'band.E': { id: 'E — Kualitas Terendah', en: 'E — lowest quality' },
  'type.kementerian': { id: 'Kementerian', en: 'Ministry' },
  'type.lembaga': { id: 'Lembaga', en: 'Agency' },
  'type.pemprov': { id: 'Pemerintah provinsi', en: 'Province' },
  'type.pemkab': { id: 'Pemerintah kabupaten', en: 'Regency' },
  'type.pemkot': { id: 'Pemerintah kota', en: 'City' },
  'error.notFound.title': { id: 'Halaman tidak ditemukan', en: 'Page not found' },
  'error.notFound.body': {
    id: 'Halaman yang Anda cari tidak ada. Coba cari nama pemerintah daerah atau kembali ke beranda.',
    en: 'The page you are looking for does not exist. Try searching for a government or go back home.',
  },
  'error.badInput.title': { id: 'Permintaan tidak dapat dibaca', en: 'The request could not be read' },
};

/** A word of the portal in the language; `{name}` placeholders filled from `vars`. */
export function tp(lang: PublicLang, key: string, vars: Record<string, string | number> = {}): string {
  const entry = WORDS[key];
  const text = entry ? entry[lang] : key;
  return text.replace(/\{(\w+)\}/g, (_, k: string) => (k in vars ? String(vars[k]) : `{${k}}`));
}

/** Adds a page's own words (a helper module's dictionary) to the portal's. */
export function addWords(words: Dict): void {
  for (const [k, v] of Object.entries(words)) WORDS[k] = v;
}

/** The page language: `?lang=en` → English, anything else → Bahasa Indonesia. */
export function langOf(req: FastifyRequest): PublicLang {
  const q = req.query as Record<string, unknown> | undefined;
  return q && q.lang === 'en' ? 'en' : 'id';
}
