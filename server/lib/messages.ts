/**
 * Server-side messages in both languages. Errors carry a key; the error plugin resolves it in the
 * request's language (the user's saved locale, else Accept-Language, else Bahasa Indonesia).
 */
import { z } from 'zod';
import type { $ZodIssue } from 'zod/v4/core';
import { UNIT_PROFILE_MESSAGES } from '../modules/unit-profile/unit-profile.messages';
import { SURVEY_MESSAGES } from '../modules/surveys/surveys.messages';
import { SURVEY_FEED_MESSAGES } from '../modules/survey-feed/survey-feed.messages';
import { SURVEY_RESULTS_MESSAGES } from '../modules/survey-results/survey-results.messages';
import { FOLLOWUP_REPORT_MESSAGES } from '../modules/followup-reports/followup-reports.messages';

export type Locale = 'id' | 'en';

const dict: Record<string, { id: string; en: string }> = {
  ...UNIT_PROFILE_MESSAGES,
  ...SURVEY_MESSAGES,
  ...SURVEY_FEED_MESSAGES,
  ...SURVEY_RESULTS_MESSAGES,
  ...FOLLOWUP_REPORT_MESSAGES,
  'error.validation': {
    id: 'Data yang dikirim belum benar. Periksa isian yang ditandai.',
    en: 'Some fields need attention.',
  },
  'error.notFound': {
    id: 'Data tidak ditemukan atau Anda tidak memiliki akses.',
    en: 'Not found, or you do not have access.',
  },
  'error.identityKeyMismatch': {
    id: 'Identitas pelapor tidak dapat dibuka: data ini dienkripsi dengan kunci lain. Pasang kunci yang dipakai saat laporan dicatat (PATUH_IDENTITY_KEY atau keys/identity.key di folder data).',
    en: 'The reporter’s identity cannot be opened: it was encrypted under another key. Install the key in use when the report was recorded (PATUH_IDENTITY_KEY or keys/identity.key in the data folder).',
  },
  'error.fileContentMissing': {
    id: 'Isi berkas ini tidak tersimpan di server (data sintetis, atau berkas hilang dari folder unggahan).',
    en: 'This file’s content is not stored on the server (synthetic data, or missing from the uploads folder).',
  },
  'error.forbidden': {
    id: 'Anda tidak memiliki izin untuk tindakan ini.',
    en: 'You are not allowed to do this.',
  },
  'error.unauthenticated': { id: 'Silakan masuk terlebih dahulu.', en: 'Please sign in first.' },
  'error.csrf': {
    id: 'Sesi formulir tidak valid. Muat ulang halaman lalu coba lagi.',
    en: 'Form session is invalid. Reload the page and try again.',
  },
  'error.rateLimited': {
    id: 'Terlalu banyak percobaan. Coba lagi dalam {seconds} detik.',
    en: 'Too many attempts. Try again in {seconds} seconds.',
  },
  'error.locked': {
    id: 'Akun dikunci sementara karena terlalu banyak percobaan masuk gagal. Coba lagi setelah {minutes} menit.',
    en: 'The account is locked after too many failed sign-ins. Try again in {minutes} minutes.',
  },
  'error.credentials': { id: 'Email atau kata sandi salah.', en: 'Wrong e-mail or password.' },
  'error.internal': {
    id: 'Terjadi kesalahan pada server. Data Anda tidak berubah; coba lagi.',
    en: 'Something went wrong on the server. Nothing was changed; please try again.',
  },
  'error.payloadTooLarge': {
    id: 'Berkas terlalu besar (maksimal {max}).',
    en: 'The file is too large (maximum {max}).',
  },
  'error.unsupportedFile': {
    id: 'Jenis berkas tidak didukung. Yang diterima: {allowed}.',
    en: 'Unsupported file type. Accepted: {allowed}.',
  },
  'error.malformed': { id: 'Permintaan tidak dapat dibaca.', en: 'The request could not be read.' },
  'error.routeNotFound': { id: 'Alamat API tidak dikenal.', en: 'Unknown API address.' },
  'field.required': { id: 'Wajib diisi.', en: 'Required.' },
  'field.entityOrUnit': {
    id: 'Pilih tingkat pemerintah atau satu unit, tidak keduanya.',
    en: 'Choose the government level or one unit, not both.',
  },
  'field.productNeedsUnit': {
    id: 'Produk layanan hanya dapat dipilih bersama unitnya.',
    en: 'A service product can only be chosen together with its unit.',
  },
  'field.tooShort': { id: 'Minimal {min} karakter.', en: 'At least {min} characters.' },
  'field.tooLong': { id: 'Maksimal {max} karakter.', en: 'At most {max} characters.' },
  'field.email': { id: 'Alamat email tidak valid.', en: 'Invalid e-mail address.' },
  'field.phone': {
    id: 'Nomor telepon tidak valid (contoh: 0812-3456-7890 atau +62 21 345678).',
    en: 'Invalid phone number (e.g. 0812-3456-7890 or +62 21 345678).',
  },
  'field.uuid': { id: 'Pengenal tidak valid.', en: 'Invalid identifier.' },
  'field.date': { id: 'Tanggal tidak valid (format TTTT-BB-HH).', en: 'Invalid date (format YYYY-MM-DD).' },
  'field.choice': {
    id: 'Pilihan tidak valid. Pilih salah satu: {values}.',
    en: 'Invalid choice. Pick one of: {values}.',
  },
  'field.number': { id: 'Harus berupa angka.', en: 'Must be a number.' },
  'field.tooSmall': { id: 'Minimal {min}.', en: 'At least {min}.' },
  'field.tooBig': { id: 'Maksimal {max}.', en: 'At most {max}.' },
  'field.unknown': { id: 'Isian tidak dikenal.', en: 'Unknown field.' },
  'field.invalid': { id: 'Isian tidak valid.', en: 'Invalid value.' },
  'field.password': {
    id: 'Kata sandi minimal 10 karakter.',
    en: 'The password needs at least 10 characters.',
  },
  'field.dateOrder': {
    id: 'Tanggal akhir harus sesudah tanggal mulai.',
    en: 'The end date must be after the start date.',
  },
  'field.regionTaken': {
    id: 'Wilayah ini sudah terdaftar sebagai pemerintah lain.',
    en: 'This region is already registered as another government.',
  },
  'field.regionUnknown': { id: 'Kode wilayah tidak dikenal.', en: 'Unknown region code.' },
  'field.regionType': {
    id: 'Jenis pemerintah tidak cocok dengan wilayah ({kind}).',
    en: 'The government type does not match the region ({kind}).',
  },
  'field.regionRequired': {
    id: 'Pemerintah daerah wajib memiliki kode wilayah Kemendagri.',
    en: 'A regional government needs its Kemendagri region code.',
  },
  'field.regionNotAllowed': {
    id: 'Kementerian/lembaga tidak memiliki kode wilayah.',
    en: 'Ministries and agencies have no region code.',
  },
  'field.parentUnit': {
    id: 'Unit induk tidak ditemukan pada pemerintah ini.',
    en: 'The parent unit is not in this government.',
  },
  'field.parentCycle': {
    id: 'Unit tidak boleh menjadi induk bagi dirinya sendiri atau turunannya.',
    en: 'A unit cannot be its own parent or descendant.',
  },
  'field.unitCodeTaken': {
    id: 'Kode unit ini sudah dipakai unit aktif lain di pemerintah ini.',
    en: 'Another active unit of this government already uses this code.',
  },
  'field.noCoveringOffice': {
    id: 'Belum ada kantor perwakilan yang mencakup provinsi ini. Pilih kantor pengawas atau tambahkan provinsi ke cakupan kantor.',
    en: 'No Ombudsman office covers this province yet. Choose the overseeing office or add the province to an office.',
  },
  'field.officeChoose': {
    id: 'Pilih kantor perwakilan yang aktif.',
    en: 'Choose an active Ombudsman office.',
  },
  'field.emailTaken': {
    id: 'Email ini sudah dipakai akun lain.',
    en: 'This e-mail is used by another account.',
  },
  'field.officeRequired': {
    id: 'Peran ini wajib memiliki kantor perwakilan.',
    en: 'This role needs an Ombudsman office.',
  },
  'field.governmentRequired': {
    id: 'Peran ini wajib memiliki pemerintah.',
    en: 'This role needs a government.',
  },
  'field.unitsRequired': {
    id: 'PIC unit wajib memiliki minimal satu unit.',
    en: 'A unit PIC needs at least one unit.',
  },
  'field.outOfReach': { id: 'Di luar wilayah kewenangan Anda.', en: 'Outside your reach.' },
  'field.officeCode': { id: 'Kode kantor sudah dipakai.', en: 'This office code is already used.' },
  'conflict.archivedParent': { id: 'Data induk sudah diarsipkan.', en: 'The parent record is archived.' },
  // service standards (issue 15)
  'standard.conflict': {
    id: 'Draf ini sudah disimpan oleh {name} pada {at} setelah Anda membukanya. Perubahan Anda belum tersimpan: muat ulang untuk melihat isinya yang terbaru, lalu ulangi perubahan Anda.',
    en: '{name} saved this draft at {at}, after you opened it. Your change was not saved: reload to see the latest content, then make your change again.',
  },
  'standard.conflictAnon': {
    id: 'Draf ini sudah diubah pada {at} setelah Anda membukanya. Perubahan Anda belum tersimpan: muat ulang lalu ulangi perubahan Anda.',
    en: 'This draft was changed at {at}, after you opened it. Your change was not saved: reload, then make your change again.',
  },
  'standard.draftExists': {
    id: 'Produk layanan ini sudah memiliki draf standar yang terbuka. Lanjutkan draf tersebut.',
    en: 'This service product already has an open draft standard. Continue that draft.',
  },
  'standard.retry': {
    id: 'Draf standar produk ini baru saja berubah. Muat ulang halaman lalu coba lagi.',
    en: "This product's draft standard just changed. Reload the page and try again.",
  },
  'standard.frozen': {
    id: 'Versi standar yang sudah ditetapkan tidak dapat diubah. Buka draf baru untuk membuat versi berikutnya.',
    en: 'A set version of a standard cannot be changed. Open a new draft to make the next version.',
  },
  'standard.submittedLocked': {
    id: 'Draf ini sudah diajukan ke koordinator; hanya koordinator yang dapat mengubah atau mengembalikannya.',
    en: 'This draft has been submitted to the coordinator; only the coordinator can change or return it.',
  },
  'standard.notDraft': {
    id: 'Hanya draf yang dapat diajukan.',
    en: 'Only a draft can be submitted.',
  },
  'standard.notSubmitted': {
    id: 'Hanya draf yang sudah diajukan yang dapat dikembalikan.',
    en: 'Only a submitted draft can be returned.',
  },
  'standard.notSet': {
    id: 'Hanya versi yang sudah ditetapkan yang dapat dipublikasikan.',
    en: 'Only a set version can be published.',
  },
  'standard.alreadySet': {
    id: 'Versi ini sudah ditetapkan oleh {name} pada {at}. Tidak ada yang diubah.',
    en: 'This version was already set by {name} at {at}. Nothing was changed.',
  },
  'field.skFile': {
    id: 'Unggah berkas SK penetapan (PDF, JPEG, atau PNG) sebagai isian "sk", setelah isian lainnya.',
    en: 'Upload the decree (SK) file (PDF, JPEG or PNG) as the field "sk", after the other fields.',
  },
  'conflict.hasActiveChildren': {
    id: 'Masih ada data aktif yang bergantung padanya ({count}). Arsipkan data tersebut terlebih dahulu.',
    en: 'Active records still depend on it ({count}). Archive them first.',
  },
  'conflict.importState': {
    id: 'Impor ini tidak dalam keadaan siap ditulis ({status}).',
    en: 'This import is not ready to be written ({status}).',
  },
  'field.contactEmailRequired': {
    id: 'Kontak ini belum memiliki email; isi email terlebih dahulu.',
    en: 'This contact has no e-mail yet; add one first.',
  },
  'field.unitNotInGovernment': {
    id: 'Unit harus milik pemerintah ini.',
    en: 'Units must belong to this government.',
  },
  'activity.heldOnFuture': {
    id: 'Tanggal kegiatan terlalu jauh di masa depan (paling lambat satu tahun dari hari ini).',
    en: 'The activity date is too far in the future (at most one year from today).',
  },
  'activity.heldOnPast': {
    id: 'Tanggal kegiatan tidak boleh sebelum tahun 2000.',
    en: 'The activity date cannot be before 2000.',
  },
  'activity.unitTwice': { id: 'Unit yang sama dipilih dua kali.', en: 'The same unit is chosen twice.' },
  'activity.dueBeforeHeld': {
    id: 'Batas waktu tidak boleh sebelum tanggal kegiatan.',
    en: 'The due date cannot be before the activity date.',
  },
  'activity.stale': {
    id: 'Kegiatan ini baru saja diubah orang lain. Muat ulang untuk melihat versi terbaru; isian Anda belum disimpan.',
    en: 'Someone else just changed this activity. Reload to see the latest version; your edits were not saved.',
  },
  'activity.archived': { id: 'Kegiatan ini sudah diarsipkan.', en: 'This activity is already archived.' },
  'activity.actionHasFollowup': {
    id: 'Tindak lanjut kegiatan ini sudah masuk daftar tindak lanjut dan tidak dapat dihapus. Ubah isinya, atau selesaikan lewat daftar tindak lanjut.',
    en: 'This action is already in the follow-up backlog and cannot be deleted. Edit it, or close it through the backlog.',
  },
  'activity.photoUnreadable': {
    id: 'Foto tidak dapat dibaca sehingga metadatanya tidak dapat dibersihkan. Simpan ulang sebagai JPEG atau PNG.',
    en: 'The photo could not be read, so its metadata could not be removed. Save it again as JPEG or PNG.',
  },
  'activity.tooManyPhotos': {
    id: 'Satu kegiatan paling banyak memuat {max} foto.',
    en: 'An activity holds at most {max} photos.',
  },
  'field.selfArchive': {
    id: 'Anda tidak dapat mengarsipkan akun Anda sendiri.',
    en: 'You cannot archive your own account.',
  },
  'field.fileRequired': {
    id: 'Pilih satu berkas pada isian "file".',
    en: 'Choose one file in the "file" field.',
  },
  'conflict.archived': {
    id: 'Data ini sudah diarsipkan; pulihkan terlebih dahulu.',
    en: 'This record is archived; restore it first.',
  },
  'conflict.contactHasAccount': {
    id: 'Kontak ini sudah memiliki akun.',
    en: 'This contact already has an account.',
  },
  'field.contactsRequired': { id: 'Pilih paling sedikit satu kontak.', en: 'Choose at least one contact.' },
  'field.setupTokenUnknown': {
    id: 'Tautan masuk ini tidak dikenal. Periksa tautannya, atau minta tautan baru kepada koordinator.',
    en: 'This sign-in link is not recognised. Check the link, or ask your coordinator for a new one.',
  },
  'field.setupTokenUsed': {
    id: 'Tautan masuk ini sudah dipakai atau sudah diganti dengan tautan yang lebih baru. Masuk dengan kata sandi Anda, atau minta tautan baru kepada koordinator.',
    en: 'This sign-in link has already been used or replaced by a newer one. Sign in with your password, or ask your coordinator for a new link.',
  },
  'field.setupTokenExpired': {
    id: 'Tautan masuk ini sudah kedaluwarsa. Minta tautan baru kepada koordinator.',
    en: 'This sign-in link has expired. Ask your coordinator for a new one.',
  },
  'field.personNotFound': {
    id: 'Akun PIC atau verifikator internal ini tidak ditemukan di pemerintah ini.',
    en: 'No such PIC or internal verifier account in this government.',
  },
  'field.handoverTarget': {
    id: 'Pilih penerima: satu akun yang ada atau satu kontak (bukan keduanya).',
    en: 'Choose who takes over: one existing account or one contact (not both).',
  },
  'field.handoverSame': {
    id: 'Penerima harus orang lain.',
    en: 'The new person must be someone else.',
  },
  'field.handoverRole': {
    id: 'Penerima harus memiliki peran yang sama (PIC unit atau verifikator internal).',
    en: 'The new person must have the same role (unit PIC or internal verifier).',
  },
  'field.handoverContactHasAccount': {
    id: 'Kontak ini sudah memiliki akun; pilih akun tersebut sebagai penerima.',
    en: 'This contact already has an account; choose that account instead.',
  },
  'conflict.nothingToHandOver': {
    id: 'Tidak ada yang dapat diserahterimakan: akun ini tidak memegang unit maupun penugasan rencana kerja.',
    en: 'Nothing to hand over: this account holds no units and no work-plan assignments.',
  },
  'conflict.jobNotFailed': {
    id: 'Hanya tugas yang gagal yang dapat diulang.',
    en: 'Only a failed job can be retried.',
  },
  'conflict.contactHasNoAccount': {
    id: 'Kontak ini belum memiliki akun. Buat akun PIC terlebih dahulu.',
    en: 'This contact has no account yet. Create a PIC account first.',
  },
  'conflict.resetNotPic': {
    id: 'Kata sandi akun ini hanya dapat disetel ulang oleh admin (akun tersebut bukan akun PIC unit).',
    en: "Only an admin can reset this account's password (it is not a unit PIC account).",
  },
  'import.notXlsx': {
    id: 'Berkas bukan buku kerja Excel (.xlsx) yang dapat dibaca. Unduh templat impor, isi, simpan sebagai "Buku Kerja Excel (*.xlsx)", lalu unggah kembali.',
    en: 'The file is not a readable Excel workbook (.xlsx). Download the import template, fill it in, save it as "Excel Workbook (*.xlsx)" and upload it again.',
  },
  'import.fileRequired': {
    id: 'Pilih berkas Excel (.xlsx) untuk diunggah.',
    en: 'Choose an Excel (.xlsx) file to upload.',
  },
  'import.sheetMissing': {
    id: 'Sheet "{sheet}" tidak ditemukan. Gunakan templat impor dan jangan mengganti nama sheet.',
    en: 'Sheet "{sheet}" is missing. Use the import template and keep the sheet names.',
  },
  'import.columnMissing': {
    id: 'Kolom "{column}" tidak ada pada baris judul sheet "{sheet}". Jangan mengubah baris judul templat.',
    en: 'Column "{column}" is missing from the header row of sheet "{sheet}". Keep the template header row.',
  },
  'import.empty': {
    id: 'Berkas tidak berisi data. Isi minimal satu baris pada sheet Unit, Layanan atau PIC.',
    en: 'The file has no data. Fill in at least one row on the Unit, Layanan or PIC sheet.',
  },
  'import.choice': {
    id: 'Nilai "{value}" tidak dikenal. Pilih salah satu: {values}.',
    en: 'Unknown value "{value}". Pick one of: {values}.',
  },
  'import.codeDuplicate': {
    id: 'Kode unit "{code}" sudah dipakai pada baris {row} di berkas ini.',
    en: 'Unit code "{code}" is already used on row {row} of this file.',
  },
  'import.codeExists': {
    id: 'Kode unit "{code}" sudah terdaftar pada pemerintah ini.',
    en: 'Unit code "{code}" is already registered in this government.',
  },
  'import.parentNotFound': {
    id: 'Unit induk dengan kode "{code}" tidak ditemukan di berkas ini maupun di pemerintah ini.',
    en: 'No parent unit with code "{code}" in this file or this government.',
  },
  'import.unitNotFound': {
    id: 'Unit dengan kode "{code}" tidak ditemukan di sheet Unit maupun di pemerintah ini.',
    en: 'No unit with code "{code}" on the Unit sheet or in this government.',
  },
  'import.tooManyRows': {
    id: 'Sheet "{sheet}" berisi lebih dari {max} baris data. Bagi data menjadi beberapa berkas (paling banyak {max} baris per sheet) lalu unggah satu per satu.',
    en: 'Sheet "{sheet}" has more than {max} data rows. Split the data into several files (at most {max} rows per sheet) and upload them one at a time.',
  },
  'import.tooLargeUncompressed': {
    id: 'Isi berkas Excel terlalu besar setelah dibuka (lebih dari {max} MB). Bagi data menjadi beberapa berkas lalu unggah satu per satu.',
    en: 'The Excel file is too large once unpacked (more than {max} MB). Split the data into several files and upload them one at a time.',
  },
  'conflict.importRunning': {
    id: 'Impor lain untuk pemerintah ini sedang diproses. Tunggu sampai selesai, lalu unggah lagi.',
    en: 'Another import for this government is being processed. Wait until it finishes, then upload again.',
  },
  'error.concurrentRetry': {
    id: 'Perubahan ini bertabrakan dengan perubahan lain yang dikirim pada saat yang sama, jadi tidak disimpan. Kirim sekali lagi.',
    en: 'This change crossed another one sent at the same moment, so it was not saved. Please send it again.',
  },
  'error.busy': {
    id: 'Server sedang sibuk menyiapkan berkas lain. Coba lagi sebentar lagi.',
    en: 'The server is busy preparing other files. Please try again shortly.',
  },
  'error.workerTimeout': {
    id: 'Penyiapan berkas memakan waktu terlalu lama dan dihentikan. Coba lagi nanti.',
    en: 'Preparing the file took too long and was stopped. Please try again later.',
  },
  'import.internal': {
    id: 'Berkas tidak dapat diproses karena kesalahan pada server. Tidak ada data yang disimpan; coba unggah ulang.',
    en: 'The file could not be processed because of a server error. Nothing was saved; please upload it again.',
  },
  // Standards workbook (issue 15 part 6)
  'standardsImport.invalid': {
    id: 'Berkas berisi {count} kesalahan; tidak ada yang disimpan. Perbaiki baris dan kolom yang disebut, lalu unggah lagi.',
    en: 'The file has {count} errors; nothing was saved. Fix the rows and columns listed, then upload again.',
  },
  'standardsImport.empty': {
    id: 'Sheet "Standar" tidak berisi data. Isi minimal satu baris layanan.',
    en: 'The "Standar" sheet has no data. Fill in at least one service row.',
  },
  'standardsImport.tooManyRows': {
    id: 'Sheet "Standar" berisi lebih dari {max} layanan. Bagi menjadi beberapa berkas lalu unggah satu per satu.',
    en: 'The "Standar" sheet has more than {max} services. Split it into several files and upload them one at a time.',
  },
  'standardsImport.productNotFound': {
    id: 'Layanan "{service}" pada unit "{unit}" tidak ditemukan di pemerintah ini (atau di luar unit Anda). Tulis nama unit dan nama layanan sama persis dengan di Patuh.',
    en: 'No service "{service}" at unit "{unit}" in this government (or outside your units). Write the unit and service names exactly as in Patuh.',
  },
  'standardsImport.productAmbiguous': {
    id: 'Ada lebih dari satu unit bernama "{unit}" dengan layanan "{service}". Isi kolom Kode Unit.',
    en: 'More than one unit named "{unit}" has a service "{service}". Fill in the Kode Unit column.',
  },
  'standardsImport.productDuplicate': {
    id: 'Layanan ini sudah ditulis pada baris {row}. Satu layanan hanya boleh satu baris.',
    en: 'This service is already on row {row}. One row per service.',
  },
  'standardsImport.submitted': {
    id: 'Standar layanan ini sedang diajukan ke koordinator; hanya koordinator yang dapat mengubahnya.',
    en: 'This standard has been submitted to the coordinator; only the coordinator can change it.',
  },
  'standardsImport.requirementFormat': {
    id: 'Persyaratan ke-{line}: tulis "nama dokumen | bentuk | jumlah", misalnya "Kartu Keluarga | fotokopi | 1".',
    en: 'Requirement {line}: write "document | form | count", e.g. "Kartu Keluarga | fotokopi | 1".',
  },
  'standardsImport.requirementForm': {
    id: 'Persyaratan ke-{line}: bentuk "{value}" tidak dikenal. Pilih asli, fotokopi, asli dan fotokopi, atau digital.',
    en: 'Requirement {line}: unknown form "{value}". Use asli, fotokopi, asli dan fotokopi or digital.',
  },
  'standardsImport.requirementCount': {
    id: 'Persyaratan ke-{line}: jumlah "{value}" harus bilangan bulat 1–99, atau dikosongkan.',
    en: 'Requirement {line}: the count "{value}" must be a whole number 1–99, or empty.',
  },
  'standardsImport.procedureFormat': {
    id: 'Langkah ke-{line} kosong. Tulis satu langkah per baris, misalnya "1. Pemohon mengambil nomor antrean | Pemohon".',
    en: 'Step {line} is empty. Write one step per line, e.g. "1. Pemohon mengambil nomor antrean | Pemohon".',
  },
  'standardsImport.durationFormat': {
    id: 'Tulis angka dan satuannya (menit, jam, atau hari kerja), misalnya "30 menit" atau "1 hari kerja".',
    en: 'Write a number and its unit (menit, jam or hari kerja), e.g. "30 menit" or "1 hari kerja".',
  },
  'standardsImport.feeFormat': {
    id: 'Tulis "Gratis | dasar hukum" atau "nama biaya: jumlah; … | dasar hukum", misalnya "Legalisir: 5000 | Perda No. 3 Tahun 2021".',
    en: 'Write "Gratis | legal basis" or "fee name: amount; … | legal basis", e.g. "Legalisir: 5000 | Perda No. 3 Tahun 2021".',
  },
  'standardsImport.feeAmount': {
    id: 'Jumlah "{value}" untuk "{name}" harus rupiah bulat, misalnya 5000 atau 5.000.',
    en: 'The amount "{value}" for "{name}" must be whole rupiah, e.g. 5000 or 5.000.',
  },
  'standardsImport.channelKind': {
    id: 'Saluran ke-{line}: "{value}" tidak dikenal. Tulis "saluran: keterangan"; saluran: {values}.',
    en: 'Channel {line}: unknown "{value}". Write "channel: detail"; channels: {values}.',
  },
  'standardsImport.yesNo': { id: 'Isi "ya" atau "tidak".', en: 'Write "ya" (yes) or "tidak" (no).' },
  'standardsImport.conflict': {
    id: 'Draf salah satu layanan baru saja diubah orang lain. Tidak ada yang disimpan; ekspor ulang lalu coba lagi.',
    en: "Someone else just changed one of the services' drafts. Nothing was saved; export again and retry.",
  },
  // Framework editor
  'error.frameworkInvalid': {
    id: 'Kerangka penilaian belum valid ({count} masalah). Perbaiki node yang ditandai lalu simpan lagi.',
    en: 'The framework is not valid yet ({count} problems). Fix the marked nodes and save again.',
  },
  'framework.weightsSum': {
    id: 'Jumlah bobot anak {sum}, seharusnya 100.',
    en: 'Weights do not add up to 100 (they add up to {sum}).',
  },
  'field.frameworkId': {
    id: 'Id kerangka hanya boleh huruf kecil, angka dan tanda hubung (contoh: ombudsman-2025).',
    en: 'A framework id may only hold lower-case letters, digits and dashes (e.g. ombudsman-2025).',
  },
  'field.frameworkIdTaken': {
    id: 'Id kerangka "{id}" sudah dipakai. Pilih id lain.',
    en: 'Framework id "{id}" is already used. Choose another one.',
  },
  'conflict.frameworkFrozen': {
    id: 'Kerangka ini dibekukan karena sudah dipakai oleh siklus penilaian. Duplikat kerangka ini untuk membuat versi baru.',
    en: 'This framework is frozen because a cycle uses it. Duplicate it to make a new version.',
  },
  'field.frameworkNoOffice': {
    id: 'Hanya kerangka milik kantor perwakilan yang dapat dijadikan set spot check kantor.',
    en: "Only an office's own framework can be its spot-check set.",
  },
  'conflict.frameworkBuiltin': {
    id: 'Kerangka bawaan tidak dapat diubah. Duplikat kerangka ini untuk membuat versi sendiri.',
    en: 'Built-in frameworks cannot be edited. Duplicate it to make your own version.',
  },
  'field.phaseOrder': {
    id: 'Tanggal tahap harus berurutan: tidak boleh sebelum {after}.',
    en: 'Phase dates must be in order: not before {after}.',
  },
  'field.frameworkDraft': {
    id: 'Kerangka ini masih draf: bobot dan rentang opininya belum dikonfirmasi. Admin perlu menduplikatnya, menetapkan bobot dan rentang, lalu menyimpan salinannya tanpa status draf.',
    en: 'This framework is a draft: its weights and opinion bands are unconfirmed. An admin must duplicate it, set them, and save the copy without the draft mark.',
  },
  'field.frameworkUnknown': {
    id: 'Kerangka penilaian tidak ditemukan.',
    en: 'Unknown assessment framework.',
  },
  // Crosswalk of indicator codes (issue 17)
  'field.crosswalkCode': {
    id: 'Kode {code} bukan indikator kerangka {framework}.',
    en: 'Code {code} is not an indicator of framework {framework}.',
  },
  'field.crosswalkCodeFormat': {
    id: 'Kode indikator hanya huruf besar, angka, titik, garis bawah dan tanda hubung (contoh: PROSES.6.A).',
    en: 'An indicator code may only hold capitals, digits, dots, underscores and dashes (e.g. PROSES.6.A).',
  },
  'field.crosswalkSameFramework': {
    id: 'Kerangka asal dan tujuan harus berbeda; dalam satu kerangka kode yang sama dipakai.',
    en: 'The source and target frameworks must differ; within one framework the same code is used.',
  },
  'conflict.crosswalkExists': {
    id: 'Baris crosswalk ini sudah ada.',
    en: 'This crosswalk row exists already.',
  },
  'conflict.crosswalkBuiltin': {
    id: 'Baris crosswalk bawaan tidak dapat dihapus; baris ini berasal dari berkas frameworks/crosswalks.',
    en: 'A built-in crosswalk row cannot be deleted; it comes from a frameworks/crosswalks file.',
  },
  'field.notOverseen': {
    id: 'Pemerintah ini tidak diawasi oleh kantor perwakilan siklus ini.',
    en: 'This government is not overseen by the office of this cycle.',
  },
  'field.unitUnknown': {
    id: 'Unit tidak ditemukan pada pemerintah dalam siklus ini.',
    en: 'The unit is not in a government of this cycle.',
  },
  'field.productUnknown': {
    id: 'Produk layanan tidak ditemukan pada pemerintah dalam siklus ini.',
    en: 'The service product is not in a government of this cycle.',
  },
  'field.indicatorNotInFramework': {
    id: 'Kode indikator ini tidak ada dalam kerangka penilaian siklus ini.',
    en: "This indicator code is not in this cycle's assessment framework.",
  },
  'field.unitNotSampled': {
    id: 'Unit ini tidak termasuk sampel siklus.',
    en: 'This unit is not in the cycle sample.',
  },
  'field.notAssessor': {
    id: 'Akun ini bukan asesor pada kantor perwakilan siklus ini.',
    en: 'This account is not an assessor of the office of this cycle.',
  },
  'field.scale': {
    id: 'Nilai harus antara {min} dan {max}.',
    en: 'The value must be between {min} and {max}.',
  },
  'field.yesNo': { id: 'Nilai harus 0 (tidak) atau 1 (ya).', en: 'The value must be 0 (no) or 1 (yes).' },
  'field.valueOrNa': {
    id: 'Pilih satu nilai atau N/A, bukan keduanya.',
    en: 'Choose a value or N/A, not both.',
  },
  'field.naNotAllowed': {
    id: 'Indikator ini tidak dapat dinilai N/A.',
    en: 'This indicator cannot be rated N/A.',
  },
  'field.reasonRequired': {
    id: 'Alasan wajib diisi (minimal 3 karakter).',
    en: 'A reason is required (at least 3 characters).',
  },
  'error.notAssigned': {
    id: 'Anda tidak ditugaskan sebagai asesor untuk pemerintah ini.',
    en: 'You are not assigned as assessor of this government.',
  },
  'error.internalReadOnly': {
    id: 'Penilaian mandiri pemerintah ini dibagikan untuk dibaca saja; perubahan hanya oleh pemerintah itu sendiri.',
    en: "This government's self-assessment is shared read-only; only the government itself can change it.",
  },
  'error.notInternalVerifier': {
    id: 'Pengguna ini bukan verifikator internal (Inspektorat) pemerintah ini.',
    en: 'This user is not an internal verifier (Inspectorate) of this government.',
  },
  'field.unitNotInCycle': {
    id: 'Unit ini tidak termasuk dalam siklus.',
    en: 'This unit is not part of the cycle.',
  },
  'field.noActiveUnits': {
    id: 'Pemerintah ini belum memiliki unit aktif untuk dinilai.',
    en: 'This government has no active units to assess yet.',
  },
  'field.unitOutsideGovernment': {
    id: 'Unit ini bukan unit aktif pemerintah ini.',
    en: 'This unit is not an active unit of this government.',
  },
  'conflict.internalCycle': {
    id: 'Penilaian mandiri mencakup satu pemerintah dengan rencana kerjanya sendiri; tindakan ini hanya untuk siklus Ombudsman.',
    en: "A self-assessment covers one government with its own work plan; this is for the Ombudsman's cycles only.",
  },
  'conflict.cyclePhase': {
    id: 'Tindakan ini tidak dapat dilakukan pada tahap siklus saat ini.',
    en: 'This cannot be done in the current phase of the cycle.',
  },
  'conflict.approveToPublish': {
    id: 'Hasil diterbitkan melalui persetujuan kepala perwakilan.',
    en: "Results are published through the head's approval.",
  },
  'conflict.notFinal': {
    id: 'Siklus belum berada pada tahap final.',
    en: 'The cycle is not in the final phase yet.',
  },
  'conflict.sampleEmpty': {
    id: 'Setiap pemerintah dalam siklus harus memiliki unit sampel sebelum penilaian mandiri dibuka.',
    en: 'Every government in the cycle needs sampled units before self-assessment opens.',
  },
  'conflict.unverified': {
    id: 'Masih ada butir yang dijawab tetapi belum diverifikasi.',
    en: 'Some answered items are not verified yet.',
  },
  'conflict.unverifiedCount': {
    id: '{count} butir yang dijawab belum diverifikasi (terima atau tetapkan nilainya). {blank} butir tidak dijawab tidak perlu diverifikasi: dihitung 0.',
    en: '{count} answered items are not verified yet (accept or set their value). {blank} unanswered items need no verification: they count as 0.',
  },
  'conflict.openAppeals': {
    id: 'Masih ada sanggahan yang belum dijawab.',
    en: 'Some appeals are still unanswered.',
  },
  'conflict.openAppealsCount': {
    id: '{count} sanggahan belum dijawab.',
    en: '{count} appeals are still unanswered.',
  },
  'conflict.notSelfPhase': {
    id: 'Penilaian mandiri hanya dapat diisi pada tahap penilaian mandiri.',
    en: 'The self-assessment can only be filled in during the self-assessment phase.',
  },
  'conflict.unitSubmitted': {
    id: 'Penilaian mandiri unit ini sudah dikirim dan terkunci.',
    en: "This unit's self-assessment was submitted and is locked.",
  },
  'conflict.notVerifyPhase': {
    id: 'Verifikasi hanya dapat dilakukan pada tahap verifikasi.',
    en: 'Verification is only possible in the verification phase.',
  },
  'conflict.noSelfValue': {
    id: 'Butir ini belum memiliki nilai mandiri; tetapkan nilai sendiri beserta alasannya.',
    en: 'This item has no self value; set your own value with a reason.',
  },
  'conflict.notAppealPhase': {
    id: 'Sanggahan hanya dapat diajukan dan dijawab pada tahap sanggahan.',
    en: 'Appeals can only be filed and answered in the appeal phase.',
  },
  'conflict.notVerified': { id: 'Butir ini belum diverifikasi.', en: 'This item is not verified.' },
  'conflict.appealOpen': {
    id: 'Sudah ada sanggahan terbuka untuk butir ini.',
    en: 'There is already an open appeal for this item.',
  },
  'conflict.appealClosed': {
    id: 'Sanggahan ini sudah dijawab.',
    en: 'This appeal has already been answered.',
  },
  'conflict.verificationHidden': {
    id: 'Hasil verifikasi (termasuk foto kunjungan lapangan) baru dapat dilihat pada tahap sanggahan.',
    en: 'Verification results (field-visit photos included) can be seen from the appeal phase on.',
  },
  'conflict.notPublished': {
    id: 'Hasil penilaian belum diterbitkan.',
    en: 'The results are not published yet.',
  },
  // Releasing results to the public portal and the official figures (issue 13).
  'conflict.releaseNotPublished': {
    id: 'Hasil hanya dapat dirilis setelah siklus disetujui dan diterbitkan.',
    en: 'Results can be released only after the cycle is approved and published.',
  },
  'field.releaseGovernment': {
    id: 'Pemerintah ini tidak termasuk dalam siklus atau di luar kewenangan Anda.',
    en: 'This government is not in the cycle, or outside your reach.',
  },
  'field.figureYearFuture': {
    id: 'Tahun tidak boleh melewati tahun berjalan ({year}).',
    en: 'The year cannot be after the current year ({year}).',
  },
  'field.figureMethodYear': {
    id: 'Hasil tahun {year} memakai metode {method}.',
    en: 'Results of {year} use the {method} method.',
  },
  'field.figureNotInMethod': {
    id: 'Metode {method} tidak memakai isian ini.',
    en: 'The {method} method has no such figure.',
  },
  'field.figureZoneNeeded': {
    id: 'Metode zona memerlukan zona (merah, kuning, hijau).',
    en: 'The zone method needs a zone (red, yellow, green).',
  },
  'field.figureScoreNeeded': {
    id: 'Isi nilai dan/atau kategori A–E.',
    en: 'Give the score and/or the A–E category.',
  },
  'field.figureOpinionNeeded': {
    id: 'Metode opini memerlukan bunyi opini yang diumumkan.',
    en: 'The opinion method needs the opinion as announced.',
  },
  'field.figureBandMismatch': {
    id: 'Nilai ini termasuk kategori {band}; periksa nilai atau kategorinya.',
    en: 'This score falls in category {band}; check the score or the category.',
  },
  'field.figureZoneMismatch': {
    id: 'Kategori ini termasuk zona {zone}; periksa zonanya.',
    en: 'This category belongs to the {zone} zone; check the zone.',
  },
  'conflict.exportNotReady': {
    id: 'Berkas ekspor belum siap (masih diproses atau gagal).',
    en: 'The export file is not ready (still being written, or it failed).',
  },
  'export.failed': {
    id: 'Ekspor gagal. Coba mulai ekspor lagi.',
    en: 'The export failed. Try starting it again.',
  },
  // Input hardening (issue 8): characters, nesting, multipart, unique-key races, scale levels.
  'field.badCharacters': {
    id: 'Mengandung karakter yang tidak diizinkan (karakter NUL atau Unicode yang tidak utuh).',
    en: 'Contains characters that are not allowed (a NUL character or broken Unicode).',
  },
  'field.tooDeep': {
    id: 'Data bertingkat terlalu dalam (maksimal {max} tingkat).',
    en: 'The data is nested too deeply (at most {max} levels).',
  },
  'field.multipartBoundary': {
    id: 'Unggahan harus dikirim sebagai multipart/form-data dengan boundary yang sah.',
    en: 'Uploads must be sent as multipart/form-data with a valid boundary.',
  },
  'field.multipartMalformed': {
    id: 'Isi unggahan rusak atau terpotong. Pilih berkasnya lalu kirim ulang.',
    en: 'The upload is damaged or cut short. Choose the file and send it again.',
  },
  'error.alreadyExists': {
    id: 'Data yang sama sudah ada (mungkin baru saja disimpan dari tempat lain). Muat ulang lalu periksa.',
    en: 'This already exists (it may just have been saved elsewhere). Reload and check.',
  },
  // The working-day calendar (issue 11).
  'field.provinceCode': {
    id: 'Kode provinsi Kemendagri terdiri dari dua angka (contoh: 63).',
    en: 'A Kemendagri province code has two digits (e.g. 63).',
  },
  'field.calendarProvinceRequired': {
    id: 'Libur daerah wajib menyebut provinsinya.',
    en: 'A regional holiday needs its province.',
  },
  'field.calendarProvinceNotAllowed': {
    id: 'Libur nasional dan cuti bersama berlaku di seluruh Indonesia; kosongkan provinsi.',
    en: 'National holidays and cuti bersama apply everywhere; leave the province empty.',
  },
  'field.pauses': {
    id: 'Jeda ditulis TTTT-BB-HH..TTTT-BB-HH (tanggal yang ada, akhir tidak sebelum awal), dipisah koma.',
    en: 'Pauses are written YYYY-MM-DD..YYYY-MM-DD (real dates, the end not before the start), comma-separated.',
  },
  'field.calendarDateTaken': {
    id: 'Tanggal ini sudah ada di kalender untuk wilayah yang sama.',
    en: 'This date is already in the calendar for the same area.',
  },
  'field.scaleLevel': {
    id: 'Nilai harus salah satu tingkat skala (antara {min} dan {max}, tanpa pecahan): {levels}.',
    en: "The value must be one of the scale's levels (between {min} and {max}, no fractions): {levels}.",
  },
  // Unit history (issue 11 part 6): renames, merges and splits.
  'field.effectiveTooLate': {
    id: 'Tanggal berlaku paling lambat {max} (90 hari dari hari ini).',
    en: 'The effective date can be {max} at the latest (90 days from today).',
  },
  'field.effectiveTooEarly': {
    id: 'Tanggal berlaku paling awal {min}.',
    en: 'The effective date can be {min} at the earliest.',
  },
  'field.sameName': {
    id: 'Nama baru sama dengan nama sekarang.',
    en: 'The new name is the same as the current one.',
  },
  'field.targetChoose': {
    id: 'Pilih unit yang sudah ada atau isi data unit baru (salah satu).',
    en: 'Choose an existing unit or fill in a new unit (one of the two).',
  },
  'field.splitMin': {
    id: 'Pemecahan memerlukan minimal dua unit penerus.',
    en: 'A split needs at least two successor units.',
  },
  'field.mergeNeedsTwo': {
    id: 'Pilih minimal satu unit lain untuk digabungkan ke unit baru.',
    en: 'Choose at least one other unit to merge into the new unit.',
  },
  'field.mergeIntoSelf': {
    id: 'Unit tidak dapat menjadi penerus dirinya sendiri.',
    en: 'A unit cannot be its own successor.',
  },
  'field.duplicateUnit': {
    id: 'Unit yang sama dipilih lebih dari sekali.',
    en: 'The same unit is chosen more than once.',
  },
  'field.unitNotActive': {
    id: 'Unit ini sudah diarsipkan, digabung atau dipecah. Pilih unit yang aktif.',
    en: 'This unit is archived, merged or split. Choose an active unit.',
  },
  'field.lineageCycle': {
    id: 'Unit ini adalah pendahulu unit yang digabung/dipecah; riwayat unit tidak boleh berputar.',
    en: 'This unit is a predecessor of the unit being merged or split; a unit history cannot loop.',
  },
  'field.successorBelow': {
    id: 'Unit penerus berada di bawah unit yang digabungkan. Pindahkan dulu unit penerus atau pilih unit lain.',
    en: 'The successor sits below a unit being merged. Move it first, or choose another unit.',
  },
  'conflict.unitClosed': {
    id: 'Unit ini sudah diarsipkan, digabung atau dipecah (mungkin baru saja oleh pengguna lain). Muat ulang halaman.',
    en: 'This unit is already archived, merged or split (perhaps just now by someone else). Reload the page.',
  },
  'conflict.unitReorganised': {
    id: 'Unit ini sudah digabung atau dipecah dan tidak dapat dipulihkan. Riwayat dan hasilnya berlanjut di unit penerusnya.',
    en: 'This unit was merged or split and cannot be restored. Its history and results carry on in its successors.',
  },
  'conflict.splitHasChildren': {
    id: 'Unit ini masih membawahi {count} sub-unit aktif. Pindahkan dulu sub-unit itu ke unit penerusnya, lalu pecah unit ini.',
    en: 'This unit still has {count} active sub-units. Move them to their successor units first, then split this unit.',
  },
  'field.regionCode': {
    id: 'Kode wilayah Kemendagri tidak valid (contoh 63 atau 63.11).',
    en: 'Invalid Kemendagri region code (e.g. 63 or 63.11).',
  },
  'complaint.nik': { id: 'NIK terdiri atas 16 angka.', en: 'The NIK has 16 digits.' },
  'complaint.phone': {
    id: 'Nomor telepon diawali 0 atau +62, 10–15 angka.',
    en: 'A phone number starts with 0 or +62, 10–15 digits.',
  },
  'complaint.consent': {
    id: 'Centang persetujuan pemrosesan data pribadi untuk mengirim laporan.',
    en: 'Tick the consent to the processing of personal data to send the report.',
  },
  'complaint.rules.everyKeyOnce': {
    id: 'Setiap tenggat harus ada tepat satu kali.',
    en: 'Each deadline must appear exactly once.',
  },
  'complaint.noteStage': {
    id: 'Catatan jenis ini tidak dapat dicatat pada tahap laporan sekarang.',
    en: 'This kind of note cannot be recorded at the report’s current stage.',
  },
  'complaint.stale': {
    id: 'Laporan ini baru saja diubah oleh petugas lain. Muat ulang untuk melihat keadaan terbaru.',
    en: 'Another officer just changed this report. Reload to see its current state.',
  },
  'complaint.notAllowed': {
    id: 'Tindakan ini tidak tersedia pada tahap laporan sekarang atau untuk peran Anda.',
    en: 'This action is not available at the report’s current stage or for your role.',
  },
  // complaints: deadlines (issue 14)
  'complaint.pauseRunning': {
    id: 'Laporan ini sudah dijeda. Akhiri jeda yang berjalan sebelum memulai jeda baru.',
    en: 'This report is already paused. End the running pause before starting another.',
  },
  'complaint.pauseEnded': {
    id: 'Jeda ini sudah berakhir.',
    en: 'This pause has already ended.',
  },
  'complaint.pauseClosed': {
    id: 'Laporan yang sudah selesai tidak dapat dijeda.',
    en: 'A closed report cannot be paused.',
  },
  'complaint.pauseFuture': {
    id: 'Tanggal tidak boleh melewati hari ini.',
    en: 'The date cannot be after today.',
  },
  'complaint.pauseBeforeCase': {
    id: 'Jeda tidak boleh dimulai sebelum laporan diterima.',
    en: 'A pause cannot start before the report was received.',
  },
  'complaint.pauseOverlap': {
    id: 'Jeda tidak boleh tumpang tindih dengan jeda sebelumnya.',
    en: 'A pause cannot overlap an earlier pause.',
  },
  'complaint.pauseEndBeforeStart': {
    id: 'Jeda tidak boleh berakhir sebelum dimulai.',
    en: 'A pause cannot end before it starts.',
  },
  'complaint.noPhone': {
    id: 'Pelapor tidak memberikan nomor telepon yang dapat dihubungi lewat WhatsApp.',
    en: 'The reporter gave no phone number that WhatsApp can reach.',
  },
  'complaint.formCode': {
    id: 'Kode: huruf kecil, angka dan garis bawah, 3–60 karakter, diawali huruf.',
    en: 'Code: lower-case letters, digits and underscores, 3–60 characters, starting with a letter.',
  },
  'complaint.formCodeTaken': {
    id: 'Kode ini sudah dipakai bentuk maladministrasi lain.',
    en: 'Another form of maladministration already uses this code.',
  },
  'complaint.formUncategorised': {
    id: '“Belum dikategorikan” tidak dapat dipensiunkan: setiap laporan baru memakainya.',
    en: '“Not yet categorised” cannot be retired: every new report starts with it.',
  },
  // complaints: core (staff case API)
  'complaint.staffChannel': {
    id: 'Laporan web masuk lewat formulir publik; pilih saluran penerimaan yang lain.',
    en: 'Web reports come through the public form; choose another channel.',
  },
  'complaint.windowOpen': {
    id: 'Batas waktu pelapor melengkapi syarat formil belum lewat.',
    en: "The reporter's window to complete the formal requirements has not lapsed yet.",
  },
  'complaint.correctiveTimeLeft': {
    id: 'Batas waktu tindakan korektif (30 hari kerja) belum lewat.',
    en: 'The 30 working days for the corrective actions have not lapsed yet.',
  },
  'complaint.correctiveOpen': {
    id: 'Masih ada tindakan korektif yang belum selesai.',
    en: 'Some corrective actions are not done yet.',
  },
  'complaint.noOtherOffice': {
    id: 'Tidak ada kantor lain untuk menerima pengalihan.',
    en: 'There is no other office to transfer to.',
  },
  'complaint.checkFailed': {
    id: 'Syarat materiil ini belum terpenuhi.',
    en: 'This material requirement is not met.',
  },
  'complaint.targetOffice': {
    id: 'Pilih kantor lain yang aktif.',
    en: 'Choose another active office.',
  },
  'complaint.correctiveRequired': {
    id: 'LHP dengan temuan maladministrasi memerlukan sekurang-kurangnya satu tindakan korektif.',
    en: 'An LHP that finds maladministration needs at least one corrective action.',
  },
  'complaint.headOnly': {
    id: 'Hanya kepala perwakilan atau admin yang dapat melakukan ini.',
    en: 'Only the head of office or an admin can do this.',
  },
  'complaint.officerNotInOffice': {
    id: 'Petugas harus asisten atau kepala dari kantor yang menangani laporan.',
    en: 'Officers must be assessors or the head of the office handling the report.',
  },
  'complaint.officersRequired': {
    id: 'Tetapkan sekurang-kurangnya satu petugas.',
    en: 'Assign at least one officer.',
  },
  'complaint.oneLead': {
    id: 'Tepat satu petugas menjadi ketua tim.',
    en: 'Exactly one officer leads.',
  },
  'complaint.officerTwice': {
    id: 'Petugas yang sama tercantum dua kali.',
    en: 'The same officer is listed twice.',
  },
  'complaint.formsRequired': {
    id: 'Pilih sekurang-kurangnya satu bentuk maladministrasi.',
    en: 'Choose at least one form of maladministration.',
  },
  'complaint.formUnknown': {
    id: 'Bentuk maladministrasi ini tidak dikenal atau sudah tidak dipakai.',
    en: 'Unknown or retired form of maladministration.',
  },
  'complaint.revealNotAllowed': {
    id: 'Identitas pelapor hanya dapat dibuka oleh petugas yang ditugaskan, kepala perwakilan, atau admin.',
    en: "Only the assigned officers, the head of office or an admin can open the reporter's identity.",
  },
  'complaint.identityErased': {
    id: 'Data pribadi pelapor sudah dihapus setelah masa retensi.',
    en: "The reporter's personal data was erased after the retention period.",
  },
  'complaint.futureDate': {
    id: 'Tanggal ini belum terjadi; isi tanggal hari ini atau sebelumnya.',
    en: 'This date has not happened yet; enter today or earlier.',
  },
  'complaint.dueBeforeLhp': {
    id: 'Tenggat tindakan korektif tidak boleh sebelum tanggal LHP.',
    en: 'A corrective action cannot be due before the LHP date.',
  },
  'complaint.receivedBeforeIssued': {
    id: 'Tanggal diterima tidak boleh sebelum tanggal terbit rekomendasi.',
    en: 'The date received cannot be before the issue date.',
  },
  // complaints: public (the citizen's form and status page)
  'complaint.public.files': {
    id: 'Lampirkan 1 sampai 5 berkas (PDF, PNG, JPEG, WebP).',
    en: 'Attach 1 to 5 files (PDF, PNG, JPEG, WebP).',
  },
  'complaint.public.fileRefused': {
    id: 'Berkas "{name}" ditolak: {reason}',
    en: 'File "{name}" was refused: {reason}',
  },
  'complaint.public.formExpired': {
    id: 'Formulir ini sudah kedaluwarsa atau dibuka di peramban lain. Isian Anda tetap ada: periksa lalu kirim lagi.',
    en: 'This form has expired or was opened in another browser. Your answers are kept: check them and send again.',
  },
  'complaint.public.tracking': {
    id: 'Nomor laporan berbentuk LM-TTTT-XXXXXXXX.',
    en: 'A tracking number looks like LM-YYYY-XXXXXXXX.',
  },
  'complaint.public.pin': { id: 'PIN terdiri atas 6 angka.', en: 'The PIN has 6 digits.' },
  'complaint.public.wrong': {
    id: 'Nomor laporan atau PIN tidak cocok.',
    en: 'The tracking number or the PIN does not match.',
  },
  'complaint.public.locked': {
    id: 'Terlalu banyak percobaan yang salah. Demi keamanan laporan, coba lagi dalam {minutes} menit.',
    en: 'Too many wrong attempts. To protect the report, try again in {minutes} minutes.',
  },
  'complaint.public.lhpClosed': {
    id: 'Masa tanggapan atas LHP sudah berakhir atau LHP belum ada.',
    en: 'The period to respond to the LHP has ended, or there is no LHP yet.',
  },
  'complaint.public.closed': {
    id: 'Laporan ini sudah selesai; kirim laporan baru bila perlu.',
    en: 'This report is closed; file a new report if needed.',
  },
  // complaints: letters and follow-up items
  'complaint.letter.notDraft': {
    id: 'Surat ini sudah dikirim dan tidak dapat diubah lagi.',
    en: 'This letter has been sent and can no longer be changed.',
  },
  'complaint.letter.dueBeforeDate': {
    id: 'Batas jawaban tidak boleh sebelum tanggal surat.',
    en: 'The reply due date cannot be before the letter date.',
  },
  'complaint.letter.sameYear': {
    id: 'Tanggal surat harus dalam tahun yang sama dengan nomornya; buat draf baru untuk tahun lain.',
    en: 'The letter date must stay in the year of its number; make a new draft for another year.',
  },
  'complaint.letter.identityInText': {
    id: 'Teks masih memuat identitas pelapor ({what}). Hapus sebelum mengonfirmasi.',
    en: 'The text still holds the reporter’s identity ({what}). Remove it before confirming.',
  },
  'complaint.letter.identityInText.summary': {
    id: 'Surat masih memuat identitas pelapor.',
    en: 'The letter still holds the reporter’s identity.',
  },
  'complaint.letter.confirmFirst': {
    id: 'Konfirmasi dulu bahwa surat tidak memuat identitas pelapor.',
    en: 'First confirm that the letter holds no identity of the reporter.',
  },
  'complaint.letter.unreadableAttachment': {
    id: 'Lampiran {name} tidak dapat dibersihkan dari metadata, sehingga tidak dikirim.',
    en: 'The attachment {name} could not be cleaned of metadata, so it is not sent.',
  },
  'complaint.letter.attachmentMissing': {
    id: 'Isi lampiran {name} tidak tersimpan di server, sehingga tidak dapat dikirim.',
    en: 'The content of the attachment {name} is not stored on the server, so it cannot be sent.',
  },
  'complaint.letter.alreadyReplied': {
    id: 'Surat ini sudah dibalas.',
    en: 'This letter has already been answered.',
  },
  'followup.reasonRequired': {
    id: 'Tuliskan alasan membuka kembali.',
    en: 'Give the reason for reopening.',
  },
  'followup.dueBeforeLhp': {
    id: 'Batas waktu tidak boleh sebelum tanggal LHP.',
    en: 'The due date cannot be before the LHP date.',
  },
  'followup.closed': {
    id: 'Tindak lanjut ini sudah selesai.',
    en: 'This follow-up item is already done.',
  },
  'followup.notAnswered': {
    id: 'Tindak lanjut ini belum dijawab.',
    en: 'This follow-up item has not been answered yet.',
  },
  'followup.stale': {
    id: 'Tindak lanjut ini baru saja diubah. Muat ulang untuk melihat keadaan terbaru.',
    en: 'This follow-up item was just changed. Reload to see its current state.',
  },
  'field.tooMany': { id: 'Terlalu banyak (maksimal {max}).', en: 'Too many (at most {max}).' },
  'field.url': {
    id: 'Tautan harus diawali http:// atau https://.',
    en: 'A link must start with http:// or https://.',
  },
  'followup.notAllowed': {
    id: 'Langkah ini tidak dapat dilakukan pada tindak lanjut dalam keadaan sekarang.',
    en: 'This step is not possible for the follow-up item in its current state.',
  },
  'followup.ownAnswer': {
    id: 'Jawaban tidak dapat diverifikasi oleh orang yang menjawabnya.',
    en: 'An answer cannot be verified by the person who gave it.',
  },
  'followup.notIssuer': {
    id: 'Hanya penerbit tindak lanjut ini (kantor Ombudsman atau Inspektorat) yang dapat memverifikasinya.',
    en: 'Only the issuer of this item (the Ombudsman office or the Inspektorat) may verify it.',
  },
  'followup.kindNotManual': {
    id: 'Jenis tindak lanjut ini tidak dapat Anda catat langsung.',
    en: 'You cannot record this kind of follow-up item by hand.',
  },
  'followup.answerEmpty': {
    id: 'Lampirkan paling sedikit satu bukti, atau tulis catatan minimal 20 karakter.',
    en: 'Attach at least one piece of evidence, or write a note of at least 20 characters.',
  },
  'followup.notInLibrary': {
    id: 'Dokumen ini tidak ada di pustaka bukti unit yang dituju.',
    en: 'This document is not in the evidence library of the item’s unit.',
  },
  'followup.ownerNotEligible': {
    id: 'Penanggung jawab harus PIC unit yang dituju atau koordinator pemerintah ini.',
    en: 'The owner must be a PIC of the item’s unit or this government’s coordinator.',
  },
  'followup.bulkConflict': {
    id: 'Tidak ada yang diubah: tindak lanjut ke-{n} tidak dapat diproses.',
    en: 'Nothing was changed: item {n} could not be processed.',
  },
  'followup.notPublishable': {
    id: 'Hanya rekomendasi yang diputuskan untuk dipublikasikan oleh kantor pusat.',
    en: 'Only a recommendation is published by headquarters’ decision.',
  },
  'followup.cycleNotOfGovernment': {
    id: 'Penilaian ini tidak menilai pemerintah yang dipilih.',
    en: 'This assessment does not assess the chosen government.',
  },
};

