/** A user-facing text in the Association's two languages: Russian (official) and English. */
export interface BilingualText {
  readonly ru: string;
  readonly en: string;
}
