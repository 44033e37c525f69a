/**
 * Words of the public service catalogue, the service page and the display board, Bahasa Indonesia
 * first; added to the portal's dictionary (tp). Component names come from
 * shared/standards/components.ts, never from here.
 */
import { addWords } from '../public/public-i18n';

addWords({
  'sp.title': { id: 'Standar pelayanan', en: 'Service standards' },
  'sp.description': {
    id: 'Katalog standar pelayanan yang telah ditetapkan dan dipublikasikan: persyaratan, prosedur, waktu, biaya, produk, dan saluran pengaduan setiap layanan.',
    en: 'Catalogue of the service standards that were set and published: requirements, procedure, time, fee, product and complaint channels of each service.',
  },
  'sp.lead': {
    id: 'Cari layanan berdasarkan nama pemerintah daerah, unit pelayanan, atau nama layanan. Hanya standar yang telah ditetapkan dan dipublikasikan yang ditampilkan.',
    en: 'Search by government, service unit or service name. Only standards that were set and published are shown.',
  },
  'sp.searchLabel': { id: 'Cari layanan', en: 'Search services' },
  'sp.govLabel': { id: 'Pemerintah', en: 'Government' },
  'sp.govAll': { id: 'Semua pemerintah', en: 'All governments' },
  'sp.searchButton': { id: 'Cari', en: 'Search' },
  'sp.count': { id: '{count} layanan ditemukan.', en: '{count} services found.' },
  'sp.none': {
    id: 'Belum ada layanan dengan standar pelayanan yang dipublikasikan yang cocok dengan pencarian ini.',
    en: 'No service with a published standard matches this search yet.',
  },
  'sp.noneAtAll': {
    id: 'Belum ada standar pelayanan yang dipublikasikan.',
    en: 'No service standard has been published yet.',
  },
  'sp.unknownGov': {
    id: 'Pemerintah dengan kode ini tidak ditemukan; menampilkan semua pemerintah.',
    en: 'No government has this code; showing every government.',
  },
  'sp.invalidQ': {
    id: 'Kata pencarian harus 2 sampai 100 karakter.',
    en: 'The search must be 2 to 100 characters long.',
  },
  'sp.invalidPage': { id: 'Nomor halaman tidak valid.', en: 'The page number is not valid.' },
  'sp.invalidGov': { id: 'Kode pemerintah tidak valid.', en: 'The government code is not valid.' },
  'sp.pages': { id: 'Halaman {page} dari {pages}', en: 'Page {page} of {pages}' },
  'sp.prev': { id: '‹ Sebelumnya', en: '‹ Previous' },
  'sp.next': { id: 'Berikutnya ›', en: 'Next ›' },
  'sp.pagination': { id: 'Halaman hasil', en: 'Result pages' },
  'sp.free': { id: 'Gratis', en: 'Free' },
  'sp.paid': { id: 'Berbayar', en: 'Paid' },
  'sp.time': { id: 'Waktu: {time}', en: 'Time: {time}' },
  'sp.ogTitle': { id: '{service} — {unit}', en: '{service} — {unit}' },
  'sp.ogDescription': {
    id: 'Standar pelayanan {service} di {unit}, {government}: persyaratan, prosedur, jangka waktu, biaya, produk, dan pengaduan.',
    en: 'Service standard of {service} at {unit}, {government}: requirements, procedure, time, fee, product and complaints.',
  },
  'sp.serviceOf': { id: 'Layanan {unit}', en: 'Service of {unit}' },
  'sp.delivery': { id: 'Komponen pelayanan', en: 'Service delivery' },
  'sp.manufacturing': { id: 'Komponen pengelolaan', en: 'How the service is run' },
  'sp.manufacturingNote': {
    id: 'Unit ini juga mempublikasikan komponen pengelolaan pelayanannya.',
    en: 'This unit also publishes how it runs the service.',
  },
  'sp.count.n': { id: '{count} lembar', en: '{count} sheet(s)' },
  'sp.step': { id: 'Langkah', en: 'Step' },
  'sp.feeLegal': { id: 'Dasar hukum biaya', en: 'Legal basis of the fee' },
  'sp.notFilled': { id: 'Tidak diisi', en: 'Not given' },
  'sp.sk': { id: 'Ditetapkan dengan', en: 'Set by' },
  'sp.skText': { id: 'SK nomor {number}, tanggal {date}', en: 'Decree no. {number} of {date}' },
  'sp.review': { id: 'Ditinjau ulang paling lambat', en: 'To be reviewed by' },
  'sp.reviewPassed': { id: 'tanggal tinjau ulang telah lewat', en: 'the review date has passed' },
  'sp.version': { id: 'Versi', en: 'Version' },
  'sp.publishedAt': { id: 'Dipublikasikan', en: 'Published' },
  'sp.maklumat': { id: 'Maklumat pelayanan', en: 'Service pledge (maklumat)' },
  'sp.maklumatSigned': { id: '{signatory}, {date}', en: '{signatory}, {date}' },
  'sp.board': { id: 'Papan informasi (PDF A3)', en: 'Display board (PDF, A3)' },
  'sp.qr': { id: 'Kode QR halaman ini (SVG)', en: 'QR code of this page (SVG)' },
  'sp.print': { id: 'Cetak dan pasang', en: 'Print and display' },
  'sp.printNote': {
    id: 'Untuk dipasang di ruang tunggu: papan A3 berisi komponen pelayanan dan kode QR yang membuka halaman ini.',
    en: 'For the waiting room: an A3 board with the service components and a QR code that opens this page.',
  },
  'sp.back': { id: 'Kembali ke katalog', en: 'Back to the catalogue' },
  'sp.otherServices': { id: 'Layanan lain {government}', en: 'Other services of {government}' },
  'sp.complain': {
    id: 'Pelayanan tidak sesuai standar? Sampaikan ke unit ini atau laporkan ke Ombudsman.',
    en: 'Service not as promised? Tell the unit, or report it to the Ombudsman.',
  },
  'sp.report': { id: 'Lapor ke Ombudsman', en: 'Report to the Ombudsman' },
  // The government page's section
  'sp.gov.title': { id: 'Standar pelayanan', en: 'Service standards' },
  'sp.gov.lead': {
    id: 'Layanan dengan standar pelayanan yang telah ditetapkan dan dipublikasikan, per unit.',
    en: 'Services with a set and published service standard, per unit.',
  },
  'sp.gov.unit': { id: 'Unit pelayanan', en: 'Service unit' },
  'sp.gov.services': { id: 'Layanan', en: 'Services' },
  'sp.gov.total': { id: 'Jumlah', en: 'Total' },
  'sp.gov.link': { id: 'Lihat semua layanan di katalog', en: 'See every service in the catalogue' },
  // The board
  'sp.board.scan': {
    id: 'Pindai untuk membuka standar pelayanan ini',
    en: 'Scan to open this service standard',
  },
});
