/** The follow-up exports' and batch letters' words (Bahasa Indonesia first), added to the app's dictionary. */
import i18n from '../../i18n';

const words = {
  id: {
    followupReports: {
      title: 'Tindak lanjut: laporan dan surat',
      exportXlsx: 'Unduh Excel',
      exportHint: 'Semua butir sesuai saringan yang sedang dipakai (paling banyak 10.000).',
      reportPdf: 'Laporan tindak lanjut (PDF)',
      letters: 'Surat penyampaian tindak lanjut',
      noLetters: 'Belum ada surat.',
      newLetter: 'Buat surat',
      number: 'Nomor surat',
      letterDate: 'Tanggal surat',
      subject: 'Perihal',
      defaultSubject: 'Penyampaian daftar tindak lanjut',
      signatoryName: 'Nama penanda tangan',
      signatoryPosition: 'Jabatan penanda tangan',
      items: 'Butir yang disampaikan',
      itemsHint: 'Hanya butir pemerintah ini yang diterbitkan kantor Anda.',
      noItems: 'Tidak ada butir kantor Anda untuk pemerintah ini.',
      selectAll: 'Pilih semua yang belum selesai',
      itemCount: '{{count}} butir',
      pdf: 'PDF',
      save: 'Simpan surat',
      saved: 'Surat disimpan.',
      due: 'Tenggat {{date}}',
      noDue: 'Tanpa tenggat',
    },
  },
  en: {
    followupReports: {
      title: 'Follow-ups: report and letters',
      exportXlsx: 'Download Excel',
      exportHint: 'Every item of the filter in use (at most 10,000).',
      reportPdf: 'Follow-up report (PDF)',
      letters: 'Letters sending follow-ups',
      noLetters: 'No letter yet.',
      newLetter: 'New letter',
      number: 'Letter number',
      letterDate: 'Letter date',
      subject: 'Subject',
      defaultSubject: 'Penyampaian daftar tindak lanjut',
      signatoryName: 'Signatory’s name',
      signatoryPosition: 'Signatory’s position',
      items: 'Items sent',
      itemsHint: 'Only this government’s items issued by your office.',
      noItems: 'Your office has no item for this government.',
      selectAll: 'Select every item not done yet',
      itemCount: '{{count}} items',
      pdf: 'PDF',
      save: 'Save letter',
      saved: 'Letter saved.',
      due: 'Due {{date}}',
      noDue: 'No due date',
    },
  },
};

i18n.addResourceBundle('id', 'translation', words.id, true, false);
i18n.addResourceBundle('en', 'translation', words.en, true, false);
