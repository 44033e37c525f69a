import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { setApiLanguage } from '../lib/api-client';
import en from './en.json';
import id from './id.json';

export type Language = 'id' | 'en';
const STORAGE_KEY = 'patuh.lang';

function initialLanguage(): Language {
  const saved = typeof localStorage !== 'undefined' ? localStorage.getItem(STORAGE_KEY) : null;
  return saved === 'en' ? 'en' : 'id';
}

/** Bahasa Indonesia first; English as the second language. */
void i18n.use(initReactI18next).init({
  resources: { id: { translation: id }, en: { translation: en } },
  lng: initialLanguage(),
  fallbackLng: 'id',
  interpolation: { escapeValue: false },
  returnNull: false,
});
setApiLanguage(i18n.language);
if (typeof document !== 'undefined') document.documentElement.lang = i18n.language;

/** Switches the UI language at once and remembers it in this browser. */
export function applyLanguage(lang: Language) {
  localStorage.setItem(STORAGE_KEY, lang);
  setApiLanguage(lang);
  document.documentElement.lang = lang;
  void i18n.changeLanguage(lang);
}

export default i18n;
