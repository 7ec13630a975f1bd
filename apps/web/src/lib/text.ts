import type { Language } from './dates';

/** The text of a bilingual field in the interface language; Russian where no English was given. */
export function pick(text: { readonly ru: string; readonly en?: string | null } | null | undefined, language: Language): string {
  if (!text) return '';
  return (language === 'en' && text.en) || text.ru;
}
