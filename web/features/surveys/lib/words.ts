import { useTranslation } from 'react-i18next';

export type Localized = { id: string; en: string };

/** Picks the current language's wording of a `{ id, en }` label. */
export function useWord() {
  const { i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'id';
  return (l: Localized) => l[lang];
}

/** "1.234" typed by a person → 1234; null for empty or anything that is not a positive whole number. */
export function parseCount(text: string): number | null {
  const digits = text.replace(/[.\s,_]/g, '');
  if (!/^\d{1,9}$/.test(digits)) return null;
  const n = Number(digits);
  return n >= 1 ? n : null;
}

/** The first field error whose key starts with `prefix` (`units.0` → `units.0.population`). */
export function errorUnder(errors: Record<string, string>, prefix: string): string | undefined {
  return errors[prefix] ?? Object.entries(errors).find(([k]) => k.startsWith(prefix + '.'))?.[1];
}
