/** Messages of the unit profile, maklumat and evidence library (spread into server/lib/messages.ts). */
export const UNIT_PROFILE_MESSAGES: Record<string, { id: string; en: string }> = {
  'unitProfile.time': {
    id: 'Jam tidak valid (format JJ:MM, mis. 07:30).',
    en: 'Invalid time (format HH:MM, e.g. 07:30).',
  },
  'unitProfile.openRequired': {
    id: 'Isi jam buka, atau tandai hari ini tutup.',
    en: 'Give the opening time, or mark the day closed.',
  },
  'unitProfile.closeRequired': {
    id: 'Isi jam tutup, atau tandai hari ini tutup.',
    en: 'Give the closing time, or mark the day closed.',
  },
  'unitProfile.closeAfterOpen': {
    id: 'Jam tutup harus setelah jam buka.',
    en: 'The closing time must be after the opening time.',
  },
  'unitProfile.breakBoth': {
    id: 'Isi awal dan akhir istirahat, atau kosongkan keduanya.',
    en: 'Give both the start and the end of the break, or neither.',
  },
  'unitProfile.breakOrder': {
    id: 'Akhir istirahat harus setelah awalnya.',
    en: 'The break must end after it starts.',
  },
  'unitProfile.breakInside': {
    id: 'Istirahat harus di antara jam buka dan jam tutup.',
    en: 'The break must lie between opening and closing time.',
  },
  'unitProfile.dayTwice': { id: 'Hari ini sudah tercantum.', en: 'This day is listed twice.' },
  'unitProfile.stale': {
    id: 'Data ini baru saja diubah oleh pengguna lain. Muat ulang untuk melihat versi terbaru, lalu simpan lagi.',
    en: 'Someone else just changed this. Reload to see the latest version, then save again.',
  },
  'library.productOtherUnit': {
    id: 'Produk layanan ini bukan milik unit ini.',
    en: 'This service product does not belong to this unit.',
  },
  'library.fileUnreadable': {
    id: 'Berkas gambar tidak dapat dibaca untuk dibersihkan dari metadata. Unggah ulang dari kamera atau simpan ulang gambarnya.',
    en: 'The image could not be read to remove its metadata. Upload it again from the camera or re-save it.',
  },
  'library.fileType': {
    id: 'Pustaka bukti menerima PDF, JPEG atau PNG.',
    en: 'The evidence library accepts PDF, JPEG or PNG.',
  },
  'library.otherUnit': {
    id: 'Dokumen pustaka ini milik unit lain; pilih dokumen dari unit butir ini.',
    en: 'This library document belongs to another unit; choose one from this item’s unit.',
  },
  'library.archived': {
    id: 'Dokumen pustaka ini sudah diarsipkan.',
    en: 'This library document is archived.',
  },
};
