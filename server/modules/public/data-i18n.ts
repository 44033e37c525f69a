/** The words of /publik/data (open data: downloads, dictionary, licence, policy), id first. */
import { addWords } from './public-i18n';

addWords({
  'data.title': { id: 'Data terbuka', en: 'Open data' },
  'data.description': {
    id: 'Unduh setiap hasil penilaian kepatuhan yang telah dirilis sebagai CSV atau JSON, dengan kamus data, lisensi CC BY 4.0 dan API terbuka berversi.',
    en: 'Download every released compliance result as CSV or JSON, with a data dictionary, the CC BY 4.0 licence and a versioned open API.',
  },
  'data.intro': {
    id: 'Semua angka yang tampil di portal ini — nilai, kategori, zona, opini, dimensi dan unit — dapat diunduh dan dipakai ulang. Hanya hasil yang telah dirilis kantor Ombudsman yang ada di sini; hasil yang ditarik kembali hilang dari data dalam satu menit.',
    en: 'Every figure on this portal — scores, categories, zones, opinions, dimensions and units — can be downloaded and reused. Only results an Ombudsman office has released are here; a withdrawn result leaves the data within a minute.',
  },
  'data.none': {
    id: 'Belum ada hasil yang dirilis. Berkas di bawah berisi baris judul saja sampai hasil pertama dirilis.',
    en: 'No result has been released yet. The files below hold only their header row until the first release.',
  },
  'data.download.title': { id: 'Unduh', en: 'Download' },
  'data.download.year': { id: 'Tahun {year}', en: 'Year {year}' },
  'data.download.all': { id: 'Semua tahun', en: 'All years' },
  'data.download.results': { id: 'Hasil per pemerintah', en: 'Results per government' },
  'data.download.dimensions': { id: 'Nilai per dimensi', en: 'Scores per dimension' },
  'data.download.units': { id: 'Nilai per unit layanan', en: 'Scores per service unit' },
  'data.download.other': { id: 'Lainnya (JSON)', en: 'Other (JSON)' },
  'data.download.years': { id: 'Daftar tahun yang dirilis', en: 'Released years' },
  'data.download.summary': {
    id: 'Ringkasan zona dan kategori per tahun',
    en: 'Zone and category counts per year',
  },
  'data.download.government': {
    id: 'Satu pemerintah dengan dimensi dan unitnya, misalnya',
    en: 'One government with its dimensions and units, for example',
  },
  'data.download.map': {
    id: 'Geometri peta (jalur SVG per kode wilayah)',
    en: 'Map geometry (SVG paths per region code)',
  },
  'data.filters': {
    id: 'Saring hasil dengan parameter year (tahun), type (jenis: kementerian, lembaga, pemprov, pemkab, pemkot) dan province (kode provinsi dua angka), misalnya',
    en: 'Filter the results with the parameters year, type (kementerian, lembaga, pemprov, pemkab, pemkot) and province (two-digit province code), for example',
  },
  'data.format.title': { id: 'Format', en: 'Format' },
  'data.format.csv': {
    id: 'CSV: UTF-8 dengan BOM (terbaca benar di Excel), pemisah koma, baris judul, angka dengan titik desimal (79.5), sel kosong berarti tidak ada nilai. Kolomnya sama persis dengan baris JSON.',
    en: 'CSV: UTF-8 with a BOM (Excel reads it right), comma-separated, a header row, numbers with a dot decimal (79.5), an empty cell means no value. Its columns are exactly the JSON rows’ fields.',
  },
  'data.format.json': {
    id: 'JSON: { version: 1, licence, count, items: [...] }; nilai kosong ditulis null.',
    en: 'JSON: { version: 1, licence, count, items: [...] }; missing values are null.',
  },
  'data.dictionary.title': { id: 'Kamus data', en: 'Data dictionary' },
  'data.dictionary.results': {
    id: 'results.json dan results.csv — satu baris per pemerintah per tahun',
    en: 'results.json and results.csv — one row per government per year',
  },
  'data.dictionary.dimensions': {
    id: 'dimensions.csv — satu baris per pemerintah, tahun dan dimensi',
    en: 'dimensions.csv — one row per government, year and dimension',
  },
  'data.dictionary.units': {
    id: 'units.csv — satu baris per pemerintah, tahun dan unit layanan',
    en: 'units.csv — one row per government, year and service unit',
  },
  'data.col.field': { id: 'Kolom', en: 'Field' },
  'data.col.type': { id: 'Jenis', en: 'Type' },
  'data.col.meaning': { id: 'Arti', en: 'Meaning' },
  'data.col.example': { id: 'Contoh', en: 'Example' },
  'data.licence.title': { id: 'Lisensi', en: 'Licence' },
  'data.licence.data': {
    id: 'Data dilisensikan dengan Creative Commons Atribusi 4.0 Internasional (CC BY 4.0): boleh disalin, dibagikan, diolah dan dipakai untuk tujuan apa pun, termasuk komersial, asalkan mencantumkan sumber:',
    en: 'The data is licensed under Creative Commons Attribution 4.0 International (CC BY 4.0): you may copy, share, adapt and use it for any purpose, commercial included, as long as you credit the source:',
  },
  'data.licence.official': {
    id: 'Angka dengan source = official adalah angka resmi yang diumumkan Ombudsman RI; angka lain dihitung Patuh dari penilaian kantor perwakilan dan bukan pengumuman resmi.',
    en: 'Figures with source = official are the Ombudsman RI’s announced figures; the others are computed by Patuh from the office’s assessment and are not an official announcement.',
  },
  'data.licence.boundaries': {
    id: 'Geometri peta berasal dari batas wilayah cahyadsn/wilayah_boundaries (lisensi MIT, © 2024 Cahya DSN); cantumkan kredit tersebut bila memakainya.',
    en: 'The map geometry comes from the cahyadsn/wilayah_boundaries boundaries (MIT licence, © 2024 Cahya DSN); keep that credit when you use it.',
  },
  'data.api.title': { id: 'API, versi dan batasan', en: 'API, versions and limits' },
  'data.api.version': {
    id: 'Versi: semua alamat ada di bawah /api/public/v1/. Versi 1 tetap: kolom dan artinya tidak berubah, hanya bisa bertambah kolom baru. Perubahan yang memutus kompatibilitas terbit sebagai /api/public/v2/ di samping v1.',
    en: 'Versions: every address is under /api/public/v1/. Version 1 stays: fields and their meanings do not change; only new fields may be added. A breaking change is published as /api/public/v2/ beside v1.',
  },
  'data.api.limit': {
    id: 'Batas: {limit} permintaan per menit per alamat IP untuk seluruh API; selebihnya dijawab 429 dengan { error: { code, message } } dan header Retry-After.',
    en: 'Limit: {limit} requests a minute per IP address across the API; beyond it the answer is 429 with { error: { code, message } } and a Retry-After header.',
  },
  'data.api.cors': {
    id: 'CORS terbuka (Access-Control-Allow-Origin: *): data dapat dibaca langsung dari peramban di situs mana pun.',
    en: 'CORS is open (Access-Control-Allow-Origin: *): any website can read the data straight from the browser.',
  },
  'data.api.cache': {
    id: 'Cache: setiap jawaban membawa ETag dan Cache-Control: public, max-age=60; kirim If-None-Match untuk mendapat 304 bila tidak berubah.',
    en: 'Caching: every answer carries an ETag and Cache-Control: public, max-age=60; send If-None-Match to get 304 when nothing changed.',
  },
  'data.api.errors': {
    id: 'Parameter yang salah dijawab 400 dengan kolom yang salah disebut di error.fields, dalam Bahasa Indonesia (atau bahasa Inggris dengan ?lang=en atau Accept-Language: en).',
    en: 'A wrong parameter answers 400 naming the field in error.fields, in Bahasa Indonesia (or English with ?lang=en or Accept-Language: en).',
  },
  'data.api.openapi': {
    id: 'Dokumentasi OpenAPI (tag open-data):',
    en: 'OpenAPI documentation (tag open-data):',
  },
});
