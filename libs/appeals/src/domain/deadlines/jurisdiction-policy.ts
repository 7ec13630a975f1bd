import type { BilingualText } from '#accord/kernel';

export type DayKind = 'calendar' | 'working';

/**
 * How sure a figure is: `confirmed` — read in the law's text or a source quoting it; `secondary` — a
 * secondary source states it; `recalled` — recalled, not verified; `unknown` — no figure is known.
 */
export type Certainty = 'confirmed' | 'secondary' | 'recalled' | 'unknown';

/** One statutory period with the article it rests on and how sure the figure is. */
export interface StatutoryPeriod {
  readonly days: number;
  readonly dayKind: DayKind;
  /** The article, e.g. `59-FZ art. 12 part 1`. */
  readonly source: string;
  readonly certainty: Certainty;
}

/** The most an extension may add, counted from the due date it extends. */
export interface ExtensionLimit {
  readonly days: number;
  readonly dayKind: DayKind;
  /** `true` when the law allows one extension only. */
  readonly once: boolean;
  readonly source: string;
  readonly certainty: Certainty;
}

/**
 * A row of the policy table: the rules that decide when an addressee's answer is due. Rows are data
 * (see `policy-table.ts`); a figure nobody has confirmed is still there, marked with its certainty.
 */
export interface JurisdictionPolicy {
  readonly id: string;
  /** ISO 3166-1 alpha-2, `interstate`, or `null` for a policy any body may take (expected dates). */
  readonly country: string | null;
  readonly title: BilingualText;
  /** The law, e.g. `Federal Law No. 59-FZ of 02.05.2006`; `null` where no statute applies. */
  readonly law: BilingualText | null;
  /** What the answer period counts from: the addressee's registration, or its receipt of the appeal. */
  readonly periodStartsAt: 'registration' | 'receipt';
  /** The addressee's time to register the appeal; `null` where the period counts from receipt. */
  readonly registration: StatutoryPeriod | null;
  /** The answer period; `null` where no statute sets one and the secretariat sets an expected date. */
  readonly answer: StatutoryPeriod | null;
  readonly extension: ExtensionLimit | null;
  /** The time to forward the appeal to the competent body (shown, not enforced). */
  readonly forwarding: StatutoryPeriod | null;
  /** Whether a period ending on a non-working day moves to the next working day. */
  readonly movesOffNonWorkingDays: boolean;
  /** The country whose public-holiday calendar counts working days, when any period needs it. */
  readonly calendar: string | null;
  /** Notes for users: what is uncertain and where to confirm it. */
  readonly notes: BilingualText | null;
}
