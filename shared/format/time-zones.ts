/**
 * Indonesia's three time zones (Keppres 41/1987) and the zone of every province by its Kemendagri
 * code. An office or government shows its times in its province's zone, labelled ("19.01 WITA").
 */

export const TIME_ZONES = ['WIB', 'WITA', 'WIT'] as const;
export type TimeZoneCode = (typeof TIME_ZONES)[number];

/** The IANA zone each label stands for (UTC+7, +8, +9; no daylight saving). */
export const IANA_ZONE: Record<TimeZoneCode, string> = {
  WIB: 'Asia/Jakarta',
  WITA: 'Asia/Makassar',
  WIT: 'Asia/Jayapura',
};

/** The zone of each of the 38 provinces (idn-area-data 3.x codes). */
export const PROVINCE_ZONE: Readonly<Record<string, TimeZoneCode>> = {
  // Sumatra and its islands
  '11': 'WIB', // Aceh
  '12': 'WIB', // Sumatera Utara
  '13': 'WIB', // Sumatera Barat
  '14': 'WIB', // Riau
  '15': 'WIB', // Jambi
  '16': 'WIB', // Sumatera Selatan
  '17': 'WIB', // Bengkulu
  '18': 'WIB', // Lampung
  '19': 'WIB', // Kepulauan Bangka Belitung
  '21': 'WIB', // Kepulauan Riau
  // Java
  '31': 'WIB', // DKI Jakarta
  '32': 'WIB', // Jawa Barat
  '33': 'WIB', // Jawa Tengah
  '34': 'WIB', // DI Yogyakarta
  '35': 'WIB', // Jawa Timur
  '36': 'WIB', // Banten
  // Bali and Nusa Tenggara
  '51': 'WITA', // Bali
  '52': 'WITA', // Nusa Tenggara Barat
  '53': 'WITA', // Nusa Tenggara Timur
  // Kalimantan: west and central on WIB, the rest on WITA
  '61': 'WIB', // Kalimantan Barat
  '62': 'WIB', // Kalimantan Tengah
  '63': 'WITA', // Kalimantan Selatan
  '64': 'WITA', // Kalimantan Timur
  '65': 'WITA', // Kalimantan Utara
  // Sulawesi
  '71': 'WITA', // Sulawesi Utara
  '72': 'WITA', // Sulawesi Tengah
  '73': 'WITA', // Sulawesi Selatan
  '74': 'WITA', // Sulawesi Tenggara
  '75': 'WITA', // Gorontalo
  '76': 'WITA', // Sulawesi Barat
  // Maluku and Papua
  '81': 'WIT', // Maluku
  '82': 'WIT', // Maluku Utara
  '91': 'WIT', // Papua
  '92': 'WIT', // Papua Barat
  '93': 'WIT', // Papua Selatan
  '94': 'WIT', // Papua Tengah
  '95': 'WIT', // Papua Pegunungan
  '96': 'WIT', // Papua Barat Daya
};

/** The national capital's zone: the head office, ministries and anything without a region. */
export const DEFAULT_ZONE: TimeZoneCode = 'WIB';

/** The zone of a province or regency/city code ("63", "63.11"); WIB when unknown or missing. */
export function zoneOfRegion(code: string | null | undefined): TimeZoneCode {
  if (!code) return DEFAULT_ZONE;
  return PROVINCE_ZONE[code.slice(0, 2)] ?? DEFAULT_ZONE;
}

/** A government's zone: its region's, else (ministries, agencies) its office's. */
export function zoneOfGovernment(
  regionCode: string | null | undefined,
  officeProvinceCodes: readonly string[] = [],
): TimeZoneCode {
  return regionCode ? zoneOfRegion(regionCode) : zoneOfOffice(officeProvinceCodes);
}

/** An office's zone: that of the first province it covers (the head office covers none: WIB). */
export function zoneOfOffice(provinceCodes: readonly string[]): TimeZoneCode {
  return zoneOfRegion(provinceCodes[0]);
}

/** The label of an IANA zone when it is one of Indonesia's (for the browser's own zone). */
export function zoneOfIana(iana: string | undefined): TimeZoneCode | null {
  switch (iana) {
    case 'Asia/Jakarta':
    case 'Asia/Pontianak':
      return 'WIB';
    case 'Asia/Makassar':
    case 'Asia/Ujung_Pandang':
      return 'WITA';
    case 'Asia/Jayapura':
      return 'WIT';
    default:
      return null;
  }
}
