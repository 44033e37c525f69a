import { useTranslation } from 'react-i18next';

/** Picks the current language from a `{ id, en }` label of the shared data (components, units, kinds). */
export function useWord() {
  const { i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'id';
  return (label: { id: string; en: string }) => label[lang];
}
