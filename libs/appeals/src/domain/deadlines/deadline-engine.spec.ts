import type { AppealEvent } from '../appeal/appeal.events.js';
import type { DeadlineAssessment } from './deadline-assessment.js';
import { assessDeadlines, deadlineStatus } from './deadline-engine.js';
import type { JurisdictionPolicy } from './jurisdiction-policy.js';
import { jurisdictionPolicy } from './policy-table.js';

const MINISTRY = 'addressee-ministry';
const OTHER_BODY = 'addressee-other';

const drafted: AppealEvent = {
  type: 'AppealDrafted',
  data: {
    addresseeId: MINISTRY,
    subject: { ru: 'Об организованном наборе', en: 'On organized recruitment' },
    text: { ru: 'Текст обращения', en: null },
    attachments: [],
    resolutionId: null,
    followUpOf: null,
  },
};
const approved: AppealEvent = { type: 'AppealApproved', data: { resolutionId: null } };
const signed: AppealEvent = {
  type: 'AppealSigned',
  data: { signatory: { name: 'A. Petrova', position: { ru: 'Председатель', en: 'Chair' } } },
};

function dispatched(dispatchedOn: string, policyId = 'RU-59FZ', expectedAnswerOn: string | null = null): AppealEvent {
  return {
    type: 'AppealDispatched',
    data: { addresseeId: MINISTRY, policyId, expectedAnswerOn, dispatchedOn, channel: 'official_portal', outgoingNumber: 'OUT-1' },
  };
}

function registered(registeredOn: string, addresseeId = MINISTRY): AppealEvent {
  return { type: 'AppealRegistered', data: { addresseeId, registeredOn, incomingNumber: 'IN-7' } };
}

function forwarded(forwardedOn: string, policyId: string, expectedAnswerOn: string | null = null): AppealEvent {
  return {
    type: 'AppealForwarded',
    data: { addresseeId: OTHER_BODY, policyId, expectedAnswerOn, forwardedOn, fromAddresseeId: MINISTRY },
  };
}

const extended = (dueOn: string, noticeOn: string): AppealEvent => ({ type: 'AppealExtended', data: { dueOn, noticeOn } });
const expectedOn = (expectedAnswerOn: string): AppealEvent => ({ type: 'ExpectedAnswerDateSet', data: { expectedAnswerOn } });
const closed: AppealEvent = { type: 'AppealClosed', data: { reason: null } };

function answered(answeredOn: string): AppealEvent {
  return {
    type: 'AppealAnswered',
    data: {
      answeredOn,
      reference: 'No. 12-3/456',
      outcome: 'supported',
      summary: { ru: 'Поддержано', en: 'Supported' },
      attachmentSha256: null,
    },
  };
}

/** The history up to dispatch that every appeal shares. */
const prepared: AppealEvent[] = [drafted, approved, signed];

function given(...events: AppealEvent[]) {
  return {
    then: (expected: Partial<DeadlineAssessment>) => expect(assessDeadlines([...prepared, ...events])).toMatchObject(expected),
  };
}

const CERTAIN = { isEstimate: false, estimateReasons: [] };

