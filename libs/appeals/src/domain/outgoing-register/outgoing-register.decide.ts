import { DuplicateRecord, DomainRuleViolation, type Aggregate, type Decider, type DomainCommand } from '#accord/kernel';
import type { OutgoingRegisterEvent } from './outgoing-register.events.js';

export type OutgoingRegisterCommand = DomainCommand<
  'AssignOutgoingNumber',
  {
    appealId: string;
    year: number;
    /** A number the secretariat already used (e.g. on paper); the next running number when `null`. */
    requested: string | null;
    /** The date of the letter: a letter dated before the latest numbered one needs the number it really had. */
    dispatchedOn: string;
  }
>;

export interface OutgoingRegisterState {
  /** Outgoing number → appeal id. */
  readonly holders: ReadonlyMap<string, string>;
  /** Appeal id → outgoing number. */
  readonly numbers: ReadonlyMap<string, string>;
  readonly lastSequence: number;
  /** Outgoing number → the letter's date, for the numbers assigned with one. */
  readonly dates: ReadonlyMap<string, string>;
}

export const initialOutgoingRegisterState: OutgoingRegisterState = { holders: new Map(), numbers: new Map(), lastSequence: 0, dates: new Map() };

/** Running numbers read `2026-0001`: the year first, so that they sort and never repeat across years. */
export function runningNumber(year: number, sequence: number): string {
  return `${year}-${String(sequence).padStart(4, '0')}`;
}

export function evolveOutgoingRegister(state: OutgoingRegisterState, event: OutgoingRegisterEvent): OutgoingRegisterState {
  const { appealId, outgoingNumber, sequence, dispatchedOn } = event.data;
  return {
    holders: new Map(state.holders).set(outgoingNumber, appealId),
    numbers: new Map(state.numbers).set(appealId, outgoingNumber),
    lastSequence: Math.max(state.lastSequence, sequence ?? 0),
    dates: dispatchedOn === undefined ? state.dates : new Map(state.dates).set(outgoingNumber, dispatchedOn),
  };
}

/** The running sequence a number reads as (`2026-0007` → 7 in 2026), or `null` for any other number. */
function sequenceOf(year: number, outgoingNumber: string): number | null {
  const match = /^(\d{4})-(\d{4,})$/.exec(outgoingNumber);
  return match && Number(match[1]) === year ? Number(match[2]) : null;
}

/** The letter with the latest date among those under the year's running numbers (a number by hand is outside the run). */
function latestDated(state: OutgoingRegisterState, year: number): { outgoingNumber: string; dispatchedOn: string } | null {
  let latest: { outgoingNumber: string; dispatchedOn: string } | null = null;
  for (const [outgoingNumber, dispatchedOn] of state.dates) {
    if (sequenceOf(year, outgoingNumber) === null) continue;
    if (latest === null || dispatchedOn > latest.dispatchedOn) latest = { outgoingNumber, dispatchedOn };
  }
  return latest;
}

/**
 * The journal follows the numbers and the dates at once: the next running number goes only to a
 * letter dated on or after the latest letter under a running number. A letter entered late had its
 * number on the day it was sent, so it must be given that number by hand.
 */
function requireDateInOrder(state: OutgoingRegisterState, year: number, dispatchedOn: string): void {
  const latest = latestDated(state, year);
  if (latest === null || dispatchedOn >= latest.dispatchedOn) return;
  throw new DomainRuleViolation(
    'BACKDATED_DISPATCH_NEEDS_NUMBER',
    {
      ru: `Письмо датировано ${dispatchedOn}, раньше письма № ${latest.outgoingNumber} от ${latest.dispatchedOn}: укажите исходящий номер, который письмо получило при отправке`,
      en: `The letter is dated ${dispatchedOn}, before letter No. ${latest.outgoingNumber} of ${latest.dispatchedOn}: give the outgoing number it was sent under`,
    },
    { dispatchedOn, latestOutgoingNumber: latest.outgoingNumber, latestDispatchedOn: latest.dispatchedOn },
  );
}

/**
 * A number given by hand that reads as one of the year's running numbers must fit among them: its
 * date not before a lower number's, nor after a higher number's.
 */
function requireRunningNumberInOrder(state: OutgoingRegisterState, year: number, requested: string, dispatchedOn: string): void {
  const sequence = sequenceOf(year, requested);
  if (sequence === null) return;
  for (const [outgoingNumber, date] of state.dates) {
    const other = sequenceOf(year, outgoingNumber);
    if (other === null) continue;
    if ((other < sequence && date > dispatchedOn) || (other > sequence && date < dispatchedOn)) {
      throw new DomainRuleViolation(
        'OUTGOING_NUMBER_OUT_OF_ORDER',
        {
          ru: `Номер ${requested} от ${dispatchedOn} нарушает порядок журнала: письмо № ${outgoingNumber} датировано ${date}`,
          en: `No. ${requested} of ${dispatchedOn} breaks the journal’s order: letter No. ${outgoingNumber} is dated ${date}`,
        },
        { outgoingNumber: requested, dispatchedOn, conflictingNumber: outgoingNumber, conflictingDate: date },
      );
    }
  }
}

export function assignOutgoingNumber(command: OutgoingRegisterCommand, state: OutgoingRegisterState): OutgoingRegisterEvent[] {
  const { appealId, year, requested, dispatchedOn } = command.data;
  const own = state.numbers.get(appealId);
  // A dispatch retried after a crash finds its number again instead of taking another.
  if (own !== undefined) {
    if (requested === null || requested === own) return [];
    throw new DomainRuleViolation(
      'APPEAL_ALREADY_NUMBERED',
      { ru: `Обращению уже присвоен исходящий номер ${own}`, en: `The appeal already has the outgoing number ${own}` },
      { outgoingNumber: own },
    );
  }
  if (requested !== null) {
    const holder = state.holders.get(requested);
    if (holder !== undefined) {
      throw new DuplicateRecord(
        'OUTGOING_NUMBER_TAKEN',
        { ru: `Исходящий номер ${requested} уже присвоен другому письму`, en: `The outgoing number ${requested} is already taken` },
        { outgoingNumber: requested, appealId: holder },
      );
    }
    requireRunningNumberInOrder(state, year, requested, dispatchedOn);
    return [{ type: 'OutgoingNumberAssigned', data: { appealId, outgoingNumber: requested, sequence: null, dispatchedOn } }];
  }
  requireDateInOrder(state, year, dispatchedOn);
  let sequence = state.lastSequence + 1;
  // A number given by hand may already read like a running one.
  while (state.holders.has(runningNumber(year, sequence))) sequence += 1;
  return [{ type: 'OutgoingNumberAssigned', data: { appealId, outgoingNumber: runningNumber(year, sequence), sequence, dispatchedOn } }];
}

export const outgoingRegisterDecider: Decider<OutgoingRegisterCommand, OutgoingRegisterEvent, OutgoingRegisterState> = {
  initialState: initialOutgoingRegisterState,
  decide: assignOutgoingNumber,
  evolve: evolveOutgoingRegister,
};

/** Stream `outgoing-register-<year>`. */
export const outgoingRegisterAggregate: Aggregate<OutgoingRegisterCommand, OutgoingRegisterEvent, OutgoingRegisterState> = {
  category: 'outgoing-register',
  decider: outgoingRegisterDecider,
};
