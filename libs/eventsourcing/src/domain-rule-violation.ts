/** A user-facing text in the Association's two languages. */
export interface BilingualText {
  readonly ru: string;
  readonly en: string;
}

/**
 * A business rule said no. The stable `code` (e.g. `FOUNDING_STAGE_REQUIRED`) is for machines;
 * the text is for people. Answered as 422 and nothing is written.
 */
export class DomainRuleViolation extends Error {
  constructor(
    readonly code: string,
    readonly text: BilingualText,
    readonly details?: Readonly<Record<string, unknown>>,
  ) {
    super(text.en);
    this.name = 'DomainRuleViolation';
  }
}

/** The addressed record does not exist (404). */
export class RecordNotFound extends Error {
  readonly code = 'NOT_FOUND';
  constructor(
    readonly kind: string,
    readonly id: string,
  ) {
    super(`${kind} ${id} was not found`);
    this.name = 'RecordNotFound';
  }
}
