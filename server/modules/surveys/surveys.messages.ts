/** Messages of the surveys (issue 16), spread into server/lib/messages.ts. */
export const SURVEY_MESSAGES: Record<string, { id: string; en: string }> = {
  'survey.slip_used': {
    id: 'Kode ini sudah dipakai. Setiap kode hanya dapat digunakan satu kali.',
    en: 'This code has already been used. Each code can be used only once.',
  },
  'survey.alreadySuperseded': {
    id: 'Jawaban ini sudah dikoreksi. Koreksi jawaban yang terbaru.',
    en: 'This response has already been corrected. Correct the latest one.',
  },
  'survey.periodClosed': {
    id: 'Periode survei ini sudah ditutup.',
    en: 'This survey period is closed.',
  },
  'survey.outsideDates': {
    id: 'Hari ini di luar tanggal periode survei ({startsOn} s.d. {endsOn}).',
    en: 'Today is outside the survey period ({startsOn} to {endsOn}).',
  },
  'survey.unitNotInPeriod': {
    id: 'Unit ini tidak termasuk dalam periode survei.',
    en: 'This unit is not part of the survey period.',
  },
  'survey.productNotOfUnit': {
    id: 'Jenis layanan ini bukan layanan unit yang disurvei.',
    en: 'This service is not one of the surveyed unit’s services.',
  },
  'survey.unknownQuestion': {
    id: 'Pertanyaan {code} tidak ada dalam instrumen periode ini.',
    en: 'Question {code} is not in this period’s instrument.',
  },
  'survey.answerRange': {
    id: 'Pilih salah satu jawaban (1–4).',
    en: 'Choose one of the answers (1–4).',
  },
  'survey.noAnswers': {
    id: 'Jawab setidaknya satu pertanyaan.',
    en: 'Answer at least one question.',
  },
  'survey.slipNotOfUnit': {
    id: 'Kode ini bukan untuk unit dan periode survei ini.',
    en: 'This code is not for this unit and survey period.',
  },
  'survey.supersedeOther': {
    id: 'Koreksi harus untuk jawaban dari unit dan periode yang sama.',
    en: 'A correction must be for a response of the same unit and period.',
  },
  'survey.instrument_frozen': {
    id: 'Instrumen ini sudah dipakai oleh periode survei (atau bawaan) sehingga tidak dapat diubah. Gandakan untuk membuat versi baru.',
    en: 'This instrument is in use by a survey period (or built in), so it cannot be changed. Duplicate it to make a new version.',
  },
  'survey.instrumentExists': {
    id: 'Pengenal instrumen ini sudah dipakai.',
    en: 'This instrument id is already taken.',
  },
  'survey.instrumentKind': {
    id: 'Instrumen ini bukan untuk jenis survei ini.',
    en: 'This instrument is not for this kind of survey.',
  },
  'survey.instrumentIdFixed': {
    id: 'Pengenal dan jenis instrumen tidak dapat diubah.',
    en: 'The instrument’s id and kind cannot be changed.',
  },
  'survey.endsBeforeStart': {
    id: 'Tanggal selesai tidak boleh sebelum tanggal mulai.',
    en: 'The end date cannot be before the start date.',
  },
  'survey.unitNotOfGovernment': {
    id: 'Unit ini bukan unit pemerintah yang dipilih.',
    en: 'This unit does not belong to the chosen government.',
  },
  'survey.unitTwice': {
    id: 'Unit ini tercantum dua kali.',
    en: 'This unit is listed twice.',
  },
  'survey.cycleNotOfficial': {
    id: 'Survei persepsi hanya untuk siklus penilaian resmi kantor ini.',
    en: 'A perception survey is only for an official assessment cycle of this office.',
  },
  'survey.governmentNotInCycle': {
    id: 'Pemerintah ini tidak dinilai dalam siklus tersebut.',
    en: 'This government is not assessed in that cycle.',
  },
  'survey.noCycleUnits': {
    id: 'Siklus tidak memiliki unit untuk pemerintah ini.',
    en: 'The cycle has no units of this government.',
  },
  'survey.staleVersion': {
    id: 'Periode ini baru saja diubah orang lain. Muat ulang lalu coba lagi.',
    en: 'Someone else just changed this period. Reload and try again.',
  },
  'survey.slipsDisabled': {
    id: 'Kupon QR sekali pakai tidak diaktifkan untuk periode ini.',
    en: 'One-time QR slips are not enabled for this period.',
  },
  'survey.reviewReasonRequired': {
    id: 'Tuliskan alasan keputusan.',
    en: 'Give the reason for the decision.',
  },
};
