import { DuplicateRecord, DomainRuleViolation, type Aggregate, type Decider, type DomainCommand } from '#accord/kernel';
import type { OutgoingRegisterEvent } from './outgoing-register.events.js';

export type OutgoingRegisterCommand = DomainCommand<
  'AssignOutgoingNumber',
  {
    appealId: string;
    year: number;
    /** A number the secretariat already used (e.g. on paper); the next running number when `null`. */
    requested: string | null;
  }
>;

export interface OutgoingRegisterState {
  /** Outgoing number → appeal id. */
  readonly holders: ReadonlyMap<string, string>;
  /** Appeal id → outgoing number. */
  readonly numbers: ReadonlyMap<string, string>;
  readonly lastSequence: number;
}

export const initialOutgoingRegisterState: OutgoingRegisterState = { holders: new Map(), numbers: new Map(), lastSequence: 0 };

/** Running numbers read `2026-0001`: the year first, so that they sort and never repeat across years. */
export function runningNumber(year: number, sequence: number): string {
  return `${year}-${String(sequence).padStart(4, '0')}`;
}

export function evolveOutgoingRegister(state: OutgoingRegisterState, event: OutgoingRegisterEvent): OutgoingRegisterState {
  const { appealId, outgoingNumber, sequence } = event.data;
  return {
    holders: new Map(state.holders).set(outgoingNumber, appealId),
    numbers: new Map(state.numbers).set(appealId, outgoingNumber),
    lastSequence: Math.max(state.lastSequence, sequence ?? 0),
  };
}

export function assignOutgoingNumber(command: OutgoingRegisterCommand, state: OutgoingRegisterState): OutgoingRegisterEvent[] {
  const { appealId, year, requested } = command.data;
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
    return [{ type: 'OutgoingNumberAssigned', data: { appealId, outgoingNumber: requested, sequence: null } }];
  }
  let sequence = state.lastSequence + 1;
  // A number given by hand may already read like a running one.
  while (state.holders.has(runningNumber(year, sequence))) sequence += 1;
  return [{ type: 'OutgoingNumberAssigned', data: { appealId, outgoingNumber: runningNumber(year, sequence), sequence } }];
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
