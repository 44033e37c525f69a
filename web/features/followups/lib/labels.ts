import { useTranslation } from 'react-i18next';

/** Picks the reader's language from an `{ id, en }` label of shared data (kinds, statuses). */
export function useWords() {
  const { i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'id';
  return (label: { id: string; en: string }) => label[lang];
}

export const STATUS_COLOR = {
  terbuka: 'blue',
  dijawab: 'yellow.8',
  dikirim: 'grape',
  selesai: 'green.8',
  dibuka_kembali: 'orange.8',
} as const;
