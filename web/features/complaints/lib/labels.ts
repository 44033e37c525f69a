import { useTranslation } from 'react-i18next';

/** Words shared with the server-rendered pages ({ id, en } pairs in shared/complaints) in the UI language. */
export function useWords() {
  const { i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'id';
  return (w: { id: string; en: string } | undefined, fallback = '') => (w ? w[lang] : fallback);
}
