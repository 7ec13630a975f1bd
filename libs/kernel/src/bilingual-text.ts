/** A user-facing text in the Association's two languages: Russian (official) and English. */
export interface BilingualText {
  readonly ru: string;
  readonly en: string;
}

/** A text of the record in the Association's two languages; Russian is the official one, English may be absent. */
export interface LocalizedText {
  readonly ru: string;
  readonly en: string | null;
}

/** A text with nothing but white space in it: the one test of blank text, for a request field and a domain rule alike. */
export const isBlank = (value: string): boolean => !/\S/.test(value);

/**
 * A bilingual field as the record keeps it, whichever context takes it in: both halves trimmed, and
 * an English half that is absent or blank kept as null.
 */
export function localizedText(input: { readonly ru: string; readonly en?: string | null }): LocalizedText {
  return { ru: input.ru.trim(), en: input.en?.trim() || null };
}
