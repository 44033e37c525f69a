/**
 * The format layer (shared/format) bound to the user's language: pages call `useFormat()` and
 * never Intl or toFixed themselves, so a page, a chart, the PDF and the sheet read alike.
 * Times are shown in the zone of the government or office they belong to when the page passes
 * it, else in the browser's Indonesian zone (WIB when the browser is elsewhere).
 */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import * as fmt from '../../shared/format/format';
import { DEFAULT_ZONE, zoneOfIana, type TimeZoneCode } from '../../shared/format/time-zones';

export type { TimeZoneCode };

/** The browser's own zone when it is one of Indonesia's, else WIB. */
export function browserZone(): TimeZoneCode {
  return zoneOfIana(Intl.DateTimeFormat().resolvedOptions().timeZone) ?? DEFAULT_ZONE;
}

type Num = number | null | undefined;
type When = string | Date | null | undefined;

/** Formatters in the current language; `zone` is where times and timestamps' days are read. */
export function useFormat(zone?: TimeZoneCode) {
  const { i18n } = useTranslation();
  const lang: fmt.Lang = i18n.language === 'en' ? 'en' : 'id';
  const z = zone ?? browserZone();
  return useMemo(
    () => ({
      lang,
      zone: z,
      date: (v: When) => fmt.formatDate(v, lang, z),
      longDate: (v: When) => fmt.formatLongDate(v, lang, z),
      dateRange: (from: When, to: When) => fmt.formatDateRange(from, to, lang, z),
      dateTime: (v: When) => fmt.formatDateTime(v, lang, z),
      number: (v: Num, decimals?: number) => fmt.formatNumber(v, lang, decimals),
      score: (v: Num) => fmt.formatScore(v, lang),
      percent: (v: Num, decimals?: number) => fmt.formatPercent(v, lang, decimals),
      rupiah: (v: Num) => fmt.formatRupiah(v, lang),
      bytes: (v: number) => fmt.formatBytes(v, lang),
    }),
    [lang, z],
  );
}
