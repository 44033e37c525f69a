/** Messages of the backlog's exports and batch letters (spread into server/lib/messages.ts). */
export const FOLLOWUP_REPORT_MESSAGES: Record<string, { id: string; en: string }> = {
  'followupLetter.numberTaken': {
    id: 'Nomor surat ini sudah dipakai surat lain kantor Anda.',
    en: 'Another letter of your office already has this number.',
  },
  'followupLetter.itemsNotOfGovernment': {
    id: 'Setiap butir harus tindak lanjut pemerintah ini yang diterbitkan kantor Anda.',
    en: 'Every item must be a follow-up of this government issued by your office.',
  },
};
