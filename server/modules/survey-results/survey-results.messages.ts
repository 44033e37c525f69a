/** Messages of survey results, reports and the paper-form import (spread into server/lib/messages.ts). */
export const SURVEY_RESULTS_MESSAGES: Record<string, { id: string; en: string }> = {
  'surveyResults.notVisible': {
    id: 'Hasil survei unit belum dibuka: koordinator belum menampilkan hasil sementara dan periode belum ditutup.',
    en: 'The unit’s survey results are not open yet: the coordinator has not shown interim results and the period is not closed.',
  },
  'surveyImport.invalid': {
    id: 'Berkas berisi {count} kesalahan. Tidak ada baris yang diimpor; perbaiki lalu unggah lagi.',
    en: 'The file has {count} errors. No row was imported; fix them and upload again.',
  },
  'surveyImport.empty': {
    id: 'Lembar Responden tidak berisi baris jawaban.',
    en: 'The Respondents sheet has no answer rows.',
  },
  'surveyImport.tooManyRows': {
    id: 'Paling banyak {max} baris per unggahan.',
    en: 'At most {max} rows per upload.',
  },
  'surveyImport.unitUnknown': {
    id: 'Unit tidak termasuk periode survei ini (tulis nama unit persis seperti di templat).',
    en: 'The unit is not in this survey period (write its name exactly as in the template).',
  },
  'surveyImport.productUnknown': {
    id: 'Layanan ini bukan layanan unit tersebut.',
    en: 'This service is not one of the unit’s services.',
  },
  'surveyImport.answer': {
    id: 'Jawaban harus 1, 2, 3 atau 4 (kosongkan bila tidak dijawab).',
    en: 'The answer must be 1, 2, 3 or 4 (leave it blank when not answered).',
  },
  'surveyImport.noAnswer': {
    id: 'Baris ini tidak menjawab satu unsur pun.',
    en: 'This row answers no element at all.',
  },
  'surveyImport.profile': {
    id: 'Pilihan tidak dikenal; gunakan salah satu kode: {values}.',
    en: 'Unknown choice; use one of the codes: {values}.',
  },
  'surveyImport.suggestionLong': {
    id: 'Saran paling banyak 2.000 karakter.',
    en: 'A suggestion is at most 2,000 characters.',
  },
  'surveyImport.closed': {
    id: 'Periode survei sudah ditutup; jawaban tidak dapat ditambahkan.',
    en: 'The survey period is closed; no answer can be added.',
  },
};
