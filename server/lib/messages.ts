/**
 * Server-side messages in both languages. Errors carry a key; the error plugin resolves it in the
 * request's language (the user's saved locale, else Accept-Language, else Bahasa Indonesia).
 */
import { z } from 'zod';
import type { $ZodIssue } from 'zod/v4/core';

export type Locale = 'id' | 'en';

const dict: Record<string, { id: string; en: string }> = {
  'error.validation': { id: 'Data yang dikirim belum benar. Periksa isian yang ditandai.', en: 'Some fields need attention.' },
  'error.notFound': { id: 'Data tidak ditemukan atau Anda tidak memiliki akses.', en: 'Not found, or you do not have access.' },
  'error.forbidden': { id: 'Anda tidak memiliki izin untuk tindakan ini.', en: 'You are not allowed to do this.' },
  'error.unauthenticated': { id: 'Silakan masuk terlebih dahulu.', en: 'Please sign in first.' },
  'error.csrf': { id: 'Sesi formulir tidak valid. Muat ulang halaman lalu coba lagi.', en: 'Form session is invalid. Reload the page and try again.' },
  'error.rateLimited': { id: 'Terlalu banyak percobaan. Coba lagi dalam {seconds} detik.', en: 'Too many attempts. Try again in {seconds} seconds.' },
  'error.locked': { id: 'Akun dikunci sementara karena terlalu banyak percobaan masuk gagal. Coba lagi setelah {minutes} menit.', en: 'The account is locked after too many failed sign-ins. Try again in {minutes} minutes.' },
  'error.credentials': { id: 'Email atau kata sandi salah.', en: 'Wrong e-mail or password.' },
  'error.internal': { id: 'Terjadi kesalahan pada server. Data Anda tidak berubah; coba lagi.', en: 'Something went wrong on the server. Nothing was changed; please try again.' },
  'error.payloadTooLarge': { id: 'Berkas terlalu besar (maksimal {max}).', en: 'The file is too large (maximum {max}).' },
  'error.unsupportedFile': { id: 'Jenis berkas tidak didukung. Yang diterima: {allowed}.', en: 'Unsupported file type. Accepted: {allowed}.' },
  'error.malformed': { id: 'Permintaan tidak dapat dibaca.', en: 'The request could not be read.' },
  'error.routeNotFound': { id: 'Alamat API tidak dikenal.', en: 'Unknown API address.' },
  'field.required': { id: 'Wajib diisi.', en: 'Required.' },
  'field.tooShort': { id: 'Minimal {min} karakter.', en: 'At least {min} characters.' },
  'field.tooLong': { id: 'Maksimal {max} karakter.', en: 'At most {max} characters.' },
  'field.email': { id: 'Alamat email tidak valid.', en: 'Invalid e-mail address.' },
  'field.phone': { id: 'Nomor telepon tidak valid (contoh: 0812-3456-7890 atau +62 21 345678).', en: 'Invalid phone number (e.g. 0812-3456-7890 or +62 21 345678).' },
  'field.uuid': { id: 'Pengenal tidak valid.', en: 'Invalid identifier.' },
  'field.date': { id: 'Tanggal tidak valid (format TTTT-BB-HH).', en: 'Invalid date (format YYYY-MM-DD).' },
  'field.choice': { id: 'Pilihan tidak valid. Pilih salah satu: {values}.', en: 'Invalid choice. Pick one of: {values}.' },
  'field.number': { id: 'Harus berupa angka.', en: 'Must be a number.' },
  'field.tooSmall': { id: 'Minimal {min}.', en: 'At least {min}.' },
  'field.tooBig': { id: 'Maksimal {max}.', en: 'At most {max}.' },
  'field.unknown': { id: 'Isian tidak dikenal.', en: 'Unknown field.' },
  'field.invalid': { id: 'Isian tidak valid.', en: 'Invalid value.' },
  'field.password': { id: 'Kata sandi minimal 10 karakter.', en: 'The password needs at least 10 characters.' },
  'field.dateOrder': { id: 'Tanggal akhir harus sesudah tanggal mulai.', en: 'The end date must be after the start date.' },
  'field.regionTaken': { id: 'Wilayah ini sudah terdaftar sebagai pemerintah lain.', en: 'This region is already registered as another government.' },
  'field.regionUnknown': { id: 'Kode wilayah tidak dikenal.', en: 'Unknown region code.' },
  'field.regionType': { id: 'Jenis pemerintah tidak cocok dengan wilayah ({kind}).', en: 'The government type does not match the region ({kind}).' },
  'field.regionRequired': { id: 'Pemerintah daerah wajib memiliki kode wilayah Kemendagri.', en: 'A regional government needs its Kemendagri region code.' },
  'field.regionNotAllowed': { id: 'Kementerian/lembaga tidak memiliki kode wilayah.', en: 'Ministries and agencies have no region code.' },
  'field.parentUnit': { id: 'Unit induk tidak ditemukan pada pemerintah ini.', en: 'The parent unit is not in this government.' },
  'field.parentCycle': { id: 'Unit tidak boleh menjadi induk bagi dirinya sendiri atau turunannya.', en: 'A unit cannot be its own parent or descendant.' },
  'field.unitCodeTaken': { id: 'Kode unit ini sudah dipakai unit aktif lain di pemerintah ini.', en: 'Another active unit of this government already uses this code.' },
  'field.emailTaken': { id: 'Email ini sudah dipakai akun lain.', en: 'This e-mail is used by another account.' },
  'field.officeRequired': { id: 'Peran ini wajib memiliki kantor perwakilan.', en: 'This role needs an Ombudsman office.' },
  'field.governmentRequired': { id: 'Peran ini wajib memiliki pemerintah.', en: 'This role needs a government.' },
  'field.unitsRequired': { id: 'PIC unit wajib memiliki minimal satu unit.', en: 'A unit PIC needs at least one unit.' },
  'field.outOfReach': { id: 'Di luar wilayah kewenangan Anda.', en: 'Outside your reach.' },
  'field.officeCode': { id: 'Kode kantor sudah dipakai.', en: 'This office code is already used.' },
  'conflict.archivedParent': { id: 'Data induk sudah diarsipkan.', en: 'The parent record is archived.' },
  'conflict.hasActiveChildren': { id: 'Masih ada data aktif yang bergantung padanya ({count}). Arsipkan data tersebut terlebih dahulu.', en: 'Active records still depend on it ({count}). Archive them first.' },
  'conflict.importState': { id: 'Impor ini tidak dalam keadaan siap ditulis ({status}).', en: 'This import is not ready to be written ({status}).' },
  'field.contactEmailRequired': { id: 'Kontak ini belum memiliki email; isi email terlebih dahulu.', en: 'This contact has no e-mail yet; add one first.' },
  'field.unitNotInGovernment': { id: 'Unit harus milik pemerintah ini.', en: 'Units must belong to this government.' },
  'field.selfArchive': { id: 'Anda tidak dapat mengarsipkan akun Anda sendiri.', en: 'You cannot archive your own account.' },
  'field.fileRequired': { id: 'Pilih satu berkas pada isian "file".', en: 'Choose one file in the "file" field.' },
  'conflict.archived': { id: 'Data ini sudah diarsipkan; pulihkan terlebih dahulu.', en: 'This record is archived; restore it first.' },
  'conflict.contactHasAccount': { id: 'Kontak ini sudah memiliki akun.', en: 'This contact already has an account.' },
  'import.notXlsx': { id: 'Berkas bukan buku kerja Excel (.xlsx) yang dapat dibaca. Unduh templat impor, isi, simpan sebagai "Buku Kerja Excel (*.xlsx)", lalu unggah kembali.', en: 'The file is not a readable Excel workbook (.xlsx). Download the import template, fill it in, save it as "Excel Workbook (*.xlsx)" and upload it again.' },
  'import.fileRequired': { id: 'Pilih berkas Excel (.xlsx) untuk diunggah.', en: 'Choose an Excel (.xlsx) file to upload.' },
  'import.sheetMissing': { id: 'Sheet "{sheet}" tidak ditemukan. Gunakan templat impor dan jangan mengganti nama sheet.', en: 'Sheet "{sheet}" is missing. Use the import template and keep the sheet names.' },
  'import.columnMissing': { id: 'Kolom "{column}" tidak ada pada baris judul sheet "{sheet}". Jangan mengubah baris judul templat.', en: 'Column "{column}" is missing from the header row of sheet "{sheet}". Keep the template header row.' },
  'import.empty': { id: 'Berkas tidak berisi data. Isi minimal satu baris pada sheet Unit, Layanan atau PIC.', en: 'The file has no data. Fill in at least one row on the Unit, Layanan or PIC sheet.' },
  'import.choice': { id: 'Nilai "{value}" tidak dikenal. Pilih salah satu: {values}.', en: 'Unknown value "{value}". Pick one of: {values}.' },
  'import.codeDuplicate': { id: 'Kode unit "{code}" sudah dipakai pada baris {row} di berkas ini.', en: 'Unit code "{code}" is already used on row {row} of this file.' },
  'import.codeExists': { id: 'Kode unit "{code}" sudah terdaftar pada pemerintah ini.', en: 'Unit code "{code}" is already registered in this government.' },
  'import.parentNotFound': { id: 'Unit induk dengan kode "{code}" tidak ditemukan di berkas ini maupun di pemerintah ini.', en: 'No parent unit with code "{code}" in this file or this government.' },
  'import.unitNotFound': { id: 'Unit dengan kode "{code}" tidak ditemukan di sheet Unit maupun di pemerintah ini.', en: 'No unit with code "{code}" on the Unit sheet or in this government.' },
  'import.internal': { id: 'Berkas tidak dapat diproses karena kesalahan pada server. Tidak ada data yang disimpan; coba unggah ulang.', en: 'The file could not be processed because of a server error. Nothing was saved; please upload it again.' },
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
