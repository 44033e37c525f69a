/** Messages of the survey feed (spread into server/lib/messages.ts). */
export const SURVEY_FEED_MESSAGES: Record<string, { id: string; en: string }> = {
  'surveyFeed.skmNeverOfficial': {
    id: 'Survei Kepuasan Masyarakat (SKM) milik penyelenggara tidak dapat mengisi nilai siklus penilaian Ombudsman: pihak yang dinilai tidak boleh menilai dirinya sendiri. SKM hanya dapat mengisi penilaian mandiri pemerintahnya.',
    en: "A provider's own satisfaction survey (SKM) cannot set values in an Ombudsman assessment cycle: the assessed body would be scoring itself. An SKM can only feed its government's self-assessment.",
  },
  'surveyFeed.skmCycleRequired': {
    id: 'Pilih siklus penilaian mandiri pemerintah ini yang akan diisi dari SKM.',
    en: "Choose the government's self-assessment cycle the SKM should feed.",
  },
  'surveyFeed.skmOwnCycle': {
    id: 'SKM hanya dapat mengisi penilaian mandiri milik pemerintah yang menyelenggarakannya.',
    en: 'An SKM can only feed a self-assessment of the government that ran it.',
  },
  'surveyFeed.perceptionOwnCycle': {
    id: 'Survei persepsi hanya dapat mengisi siklus penilaian yang menjadi dasar periodenya.',
    en: 'A perception survey can only feed the cycle its period was opened for.',
  },
  'surveyFeed.perceptionOfficialOnly': {
    id: 'Survei persepsi maladministrasi hanya mengisi siklus penilaian resmi Ombudsman.',
    en: "The perception-of-maladministration survey only feeds the Ombudsman's official cycles.",
  },
  'surveyFeed.cyclePhase': {
    id: 'Nilai dari survei hanya dapat diterapkan selama tahap penilaian mandiri atau verifikasi.',
    en: 'Survey values can only be applied during the self-assessment or verification phase.',
  },
  'surveyFeed.noMapping': {
    id: 'Kerangka penilaian siklus ini tidak memetakan indikator mana pun ke instrumen survei periode ini.',
    en: "This cycle's framework maps no indicator to this period's survey instrument.",
  },
};
