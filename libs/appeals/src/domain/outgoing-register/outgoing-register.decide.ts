import { DuplicateRecord, DomainRuleViolation, type Aggregate, type Decider, type DomainCommand } from '#accord/kernel';
import { GrowingMap } from './growing-map.js';
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

/** A letter under one of a year's running numbers, with its date. */
interface DatedLetter {
  readonly outgoingNumber: string;
  readonly dispatchedOn: string;
}

export interface OutgoingRegisterState {
  /** Outgoing number → appeal id. */
  readonly holders: GrowingMap<string, string>;
  /** Appeal id → outgoing number. */
  readonly numbers: GrowingMap<string, string>;
  readonly lastSequence: number;
  /** Outgoing number → the letter's date, for the numbers assigned with one. */
  readonly dates: GrowingMap<string, string>;
  /**
   * By year, the letter with the latest date among those whose numbers read as that year's running
   * numbers (the first of them on a tie), kept as the numbers come so that the next number does not
   * look through the year.
   */
  readonly latestDated: ReadonlyMap<number, DatedLetter>;
}

export const initialOutgoingRegisterState: OutgoingRegisterState = {
  holders: GrowingMap.empty(),
  numbers: GrowingMap.empty(),
  lastSequence: 0,
  dates: GrowingMap.empty(),
  latestDated: new Map(),
};

/** Running numbers read `2026-0001`: the year first, so that they sort and never repeat across years. */
export function runningNumber(year: number, sequence: number): string {
  return `${year}-${String(sequence).padStart(4, '0')}`;
}

export function evolveOutgoingRegister(state: OutgoingRegisterState, event: OutgoingRegisterEvent): OutgoingRegisterState {
  const { appealId, outgoingNumber, sequence, dispatchedOn } = event.data;
  return {
    holders: state.holders.with(outgoingNumber, appealId),
    numbers: state.numbers.with(appealId, outgoingNumber),
    lastSequence: Math.max(state.lastSequence, sequence ?? 0),
    dates: dispatchedOn === undefined ? state.dates : state.dates.with(outgoingNumber, dispatchedOn),
    latestDated: dispatchedOn === undefined ? state.latestDated : withLatestDated(state.latestDated, { outgoingNumber, dispatchedOn }),
  };
}

function withLatestDated(latestDated: ReadonlyMap<number, DatedLetter>, letter: DatedLetter): ReadonlyMap<number, DatedLetter> {
  const year = runningYearOf(letter.outgoingNumber);
  if (year === null) return latestDated;
  const latest = latestDated.get(year);
  return latest === undefined || letter.dispatchedOn > latest.dispatchedOn ? new Map(latestDated).set(year, letter) : latestDated;
}

const RUNNING_NUMBER = /^(\d{4})-(\d{4,})$/;

/** The year a number reads as a running number of (`2026-0007` → 2026), or `null` for any other number. */
function runningYearOf(outgoingNumber: string): number | null {
  const match = RUNNING_NUMBER.exec(outgoingNumber);
  return match && Number(match[1]);
}

/** The running sequence a number reads as (`2026-0007` → 7 in 2026), or `null` for any other number. */
function sequenceOf(year: number, outgoingNumber: string): number | null {
  const match = RUNNING_NUMBER.exec(outgoingNumber);
  return match && Number(match[1]) === year ? Number(match[2]) : null;
}

/**
 * The journal follows the numbers and the dates at once: the next running number goes only to a
 * letter dated on or after the latest letter under a running number. A letter entered late had its
 * number on the day it was sent, so it must be given that number by hand.
 */
function requireDateInOrder(state: OutgoingRegisterState, year: number, dispatchedOn: string): void {
  const latest = state.latestDated.get(year);
  if (latest === undefined || dispatchedOn >= latest.dispatchedOn) return;
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
