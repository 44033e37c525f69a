/**
 * The official national holidays (*hari libur nasional*) and collective leave (*cuti bersama*) of
 * Indonesia, as set each year by joint decree of the Ministers of Religious Affairs, Manpower and
 * PANRB (SKB 3 Menteri). Data, not code: admins edit the calendar in the app; these lists are what a
 * new installation starts with. Regional holidays (per province, by governor's decree) are added by
 * admins; none ship built in.
 */
export type HolidayKind = 'national' | 'cuti_bersama' | 'regional';

export interface OfficialHoliday {
  /** YYYY-MM-DD */
  date: string;
  name: string;
  kind: Exclude<HolidayKind, 'regional'>;
}

export interface OfficialYear {
  year: number;
  source: string;
  holidays: OfficialHoliday[];
}

const n = (date: string, name: string): OfficialHoliday => ({ date, name, kind: 'national' });
const c = (date: string, name: string): OfficialHoliday => ({ date, name, kind: 'cuti_bersama' });

export const OFFICIAL_HOLIDAYS: OfficialYear[] = [
  {
    year: 2025,
    source:
      'SKB Menteri Agama, Menteri Ketenagakerjaan dan Menteri PANRB No. 1017 Tahun 2024, No. 2 Tahun 2024, No. 2 Tahun 2024, diubah dengan SKB No. 933 Tahun 2025, No. 1 Tahun 2025, No. 3 Tahun 2025 (cuti bersama 18 Agustus 2025)',
    holidays: [
      n('2025-01-01', 'Tahun Baru 2025 Masehi'),
      n('2025-01-27', 'Isra Mikraj Nabi Muhammad SAW'),
      c('2025-01-28', 'Cuti bersama Tahun Baru Imlek'),
      n('2025-01-29', 'Tahun Baru Imlek 2576 Kongzili'),
      c('2025-03-28', 'Cuti bersama Hari Suci Nyepi'),
      n('2025-03-29', 'Hari Suci Nyepi (Tahun Baru Saka 1947)'),
      n('2025-03-31', 'Idul Fitri 1446 Hijriah'),
      n('2025-04-01', 'Idul Fitri 1446 Hijriah'),
      c('2025-04-02', 'Cuti bersama Idul Fitri'),
      c('2025-04-03', 'Cuti bersama Idul Fitri'),
      c('2025-04-04', 'Cuti bersama Idul Fitri'),
      c('2025-04-07', 'Cuti bersama Idul Fitri'),
      n('2025-04-18', 'Wafat Yesus Kristus'),
      n('2025-04-20', 'Kebangkitan Yesus Kristus (Paskah)'),
      n('2025-05-01', 'Hari Buruh Internasional'),
      n('2025-05-12', 'Hari Raya Waisak 2569 BE'),
      c('2025-05-13', 'Cuti bersama Hari Raya Waisak'),
      n('2025-05-29', 'Kenaikan Yesus Kristus'),
      c('2025-05-30', 'Cuti bersama Kenaikan Yesus Kristus'),
      n('2025-06-01', 'Hari Lahir Pancasila'),
      n('2025-06-06', 'Idul Adha 1446 Hijriah'),
      c('2025-06-09', 'Cuti bersama Idul Adha'),
      n('2025-06-27', 'Tahun Baru Islam 1447 Hijriah'),
      n('2025-08-17', 'Proklamasi Kemerdekaan Republik Indonesia'),
      c('2025-08-18', 'Cuti bersama Proklamasi Kemerdekaan'),
      n('2025-09-05', 'Maulid Nabi Muhammad SAW'),
      n('2025-12-25', 'Kelahiran Yesus Kristus (Natal)'),
      c('2025-12-26', 'Cuti bersama Kelahiran Yesus Kristus'),
    ],
  },
  {
    year: 2026,
    source:
      'SKB Menteri Agama, Menteri Ketenagakerjaan dan Menteri PANRB No. 1497 Tahun 2025, No. 2 Tahun 2025, No. 5 Tahun 2025 (17 hari libur nasional, 8 hari cuti bersama)',
    holidays: [
      n('2026-01-01', 'Tahun Baru 2026 Masehi'),
      n('2026-01-16', 'Isra Mikraj Nabi Muhammad SAW'),
      c('2026-02-16', 'Cuti bersama Tahun Baru Imlek'),
      n('2026-02-17', 'Tahun Baru Imlek 2577 Kongzili'),
      c('2026-03-18', 'Cuti bersama Hari Suci Nyepi'),
      n('2026-03-19', 'Hari Suci Nyepi (Tahun Baru Saka 1948)'),
      c('2026-03-20', 'Cuti bersama Idul Fitri'),
      n('2026-03-21', 'Idul Fitri 1447 Hijriah'),
      n('2026-03-22', 'Idul Fitri 1447 Hijriah'),
      c('2026-03-23', 'Cuti bersama Idul Fitri'),
      c('2026-03-24', 'Cuti bersama Idul Fitri'),
      n('2026-04-03', 'Wafat Yesus Kristus'),
      n('2026-04-05', 'Kebangkitan Yesus Kristus (Paskah)'),
      n('2026-05-01', 'Hari Buruh Internasional'),
      n('2026-05-14', 'Kenaikan Yesus Kristus'),
      c('2026-05-15', 'Cuti bersama Kenaikan Yesus Kristus'),
      n('2026-05-27', 'Idul Adha 1447 Hijriah'),
      c('2026-05-28', 'Cuti bersama Idul Adha'),
      n('2026-05-31', 'Hari Raya Waisak 2570 BE'),
      n('2026-06-01', 'Hari Lahir Pancasila'),
      n('2026-06-16', 'Tahun Baru Islam 1448 Hijriah'),
      n('2026-08-17', 'Proklamasi Kemerdekaan Republik Indonesia'),
      n('2026-08-25', 'Maulid Nabi Muhammad SAW'),
      c('2026-12-24', 'Cuti bersama Kelahiran Yesus Kristus'),
      n('2026-12-25', 'Kelahiran Yesus Kristus (Natal)'),
    ],
  },
];