describe('the deadline engine', () => {
  describe('before dispatch', () => {
    it('given a signed draft, then no date is set and the appeal is not dispatched', () => {
      const assessment = assessDeadlines(prepared);
      expect(assessment).toEqual({
        policyId: null,
        registrationDueOn: null,
        periodStartsOn: null,
        dueOn: null,
        dueOnBasis: null,
        isEstimate: false,
        estimateReasons: [],
        dueSoonFrom: null,
        veryOverdueFrom: null,
        answeredOn: null,
        answeredLate: null,
        closedUnanswered: false,
      });
      expect(deadlineStatus(assessment, '2026-05-01')).toBe('not_dispatched');
    });

    it('given a draft closed before dispatch, then it is closed unanswered', () => {
      const assessment = assessDeadlines([...prepared, closed]);
      expect(assessment).toMatchObject({ policyId: null, dueOn: null, closedUnanswered: true });
      expect(deadlineStatus(assessment, '2026-05-01')).toBe('closed_unanswered');
    });
  });

  describe('Russia, 59-FZ: 30 calendar days from the day after registration (art. 12 part 1)', () => {
    it('given registration on 20 April, then the answer is due on 20 May', () => {
      given(dispatched('2026-04-16'), registered('2026-04-20')).then({
        policyId: 'RU-59FZ',
        registrationDueOn: '2026-04-19',
        periodStartsOn: '2026-04-20',
        dueOn: '2026-05-20',
        dueOnBasis: 'statute',
        ...CERTAIN,
      });
    });

    it.each([
      ['31 January in a common year', '2026-01-31', '2026-03-02'],
      ['31 January in a leap year', '2028-01-31', '2028-03-01'],
      ['the last day of February in a common year', '2027-02-28', '2027-03-30'],
      ['the last day of February in a leap year', '2028-02-29', '2028-03-30'],
      ['30 April', '2026-04-30', '2026-05-30'],
      ['31 May', '2026-05-31', '2026-06-30'],
      ['31 August', '2026-08-31', '2026-09-30'],
      ['31 October', '2026-10-31', '2026-11-30'],
      ['31 December, into the next year', '2026-12-31', '2027-01-30'],
    ])('given registration on %s, then 30 days end on the same count of days, not the same date', (_, on, due) => {
      given(dispatched(on), registered(on)).then({ periodStartsOn: on, dueOn: due });
    });

    it.each([
      ['2026', '2026-02-10', '2026-03-12'],
      ['2027', '2027-02-10', '2027-03-12'],
      ['2028, a leap year', '2028-02-10', '2028-03-11'],
    ])('given registration on 10 February %s, then 30 days across February end on %s', (_, on, due) => {
      given(dispatched(on), registered(on)).then({ dueOn: due });
    });

    it('given a due date on a Saturday or Sunday, then it stays there: 59-FZ does not move a period off a day off', () => {
      given(dispatched('2026-05-07'), registered('2026-05-07')).then({ dueOn: '2026-06-06' });
      given(dispatched('2026-04-28'), registered('2026-05-01')).then({ dueOn: '2026-05-31' });
    });

    it('given an appeal to a region head about migration law, then its recalled 20-day period applies', () => {
      given(dispatched('2026-04-16', 'RU-59FZ-MIGRATION'), registered('2026-04-20')).then({
        policyId: 'RU-59FZ-MIGRATION',
        dueOn: '2026-05-10',
      });
    });
  });

  describe('when the registration date is unknown', () => {
    it('given dispatch on 17 April and no registration, then registration is assumed on the last day allowed (art. 8 part 2)', () => {
      given(dispatched('2026-04-17')).then({
        registrationDueOn: '2026-04-20',
        periodStartsOn: '2026-04-20',
        dueOn: '2026-05-20',
        dueOnBasis: 'statute',
        isEstimate: true,
        estimateReasons: ['registration_date_unknown'],
      });
    });

    it('given the registration arrives later, then the estimate gives way to the real date', () => {
      given(dispatched('2026-04-17'), registered('2026-04-18')).then({
        periodStartsOn: '2026-04-18',
        dueOn: '2026-05-18',
        ...CERTAIN,
      });
    });

    it('given a period from receipt and no registration, then the day of sending stands in for receipt', () => {
      given(dispatched('2026-06-01', 'UZ-ZRU-445')).then({
        registrationDueOn: null,
        periodStartsOn: '2026-06-01',
        dueOn: '2026-06-16',
        isEstimate: true,
        estimateReasons: ['registration_date_unknown'],
      });
    });

    it('given a period from receipt and the registration record, then receipt is the day registered', () => {
      given(dispatched('2026-06-01', 'UZ-ZRU-445'), registered('2026-06-03')).then({
        periodStartsOn: '2026-06-03',
        dueOn: '2026-06-18',
        ...CERTAIN,
      });
    });
  });

  describe('extension (59-FZ art. 12 part 2)', () => {
    it('given an extension, then the new due date is the one notified and the very-overdue limit follows it', () => {
      given(dispatched('2026-04-16'), registered('2026-04-20'), extended('2026-06-19', '2026-05-15')).then({
        periodStartsOn: '2026-04-20',
        dueOn: '2026-06-19',
        dueOnBasis: 'extension',
        dueSoonFrom: '2026-06-12',
        veryOverdueFrom: '2026-08-19',
        ...CERTAIN,
      });
    });

    it('given an extension on an appeal never registered, then it stays an estimate', () => {
      given(dispatched('2026-04-17'), extended('2026-06-19', '2026-05-15')).then({
        dueOn: '2026-06-19',
        dueOnBasis: 'extension',
        isEstimate: true,
        estimateReasons: ['registration_date_unknown'],
      });
    });
  });

  describe('forwarding: a new period starts at the new body under its policy', () => {
    const history = [dispatched('2026-03-02'), registered('2026-03-04'), extended('2026-05-01', '2026-03-20')];

    it('given forwarding, then the previous registration and extension no longer count', () => {
      given(...history, forwarded('2026-03-10', 'RU-59FZ')).then({
        policyId: 'RU-59FZ',
        registrationDueOn: '2026-03-13',
        periodStartsOn: '2026-03-13',
        dueOn: '2026-04-12',
        dueOnBasis: 'statute',
        isEstimate: true,
        estimateReasons: ['registration_date_unknown'],
      });
    });

    it('given the new body registers it, then its period counts from that registration', () => {
      given(...history, forwarded('2026-03-10', 'RU-59FZ'), registered('2026-03-12', OTHER_BODY)).then({
        periodStartsOn: '2026-03-12',
        dueOn: '2026-04-11',
        ...CERTAIN,
      });
    });

    it('given the previous body reports its registration after forwarding, then it is ignored', () => {
      given(...history, forwarded('2026-03-10', 'RU-59FZ'), registered('2026-03-11', MINISTRY)).then({
        periodStartsOn: '2026-03-13',
        isEstimate: true,
      });
    });

    it("given forwarding to a body under another law, then that law's period and day kind apply", () => {
      given(...history, forwarded('2026-03-10', 'KZ-APPK'), registered('2026-03-11', OTHER_BODY)).then({
        policyId: 'KZ-APPK',
        registrationDueOn: null,
        periodStartsOn: '2026-03-11',
        dueOn: '2026-04-06',
        ...CERTAIN,
      });
    });

    it('given forwarding to an interstate body, then the expected date it carries replaces the statute', () => {
      given(...history, expectedOn('2026-04-01'), forwarded('2026-03-10', 'EXPECTED-DATE', '2026-05-15')).then({
        policyId: 'EXPECTED-DATE',
        periodStartsOn: '2026-03-10',
        dueOn: '2026-05-15',
        dueOnBasis: 'expected_by_secretariat',
        ...CERTAIN,
      });
    });
  });

  describe('answers', () => {
    const registeredOn20April = [dispatched('2026-04-16'), registered('2026-04-20')];

    it.each([
      ['well before the due date', '2026-05-05', false, 'answered_on_time'],
      ['on the due date itself', '2026-05-20', false, 'answered_on_time'],
      ['the day after the due date', '2026-05-21', true, 'answered_late'],
    ] as const)('given an answer %s, then it is judged against 20 May', (_, answeredOn, late, status) => {
      const assessment = assessDeadlines([...prepared, ...registeredOn20April, answered(answeredOn)]);
      expect(assessment).toMatchObject({ answeredOn, answeredLate: late, closedUnanswered: false });
      expect(deadlineStatus(assessment, '2026-09-01')).toBe(status);
    });

    it('given an answer after an extension, then it is judged against the extended date', () => {
      const extension = extended('2026-06-19', '2026-05-15');
      const assessment = assessDeadlines([...prepared, ...registeredOn20April, extension, answered('2026-06-01')]);
      expect(assessment.answeredLate).toBe(false);
    });

    it('given an answer where no date was expected, then it cannot be late', () => {
      const assessment = assessDeadlines([...prepared, dispatched('2026-02-02', 'EXPECTED-DATE'), answered('2026-09-01')]);
      expect(assessment).toMatchObject({ dueOn: null, answeredLate: false });
      expect(deadlineStatus(assessment, '2026-09-02')).toBe('answered_on_time');
    });

    it('given an answer and then closing, then the appeal is answered, not closed unanswered', () => {
      const assessment = assessDeadlines([...prepared, ...registeredOn20April, answered('2026-05-21'), closed]);
      expect(assessment.closedUnanswered).toBe(false);
      expect(deadlineStatus(assessment, '2026-09-01')).toBe('answered_late');
    });

    it('given the appeal is closed without an answer, then it is closed unanswered whatever the date', () => {
      const assessment = assessDeadlines([...prepared, ...registeredOn20April, closed]);
      expect(assessment).toMatchObject({ dueOn: '2026-05-20', answeredOn: null, answeredLate: null, closedUnanswered: true });
      expect(deadlineStatus(assessment, '2026-07-01')).toBe('closed_unanswered');
    });
  });

  describe('status against today, for an appeal registered 20 April and due 20 May', () => {
    const assessment = assessDeadlines([...prepared, dispatched('2026-04-16'), registered('2026-04-20')]);

    it('sets due soon seven days before and very overdue once twice the allowed 30 days have passed', () => {
      expect(assessment).toMatchObject({ dueSoonFrom: '2026-05-13', veryOverdueFrom: '2026-06-20' });
    });

    it.each([
      ['2026-04-25', 'not_due'],
      ['2026-05-12', 'not_due'],
      ['2026-05-13', 'due_soon'],
      ['2026-05-20', 'due_soon'],
      ['2026-05-21', 'overdue'],
      ['2026-06-19', 'overdue'],
      ['2026-06-20', 'very_overdue'],
      ['2027-01-01', 'very_overdue'],
    ])('given today is %s, then the appeal is %s', (today, status) => {
      expect(deadlineStatus(assessment, today)).toBe(status);
    });
  });

  describe('Kazakhstan, APPK: 15 working days from receipt (art. 76)', () => {
    it('given receipt before Nauryz, then the holiday, the moved days off and the weekends are skipped', () => {
      // 20 March (1); 21–22 weekend; 23 Nauryz; 24–25 days off moved from the weekend; 26 March (2) … 14 April (15).
      given(dispatched('2026-03-18', 'KZ-APPK'), registered('2026-03-19')).then({
        periodStartsOn: '2026-03-19',
        dueOn: '2026-04-14',
        dueOnBasis: 'statute',
        ...CERTAIN,
      });
    });

    it('given receipt before the May holidays, then Unity Day, Defender of the Fatherland Day and Victory Day are skipped', () => {
      // 1, 7 May holidays; 9 May on a Saturday moves the day off to Monday 11 May.
      given(dispatched('2026-04-29', 'KZ-APPK'), registered('2026-04-30')).then({ dueOn: '2026-05-26' });
    });

    it('given receipt in December 2027, then the count runs into 2028, which has no calendar yet', () => {
      given(dispatched('2027-12-20', 'KZ-APPK'), registered('2027-12-20')).then({
        dueOn: '2028-01-10',
        isEstimate: true,
        estimateReasons: ['holiday_calendar_missing'],
      });
    });

    it('given receipt in 2028 with no registration record, then both reasons are given', () => {
      given(dispatched('2028-03-01', 'KZ-APPK')).then({
        periodStartsOn: '2028-03-01',
        dueOn: '2028-03-22',
        isEstimate: true,
        estimateReasons: ['registration_date_unknown', 'holiday_calendar_missing'],
      });
    });
  });

  describe('Kyrgyzstan, Law No. 67: registration in 1 working day, an answer in 14 working days', () => {
    it('given dispatch before the May holidays and no registration, then both periods skip them and Kurman Ait', () => {
      // Registration: 30 April. Answer: 1–10 May off; 11 May (1) … 26 May (12); 27 May Kurman Ait; 28 (13), 29 May (14).
      given(dispatched('2026-04-29', 'KG-67')).then({
        registrationDueOn: '2026-04-30',
        periodStartsOn: '2026-04-30',
        dueOn: '2026-05-29',
        isEstimate: true,
        estimateReasons: ['registration_date_unknown'],
      });
    });

    it("given dispatch on New Year's Eve, then registration is due after the New Year holidays", () => {
      // 1–9 January 2026 are days off (law and Cabinet resolution), 10–11 a weekend.
      given(dispatched('2025-12-31', 'KG-67'), registered('2026-01-12')).then({
        registrationDueOn: '2026-01-12',
        periodStartsOn: '2026-01-12',
        dueOn: '2026-01-30',
      });
    });

    it('given a known registration, then only the answer period is counted, skipping Orozo Ait but not Nooruz on a Saturday', () => {
      // 20 March Orozo Ait; 21 March Nooruz falls on a Saturday and moves nothing; 7 April is a working day.
      given(dispatched('2026-03-16', 'KG-67'), registered('2026-03-17')).then({
        periodStartsOn: '2026-03-17',
        dueOn: '2026-04-07',
        ...CERTAIN,
      });
    });
  });

  describe('no statutory period: the secretariat sets an expected date', () => {
    it('given an interstate body without an expected date, then nothing is due and nothing is estimated', () => {
      const assessment = assessDeadlines([...prepared, dispatched('2026-02-02', 'EXPECTED-DATE')]);
      expect(assessment).toMatchObject({
        policyId: 'EXPECTED-DATE',
        registrationDueOn: null,
        periodStartsOn: '2026-02-02',
        dueOn: null,
        dueOnBasis: null,
        dueSoonFrom: null,
        veryOverdueFrom: null,
        ...CERTAIN,
      });
      expect(deadlineStatus(assessment, '2027-01-01')).toBe('not_due');
    });

    it('given an expected date on dispatch, then it is the due date and twice its allowance is very overdue', () => {
      given(dispatched('2026-02-02', 'EXPECTED-DATE', '2026-03-02')).then({
        periodStartsOn: '2026-02-02',
        dueOn: '2026-03-02',
        dueOnBasis: 'expected_by_secretariat',
        dueSoonFrom: '2026-02-23',
        veryOverdueFrom: '2026-03-31',
        ...CERTAIN,
      });
    });

    it('given an expected date set later, then it replaces the one set on dispatch', () => {
      given(dispatched('2026-02-02', 'EXPECTED-DATE', '2026-03-02'), expectedOn('2026-04-15')).then({ dueOn: '2026-04-15' });
    });

    it('given an expected date before the day of sending, then the appeal is very overdue the day after it', () => {
      given(dispatched('2026-02-02', 'EXPECTED-DATE', '2026-01-30')).then({ veryOverdueFrom: '2026-01-31' });
    });

    it('given a body in Tajikistan, whose law gives no known period, then the expected date is used', () => {
      given(dispatched('2026-05-04', 'TJ-1339', '2026-06-04'), registered('2026-05-06')).then({
        policyId: 'TJ-1339',
        periodStartsOn: '2026-05-04',
        dueOn: '2026-06-04',
        dueOnBasis: 'expected_by_secretariat',
        ...CERTAIN,
      });
    });

    it('given a policy id the table no longer has, then the appeal is followed by its expected date', () => {
      given(dispatched('2026-05-04', 'XX-RETIRED', '2026-06-04')).then({
        policyId: 'XX-RETIRED',
        dueOn: '2026-06-04',
        dueOnBasis: 'expected_by_secretariat',
      });
    });
  });

  describe('a policy that moves a period off days off', () => {
    const moving: JurisdictionPolicy = {
      ...(jurisdictionPolicy('RU-59FZ') as JurisdictionPolicy),
      id: 'TEST-MOVES',
      movesOffNonWorkingDays: true,
      calendar: 'KZ',
    };
    const policies = (id: string) => (id === moving.id ? moving : jurisdictionPolicy(id));

    it.each([
      ['a working day, where it stays', '2026-02-24', '2026-03-26', []],
      ['the Sunday before Nauryz, past the days off after it', '2026-02-20', '2026-03-26', []],
      ['Nauryz, past the days off moved after it', '2026-02-21', '2026-03-26', []],
      ['a Saturday in a year without a calendar, by weekends alone', '2027-12-02', '2028-01-03', ['holiday_calendar_missing']],
    ])('given a period ending on %s, then the due date is the next working day', (_, registeredOn, dueOn, reasons) => {
      const assessment = assessDeadlines([dispatched(registeredOn, moving.id), registered(registeredOn)], policies);
      expect(assessment).toMatchObject({ dueOn, estimateReasons: reasons });
    });
  });

  it('given reminders and follow-ups, then no date changes', () => {
    const base = [...prepared, dispatched('2026-04-16'), registered('2026-04-20')];
    const noisy: AppealEvent[] = [
      ...base,
      { type: 'AppealDeadlineReminderRecorded', data: { kind: 'due_soon', dueOn: '2026-05-20', recordedOn: '2026-05-13' } },
      { type: 'AppealFollowUpOpened', data: { followUpAppealId: 'appeal-2' } },
    ];
    expect(assessDeadlines(noisy)).toEqual(assessDeadlines(base));
  });
});
