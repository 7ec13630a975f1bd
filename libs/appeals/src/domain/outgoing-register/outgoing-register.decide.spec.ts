import { DuplicateRecord, DomainRuleViolation, fold, type CommandMetadata } from '#accord/kernel';
import { deciderSpec } from '../../../../kernel/src/testing/decider-spec.js';
import { outgoingRegisterDecider, type OutgoingRegisterCommand } from './outgoing-register.decide.js';
import type { OutgoingRegisterEvent } from './outgoing-register.events.js';

const metadata: CommandMetadata = { now: new Date('2026-06-15T09:00:00.000Z'), actorId: 'account-secretary', onBehalfOf: null };
const assign = (appealId: string, requested: string | null = null): OutgoingRegisterCommand => ({
  type: 'AssignOutgoingNumber',
  data: { appealId, year: 2026, requested },
  metadata,
});
const assigned = (appealId: string, outgoingNumber: string, sequence: number | null): OutgoingRegisterEvent => ({
  type: 'OutgoingNumberAssigned',
  data: { appealId, outgoingNumber, sequence },
});
const spec = deciderSpec(outgoingRegisterDecider);

function errorOf(history: readonly OutgoingRegisterEvent[], command: OutgoingRegisterCommand): unknown {
  try {
    outgoingRegisterDecider.decide(command, fold(outgoingRegisterDecider, history));
  } catch (error) {
    return error;
  }
  throw new Error('the command was accepted');
}

describe('register of outgoing numbers', () => {
  it('gives the first appeal of the year the number 2026-0001', () => {
    spec.given([]).when(assign('appeal-1')).then([assigned('appeal-1', '2026-0001', 1)]);
  });

  it('gives the next running number after the last one', () => {
    spec.given([assigned('appeal-1', '2026-0001', 1)]).when(assign('appeal-2')).then([assigned('appeal-2', '2026-0002', 2)]);
  });

  it('gives the number a repeated dispatch asks for again, and records nothing', () => {
    spec.given([assigned('appeal-1', '2026-0001', 1)]).when(assign('appeal-1')).then([]);
  });

  it('takes a number given by hand', () => {
    spec.given([]).when(assign('appeal-1', '17/ИСХ')).then([assigned('appeal-1', '17/ИСХ', null)]);
  });

  it('skips a running number already given by hand', () => {
    spec.given([assigned('appeal-1', '2026-0001', null)]).when(assign('appeal-2')).then([assigned('appeal-2', '2026-0002', 2)]);
  });

  it('refuses a number another appeal holds, as a duplicate', () => {
    const error = errorOf([assigned('appeal-1', '2026-0001', 1)], assign('appeal-2', '2026-0001'));
    expect(error).toBeInstanceOf(DuplicateRecord);
    expect(error).toMatchObject({ code: 'OUTGOING_NUMBER_TAKEN', details: { outgoingNumber: '2026-0001', appealId: 'appeal-1' } });
  });

  it('refuses a second, different number for the same appeal', () => {
    const error = errorOf([assigned('appeal-1', '2026-0001', 1)], assign('appeal-1', '17/ИСХ'));
    expect(error).toBeInstanceOf(DomainRuleViolation);
    expect(error).toMatchObject({ code: 'APPEAL_ALREADY_NUMBERED' });
  });
});
