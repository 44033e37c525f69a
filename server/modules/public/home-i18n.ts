/**
 * Words of the public home, search, about page and map, Bahasa Indonesia first. `{name}` slots are
 * filled by `th`; values are plain text (the html template escapes them). Words every public page
 * shares (zones, government types, categories, methods) stay in public-i18n.ts.
 */
export type HomeLang = 'id' | 'en';

const dict = {
  // The map
  'map.title': { id: 'Peta hasil penilaian kepatuhan {year}', en: 'Map of compliance results {year}' },
  'map.titleEmpty': {
    id: 'Peta Indonesia — belum ada hasil yang dirilis',
    en: 'Map of Indonesia — nothing released yet',
  },
  'zone.hijau': { id: 'Zona Hijau', en: 'Green zone' },
  'zone.kuning': { id: 'Zona Kuning', en: 'Yellow zone' },
  'zone.merah': { id: 'Zona Merah', en: 'Red zone' },
  'zone.belum': { id: 'Belum dinilai', en: 'Not assessed' },
  'zone.dinilai': { id: 'Dinilai (tanpa zona)', en: 'Assessed (no zone)' },
  'map.notAssessed': { id: 'belum dinilai', en: 'not assessed' },
  'map.band': { id: 'kategori {band}', en: 'category {band}' },
  'map.official': { id: 'angka resmi', en: 'official figure' },
  // Home
  'home.title': { id: 'Peta kepatuhan pelayanan publik', en: 'Map of public-service compliance' },
  'home.description': {
    id: 'Hasil penilaian kepatuhan pelayanan publik pemerintah daerah dan instansi yang telah dirilis, pada peta Indonesia, per tahun.',
    en: 'Released public-service compliance results of regional governments and agencies on the map of Indonesia, by year.',
  },
  'home.h1': { id: 'Kepatuhan pelayanan publik di Indonesia', en: 'Public-service compliance in Indonesia' },
  'home.intro': {
    id: 'Ombudsman Republik Indonesia menilai setiap tahun apakah pemerintah daerah, kementerian dan lembaga memenuhi standar pelayanan publik (UU 25/2009). Halaman ini menampilkan hasil yang telah dirilis oleh kantor perwakilan Ombudsman setelah pengumuman nasional. Wilayah abu-abu belum dinilai atau hasilnya belum dirilis — bukan bernilai nol.',
    en: 'Every year the Ombudsman of the Republic of Indonesia assesses whether regional governments, ministries and agencies meet the public-service standards (Law 25/2009). This page shows the results its offices have released after the national announcement. Grey regions are not assessed or not released yet — not zero.',
  },
  'home.searchLabel': { id: 'Cari pemerintah daerah atau instansi', en: 'Search for a government or agency' },
  'home.searchButton': { id: 'Cari', en: 'Search' },
  'home.mapHeading': { id: 'Peta hasil {year}', en: 'Results map {year}' },
  'home.mapHeadingEmpty': { id: 'Peta hasil', en: 'Results map' },
  'home.years': { id: 'Tahun', en: 'Year' },
  'home.layers': { id: 'Tampilkan', en: 'Show' },
  'layer.kabkota': { id: 'Kabupaten/kota', en: 'Regencies/cities' },
  'layer.provinsi': { id: 'Provinsi', en: 'Provinces' },
  'home.method': { id: 'Metode {year}: {method}.', en: 'Method {year}: {method}.' },
  'home.mapHelp': {
    id: 'Pilih wilayah berwarna untuk membuka halaman pemerintahnya. Daftar lengkap ada di bawah peta.',
    en: 'Choose a coloured region to open its government’s page. The full list is below the map.',
  },
  'home.legend': { id: 'Keterangan peta', en: 'Map legend' },
  'home.empty': { id: 'Belum ada hasil yang dirilis.', en: 'No results have been released yet.' },
  'home.emptyYear': {
    id: 'Belum ada hasil yang dirilis untuk tahun {year}.',
    en: 'No results have been released for {year}.',
  },
  'home.zonesHeading': { id: 'Sebaran zona {year}', en: 'Zones in {year}' },
  'home.assessed': {
    id: '{count} pemerintah dan instansi dengan hasil yang dirilis.',
    en: '{count} governments and agencies with a released result.',
  },
  'home.bandsHeading': { id: 'Kategori opini A–E {year}', en: 'Opinion categories A–E in {year}' },
  'home.opinionsHeading': { id: 'Opini Ombudsman {year}', en: 'Ombudsman opinions in {year}' },
  'home.typesHeading': { id: 'Per jenis pemerintah', en: 'By type of government' },
  'home.listSummary': {
    id: 'Daftar hasil {year} ({count} pemerintah dan instansi)',
    en: 'All results of {year} ({count} governments and agencies)',
  },
  'col.zone': { id: 'Zona', en: 'Zone' },
  'col.count': { id: 'Jumlah', en: 'Count' },
  'col.share': { id: 'Persentase', en: 'Share' },
  'col.category': { id: 'Kategori', en: 'Category' },
  'col.opinion': { id: 'Opini', en: 'Opinion' },
  'col.type': { id: 'Jenis', en: 'Type' },
  'col.assessed': { id: 'Dinilai', en: 'Assessed' },
  'col.name': { id: 'Nama', en: 'Name' },
  'col.province': { id: 'Provinsi', en: 'Province' },
  'col.score': { id: 'Nilai', en: 'Score' },
  'col.source': { id: 'Sumber angka', en: 'Source' },
  'col.latest': { id: 'Hasil terbaru', en: 'Latest result' },
  // Search
  'search.title': { id: 'Cari pemerintah', en: 'Search governments' },
  'search.titleFor': { id: 'Hasil pencarian “{q}”', en: 'Results for “{q}”' },
  'search.description': {
    id: 'Cari pemerintah daerah, kementerian atau lembaga dan lihat hasil penilaian kepatuhannya yang telah dirilis.',
    en: 'Find a regional government, ministry or agency and see its released compliance results.',
  },
  'search.hint': {
    id: 'Ketik sedikitnya 2 huruf dari nama pemerintah.',
    en: 'Type at least 2 letters of a name.',
  },
  'search.invalid': {
    id: 'Kata pencarian harus 2 sampai 100 karakter.',
    en: 'The search must be 2 to 100 characters long.',
  },
  'search.none': { id: 'Tidak ada pemerintah yang cocok dengan “{q}”.', en: 'No government matches “{q}”.' },
  'search.count': { id: '{count} pemerintah ditemukan.', en: '{count} governments found.' },
  'search.notReleased': { id: 'Belum ada hasil yang dirilis', en: 'No released result yet' },
  // Errors
  'bad.title': { id: 'Alamat halaman tidak dapat dibaca', en: 'The page address could not be read' },
  'bad.year': {
    id: 'Tahun harus berupa angka empat digit, misalnya 2023.',
    en: 'The year must be a four-digit number, e.g. 2023.',
  },
  'bad.layer': {
    id: 'Pilihan peta harus “provinsi” atau “kabkota”.',
    en: 'The map must be “provinsi” or “kabkota”.',
  },
  'bad.characters': {
    id: 'Alamat halaman memuat karakter yang tidak dapat dibaca.',
    en: 'The page address holds characters that cannot be read.',
  },
  'bad.back': { id: 'Kembali ke beranda', en: 'Back to the home page' },
} satisfies Record<string, Record<HomeLang, string>>;

export type HomeKey = keyof typeof dict;

/** A message of the public home in `lang`, with `{slot}`s filled. */
export function th(lang: HomeLang, key: HomeKey, vars: Record<string, string | number> = {}): string {
  return dict[key][lang].replace(/\{(\w+)\}/g, (m, name: string) => (name in vars ? String(vars[name]) : m));
}
