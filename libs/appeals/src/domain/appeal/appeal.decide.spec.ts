import { deciderSpec, metadataAt } from '../../../../kernel/src/testing/decider-spec.js';
import { appealAggregate, appealDecider, type AppealCommand } from './appeal.decide.js';
import type { AppealContent, AppealEvent } from './appeal.events.js';

const metadata = metadataAt('2026-06-15T09:00:00.000Z', 'account-secretary');
const command = <Type extends AppealCommand['type']>(type: Type, data: Extract<AppealCommand, { type: Type }>['data']): AppealCommand =>
  ({ type, data, metadata }) as AppealCommand;
const spec = deciderSpec(appealDecider);

const content: AppealContent = {
  addresseeId: 'ministry-of-labour-ru',
  subject: { ru: 'О профессиональном стандарте', en: 'On the professional standard' },
  text: { ru: 'Просим рассмотреть предложения Объединения', en: 'We ask you to consider the Association’s proposals' },
  attachments: [{ name: 'Предложения.pdf', sha256: 'ab'.repeat(32) }],
  resolutionId: null,
};
const drafted: AppealEvent = { type: 'AppealDrafted', data: { ...content, followUpOf: null } };
const approved: AppealEvent = { type: 'AppealApproved', data: { resolutionId: null } };
const signatory = { name: 'Иванова Мария Петровна', position: { ru: 'Председатель Совета', en: 'Chair of the Council' } };
const signed: AppealEvent = { type: 'AppealSigned', data: { signatory } };
const ruHolder = { addresseeId: 'ministry-of-labour-ru', policyId: 'RU-59FZ', expectedAnswerOn: null };
const dispatch = { ...ruHolder, dispatchedOn: '2026-04-17', channel: 'official_portal' as const, outgoingNumber: '2026-0001' };
const dispatched: AppealEvent = { type: 'AppealDispatched', data: dispatch };
const registered: AppealEvent = {
  type: 'AppealRegistered',
  data: { addresseeId: 'ministry-of-labour-ru', registeredOn: '2026-04-20', incomingNumber: 'ОГ-12345' },
};
const answer = {
  answeredOn: '2026-05-19',
  reference: '15-4/10/В-3456',
  outcome: 'partially_supported' as const,
  summary: { ru: 'Предложения учтены частично', en: 'The proposals were partly taken up' },
  attachmentSha256: null,
};
const answered: AppealEvent = { type: 'AppealAnswered', data: answer };

const draft = [drafted];
const signedAppeal = [drafted, approved, signed];
const sent = [...signedAppeal, dispatched];
const registeredAppeal = [...sent, registered];