/** Resolves a message key (or returns literal text) with `{param}` substitution. */
export function t(key: string, locale: Locale, params?: Record<string, string | number>): string {
  const entry = dict[key];
  let text = entry ? entry[locale] : key;
  if (params) for (const [k, v] of Object.entries(params)) text = text.replaceAll(`{${k}}`, String(v));
  return text;
}

const zodLocales = { id: z.locales.id().localeError, en: z.locales.en().localeError };

/** A friendly, translated message for one zod issue; custom messages in schemas are message keys. */
export function zodIssueMessage(issue: $ZodIssue, locale: Locale): string {
  if (issue.message && dict[issue.message]) return t(issue.message, locale);
  switch (issue.code) {
    case 'invalid_type':
      if (issue.message.includes('received undefined') || issue.message.includes('received null'))
        return t('field.required', locale);
      if (issue.expected === 'number' || issue.expected === 'int') return t('field.number', locale);
      break;
    case 'too_small':
      if (issue.origin === 'string')
        return Number(issue.minimum) <= 1
          ? t('field.required', locale)
          : t('field.tooShort', locale, { min: Number(issue.minimum) });
      if (issue.origin === 'number') return t('field.tooSmall', locale, { min: Number(issue.minimum) });
      if (issue.origin === 'array') return t('field.required', locale);
      break;
    case 'too_big':
      if (issue.origin === 'string') return t('field.tooLong', locale, { max: Number(issue.maximum) });
      if (issue.origin === 'number') return t('field.tooBig', locale, { max: Number(issue.maximum) });
      break;
    case 'invalid_format':
      if (issue.format === 'email') return t('field.email', locale);
      if (issue.format === 'uuid' || issue.format === 'guid') return t('field.uuid', locale);
      if (issue.format === 'date') return t('field.date', locale);
      break;
    case 'invalid_value':
      return t('field.choice', locale, { values: issue.values.map(String).join(', ') });
    case 'unrecognized_keys':
      return t('field.unknown', locale);
    default:
      break;
  }
  const m = zodLocales[locale](issue as never);
  return typeof m === 'string' ? m : (m?.message ?? t('field.invalid', locale));
}
