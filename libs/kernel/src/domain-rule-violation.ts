import type { BilingualText } from './bilingual-text.js';

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

/** The record would duplicate one that exists (an e-mail, a national identifier…): answered as 409. */
export class DuplicateRecord extends Error {
  constructor(
    readonly code: string,
    readonly text: BilingualText,
    readonly details?: Readonly<Record<string, unknown>>,
  ) {
    super(text.en);
    this.name = 'DuplicateRecord';
  }
}
