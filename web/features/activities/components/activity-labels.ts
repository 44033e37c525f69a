import { useTranslation } from 'react-i18next';

/** An `{ id, en }` pair of shared/contracts/activities.ts in the UI language. */
export function useLabel() {
  const { i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'id';
  return (w: { id: string; en: string } | undefined) => (w ? w[lang] : '');
}
