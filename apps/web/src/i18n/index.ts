import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Language } from '../lib/dates';
import { en } from './en';
import { ru } from './ru';

export const LANGUAGES: readonly Language[] = ['ru', 'en'];

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof ru };
  }
}

const key = (accountId: string | null) => `accord.language${accountId ? `.${accountId}` : ''}`;

/** The language last chosen by this account in this browser, else the last one chosen here, else Russian. */
export function rememberedLanguage(accountId: string | null): Language {
  const stored = localStorage.getItem(key(accountId)) ?? localStorage.getItem(key(null));
  return stored === 'en' ? 'en' : 'ru';
}

export function rememberLanguage(accountId: string | null, language: Language): void {
  localStorage.setItem(key(null), language);
  if (accountId) localStorage.setItem(key(accountId), language);
}

void i18n.use(initReactI18next).init({
  resources: { ru: { translation: ru }, en: { translation: en } },
  lng: rememberedLanguage(null),
  fallbackLng: false,
  interpolation: { escapeValue: false },
  returnNull: false,
});
i18n.on('languageChanged', (language) => document.documentElement.setAttribute('lang', language));
document.documentElement.setAttribute('lang', i18n.language);

export default i18n;
