import { useTranslation } from 'react-i18next';

/** Picks the reader's language from an `{ id, en }` label of shared data (kinds, statuses). */
export function useWords() {
  const { i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'id';
  return (label: { id: string; en: string }) => label[lang];
}

/** Dark shades under white text keep 4.5:1 (axe). */
export const STATUS_COLOR = {
  terbuka: 'blue.8',
  dijawab: 'yellow.9',
  dikirim: 'grape.8',
  selesai: 'teal.9',
  dibuka_kembali: 'orange.9',
} as const;
