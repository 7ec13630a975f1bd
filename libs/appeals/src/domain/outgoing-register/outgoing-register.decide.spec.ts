import { DuplicateRecord, DomainRuleViolation, fold } from '#accord/kernel';
import { deciderSpec, metadataAt } from '../../../../kernel/src/testing/decider-spec.js';
import { outgoingRegisterDecider, type OutgoingRegisterCommand } from './outgoing-register.decide.js';
import type { OutgoingRegisterEvent } from './outgoing-register.events.js';

const metadata = metadataAt('2026-06-15T09:00:00.000Z', 'account-secretary');
const assign = (appealId: string, requested: string | null = null, dispatchedOn = '2026-06-10'): OutgoingRegisterCommand => ({
  type: 'AssignOutgoingNumber',
  data: { appealId, year: 2026, requested, dispatchedOn },
  metadata,
});
const assigned = (appealId: string, outgoingNumber: string, sequence: number | null, dispatchedOn: string | null = '2026-06-10'): OutgoingRegisterEvent => ({
  type: 'OutgoingNumberAssigned',
  data: { appealId, outgoingNumber, sequence, ...(dispatchedOn === null ? {} : { dispatchedOn }) },
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

  describe('numbers in the order of dates', () => {
    const journal = [assigned('appeal-1', '2026-0001', 1, '2026-05-12'), assigned('appeal-2', '2026-0002', 2, '2026-05-20')];

    it('gives the next running number to a letter dated on the day of the latest one', () => {
      spec.given(journal).when(assign('appeal-3', null, '2026-05-20')).then([assigned('appeal-3', '2026-0003', 3, '2026-05-20')]);
    });

    it('refuses the next running number to a letter dated before the latest numbered one, naming that letter', () => {
      const error = errorOf(journal, assign('appeal-3', null, '2026-05-15'));
      expect(error).toBeInstanceOf(DomainRuleViolation);
      expect(error).toMatchObject({
        code: 'BACKDATED_DISPATCH_NEEDS_NUMBER',
        details: { dispatchedOn: '2026-05-15', latestOutgoingNumber: '2026-0002', latestDispatchedOn: '2026-05-20' },
      });
    });

    it('does not order the run by letters numbered outside it by hand', () => {
      spec
        .given([...journal, assigned('appeal-8', '17/ИСХ', null, '2026-06-01')])
        .when(assign('appeal-3', null, '2026-05-25'))
        .then([assigned('appeal-3', '2026-0003', 3, '2026-05-25')]);
    });

    it('takes the number a back-dated letter really had, given by hand', () => {
      spec.given(journal).when(assign('appeal-3', '2026-0001/1', '2026-05-15')).then([assigned('appeal-3', '2026-0001/1', null, '2026-05-15')]);
    });

    it('takes a running number given by hand that fits between the dates of its neighbours', () => {
      const gap = [assigned('appeal-1', '2026-0001', 1, '2026-05-12'), assigned('appeal-2', '2026-0003', null, '2026-05-20')];
      spec.given(gap).when(assign('appeal-3', '2026-0002', '2026-05-15')).then([assigned('appeal-3', '2026-0002', null, '2026-05-15')]);
    });

    it('refuses a running number given by hand whose date breaks the order of the journal', () => {
      const error = errorOf(journal, assign('appeal-3', '2026-0005', '2026-05-15'));
      expect(error).toMatchObject({ code: 'OUTGOING_NUMBER_OUT_OF_ORDER', details: { conflictingNumber: '2026-0002', conflictingDate: '2026-05-20' } });
    });

    it('orders only by the letters whose date the register knows', () => {
      spec.given([assigned('appeal-1', '2026-0001', 1, null)]).when(assign('appeal-2', null, '2026-01-02')).then([assigned('appeal-2', '2026-0002', 2, '2026-01-02')]);
    });
  });
});