describe('appeal decider', () => {
  it('is the aggregate of the appeal category', () => {
    expect(appealAggregate.category).toBe('appeal');
  });

  describe('drafting and revision', () => {
    it('drafts an appeal with its addressee, subject, texts and attachments', () => {
      spec
        .given([])
        .when(command('DraftAppeal', { ...content, followUpOf: null }))
        .then([{ type: 'AppealDrafted', data: { ...content, followUpOf: null, draftedOn: '2026-06-15' } }]);
    });

    it('drafts an appeal on the date given, the draft’s legal date', () => {
      spec
        .given([])
        .when(command('DraftAppeal', { ...content, followUpOf: null, draftedOn: '2026-04-10' }))
        .then([{ type: 'AppealDrafted', data: { ...content, followUpOf: null, draftedOn: '2026-04-10' } }]);
    });

    it('refuses a draft dated in the future', () => {
      spec.given([]).when(command('DraftAppeal', { ...content, followUpOf: null, draftedOn: '2026-06-16' })).thenRejects('DATE_IN_FUTURE');
    });

    it('refuses to draft the same appeal twice', () => {
      spec.given(draft).when(command('DraftAppeal', { ...content, followUpOf: null })).thenRejects('APPEAL_ALREADY_DRAFTED');
    });

    it('revises a draft', () => {
      const revised = { ...content, subject: { ru: 'Об оргнаборе', en: null } };
      spec.given(draft).when(command('ReviseAppeal', revised)).then([{ type: 'AppealRevised', data: revised }]);
    });

    it('records nothing for a revision that changes nothing', () => {
      spec.given(draft).when(command('ReviseAppeal', content)).then([]);
    });

    it('refuses to revise an approved appeal, naming the draft stage it requires', () => {
      spec.given([drafted, approved]).when(command('ReviseAppeal', content)).thenRejects('APPEAL_DRAFT_REQUIRED');
    });

    it('refuses any step on an appeal that was never drafted', () => {
      spec.given([]).when(command('ApproveAppeal', { resolutionId: null })).thenRejects('APPEAL_NOT_DRAFTED');
    });
  });

  describe('approval, signature and dispatch', () => {
    it('approves a draft, citing the draft’s resolution when none is given', () => {
      const authorized: AppealEvent = { type: 'AppealDrafted', data: { ...content, resolutionId: 'resolution-1', followUpOf: null } };
      spec
        .given([authorized])
        .when(command('ApproveAppeal', { resolutionId: null }))
        .then([{ type: 'AppealApproved', data: { resolutionId: 'resolution-1', approvedOn: '2026-06-15' } }]);
    });

    describe('legal dates of approval and signature', () => {
      const datedDraft: AppealEvent = { type: 'AppealDrafted', data: { ...content, followUpOf: null, draftedOn: '2026-04-10' } };
      const datedApproval: AppealEvent = { type: 'AppealApproved', data: { resolutionId: null, approvedOn: '2026-04-13' } };

      it('approves on the date given', () => {
        spec.given([datedDraft]).when(command('ApproveAppeal', { resolutionId: null, approvedOn: '2026-04-13' })).then([datedApproval]);
      });

      it('refuses an approval dated in the future', () => {
        spec.given([datedDraft]).when(command('ApproveAppeal', { resolutionId: null, approvedOn: '2026-06-16' })).thenRejects('DATE_IN_FUTURE');
      });

      it('refuses an approval dated before the draft', () => {
        spec.given([datedDraft]).when(command('ApproveAppeal', { resolutionId: null, approvedOn: '2026-04-09' })).thenRejects('APPROVAL_BEFORE_DRAFT');
      });

      it('signs on the date given', () => {
        spec
          .given([datedDraft, datedApproval])
          .when(command('SignAppeal', { signatory, signedOn: '2026-04-14' }))
          .then([{ type: 'AppealSigned', data: { signatory, signedOn: '2026-04-14' } }]);
      });

      it('refuses a signature dated in the future', () => {
        spec.given([datedDraft, datedApproval]).when(command('SignAppeal', { signatory, signedOn: '2026-07-01' })).thenRejects('DATE_IN_FUTURE');
      });

      it('refuses a signature dated before the approval', () => {
        spec.given([datedDraft, datedApproval]).when(command('SignAppeal', { signatory, signedOn: '2026-04-12' })).thenRejects('SIGNATURE_BEFORE_APPROVAL');
      });

      it('refuses a signature dated before a draft approved before its approval date existed', () => {
        spec
          .given([datedDraft, { type: 'AppealApproved', data: { resolutionId: null } }])
          .when(command('SignAppeal', { signatory, signedOn: '2026-04-01' }))
          .thenRejects('SIGNATURE_BEFORE_APPROVAL');
      });

      it('accepts any past date for the steps of an appeal drafted before the draft kept its date', () => {
        spec
          .given([drafted])
          .when(command('ApproveAppeal', { resolutionId: null, approvedOn: '2020-01-01' }))
          .then([{ type: 'AppealApproved', data: { resolutionId: null, approvedOn: '2020-01-01' } }]);
      });
    });

    it('refuses to sign an appeal that is not approved', () => {
      spec.given(draft).when(command('SignAppeal', { signatory })).thenRejects('APPEAL_APPROVED_REQUIRED');
    });

    it('signs an approved appeal', () => {
      spec.given([drafted, approved]).when(command('SignAppeal', { signatory })).then([{ type: 'AppealSigned', data: { signatory, signedOn: '2026-06-15' } }]);
    });

    it('refuses to dispatch an appeal that was not approved and signed', () => {
      spec.given(draft).when(command('DispatchAppeal', dispatch)).thenRejects('APPEAL_SIGNED_REQUIRED');
    });

    it('dispatches a signed appeal with its outgoing number and the addressee’s policy', () => {
      spec.given(signedAppeal).when(command('DispatchAppeal', dispatch)).then([dispatched]);
    });

    it('refuses to dispatch twice', () => {
      spec.given(sent).when(command('DispatchAppeal', dispatch)).thenRejects('APPEAL_SIGNED_REQUIRED');
    });

    it('refuses a dispatch date in the future', () => {
      spec.given(signedAppeal).when(command('DispatchAppeal', { ...dispatch, dispatchedOn: '2026-06-16' })).thenRejects('DATE_IN_FUTURE');
    });

    describe('given a letter sent in Moscow at half past midnight, when it is still the day before in UTC', () => {
      const afterMidnight = metadataAt('2026-12-06T21:30:00.000Z', 'account-secretary');
      const sentAt = (dispatchedOn: string) => ({ type: 'DispatchAppeal', data: { ...dispatch, dispatchedOn }, metadata: afterMidnight }) as AppealCommand;

      it('dates it that day, the Association’s today', () => {
        spec.given(signedAppeal).when(sentAt('2026-12-07')).then([{ ...dispatched, data: { ...dispatch, dispatchedOn: '2026-12-07' } }]);
      });

      it('still refuses the day after', () => {
        spec.given(signedAppeal).when(sentAt('2026-12-08')).thenRejects('DATE_IN_FUTURE', { today: '2026-12-07' });
      });
    });

    it('refuses to send the appeal to a body other than its addressee', () => {
      spec
        .given(signedAppeal)
        .when(command('DispatchAppeal', { ...dispatch, addresseeId: 'ministry-of-interior-ru' }))
        .thenRejects('DISPATCH_TO_ANOTHER_ADDRESSEE');
    });

    it('requires an expected answer date where no statute sets the period', () => {
      spec
        .given(signedAppeal)
        .when(command('DispatchAppeal', { ...dispatch, policyId: 'EXPECTED-DATE' }))
        .thenRejects('EXPECTED_ANSWER_DATE_REQUIRED');
    });

    it('refuses an expected answer date that does not follow the dispatch', () => {
      spec
        .given(signedAppeal)
        .when(command('DispatchAppeal', { ...dispatch, policyId: 'EXPECTED-DATE', expectedAnswerOn: '2026-04-17' }))
        .thenRejects('EXPECTED_ANSWER_DATE_TOO_EARLY');
    });

    it('refuses a policy that is not in the table', () => {
      spec.given(signedAppeal).when(command('DispatchAppeal', { ...dispatch, policyId: 'XX-NONE' })).thenRejects('UNKNOWN_JURISDICTION_POLICY');
    });
  });

  describe('what the addressee does', () => {
    it('records the addressee’s registration', () => {
      spec
        .given(sent)
        .when(command('RecordRegistration', { registeredOn: '2026-04-20', incomingNumber: 'ОГ-12345' }))
        .then([registered]);
    });

    it('refuses a registration before the dispatch', () => {
      spec
        .given(sent)
        .when(command('RecordRegistration', { registeredOn: '2026-04-16', incomingNumber: 'ОГ-1' }))
        .thenRejects('REGISTRATION_BEFORE_DISPATCH');
    });

    it('refuses to record the registration twice', () => {
      spec
        .given(registeredAppeal)
        .when(command('RecordRegistration', { registeredOn: '2026-04-21', incomingNumber: 'ОГ-2' }))
        .thenRejects('APPEAL_ALREADY_REGISTERED');
    });

    it('refuses a registration of an appeal that was not sent', () => {
      spec
        .given(signedAppeal)
        .when(command('RecordRegistration', { registeredOn: '2026-04-20', incomingNumber: 'ОГ-1' }))
        .thenRejects('APPEAL_DISPATCHED_REQUIRED');
    });

    it('records an extension within the 30 days 59-FZ allows', () => {
      spec
        .given(registeredAppeal)
        .when(command('RecordExtension', { dueOn: '2026-06-19', noticeOn: '2026-05-15' }))
        .then([{ type: 'AppealExtended', data: { dueOn: '2026-06-19', noticeOn: '2026-05-15' } }]);
    });

    it('refuses an extension beyond 30 more days under 59-FZ', () => {
      spec
        .given(registeredAppeal)
        .when(command('RecordExtension', { dueOn: '2026-06-20', noticeOn: '2026-05-15' }))
        .thenRejects('EXTENSION_EXCEEDS_LIMIT');
    });

    it('refuses a second extension under 59-FZ', () => {
      const extended: AppealEvent = { type: 'AppealExtended', data: { dueOn: '2026-06-01', noticeOn: '2026-05-15' } };
      spec
        .given([...registeredAppeal, extended])
        .when(command('RecordExtension', { dueOn: '2026-06-10', noticeOn: '2026-05-30' }))
        .thenRejects('EXTENSION_ALREADY_RECORDED');
    });

    it('refuses an extension that does not move the due date later', () => {
      spec
        .given(registeredAppeal)
        .when(command('RecordExtension', { dueOn: '2026-05-20', noticeOn: '2026-05-15' }))
        .thenRejects('EXTENSION_NOT_LATER');
    });

    it('records the forwarding to another body, which becomes the holder', () => {
      const forwarding = { addresseeId: 'ministry-of-interior-ru', policyId: 'RU-59FZ', expectedAnswerOn: null, forwardedOn: '2026-04-24' };
      spec
        .given(registeredAppeal)
        .when(command('RecordForwarding', forwarding))
        .then([{ type: 'AppealForwarded', data: { ...forwarding, fromAddresseeId: 'ministry-of-labour-ru' } }]);
    });

    it('lets the new holder register a forwarded appeal', () => {
      const forwarded: AppealEvent = {
        type: 'AppealForwarded',
        data: { addresseeId: 'ministry-of-interior-ru', policyId: 'RU-59FZ', expectedAnswerOn: null, forwardedOn: '2026-04-24', fromAddresseeId: 'ministry-of-labour-ru' },
      };
      spec
        .given([...registeredAppeal, forwarded])
        .when(command('RecordRegistration', { registeredOn: '2026-04-27', incomingNumber: '3/265001' }))
        .then([{ type: 'AppealRegistered', data: { addresseeId: 'ministry-of-interior-ru', registeredOn: '2026-04-27', incomingNumber: '3/265001' } }]);
    });

    it('refuses a forwarding to the body that holds the appeal', () => {
      spec
        .given(registeredAppeal)
        .when(command('RecordForwarding', { ...ruHolder, forwardedOn: '2026-04-24' }))
        .thenRejects('FORWARDING_TO_SAME_BODY');
    });

    it('sets the expected answer date where no statute sets the period', () => {
      const interstate = [...signedAppeal, { ...dispatched, data: { ...dispatch, policyId: 'EXPECTED-DATE', expectedAnswerOn: '2026-06-01' } }] as AppealEvent[];
      spec
        .given(interstate)
        .when(command('SetExpectedAnswerDate', { expectedAnswerOn: '2026-07-01' }))
        .then([{ type: 'ExpectedAnswerDateSet', data: { expectedAnswerOn: '2026-07-01' } }]);
    });

    it('refuses an expected answer date where a statute sets the period', () => {
      spec.given(registeredAppeal).when(command('SetExpectedAnswerDate', { expectedAnswerOn: '2026-07-01' })).thenRejects('STATUTORY_PERIOD_APPLIES');
    });

    it('records the answer', () => {
      spec.given(registeredAppeal).when(command('RecordAnswer', answer)).then([answered]);
    });

    it('refuses an answer before the appeal was sent', () => {
      spec.given(signedAppeal).when(command('RecordAnswer', answer)).thenRejects('APPEAL_DISPATCHED_REQUIRED');
    });

    it('refuses an answer dated before the dispatch', () => {
      spec.given(sent).when(command('RecordAnswer', { ...answer, answeredOn: '2026-04-16' })).thenRejects('ANSWER_BEFORE_DISPATCH');
    });

    it('refuses a second answer', () => {
      spec.given([...registeredAppeal, answered]).when(command('RecordAnswer', answer)).thenRejects('APPEAL_ALREADY_ANSWERED');
    });
  });

  describe('reminders', () => {
    it('records that the appeal became due soon, seven days before the due date', () => {
      spec
        .given(registeredAppeal)
        .when(command('RecordDeadlineReminder', { kind: 'due_soon', today: '2026-05-13' }))
        .then([{ type: 'AppealDeadlineReminderRecorded', data: { kind: 'due_soon', dueOn: '2026-05-20', recordedOn: '2026-05-13' } }]);
    });

    it('refuses a due-soon reminder before the appeal is due soon', () => {
      spec.given(registeredAppeal).when(command('RecordDeadlineReminder', { kind: 'due_soon', today: '2026-05-12' })).thenRejects('REMINDER_NOT_DUE');
    });

    it('records each reminder once per due date', () => {
      const reminded: AppealEvent = { type: 'AppealDeadlineReminderRecorded', data: { kind: 'overdue', dueOn: '2026-05-20', recordedOn: '2026-05-21' } };
      spec.given([...registeredAppeal, reminded]).when(command('RecordDeadlineReminder', { kind: 'overdue', today: '2026-05-25' })).then([]);
    });

    it('reminds again after an extension moved the due date', () => {
      const reminded: AppealEvent = { type: 'AppealDeadlineReminderRecorded', data: { kind: 'due_soon', dueOn: '2026-05-20', recordedOn: '2026-05-13' } };
      const extended: AppealEvent = { type: 'AppealExtended', data: { dueOn: '2026-06-19', noticeOn: '2026-05-15' } };
      spec
        .given([...registeredAppeal, reminded, extended])
        .when(command('RecordDeadlineReminder', { kind: 'due_soon', today: '2026-06-12' }))
        .then([{ type: 'AppealDeadlineReminderRecorded', data: { kind: 'due_soon', dueOn: '2026-06-19', recordedOn: '2026-06-12' } }]);
    });

    it('refuses a reminder on an answered appeal', () => {
      spec.given([...registeredAppeal, answered]).when(command('RecordDeadlineReminder', { kind: 'overdue', today: '2026-06-01' })).thenRejects('APPEAL_ALREADY_ANSWERED');
    });
  });

  describe('follow-ups and closing', () => {
    it('opens a follow-up of a sent appeal', () => {
      spec
        .given([...registeredAppeal, answered])
        .when(command('OpenFollowUp', { followUpAppealId: 'appeal-2' }))
        .then([{ type: 'AppealFollowUpOpened', data: { followUpAppealId: 'appeal-2' } }]);
    });

    it('refuses a follow-up of an appeal that was never sent', () => {
      spec.given(signedAppeal).when(command('OpenFollowUp', { followUpAppealId: 'appeal-2' })).thenRejects('APPEAL_DISPATCHED_REQUIRED');
    });

    it('closes an answered appeal', () => {
      spec.given([...registeredAppeal, answered]).when(command('CloseAppeal', { reason: null })).then([{ type: 'AppealClosed', data: { reason: null } }]);
    });

    it('requires a reason to close an appeal without an answer', () => {
      spec.given(registeredAppeal).when(command('CloseAppeal', { reason: null })).thenRejects('CLOSING_REASON_REQUIRED');
    });

    it('closes an abandoned draft with its reason', () => {
      const reason = { ru: 'Вопрос решён без обращения', en: 'Settled without an appeal' };
      spec.given(draft).when(command('CloseAppeal', { reason })).then([{ type: 'AppealClosed', data: { reason } }]);
    });

    it('refuses to close twice', () => {
      spec
        .given([...registeredAppeal, answered, { type: 'AppealClosed', data: { reason: null } }])
        .when(command('CloseAppeal', { reason: null }))
        .thenRejects('APPEAL_ALREADY_CLOSED');
    });
  });
});
